import { fromGlobalId, toGlobalId } from "@gongjian/api/data/ids";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp, testAuth } from "../support/app.js";

// Issue 4, acceptance 3: each attack is refused, writes nothing, and cannot tell "exists" from
// "does not exist".

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let liaison: string;
let superior: string;
let streetAdmin: string;
let liaisonUnitId: string;

const snapshot = async () => ({
  units: await t.db.prisma.unit.count(),
  orgs: await t.db.prisma.partyOrganization.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true } }),
  audit: await t.db.prisma.auditEvent.count(),
});

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  const unit = await t.db.prisma.unit.findFirstOrThrow({
    where: { organizations: { some: { id: scope.dualOrg.id } } },
  });
  liaisonUnitId = unit.id;
  liaison = await t.token([{ role: "UNIT_LIAISON", unitId: unit.id }]);
  superior = await t.token([{ role: "SUPERIOR_ORG", organizationCode: String(scope.dualOrg.superiorExternalCode) }]);
  streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }]);
});
afterAll(async () => {
  await t?.close();
});

describe("attacks", () => {
  it("cannot reach a foreign record through an allowed parent", async () => {
    // The liaison may read its own membership and its committee's public data, but not the
    // committee's other members, seats or meetings' attendance.
    const { data, errors } = await t.gql(
      `{ units(first: 5) { edges { node { id organizations { memberships { id committee { id name memberships { id } seats { id } } } } } } } }`,
      {},
      liaison,
    );
    expect(errors).toBeUndefined();
    const units = data.units.edges.map((e: any) => e.node);
    expect(units.map((u: any) => fromGlobalId("Unit", u.id))).toEqual([liaisonUnitId]);
    const ownMemberships = new Set(
      (await t.db.prisma.membership.findMany({ where: { organization: { unitId: liaisonUnitId } } })).map((m) => m.id),
    );
    for (const org of units[0].organizations) {
      for (const membership of org.memberships) {
        expect(ownMemberships.has(fromGlobalId("Membership", membership.id))).toBe(true);
        for (const nested of membership.committee.memberships) {
          expect(ownMemberships.has(fromGlobalId("Membership", nested.id))).toBe(true);
        }
        expect(membership.committee.seats).toEqual([]);
      }
    }
  });

  it("answers a forged global ID whose inner id is not a UUID like a missing record", async () => {
    const forged = Buffer.from("Unit:1 OR 1=1").toString("base64");
    const { data, errors } = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: forged }, streetAdmin);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: null });
  });

  it("counts no hidden rows in totalCount", async () => {
    const { data } = await t.gql(
      `{ units(first: 1) { totalCount } organizations(first: 1) { totalCount } }`,
      {},
      liaison,
    );
    const orgs = await t.db.prisma.partyOrganization.count({ where: { unitId: liaisonUnitId } });
    expect(data).toEqual({ units: { totalCount: 1 }, organizations: { totalCount: orgs } });
  });

  it("refuses ordering by a field the role may not read on every row, and has no filter on personal data", async () => {
    const order = await t.gql(
      `{ units(first: 5, orderBy: [{ field: EMPLOYEE_COUNT, direction: DESC }]) { totalCount } }`,
      {},
      superior,
    );
    expect(order.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(order.data?.units ?? null).toBeNull();
    const personal = await t.gql(
      `{ persons(first: 5, filter: { idNumber: { startsWith: "9999" } }) { totalCount } }`,
      {},
      streetAdmin,
    );
    expect(personal.errors?.[0]?.message).toMatch(/idNumber/);
    expect(personal.data).toBeUndefined();
  });

  it("ignores a cursor that points at a foreign record: only allowed rows come back", async () => {
    const foreign = await t.db.prisma.unit.findFirstOrThrow({
      where: { id: { not: liaisonUnitId } },
      orderBy: { id: "asc" },
    });
    const cursor = Buffer.from(`GPC:S:${foreign.id}`).toString("base64");
    const { data } = await t.gql(
      `query($after: String) { units(first: 50, after: $after) { edges { node { id } } } }`,
      { after: cursor },
      liaison,
    );
    for (const edge of data?.units?.edges ?? []) expect(fromGlobalId("Unit", edge.node.id)).toBe(liaisonUnitId);
  });

  it("refuses a mutation that references a foreign record, exactly like a missing one", async () => {
    const before = await snapshot();
    const otherStreet = await t.db.prisma.street.create({
      data: { code: "X-OTHER", name: "外街道", districtId: scope.district.id },
    });
    const foreignCommunity = await t.db.prisma.community.create({
      data: { code: "X-OTHER-1", name: "外社区", streetId: otherStreet.id },
    });
    const mutation = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { __typename ... on Error { code field messageEn } } }`;
    const input = (communityId: string) => ({
      input: { communityId, name: "越权单位", kind: "OTHER", creditCode: "91210102MA0000000X" },
    });
    const foreign = await t.gql(mutation, input(toGlobalId("Community", foreignCommunity.id)), streetAdmin);
    const missing = await t.gql(
      mutation,
      input(toGlobalId("Community", "00000000-0000-4000-8000-000000000000")),
      streetAdmin,
    );
    expect(foreign).toEqual(missing);
    expect(foreign.data.createUnit).toMatchObject({ code: "NOT_FOUND", field: "communityId" });
    expect((await snapshot()).units).toBe(before.units);
  });

  it("refuses mass assignment of scope and version fields", async () => {
    const before = await snapshot();
    const org = scope.directOrg;
    const { errors } = await t.gql(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename } }`,
      {
        input: {
          id: toGlobalId("PartyOrganization", org.id),
          version: org.version,
          name: "x",
          streetId: "00000000-0000-4000-8000-000000000000",
          managementMode: "DUAL",
        },
      },
      streetAdmin,
    );
    expect(errors?.[0]?.message).toMatch(/streetId|managementMode/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses __proto__ and constructor keys in filters and inputs without polluting anything", async () => {
    const before = await snapshot();
    const filter = JSON.parse(
      '{"__proto__": {"equals": "x"}, "constructor": {"equals": "y"}, "name": {"contains": "a"}}',
    );
    const { errors } = await t.gql(
      `query($filter: UnitFilter) { units(first: 5, filter: $filter) { totalCount } }`,
      { filter },
      streetAdmin,
    );
    expect(errors?.length).toBeGreaterThan(0);
    const input = JSON.parse(
      `{"id": "${toGlobalId("PartyOrganization", scope.directOrg.id)}", "version": 1, "__proto__": {"admin": true}, "constructor": {"prototype": {"polluted": true}}}`,
    );
    const write = await t.gql(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename } }`,
      { input },
      streetAdmin,
    );
    expect(write.errors?.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an expired token, a wrongly signed token and a token with an unknown role", async () => {
    const sign = (claims: Record<string, unknown>, secret: Uint8Array, expires: string | number) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "HS256" })
        .setSubject("attacker")
        .setIssuer(testAuth.issuer)
        .setAudience(testAuth.audience)
        .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
        .setExpirationTime(expires)
        .sign(secret);
    const grants = [{ role: "DISTRICT_ADMIN", districtId: scope.district.id }];
    const expired = await sign({ grants }, testAuth.secret, Math.floor(Date.now() / 1000) - 60);
    const wrongKey = await sign(
      { grants },
      new TextEncoder().encode("another-secret-of-at-least-32-characters!!"),
      "1h",
    );
    const unknownRole = await sign(
      { grants: [{ role: "SUPER_ADMIN", districtId: scope.district.id }] },
      testAuth.secret,
      "1h",
    );
    for (const token of [expired, wrongKey, unknownRole]) {
      const { status, data, errors } = await t.gql(`{ units(first: 1) { totalCount } }`, {}, token);
      expect(status).toBe(401);
      expect(data).toBeUndefined();
      expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});
