/**
 * Federation (issue 6): two district subgraphs (two databases with distinct demo data) and the
 * Hive Gateway over them, all on loopback ports. The tests that stop district B run last.
 */
import { mintToken } from "@gongjian/api/auth/tokens";
import { createGateway } from "@gongjian/api/federation/gateway";
import { IDENTITY_HEADER, signIdentity } from "@gongjian/api/federation/identity";
import type { Grant } from "@gongjian/api/permissions/abilities";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auth,
  DISTRICT_A,
  DISTRICT_B,
  type Federation,
  gatewayTrust,
  listen,
  post,
  startFederation,
} from "../support/federation.js";

let f: Federation;
let startMs = 0;
/** SQL statements each district's database ran (to measure a query's cost without the machine's noise). */
const statements = { a: 0, b: 0 };
beforeAll(async () => {
  const started = performance.now();
  f = await startFederation({
    onQueryA: () => statements.a++,
    onQueryB: () => statements.b++,
  });
  startMs = performance.now() - started;
});
afterAll(async () => {
  await f?.close();
});

const token = (grants: Grant[], id = "federation-user") => mintToken({ id, grants }, auth);
const gateway = (query: string, options: Parameters<typeof post>[2] = {}) => post(f.gatewayHttp.url, query, options);
const sortStrings = (values: (string | null | undefined)[]) => values.map((v) => v ?? "").sort();
const sortByCode = (rows: any[]) => [...rows].sort((x, y) => String(x.code).localeCompare(String(y.code)));

/** A city-level user: district organisation department of both districts. */
async function bothDistrictsAdmin() {
  const [a, b] = await Promise.all([
    f.a.db.prisma.district.findFirstOrThrow(),
    f.b.db.prisma.district.findFirstOrThrow(),
  ]);
  return token(
    [
      { role: "DISTRICT_ADMIN", districtId: a.id },
      { role: "DISTRICT_ADMIN", districtId: b.id },
    ],
    "city-organisation-department",
  );
}

