import { fromGlobalId, toGlobalId } from "@gongjian/api/data/ids";
import { deriveManagementMode } from "@gongjian/api/units/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, foreignStreet, setupApp, type TestApp } from "../support/app.js";

// Issue 4, acceptance 2: dual management end to end.

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let street: string;
let superior: string;
let staff: string;

const orgResult = `__typename ... on PartyOrganization { version superiorExternalCode secretaryName name level } ... on Error { code field }`;
const version = async (id: string) =>
  (await t.db.prisma.partyOrganization.findUniqueOrThrow({ where: { id } })).version;

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  street = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }]);
  superior = await t.token([{ role: "SUPERIOR_ORG", organizationCode: String(scope.dualOrg.superiorExternalCode) }]);
  staff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }]);
});
afterAll(async () => {
  await t?.close();
});

describe("a DUAL organisation", () => {
  it("the street edits its participation (profile) but never its affiliation, and cannot end it", async () => {
    const id = toGlobalId("PartyOrganization", scope.dualOrg.id);
    const profile = await t.gql(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ${orgResult} } }`,
      { input: { id, version: await version(scope.dualOrg.id), secretaryName: "钱书记" } },
      street,
    );
    expect(profile.data.updateOrganization).toMatchObject({ __typename: "PartyOrganization", secretaryName: "钱书记" });

    const before = await t.db.prisma.partyOrganization.findUniqueOrThrow({ where: { id: scope.dualOrg.id } });
    const audit = await t.db.prisma.auditEvent.count();
    const affiliation = await t.gql(
      `mutation($input: ChangeAffiliationInput!) { changeAffiliation(input: $input) { ${orgResult} } }`,
      { input: { id, version: before.version, superiorExternalCode: "HIJACK01", superiorDistrictCode: "210199" } },
      street,
    );
    expect(affiliation.data.changeAffiliation).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });
    const end = await t.gql(
      `mutation($input: EndRecordInput!) { endOrganization(input: $input) { __typename ... on Error { code } } }`,
      { input: { id, version: before.version } },
      street,
    );
    expect(end.data.endOrganization).toEqual({ __typename: "DomainError", code: "FORBIDDEN" });
    expect(await t.db.prisma.partyOrganization.findUniqueOrThrow({ where: { id: scope.dualOrg.id } })).toEqual(before);
    expect(await t.db.prisma.auditEvent.count()).toBe(audit);
  });

  it("its superior organisation changes the affiliation and reads its assessments, and sees no other unit", async () => {
    const id = toGlobalId("PartyOrganization", scope.dualOrg.id);
    const change = await t.gql(
      `mutation($input: ChangeAffiliationInput!) { changeAffiliation(input: $input) { ${orgResult} } }`,
      {
        input: {
          id,
          version: await version(scope.dualOrg.id),
          superiorExternalCode: scope.dualOrg.superiorExternalCode,
          superiorExternalName: "更名后的上级党委",
          superiorDistrictCode: "210103",
        },
      },
      superior,
    );
    expect(change.data.changeAffiliation).toMatchObject({ __typename: "PartyOrganization" });

    const subordinates = await t.db.prisma.partyOrganization.findMany({
      where: { superiorExternalCode: scope.dualOrg.superiorExternalCode },
    });
    const subordinateIds = new Set(subordinates.map((o) => o.id));
    const unitIds = new Set(subordinates.map((o) => o.unitId));
    const { data, errors } = await t.gql(
      `{ assessments(first: 100) { totalCount edges { node { id score remarks organization { id } } } }
         units(first: 100) { totalCount edges { node { id } } } }`,
      {},
      superior,
    );
    expect(errors).toBeUndefined();
    // Only the results notified to them (通报) reach the superior.
    const expectedAssessments = await t.db.prisma.assessment.count({
      where: { organizationId: { in: [...subordinateIds] }, notifiedAt: { not: null } },
    });
    expect(expectedAssessments).toBeGreaterThan(0);
    expect(data.assessments.totalCount).toBe(expectedAssessments);
    for (const edge of data.assessments.edges) {
      expect(subordinateIds.has(fromGlobalId("PartyOrganization", edge.node.organization.id))).toBe(true);
    }
    expect(data.assessments.edges.some((e: any) => e.node.remarks !== null)).toBe(true);
    expect(data.units.totalCount).toBe(unitIds.size);
    for (const edge of data.units.edges) expect(unitIds.has(fromGlobalId("Unit", edge.node.id))).toBe(true);
  });
});

describe("a DIRECT member", () => {
  it("committee staff edit it fully: organisation profile and level, and every membership field", async () => {
    const id = toGlobalId("PartyOrganization", scope.directOrg.id);
    const update = await t.gql(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ${orgResult} } }`,
      { input: { id, version: await version(scope.directOrg.id), name: "改名后的党支部", level: "GENERAL_BRANCH" } },
      staff,
    );
    expect(update.data.updateOrganization).toMatchObject({ name: "改名后的党支部", level: "GENERAL_BRANCH" });

    const direct = await t.db.prisma.membership.findFirstOrThrow({
      where: { committeeId: scope.joint.id, organizationId: scope.directOrg.id, toDate: null },
    });
    const membership = `mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) { __typename ... on Membership { fromDate responsibilities } ... on Error { code field } } }`;
    const full = await t.gql(
      membership,
      {
        input: {
          id: toGlobalId("Membership", direct.id),
          version: direct.version,
          fromDate: "2024-03-01",
          responsibilities: "联建共建",
        },
      },
      staff,
    );
    expect(full.data.updateMembership).toEqual({
      __typename: "Membership",
      fromDate: "2024-03-01",
      responsibilities: "联建共建",
    });

    // On a DUAL member the same staff may change participation fields only.
    const dual = await t.db.prisma.membership.findFirstOrThrow({
      where: { committeeId: scope.joint.id, organizationId: scope.dualOrg.id, toDate: null },
    });
    const refused = await t.gql(
      membership,
      { input: { id: toGlobalId("Membership", dual.id), version: dual.version, fromDate: "2024-03-01" } },
      staff,
    );
    expect(refused.data.updateMembership).toMatchObject({
      __typename: "DomainError",
      code: "FORBIDDEN",
      field: "fromDate",
    });
    const participation = await t.gql(
      membership,
      { input: { id: toGlobalId("Membership", dual.id), version: dual.version, responsibilities: "共驻共建" } },
      staff,
    );
    expect(participation.data.updateMembership).toMatchObject({
      __typename: "Membership",
      responsibilities: "共驻共建",
    });
  });
});

