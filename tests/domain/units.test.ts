import { toGlobalId } from "@gongjian/api/data/ids";
import { creditCodeCheckChar } from "@gongjian/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let streetAdmin: string;
let superior: string;

const unitFields = "... on Unit { id name creditCode version } ... on Error { code messageZh messageEn field }";

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }]);
  superior = await t.token([{ role: "SUPERIOR_ORG", organizationCode: String(scope.dualOrg.superiorExternalCode) }]);
});
afterAll(async () => {
  await t?.close();
});

const auditCount = () => t.db.prisma.auditEvent.count();

describe("units", () => {
  it("registers a unit with a valid credit code, with its audit event", async () => {
    const community = await t.db.prisma.community.findFirstOrThrow({ where: { streetId: scope.street.id } });
    const code = `91210102MA${"7".repeat(7)}`;
    const before = await auditCount();
    const { data, errors } = await t.gql(
      `mutation($input: CreateUnitInput!) { createUnit(input: $input) { __typename ${unitFields} } }`,
      {
        input: {
          communityId: toGlobalId("Community", community.id),
          name: "测试科技有限公司",
          kind: "NEW_ECONOMIC_ORG",
          creditCode: code + creditCodeCheckChar(code),
        },
      },
      streetAdmin,
    );
    expect(errors).toBeUndefined();
    expect(data.createUnit).toMatchObject({ __typename: "Unit", name: "测试科技有限公司", version: 1 });
    expect(await auditCount()).toBe(before + 1);
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(event).toMatchObject({ action: "createUnit", entityType: "Unit", actorId: "test-user" });
  });

  it("refuses an invalid credit code with a typed error and writes nothing", async () => {
    const community = await t.db.prisma.community.findFirstOrThrow({ where: { streetId: scope.street.id } });
    const [units, audits] = [await t.db.prisma.unit.count(), await auditCount()];
    const { data } = await t.gql(
      `mutation($input: CreateUnitInput!) { createUnit(input: $input) { __typename ${unitFields} } }`,
      {
        input: {
          communityId: toGlobalId("Community", community.id),
          name: "无效单位",
          kind: "OTHER",
          creditCode: "91210102MA00000000",
        },
      },
      streetAdmin,
    );
    expect(data.createUnit).toMatchObject({ __typename: "DomainError", code: "VALIDATION", field: "creditCode" });
    expect(data.createUnit.messageZh).toMatch(/统一社会信用代码/);
    expect([await t.db.prisma.unit.count(), await auditCount()]).toEqual([units, audits]);
  });

  it("refuses a stale version with CONFLICT and keeps the newer data", async () => {
    const unit = await t.db.prisma.unit.findFirstOrThrow({
      where: { streetId: scope.street.id },
      orderBy: { name: "asc" },
    });
    const update = (name: string, version: number) =>
      t.gql(
        `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { __typename ${unitFields} } }`,
        { input: { id: toGlobalId("Unit", unit.id), version, name } },
        streetAdmin,
      );
    const first = await update("新名称甲", unit.version);
    expect(first.data.updateUnit).toMatchObject({ __typename: "Unit", name: "新名称甲", version: unit.version + 1 });
    const stale = await update("新名称乙", unit.version);
    expect(stale.data.updateUnit).toMatchObject({ __typename: "DomainError", code: "CONFLICT", field: "version" });
    expect((await t.db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe("新名称甲");
  });

  it("lets the street edit a DUAL organisation's profile but not its affiliation; the superior may", async () => {
    const org = scope.dualOrg;
    const id = toGlobalId("PartyOrganization", org.id);
    const profile = await t.gql(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename ... on PartyOrganization { secretaryName version } ... on Error { code field } } }`,
      { input: { id, version: org.version, secretaryName: "王书记" } },
      streetAdmin,
    );
    expect(profile.data.updateOrganization).toMatchObject({ __typename: "PartyOrganization", secretaryName: "王书记" });

    const affiliation = `mutation($input: ChangeAffiliationInput!) { changeAffiliation(input: $input) { __typename ... on PartyOrganization { superiorExternalCode managementMode version } ... on Error { code field } } }`;
    const refused = await t.gql(
      affiliation,
      { input: { id, version: org.version + 1, superiorExternalCode: "X1", superiorDistrictCode: "990909" } },
      streetAdmin,
    );
    expect(refused.data.changeAffiliation).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });
    expect(
      (await t.db.prisma.partyOrganization.findUniqueOrThrow({ where: { id: org.id } })).superiorExternalCode,
    ).toBe(org.superiorExternalCode);

    const allowed = await t.gql(
      affiliation,
      { input: { id, version: org.version + 1, superiorExternalCode: "NEWSUP01", superiorDistrictCode: "210103" } },
      superior,
    );
    expect(allowed.data.changeAffiliation).toMatchObject({
      __typename: "PartyOrganization",
      superiorExternalCode: "NEWSUP01",
      managementMode: "DUAL",
    });
  });

  it("answers a foreign record exactly like a missing one", async () => {
    const liaisonUnit = await t.db.prisma.unit.findFirstOrThrow({
      where: { streetId: scope.street.id },
      orderBy: { creditCode: "asc" },
    });
    const other = await t.db.prisma.unit.findFirstOrThrow({
      where: { id: { not: liaisonUnit.id } },
      orderBy: { creditCode: "desc" },
    });
    const liaison = await t.token([{ role: "UNIT_LIAISON", unitId: liaisonUnit.id }]);
    const q = `query($id: ID!) { node(id: $id) { id ... on Unit { name } } }`;
    const foreign = await t.gql(q, { id: toGlobalId("Unit", other.id) }, liaison);
    const missing = await t.gql(q, { id: toGlobalId("Unit", "00000000-0000-4000-8000-000000000000") }, liaison);
    expect(foreign).toEqual(missing);
    expect(foreign.data).toEqual({ node: null });
    const own = await t.gql(q, { id: toGlobalId("Unit", liaisonUnit.id) }, liaison);
    expect(own.data.node.name).toBe(liaisonUnit.name);
  });
});