const CROSS_DISTRICT = /* GraphQL */ `
  query CrossDistrict($prefix: String!) {
    district_210102 {
      organizations(filter: { superiorExternalCode: { startsWith: $prefix } }, first: 100) {
        totalCount
        edges {
          node {
            code
            name
            superiorExternalCode
            superiorExternalName
            superiorOrganization {
              code
              in_210103 {
                districtCode
                registered {
                  code
                  name
                  level
                  unit {
                    name
                    creditCode
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

/** District A's organisations whose superior is registered in B, with that superior's record in B. */
async function expectedCrossDistrict() {
  const orgs = await f.a.db.prisma.partyOrganization.findMany({
    where: { superiorDistrictCode: DISTRICT_B.code },
    orderBy: { code: "asc" },
  });
  const superiors = await f.b.db.prisma.partyOrganization.findMany({
    where: { code: { in: orgs.map((o) => o.superiorExternalCode as string) } },
    include: { unit: true },
  });
  const byCode = new Map(superiors.map((s) => [s.code, s]));
  return { orgs, byCode };
}

describe("acceptance 1: one query across two districts", () => {
  it("the two districts hold distinct data sets", async () => {
    const [a, b] = await Promise.all([
      f.a.db.prisma.district.findFirstOrThrow(),
      f.b.db.prisma.district.findFirstOrThrow(),
    ]);
    expect([a.code, a.name, b.code, b.name]).toEqual(["210102", "和泰区", "210103", "河东区"]);
    const codesA = new Set(
      (await f.a.db.prisma.partyOrganization.findMany({ select: { code: true } })).map((o) => o.code),
    );
    const codesB = (await f.b.db.prisma.partyOrganization.findMany({ select: { code: true } })).map((o) => o.code);
    expect(codesB.filter((c) => codesA.has(c))).toEqual([]);
    expect(codesB.every((c) => c.startsWith("210103"))).toBe(true);
    console.log(`federation started (2 databases seeded, 2 subgraphs, gateway composed) in ${startMs.toFixed(0)} ms`);
  });

  it("returns district A's organisations with their superior organisations from district B", async () => {
    const { orgs, byCode } = await expectedCrossDistrict();
    expect(orgs.length).toBeGreaterThanOrEqual(5);
    expect(byCode.size).toBeGreaterThanOrEqual(3); // several different superiors in B

    const started = performance.now();
    const result = await gateway(CROSS_DISTRICT, {
      token: await bothDistrictsAdmin(),
      variables: { prefix: "210103" },
    });
    const ms = performance.now() - started;
    expect(result.errors).toBeUndefined();
    const page = result.data.district_210102.organizations;
    expect(page.totalCount).toBe(orgs.length);
    const got = sortByCode(page.edges.map((e: any) => e.node));
    expect(got.map((o: any) => o.code)).toEqual(orgs.map((o) => o.code));
    for (const [i, org] of orgs.entries()) {
      const superior = byCode.get(org.superiorExternalCode as string);
      expect(superior, `superior ${org.superiorExternalCode} is registered in B`).toBeDefined();
      expect(got[i]).toEqual({
        code: org.code,
        name: org.name, // from A's database
        superiorExternalCode: org.superiorExternalCode,
        superiorExternalName: org.superiorExternalName,
        superiorOrganization: {
          code: superior?.code,
          in_210103: {
            districtCode: "210103",
            registered: {
              // from B's database
              code: superior?.code,
              name: superior?.name,
              level: superior?.level,
              unit: { name: superior?.unit?.name, creditCode: superior?.unit?.creditCode },
            },
          },
        },
      });
    }
    const again = performance.now();
    const before = { ...statements };
    const warm = await gateway(CROSS_DISTRICT, { token: await bothDistrictsAdmin(), variables: { prefix: "210103" } });
    const warmMs = performance.now() - again;
    const sql = { a: statements.a - before.a, b: statements.b - before.b };
    // Bounded, whatever the number of organisations: B's lookups of one _entities call are batched.
    expect(sql.b).toBeLessThanOrEqual(6);
    expect(warm.data).toEqual(result.data);
    expect(f.gateway.sources).toEqual({ "210102": "subgraph", "210103": "subgraph" }); // SDL asked of each district
    console.log(
      `cross-district query: ${orgs.length} organisations of A with superiors in B (${byCode.size} distinct) in ${ms.toFixed(0)} ms cold, ${warmMs.toFixed(0)} ms warm; SQL statements: A ${sql.a}, B ${sql.b}`,
    );
  });

  it("district-qualified entry points reach each district's own data", async () => {
    const result = await gateway(
      `{ a: district_210102 { units { totalCount } organizations { totalCount } }
         b: district_210103 { units { totalCount } organizations { totalCount } } }`,
      { token: await bothDistrictsAdmin() },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      a: {
        units: { totalCount: await f.a.db.prisma.unit.count() },
        organizations: { totalCount: await f.a.db.prisma.partyOrganization.count() },
      },
      b: {
        units: { totalCount: await f.b.db.prisma.unit.count() },
        organizations: { totalCount: await f.b.db.prisma.partyOrganization.count() },
      },
    });
  });

  it("mutations go to the district named in the operation", async () => {
    const unit = await f.a.db.prisma.unit.findFirstOrThrow({ orderBy: { creditCode: "asc" } });
    const adminA = await token([{ role: "STREET_ADMIN", streetId: unit.streetId }], "street-admin-a");
    const result = await gateway(
      `mutation($input: UpdateUnitInput!) { district_210102 { updateUnit(input: $input) {
         ... on Unit { contactName version } ... on Error { code messageEn } } } }`,
      {
        token: adminA,
        variables: { input: { id: globalId("Unit", unit.id), version: unit.version, contactName: "联邦测试" } },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.district_210102.updateUnit).toEqual({ contactName: "联邦测试", version: unit.version + 1 });
    const after = await f.a.db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } });
    expect(after.contactName).toBe("联邦测试");
    const audit = await f.a.db.prisma.auditEvent.findMany({ where: { entityId: unit.id, action: "updateUnit" } });
    expect(audit.map((e) => e.actorId)).toEqual(["street-admin-a"]);

    // Several mutations in one district run in document order, as root mutations do: the second
    // is based on the version the first produced.
    const twice = await gateway(
      `mutation($first: UpdateUnitInput!, $second: UpdateUnitInput!) { district_210102 {
         first: updateUnit(input: $first) { ... on Unit { contactName version } ... on Error { code } }
         second: updateUnit(input: $second) { ... on Unit { contactName version } ... on Error { code } } } }`,
      {
        token: adminA,
        variables: {
          first: { id: globalId("Unit", unit.id), version: unit.version + 1, contactName: "第一" },
          second: { id: globalId("Unit", unit.id), version: unit.version + 2, contactName: "第二" },
        },
      },
    );
    expect(twice.errors).toBeUndefined();
    expect(twice.data.district_210102).toEqual({
      first: { contactName: "第一", version: unit.version + 2 },
      second: { contactName: "第二", version: unit.version + 3 },
    });
  });
});

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

describe("acceptance 2: a superior organisation of district B sees its subordinates in district A, nothing else", () => {
  /** The organisation of B with the most subordinates in A that take part in committees and are assessed. */
  async function superiorWithSubordinatesInA() {
    const orgs = await f.a.db.prisma.partyOrganization.findMany({
      where: { superiorDistrictCode: DISTRICT_B.code },
      include: { memberships: true },
    });
    const counts = new Map<string, number>();
    for (const o of orgs) {
      const assessed = await f.a.db.prisma.assessment.count({
        where: { organizationId: o.id, notifiedAt: { not: null } },
      });
      if (o.memberships.length > 0 && assessed > 0) {
        counts.set(o.superiorExternalCode as string, (counts.get(o.superiorExternalCode as string) ?? 0) + 1);
      }
    }
    const [code] = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0] ?? [];
    if (!code) throw new Error("the demo data has no assessed subordinate with a superior in B");
    const subordinates = await f.a.db.prisma.partyOrganization.findMany({
      where: { superiorExternalCode: code },
      include: { memberships: true, seatsFrom: true, workplaceMembers: true },
      orderBy: { code: "asc" },
    });
    const ids = subordinates.map((o) => o.id);
    const memberships = subordinates.flatMap((o) => o.memberships);
    // Only the results notified to them (通报) reach the superior.
    const assessments = await f.a.db.prisma.assessment.findMany({
      where: { organizationId: { in: ids }, notifiedAt: { not: null } },
    });
    const personIds = new Set([
      ...subordinates.flatMap((o) => o.seatsFrom.map((s) => s.personId)),
      ...subordinates.flatMap((o) => o.workplaceMembers.map((p) => p.id)),
    ]);
    // The committees its subordinates are members of, and those that notified them a result.
    const committeeIds = new Set([...memberships.map((m) => m.committeeId), ...assessments.map((a) => a.committeeId)]);
    const units = subordinates.map((o) => o.unitId).filter((u): u is string => !!u);
    return { code, subordinates, memberships, assessments, personIds, committeeIds, units };
  }

  it("reads the subordinates' participation and assessments in A through the gateway", async () => {
    const s = await superiorWithSubordinatesInA();
    expect(s.subordinates.length).toBeGreaterThanOrEqual(1);
    expect(s.assessments.length).toBeGreaterThanOrEqual(1);
    const superior = await token([{ role: "SUPERIOR_ORG", organizationCode: s.code }], "superior-in-b");

    // From B's side: what does district A know about my organisation?
    const hop = await gateway(
      `query($code: String!) { district_210103 { organizationReference(code: $code) {
         code
         in_210102 { districtCode registered { code } subordinates { code name managementMode
           memberships { responsibilities resourcesOffered serviceCommitments committee { code name } } } }
       } } }`,
      { token: superior, variables: { code: s.code } },
    );
    expect(hop.errors).toBeUndefined();
    const inA = hop.data.district_210103.organizationReference.in_210102;
    expect(inA.districtCode).toBe("210102");
    expect(inA.registered).toBeNull(); // registered in B, not in A
    expect(inA.subordinates.map((o: any) => o.code)).toEqual(s.subordinates.map((o) => o.code));
    expect(inA.subordinates.map((o: any) => o.name)).toEqual(s.subordinates.map((o) => o.name));
    expect(
      sortStrings(inA.subordinates.flatMap((o: any) => o.memberships.map((m: any) => m.responsibilities))),
    ).toEqual(sortStrings(s.memberships.map((m) => m.responsibilities)));

    // District A's own lists, as this user.
    const lists = await gateway(
      `{ district_210102 {
          organizations(first: 200) { totalCount edges { node { code } } }
          memberships(first: 200) { totalCount edges { node { responsibilities organization { code } committee { code } } } }
          assessments(first: 200) { totalCount edges { node { kind year grade score remarks organization { code } } } }
          committees(first: 200) { totalCount edges { node { code name filingNumber rejectionReason } } }
        } }`,
      { token: superior },
    );
    expect(lists.errors).toBeUndefined();
    const a = lists.data.district_210102;
    expect(a.organizations.totalCount).toBe(s.subordinates.length);
    expect(sortStrings(a.organizations.edges.map((e: any) => e.node.code))).toEqual(
      sortStrings(s.subordinates.map((o) => o.code)),
    );
    expect(a.memberships.totalCount).toBe(s.memberships.length);
    expect(a.assessments.totalCount).toBe(s.assessments.length);
    const subordinateCodes = new Set(s.subordinates.map((o) => o.code));
    expect(a.assessments.edges.every((e: any) => subordinateCodes.has(e.node.organization.code))).toBe(true);
    expect(sortStrings(a.assessments.edges.map((e: any) => e.node.grade))).toEqual(
      sortStrings(s.assessments.map((x) => x.grade)),
    );
    // Assessment remarks go to the assessed organisation's superior (DESIGN.md, personal data).
    expect(sortStrings(a.assessments.edges.map((e: any) => e.node.remarks))).toEqual(
      sortStrings(s.assessments.map((x) => x.remarks)),
    );
    // Committees: the public data of those its subordinates are members of or were notified by, nothing more.
    expect(a.committees.totalCount).toBe(s.committeeIds.size);
    expect(a.committees.edges.every((e: any) => e.node.filingNumber === null && e.node.rejectionReason === null)).toBe(
      true,
    );
    console.log(
      `SUPERIOR_ORG ${s.code} (district B) sees in A: ${s.subordinates.length} organisations, ${s.memberships.length} memberships, ${s.assessments.length} assessments, ${s.committeeIds.size} committees`,
    );
  });

  it("sees nothing else of district A: other units, persons' personal data, places, committees' work", async () => {
    const s = await superiorWithSubordinatesInA();
    const superior = await token([{ role: "SUPERIOR_ORG", organizationCode: s.code }], "superior-in-b");
    const result = await gateway(
      `{ district_210102 {
          units(first: 200) { totalCount edges { node { name creditCode address contactName contactPhone employeeCount } } }
          persons(first: 200) { totalCount edges { node { name phone idNumber homeAddress birthYear } } }
          streets { totalCount } communities { totalCount } meetings { totalCount } fundingPlans { totalCount }
          contributions { totalCount } volunteerTeams { totalCount } resolutions { totalCount }
        } }`,
      { token: superior },
    );
    expect(result.errors).toBeUndefined();
    const a = result.data.district_210102;
    expect(a.units.totalCount).toBe(new Set(s.units).size);
    expect(a.units.totalCount).toBeLessThan(await f.a.db.prisma.unit.count());
    for (const { node } of a.units.edges) {
      expect(node.name).toBeTruthy();
      expect([node.address, node.contactName, node.contactPhone, node.employeeCount]).toEqual([null, null, null, null]);
    }
    expect(a.persons.totalCount).toBe(s.personIds.size);
    for (const { node } of a.persons.edges) {
      expect([node.phone, node.idNumber, node.homeAddress, node.birthYear]).toEqual([null, null, null, null]);
    }
    for (const list of [
      "streets",
      "communities",
      "meetings",
      "fundingPlans",
      "contributions",
      "volunteerTeams",
      "resolutions",
    ]) {
      expect(a[list].totalCount, list).toBe(0);
    }

    // A unit of A that is not a subordinate's: null by global id, like a missing one.
    const other = await f.a.db.prisma.unit.findFirstOrThrow({ where: { id: { notIn: s.units } } });
    const byId = await gateway(`query($id: ID!) { district_210102 { node(id: $id) { id } } }`, {
      token: superior,
      variables: { id: globalId("Unit", other.id) },
    });
    expect(byId.data.district_210102.node).toBeNull();

    // And nothing of the other subordinates' superiors in A.
    const foreign = await f.a.db.prisma.partyOrganization.findFirstOrThrow({
      where: { superiorDistrictCode: DISTRICT_B.code, superiorExternalCode: { not: s.code } },
    });
    const hop = await gateway(
      `query($code: String!) { district_210103 { organizationReference(code: $code) { in_210102 { subordinates { code } } } } }`,
      { token: superior, variables: { code: foreign.superiorExternalCode } },
    );
    expect(hop.errors).toBeUndefined();
    expect(hop.data.district_210103.organizationReference.in_210102.subordinates).toEqual([]);
  });

  it("_entities applies the same rules as root fields (signed request to A's subgraph)", async () => {
    const s = await superiorWithSubordinatesInA();
    const identity = {
      id: "superior-in-b",
      name: "superior",
      grants: [{ role: "SUPERIOR_ORG", organizationCode: s.code }] as Grant[],
    };
    const mine = await f.a.db.prisma.unit.findUniqueOrThrow({ where: { id: s.units[0] as string } });
    const other = await f.a.db.prisma.unit.findFirstOrThrow({ where: { id: { notIn: s.units } } });
    const otherOrg = await f.a.db.prisma.partyOrganization.findFirstOrThrow({
      where: { id: { notIn: s.subordinates.map((o) => o.id) } },
    });
    const committee = await f.a.db.prisma.committee.findFirstOrThrow({ where: { id: { notIn: [...s.committeeIds] } } });
    const body = JSON.stringify({
      query: `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Unit { name creditCode address }
        ... on PartyOrganization { code name }
        ... on Committee { code name }
      } }`,
      variables: {
        r: [
          { __typename: "Unit", creditCode: mine.creditCode },
          { __typename: "Unit", creditCode: other.creditCode },
          { __typename: "PartyOrganization", code: s.subordinates[0]?.code },
          { __typename: "PartyOrganization", code: otherOrg.code },
          { __typename: "Committee", districtCode: "210102", code: committee.code },
          { __typename: "Unit", creditCode: "91210102MA0000000X" },
        ],
      },
    });
    const response = await fetch(f.a.http.url, {
      method: "POST",
      headers: { "content-type": "application/json", [IDENTITY_HEADER]: signIdentity(identity, body, gatewayTrust) },
      body,
    });
    const json = (await response.json()) as { data: { _entities: unknown[] }; errors?: unknown };
    expect(response.status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data._entities).toEqual([
      { name: mine.name, creditCode: mine.creditCode, address: null }, // readable fields only
      null, // outside the scope: like a missing one
      { code: s.subordinates[0]?.code, name: s.subordinates[0]?.name },
      null,
      null,
      null, // missing
    ]);
  });
});

describe("acceptance 4: a subgraph in gateway mode answers only the gateway", () => {
  const query = "{ district_210102 { units { totalCount } } }";
  const direct = (headers: Record<string, string>, body = JSON.stringify({ query })) =>
    fetch(f.a.http.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const refusal = async (response: Response) => {
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    const [first] = body.errors;
    return { status: response.status, message: first?.message ?? "", code: first?.extensions.code };
  };

  it("refuses a request without a signature, even with a valid user token", async () => {
    const none = await refusal(await direct({}));
    expect(none.status).toBe(401);
    expect(none.code).toBe("UNAUTHENTICATED");
    expect(none.message).toContain("federation gateway");

    const district = await f.a.db.prisma.district.findFirstOrThrow();
    const bearer = await token([{ role: "DISTRICT_ADMIN", districtId: district.id }]);
    const withToken = await refusal(await direct({ authorization: `Bearer ${bearer}` }));
    expect(withToken.status).toBe(401);
    expect(withToken.message).toContain("no signed identity");
  });

  it("refuses forged, stale and replayed signatures", async () => {
    const district = await f.a.db.prisma.district.findFirstOrThrow();
    const admin = {
      id: "forger",
      name: "forger",
      grants: [{ role: "DISTRICT_ADMIN", districtId: district.id }] as Grant[],
    };
    const body = JSON.stringify({ query });

    const forged = await refusal(
      await direct({
        [IDENTITY_HEADER]: signIdentity(admin, body, { secret: "not-the-gateway-secret-0123456789abcdef" }),
      }),
    );
    expect([forged.status, forged.message]).toEqual([401, expect.stringContaining("signature is invalid")]);

    const [payload, signature] = signIdentity(admin, body, gatewayTrust).split(".");
    const tampered = JSON.parse(Buffer.from(payload as string, "base64url").toString());
    tampered.u.sub = "someone-else";
    const edited = `${Buffer.from(JSON.stringify(tampered)).toString("base64url")}.${signature}`;
    expect((await refusal(await direct({ [IDENTITY_HEADER]: edited }))).status).toBe(401);

    const stale = await refusal(
      await direct({ [IDENTITY_HEADER]: signIdentity(admin, body, gatewayTrust, Date.now() - 5 * 60_000) }),
    );
    expect([stale.status, stale.message]).toEqual([401, expect.stringContaining("expired")]);

    // A genuine signature for one request cannot carry another body (e.g. a mutation).
    const other = JSON.stringify({ query: "{ district_210102 { persons { totalCount } } }" });
    const replayed = await refusal(await direct({ [IDENTITY_HEADER]: signIdentity(admin, body, gatewayTrust) }, other));
    expect([replayed.status, replayed.message]).toEqual([401, expect.stringContaining("another request body")]);

    // The genuine article is accepted (the refusals above are not a closed door).
    const ok = await direct({ [IDENTITY_HEADER]: signIdentity(admin, body, gatewayTrust) }, body);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as any).data.district_210102.units.totalCount).toBe(await f.a.db.prisma.unit.count());
  });

  it("identity forged in client headers or extensions through the gateway changes nothing", async () => {
    const district = await f.a.db.prisma.district.findFirstOrThrow();
    const admin = {
      id: "forger",
      name: "forger",
      grants: [{ role: "DISTRICT_ADMIN", districtId: district.id }] as Grant[],
    };
    const forgedQuery = "{ district_210102 { viewer { id grants { role } } units { totalCount } } }";
    const forgedBody = JSON.stringify({ query: forgedQuery });
    const forgery = {
      headers: {
        [IDENTITY_HEADER]: signIdentity(admin, forgedBody, { secret: "guessed-secret-guessed-secret-guessed" }),
        "x-view-as": Buffer.from(JSON.stringify(admin.grants)).toString("base64url"),
        "x-gongjian-user": "forger",
      },
      extensions: { identity: admin, grants: admin.grants },
    };
    const anonymous = await gateway(forgedQuery, forgery);
    expect(anonymous.status).toBe(200);
    expect(anonymous.data.district_210102.viewer).toMatchObject({ id: null, grants: [] });
    // Anonymous, as if nothing were forged: told to sign in, no rows.
    expect(anonymous.data.district_210102.units).toBeNull();
    expect(anonymous.errors?.map((e: any) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);

    const liaisonUnit = await f.a.db.prisma.unit.findFirstOrThrow({ orderBy: { creditCode: "asc" } });
    const liaison = await token([{ role: "UNIT_LIAISON", unitId: liaisonUnit.id }], "liaison");
    const asLiaison = await gateway(forgedQuery, { ...forgery, token: liaison });
    expect(asLiaison.data.district_210102.viewer).toMatchObject({ id: "liaison", grants: [{ role: "UNIT_LIAISON" }] });
    expect(asLiaison.data.district_210102.units.totalCount).toBe(1);

    const badToken = await gateway(forgedQuery, { token: `${liaison}x` });
    expect(badToken.status).toBe(401);
    expect(badToken.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("the gateway in production", () => {
  it("refuses introspection and answers queries", async () => {
    const production = await createGateway({
      config: {
        districts: [
          { ...DISTRICT_A, url: f.a.http.url },
          { ...DISTRICT_B, url: f.b.http.url },
        ],
      },
      auth,
      trust: gatewayTrust,
      production: true,
    });
    try {
      const http = await listen(production.runtime);
      try {
        const introspection = await post(http.url, "{ __schema { types { name } } }");
        expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
        const ok = await post(http.url, "{ district_210102 { viewer { grants { role } } units { totalCount } } }");
        expect(ok.data.district_210102.viewer.grants).toEqual([]); // anonymous: answered, …
        expect(ok.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED"); // … and told to sign in for the rows
      } finally {
        await http.stop();
      }
    } finally {
      await production.close();
    }
  });
});

describe("acceptance 3: district B stopped", () => {
  it("answers district A's part with an error for B's part, and keeps serving", async () => {
    const { orgs } = await expectedCrossDistrict();
    const admin = await bothDistrictsAdmin();
    await f.b.http.stop();

    const started = performance.now();
    const result = await gateway(CROSS_DISTRICT, { token: admin, variables: { prefix: "210103" } });
    const ms = performance.now() - started;
    expect(result.status).toBe(200);
    const nodes = sortByCode(result.data.district_210102.organizations.edges.map((e: any) => e.node));
    expect(nodes.map((o: any) => o.code)).toEqual(orgs.map((o) => o.code));
    expect(nodes.map((o: any) => o.name)).toEqual(orgs.map((o) => o.name));
    for (const node of nodes) {
      expect(node.superiorOrganization.code).toBe(node.superiorExternalCode); // A's part
      expect(node.superiorOrganization.in_210103).toBeNull(); // B's part
    }
    expect(result.errors?.length).toBeGreaterThanOrEqual(1);
    for (const error of result.errors ?? []) {
      expect(error.message).toContain("District 210103 (河东区) is unavailable");
      expect(error.extensions?.code).toBe("DISTRICT_UNAVAILABLE");
    }

    // The gateway keeps serving: A alone, and B's root answers an error without bringing it down.
    const onlyA = await gateway("{ district_210102 { organizations { totalCount } } }", { token: admin });
    expect(onlyA.errors).toBeUndefined();
    expect(onlyA.data.district_210102.organizations.totalCount).toBe(await f.a.db.prisma.partyOrganization.count());
    const onlyB = await gateway("{ district_210103 { organizations { totalCount } } }", { token: admin });
    expect(onlyB.status).toBe(200);
    expect(onlyB.errors?.[0]?.extensions?.code).toBe("DISTRICT_UNAVAILABLE");
    expect(onlyB.data?.district_210103 ?? null).toBeNull();
    console.log(
      `with district B stopped: cross-district query answered in ${ms.toFixed(0)} ms with ${result.errors?.length} error(s): ${result.errors?.[0]?.message}`,
    );
  });
});
