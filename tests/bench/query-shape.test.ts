import { createFactories, insertDataset } from "@gongjian/db/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";

// Issue 3, acceptance 3: no N+1. The nested read below issues the same number of SQL
// statements for 5 committees as for 50.

let t: TestApp;
let statements = 0;
let analyst: string;
let counting = false;

beforeAll(async () => {
  t = await setupApp({ demo: true, onQuery: () => counting && statements++ });
  const scope = await demoScope(t.db);
  // 60 more committees (drafts without coverage), each with 3 members and 2 seats.
  const f = createFactories(77);
  const orgs = await t.db.prisma.partyOrganization.findMany({
    where: { streetId: scope.street.id },
    take: 30,
    orderBy: { code: "asc" },
  });
  const persons = await t.db.prisma.person.findMany({
    where: { streetId: scope.street.id },
    take: 200,
    orderBy: { id: "asc" },
  });
  const committee = [];
  const membership = [];
  const seat = [];
  for (let i = 0; i < 60; i++) {
    const c = f.committee(scope.street, { code: `NPLUS1-${i}`, status: "DRAFT" });
    committee.push(c);
    for (let j = 0; j < 3; j++) membership.push(f.membership(c, orgs[(i + j) % orgs.length] as (typeof orgs)[number]));
    for (let j = 0; j < 2; j++) {
      const person = persons[(i * 2 + j) % persons.length] as (typeof persons)[number];
      seat.push(f.seat(c, person, orgs[i % orgs.length] as (typeof orgs)[number], { role: "MEMBER" }));
    }
  }
  await insertDataset(t.db.prisma, { committee, membership, seat });
  analyst = await t.token([{ role: "ANALYST", districtId: scope.district.id }]);
});
afterAll(async () => {
  await t?.close();
});

const nested = `query($first: Int) {
  committees(first: $first) {
    totalCount
    edges { node { id name memberships { id organization { id name unit { id name } } } seats { id person { id name } } } }
  }
}`;

async function countFor(first: number) {
  statements = 0;
  counting = true;
  const { data, errors } = await t.gql(nested, { first }, analyst);
  counting = false;
  expect(errors).toBeUndefined();
  return { statements, rows: data.committees.edges.length as number };
}

describe("query shape", () => {
  it("issues the same number of SQL statements for 5 and for 50 committees", async () => {
    const five = await countFor(5);
    const fifty = await countFor(50);
    expect(five.rows).toBe(5);
    expect(fifty.rows).toBe(50);
    expect(fifty.statements).toBe(five.statements);
    expect(five.statements).toBeLessThanOrEqual(12);
    console.log(`statements per request: ${five.statements} (5 committees), ${fifty.statements} (50 committees)`);
  });
});

const assessments = `query($first: Int) {
  assessments(first: $first) { edges { node { id kind organization { id name } } } }
}`;

describe("query shape of computed relations", () => {
  it("loads the organisations of 5 and of 100 assessments with the same number of statements", async () => {
    const run = async (first: number) => {
      statements = 0;
      counting = true;
      const { data, errors } = await t.gql(assessments, { first }, analyst);
      counting = false;
      expect(errors).toBeUndefined();
      const nodes = data.assessments.edges.map((e: any) => e.node);
      return { statements, nodes };
    };
    const few = await run(5);
    const many = await run(100);
    expect(few.nodes).toHaveLength(5);
    expect(many.nodes).toHaveLength(100);
    // Each assessment still gets its own organisation (checked against the table).
    const withOrg = many.nodes.filter((n: any) => n.organization);
    expect(withOrg.length).toBeGreaterThan(50);
    const names = new Map(
      (await t.db.prisma.partyOrganization.findMany({ select: { name: true, id: true } })).map((o) => [o.name, o.id]),
    );
    for (const n of withOrg) expect(names.has(n.organization.name)).toBe(true);
    expect(many.statements).toBe(few.statements);
  });
});
