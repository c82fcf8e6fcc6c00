import { unpackRules } from "@casl/ability/extra";
import { toGlobalId } from "@gongjian/api/data/ids";
import { createAbility } from "@gongjian/api/permissions/abilities";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let tokens: Record<string, string>;

const explain = `query($action: String!, $subject: String!, $id: ID, $field: String) {
  explainAccess(action: $action, subject: $subject, id: $id, field: $field) { allowed reasonZh reasonEn grant { role } }
}`;

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  tokens = {
    district: await t.token([{ role: "DISTRICT_ADMIN", districtId: scope.district.id }], "district-admin"),
    street: await t.token(
      [{ role: "STREET_ADMIN", streetId: scope.street.id }],
      "street-admin",
      "王芳（街道组织委员）",
    ),
    superior: await t.token([{ role: "SUPERIOR_ORG", organizationCode: String(scope.dualOrg.superiorExternalCode) }]),
    analyst: await t.token([{ role: "ANALYST", districtId: scope.district.id }]),
  };
});
afterAll(async () => {
  await t?.close();
});

describe("viewer", () => {
  it("returns my grants and packed rules that the console can rebuild into the same ability", async () => {
    const { data, errors } = await t.gql(
      "{ viewer { id grants { role streetId } readOnly rules } }",
      {},
      tokens.street,
    );
    expect(errors).toBeUndefined();
    expect(data.viewer).toMatchObject({
      id: "street-admin",
      readOnly: false,
      grants: [{ role: "STREET_ADMIN", streetId: scope.street.id }],
    });
    const ability = createAbility(unpackRules(data.viewer.rules) as never);
    expect(ability.can("update", { __caslSubjectType__: "Unit", streetId: scope.street.id } as never)).toBe(true);
    expect(ability.can("update", { __caslSubjectType__: "Unit", streetId: "elsewhere" } as never)).toBe(false);
  });

  it("tells an anonymous caller it has no grants", async () => {
    const { data } = await t.gql("{ viewer { id grants { role } rules } }");
    expect(data.viewer).toEqual({ id: null, grants: [], rules: [] });
  });
});

describe("demo personas", () => {
  it("are offered only in embedded demo mode", async () => {
    const { data } = await t.gql("{ demoPersonas { role } }");
    expect(data.demoPersonas).toEqual([]);
  });
});

describe("explainAccess", () => {
  it("explains an allowed action by the rule and grant that allow it", async () => {
    const id = toGlobalId("PartyOrganization", scope.directOrg.id);
    const { data } = await t.gql(
      explain,
      { action: "update", subject: "PartyOrganization", id, field: "name" },
      tokens.street,
    );
    expect(data.explainAccess).toMatchObject({ allowed: true, grant: { role: "STREET_ADMIN" } });
    expect(data.explainAccess.reasonZh).toBe("允许：您作为街道党工委的授权规则允许修改党组织的字段 名称");
  });

  it("explains a refused field: a street cannot change a DUAL organisation's affiliation", async () => {
    const id = toGlobalId("PartyOrganization", scope.dualOrg.id);
    const { data } = await t.gql(
      explain,
      { action: "update", subject: "PartyOrganization", id, field: "superiorId" },
      tokens.street,
    );
    expect(data.explainAccess.allowed).toBe(false);
    expect(data.explainAccess.reasonEn).toMatch(/conditions do not match|not among the fields/);
    const superior = await t.gql(
      explain,
      { action: "update", subject: "PartyOrganization", id, field: "superiorId" },
      tokens.superior,
    );
    expect(superior.data.explainAccess).toMatchObject({ allowed: true, grant: { role: "SUPERIOR_ORG" } });
  });

  it("explains a record outside the scope exactly like a missing one", async () => {
    const other = await t.db.prisma.unit.findFirstOrThrow({
      where: { organizations: { none: { id: { in: [scope.dualOrg.id] } } } },
    });
    const foreign = await t.gql(
      explain,
      { action: "read", subject: "Unit", id: toGlobalId("Unit", other.id) },
      tokens.superior,
    );
    const missing = await t.gql(
      explain,
      { action: "read", subject: "Unit", id: toGlobalId("Unit", "00000000-0000-4000-8000-000000000000") },
      tokens.superior,
    );
    expect(foreign).toEqual(missing);
    expect(foreign.data.explainAccess.allowed).toBe(false);
  });

  it("explains a role that has no rule for an action at all", async () => {
    const { data } = await t.gql(explain, { action: "approve", subject: "Committee" }, tokens.analyst);
    expect(data.explainAccess.allowed).toBe(false);
    expect(data.explainAccess.reasonEn).toMatch(/no rule to approve Committee/);
    expect(data.explainAccess.reasonZh).toBe("拒绝：您的角色（分析人员）没有审批社区“大党委”的权限");
  });
});