describe("issue 14 item 7: a residents' committee's organisation is always directly managed", () => {
  it("follows the pure rule: DIRECT whatever the superior for a 居委会, DUAL outside the street for others", () => {
    const local = (streetId: string) => ({ kind: "local" as const, streetId });
    const external = { kind: "external" as const, code: "X1", districtCode: "210103" };
    for (const superior of [{ kind: "none" as const }, local("s1"), local("s2"), external]) {
      expect(deriveManagementMode("s1", superior, "RESIDENTS_COMMITTEE")).toBe("DIRECT");
    }
    expect(deriveManagementMode("s1", local("s2"), "NEW_SOCIAL_ORG")).toBe("DUAL");
    expect(deriveManagementMode("s1", external, null)).toBe("DUAL");
    expect(deriveManagementMode("s1", local("s1"), "ENTERPRISE_INSTITUTION")).toBe("DIRECT");
    expect(deriveManagementMode("s1", { kind: "none" })).toBe("DIRECT");
  });

  it("keeps it DIRECT under a superior elsewhere; a change of the unit's kind recomputes the mode, audited; refusals write nothing", async () => {
    const org = await t.db.prisma.partyOrganization.findFirstOrThrow({
      where: { streetId: scope.street.id, endedAt: null, unit: { kind: "RESIDENTS_COMMITTEE" } },
      include: { unit: true },
      orderBy: { code: "asc" },
    });
    const unit = org.unit as NonNullable<typeof org.unit>;
    const orgId = toGlobalId("PartyOrganization", org.id);
    const { organization: elsewhere } = await foreignStreet(t.db, scope.district.id, "RC");
    const affiliate = async (input: Record<string, unknown>) =>
      (
        await t.gql(
          `mutation($input: ChangeAffiliationInput!) { changeAffiliation(input: $input) { __typename ... on PartyOrganization { managementMode } ... on Error { code field } } }`,
          { input: { id: orgId, version: await version(org.id), ...input } },
          street,
        )
      ).data.changeAffiliation;
    // A superior in another street, then one in another district: still DIRECT (before: DUAL).
    expect(await affiliate({ superiorId: toGlobalId("PartyOrganization", elsewhere.id) })).toEqual({
      __typename: "PartyOrganization",
      managementMode: "DIRECT",
    });
    expect(
      await affiliate({
        superiorExternalCode: "210103EX000777",
        superiorDistrictCode: "210103",
        superiorExternalName: "外区党委",
      }),
    ).toEqual({ __typename: "PartyOrganization", managementMode: "DIRECT" });
    // Registered anew under an external superior: DIRECT as well.
    const created = await t.gql(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on PartyOrganization { managementMode } ... on Error { code field } } }`,
      {
        input: {
          unitId: toGlobalId("Unit", unit.id),
          code: "RC-SECOND-BRANCH",
          name: "居委会第二党支部",
          level: "BRANCH",
          superiorExternalCode: "210103EX000777",
          superiorDistrictCode: "210103",
        },
      },
      street,
    );
    expect(created.data.createOrganization).toEqual({ __typename: "PartyOrganization", managementMode: "DIRECT" });
    const orgsOfUnit = await t.db.prisma.partyOrganization.findMany({
      where: { unitId: unit.id },
      select: { id: true },
    });

    const updateUnit = (input: Record<string, unknown>, token = street) =>
      t.gql(
        `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { __typename ... on Unit { kind version } ... on Error { code field messageZh messageEn } } }`,
        { input: { id: toGlobalId("Unit", unit.id), ...input } },
        token,
      );
    const state = async () => ({
      unit: await t.db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } }),
      orgs: await t.db.prisma.partyOrganization.findMany({ where: { unitId: unit.id }, orderBy: { code: "asc" } }),
      memberships: await t.db.prisma.membership.findMany({
        where: { organizationId: { in: orgsOfUnit.map((o) => o.id) } },
        orderBy: { id: "asc" },
      }),
      audits: await t.db.prisma.auditEvent.count(),
    });

    // Refusals: a stale version, an empty kind, a role that may not update units — nothing written.
    const before = await state();
    const stale = await updateUnit({ version: before.unit.version - 1 || 999, kind: "NEW_SOCIAL_ORG" });
    expect(stale.data.updateUnit).toMatchObject({ __typename: "DomainError", code: "CONFLICT", field: "version" });
    const empty = await updateUnit({ version: before.unit.version, kind: null });
    expect(empty.data.updateUnit).toMatchObject({ __typename: "DomainError", code: "VALIDATION", field: "kind" });
    expect(empty.data.updateUnit.messageZh).toMatch(/类型/);
    expect(empty.data.updateUnit.messageEn).toMatch(/kind/i);
    const foreignRole = await updateUnit({ version: before.unit.version, kind: "NEW_SOCIAL_ORG" }, superior);
    expect(foreignRole.data.updateUnit).toMatchObject({ __typename: "DomainError" });
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(foreignRole.data.updateUnit.code);
    expect(await state()).toEqual(before);

    const lastId = (await t.db.prisma.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? BigInt(0);
    // No longer a residents' committee: its organisations under an external superior turn DUAL, with their memberships.
    const turned = await updateUnit({ version: before.unit.version, kind: "NEW_SOCIAL_ORG" });
    expect(turned.data.updateUnit).toMatchObject({ __typename: "Unit", kind: "NEW_SOCIAL_ORG" });
    const after = await state();
    for (const o of after.orgs) {
      expect(o.managementMode, o.code).toBe("DUAL");
      expect(o.version).toBe((before.orgs.find((b) => b.id === o.id)?.version ?? 0) + 1);
    }
    for (const m of after.memberships.filter((m) => m.toDate === null)) expect(m.managementMode).toBe("DUAL");
    const events = await t.db.prisma.auditEvent.findMany({
      where: { id: { gt: lastId } },
    });
    expect(events.every((e) => e.action === "updateUnit")).toBe(true);
    const activeMemberships = before.memberships.filter((m) => m.toDate === null && m.managementMode !== "DUAL");
    expect(events.map((e) => e.entityType).sort()).toEqual(
      ["Unit", ...before.orgs.map(() => "PartyOrganization"), ...activeMemberships.map(() => "Membership")].sort(),
    );
    expect(after.audits - before.audits).toBe(1 + before.orgs.length + activeMemberships.length);

    // A residents' committee again: DIRECT.
    const back = await updateUnit({ version: after.unit.version, kind: "RESIDENTS_COMMITTEE" });
    expect(back.data.updateUnit).toMatchObject({ __typename: "Unit", kind: "RESIDENTS_COMMITTEE" });
    for (const o of (await state()).orgs) expect(o.managementMode).toBe("DIRECT");
  });
});
