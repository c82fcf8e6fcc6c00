import { fromGlobalId, toGlobalId } from "@gongjian/api/data/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";

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
