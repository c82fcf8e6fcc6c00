import { toGlobalId } from "@gongjian/api/data/ids";
import { createFactories, insertDataset } from "@gongjian/db/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";
import { body, W2, W3, w2Variables, w3Counts } from "./workloads.js";

// Issue 7: the benchmark's regression guard that does not depend on timing. The SQL statements
// of the benchmark's list page (W2) and nested read (W3), exactly as `pnpm bench` sends them,
// counted with Prisma's query events: the exact numbers, and the same for two page sizes.
// A change that adds a statement (or a statement per row) fails here before any benchmark runs.

let t: TestApp;
let statements: string[] = [];
let counting = false;
let streetAdmin: string;
let analyst: string;
let streetGid: string;

beforeAll(async () => {
  t = await setupApp({ demo: true, onQuery: (sql) => counting && statements.push(sql) });
  const scope = await demoScope(t.db);
  streetGid = toGlobalId("Street", scope.street.id);
  // Enough rows for both page sizes: 60 more committees with members and seats, 80 more units.
  const f = createFactories(7);
  const orgs = await t.db.prisma.partyOrganization.findMany({
    where: { streetId: scope.street.id },
    take: 30,
    orderBy: { code: "asc" },
  });
  const persons = await t.db.prisma.person.findMany({
    where: { streetId: scope.street.id },
    take: 100,
    orderBy: { id: "asc" },
  });
  const community = await t.db.prisma.community.findFirstOrThrow({ where: { streetId: scope.street.id } });
  const committee = [];
  const membership = [];
  const seat = [];
  for (let i = 0; i < 60; i++) {
    const c = f.committee(scope.street, { code: `BENCH-${i}`, status: "DRAFT" });
    committee.push(c);
    for (let j = 0; j < 3; j++) membership.push(f.membership(c, orgs[(i + j) % orgs.length] as (typeof orgs)[number]));
    const person = persons[i % persons.length] as (typeof persons)[number];
    seat.push(f.seat(c, person, orgs[i % orgs.length] as (typeof orgs)[number], { role: "MEMBER" }));
  }
  const unit = Array.from({ length: 80 }, () => f.unit(community, { kind: "NEW_ECONOMIC_ORG" }));
  await insertDataset(t.db.prisma, { committee, membership, seat, unit });
  streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }]);
  analyst = await t.token([{ role: "ANALYST", districtId: scope.district.id }]);
});
afterAll(async () => {
  await t?.close();
});

async function count(request: string, token: string) {
  const { query, variables } = JSON.parse(request) as { query: string; variables: Record<string, unknown> };
  statements = [];
  counting = true;
  const result = await t.gql(query, variables, token);
  counting = false;
  expect(result.errors).toBeUndefined();
  return { statements: [...statements], data: result.data };
}

describe("SQL statements of the benchmark workloads (issue 7)", () => {
  it("W2 (unit list page as STREET_ADMIN): 2 statements, for 10 and for 25 rows", async () => {
    const ten = await count(body(W2, w2Variables(streetGid, 10)), streetAdmin);
    const page = await count(body(W2, w2Variables(streetGid, 25)), streetAdmin);
    expect(ten.data.units.edges).toHaveLength(10);
    expect(page.data.units.edges).toHaveLength(25);
    // The rows (units with their community) and the total count; the street admin's scope needs no look-up.
    expect(page.statements).toHaveLength(ten.statements.length);
    expect(page.statements.length).toBe(W2_STATEMENTS);
  });

  it("W3 (nested read as ANALYST): 7 statements, for 5 and for 50 committees", async () => {
    const five = await count(body(W3, { first: 5 }), analyst);
    const fifty = await count(body(W3, { first: 50 }), analyst);
    expect(w3Counts(five.data).committees).toBe(5);
    expect(w3Counts(fifty.data).committees).toBe(50);
    expect(w3Counts(fifty.data).memberships).toBeGreaterThan(50);
    // Scope look-up (the district's streets), committees, memberships, organisations, units, seats, persons.
    expect(fifty.statements).toHaveLength(five.statements.length);
    expect(fifty.statements.length).toBe(W3_STATEMENTS);
  });
});

const W2_STATEMENTS = 3;
const W3_STATEMENTS = 7;