describe("view as (impersonation)", () => {
  const viewAs = (grants: unknown) => Buffer.from(JSON.stringify(grants)).toString("base64url");

  it("lets a DISTRICT_ADMIN see what another role sees, read-only, and records it in the audit log", async () => {
    const before = await t.db.prisma.auditEvent.count({ where: { action: "viewAs" } });
    const header = {
      "x-view-as": viewAs([{ role: "SUPERIOR_ORG", organizationCode: scope.dualOrg.superiorExternalCode }]),
    };
    const { data } = await t.gql(
      "{ viewer { impersonatedBy readOnly grants { role } } organizations(first: 50) { totalCount } }",
      {},
      tokens.district,
      header,
    );
    expect(data.viewer).toMatchObject({
      impersonatedBy: "district-admin",
      readOnly: true,
      grants: [{ role: "SUPERIOR_ORG" }],
    });
    const subordinates = await t.db.prisma.partyOrganization.count({
      where: { superiorExternalCode: scope.dualOrg.superiorExternalCode },
    });
    expect(data.organizations.totalCount).toBe(subordinates);
    expect(await t.db.prisma.auditEvent.count({ where: { action: "viewAs" } })).toBe(before + 1);

    const units = await t.db.prisma.unit.count();
    const write = await t.gql(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename ... on Error { code } } }`,
      {
        input: {
          id: toGlobalId("PartyOrganization", scope.dualOrg.id),
          version: scope.dualOrg.version,
          secretaryName: "x",
        },
      },
      tokens.district,
      header,
    );
    expect(write.data.updateOrganization).toEqual({ __typename: "DomainError", code: "FORBIDDEN" });
    expect(await t.db.prisma.unit.count()).toBe(units);
  });

  it("refuses view-as to anyone but a DISTRICT_ADMIN", async () => {
    const header = { "x-view-as": viewAs([{ role: "DISTRICT_ADMIN", districtId: scope.district.id }]) };
    const { status } = await t.gql("{ viewer { id } }", {}, tokens.street, header);
    expect(status).toBe(403);
  });
});

describe("auditTrail", () => {
  it("shows a record's history to whoever may read it, and nothing to others", async () => {
    const id = toGlobalId("PartyOrganization", scope.directOrg.id);
    const update = await t.gql(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename } }`,
      { input: { id, version: scope.directOrg.version, partyMemberCount: 42 } },
      tokens.street,
    );
    expect(update.data.updateOrganization.__typename).toBe("PartyOrganization");
    const q = `query($id: ID!) { auditTrail(id: $id) { actorId actorName actorRoles action changedFields before after } }`;
    const { data } = await t.gql(q, { id }, tokens.street);
    expect(data.auditTrail[0]).toMatchObject({
      actorId: "street-admin",
      // The token's display name and role, stored with the event: no read of people needed to show them.
      actorName: "王芳（街道组织委员）",
      actorRoles: ["STREET_ADMIN"],
      action: "updateOrganization",
      changedFields: ["partyMemberCount"],
    });
    expect(data.auditTrail[0].after.partyMemberCount).toBe(42);
    const outsider = await t.gql(q, { id }, tokens.superior);
    expect(outsider.data.auditTrail).toEqual([]);
  });
});
