import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";

// Personal data (ID numbers, phones, home addresses) reaches only STREET_ADMIN and
// COMMITTEE_STAFF in scope, and for every other role is not even read from the database.

let t: TestApp;
const statements: string[] = [];
let recording = false;
let tokens: Record<string, string>;

beforeAll(async () => {
  t = await setupApp({ demo: true, onQuery: (sql) => recording && statements.push(sql) });
  const scope = await demoScope(t.db);
  const unit = await t.db.prisma.unit.findFirstOrThrow({
    where: { organizations: { some: { id: scope.dualOrg.id } } },
  });
  tokens = {
    STREET_ADMIN: await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }]),
    COMMITTEE_STAFF: await t.token([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }]),
    DISTRICT_ADMIN: await t.token([{ role: "DISTRICT_ADMIN", districtId: scope.district.id }]),
    ANALYST: await t.token([{ role: "ANALYST", districtId: scope.district.id }]),
    UNIT_LIAISON: await t.token([{ role: "UNIT_LIAISON", unitId: unit.id }]),
    SUPERIOR_ORG: await t.token([
      { role: "SUPERIOR_ORG", organizationCode: String(scope.dualOrg.superiorExternalCode) },
    ]),
  };
});
afterAll(async () => {
  await t?.close();
});

const query = `{ persons(first: 20) { totalCount edges { node { name idNumber phone homeAddress } } } }`;

async function read(role: string) {
  statements.length = 0;
  recording = true;
  const result = await t.gql(query, {}, tokens[role]);
  recording = false;
  expect(result.errors).toBeUndefined();
  return { nodes: (result.data.persons?.edges ?? []).map((e: any) => e.node), sql: statements.join("\n") };
}

describe("personal data", () => {
  it.each(["STREET_ADMIN", "COMMITTEE_STAFF"])("is visible to %s in scope", async (role) => {
    const { nodes, sql } = await read(role);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: any) => /^\d{17}[\dX]$/.test(n.idNumber))).toBe(true);
    expect(sql).toMatch(/PersonPrivate/);
  });

  it.each(["DISTRICT_ADMIN", "ANALYST", "UNIT_LIAISON", "SUPERIOR_ORG"])(
    "is neither shown to nor read from the database for %s",
    async (role) => {
      const { nodes, sql } = await read(role);
      // Every one of them reads some people (a liaison and a superior: the people of their organisations).
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) expect([node.idNumber, node.phone, node.homeAddress]).toEqual([null, null, null]);
      expect(sql).not.toMatch(/PersonPrivate/);
    },
  );
});

describe("assessment remarks", () => {
  const remarksQuery = `{ assessments(first: 50) { edges { node { score remarks notifiedAt person { idNumber phone homeAddress } } } } }`;
  async function readRemarks(role: string) {
    statements.length = 0;
    recording = true;
    const result = await t.gql(remarksQuery, {}, tokens[role]);
    recording = false;
    expect(result.errors).toBeUndefined();
    return { nodes: result.data.assessments.edges.map((e: any) => e.node), sql: statements.join("\n") };
  }

  it("are read and shown for STREET_ADMIN", async () => {
    const { nodes, sql } = await readRemarks("STREET_ADMIN");
    expect(nodes.some((n: any) => typeof n.remarks === "string" && n.remarks.length > 0)).toBe(true);
    expect(sql).toMatch(/"remarks"/);
  });

  it.each(["ANALYST", "DISTRICT_ADMIN"])("are neither shown to nor read for %s", async (role) => {
    const { nodes, sql } = await readRemarks(role);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node.remarks).toBeNull();
    expect(sql).not.toMatch(/"remarks"/);
  });

  it.each(["UNIT_LIAISON", "SUPERIOR_ORG"])(
    "reach %s with the notified results only (通报), and no ID number or phone of the person assessed",
    async (role) => {
      const { nodes, sql } = await readRemarks(role);
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) expect(node.notifiedAt).not.toBeNull();
      // Results of people (seat holders, appraisals) name them, without their personal data.
      const people = nodes.filter((n: any) => n.person).map((n: any) => n.person);
      expect(people.length).toBeGreaterThan(0);
      for (const p of people) expect([p.idNumber, p.phone, p.homeAddress]).toEqual([null, null, null]);
      expect(sql).toMatch(/"notifiedAt" IS NOT NULL/);
      expect(sql).not.toMatch(/PersonPrivate/);
    },
  );
});
