/**
 * The joint work statistics (共建事项, issue 15 item 3) equal plain SQL on the demo data: items by 六联
 * category × status with the overdue ones (deadline before today in Beijing), and each organisation's
 * participation; a committee's staff counts only its committee's, a liaison only the items it shares.
 */
import { toGlobalId } from "@gongjian/api/data/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let analyst: string;

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  analyst = await t.token([{ role: "ANALYST", districtId: scope.district.id }]);
});
afterAll(async () => {
  await t?.close();
});

const sql = <T>(text: string, params: unknown[] = []) => t.db.sql.query<T>(text, params);
const rawId = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":").slice(1).join(":");
const OVERDUE = `i.status IN ('OPEN', 'IN_PROGRESS') AND i.deadline < (now() AT TIME ZONE 'Asia/Shanghai')::date`;

const countsQuery = `query($f: AnalyticsFilter) { jointWorkCounts(filter: $f) {
  total overdueCount counts { category status count overdueCount } } }`;
const participationQuery = `query($f: AnalyticsFilter) { jointWorkParticipation(filter: $f) {
  organization { id } itemCount leadCount coOperatingCount } }`;

/** The plain-SQL counts of the items `where` selects (alias i), by category and status. */
async function plainCounts(where: string, params: unknown[]) {
  const rows = await sql<{ category: string; status: string; n: number; overdue: number }>(
    `SELECT i.category::text AS category, i.status::text AS status, count(*)::int AS n,
            count(*) FILTER (WHERE ${OVERDUE})::int AS overdue
       FROM "JointWorkItem" i WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
    params,
  );
  return {
    total: rows.reduce((n, r) => n + r.n, 0),
    overdueCount: rows.reduce((n, r) => n + r.overdue, 0),
    counts: rows.map((r) => ({ category: r.category, status: r.status, count: r.n, overdueCount: r.overdue })),
  };
}

/** The plain-SQL participation of the organisations in the items `where` selects (alias i). */
async function plainParticipation(where: string, params: unknown[]) {
  const rows = await sql<{ org: string; n: number; lead: number; co: number }>(
    `SELECT p."organizationId" AS org, count(*)::int AS n,
            count(*) FILTER (WHERE p.role = 'LEAD')::int AS lead,
            count(*) FILTER (WHERE p.role = 'CO_OPERATING')::int AS co
       FROM "JointWorkParticipant" p JOIN "JointWorkItem" i ON i.id = p."itemId"
       JOIN "PartyOrganization" o ON o.id = p."organizationId"
      WHERE ${where} GROUP BY p."organizationId", o.code ORDER BY n DESC, o.code`,
    params,
  );
  return rows.map((r) => ({ organization: r.org, itemCount: r.n, leadCount: r.lead, coOperatingCount: r.co }));
}

const ordered = <T extends { category: string; status: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.category.localeCompare(b.category) || a.status.localeCompare(b.status));

describe("joint work statistics equal plain SQL", () => {
  it("jointWorkCounts: by category × status, overdue in Beijing time, district-wide and per street", async () => {
    for (const streetId of [null, scope.street.id]) {
      const expected = await plainCounts(`($1::uuid IS NULL OR i."streetId" = $1)`, [streetId]);
      const f = streetId ? { streetId: toGlobalId("Street", streetId) } : null;
      const { data, errors } = await t.gql(countsQuery, { f }, analyst);
      expect(errors).toBeUndefined();
      expect({ ...data.jointWorkCounts, counts: ordered(data.jointWorkCounts.counts) }).toEqual({
        ...expected,
        counts: ordered(expected.counts),
      });
      // The demo data: every category and status, overdue items among them.
      expect(new Set(expected.counts.map((c) => c.category)).size).toBe(6);
      expect(new Set(expected.counts.map((c) => c.status)).size).toBe(5);
      expect(expected.overdueCount).toBeGreaterThan(0);
    }
  });

  it("jointWorkParticipation: items, leads and co-operations per organisation, most first", async () => {
    for (const streetId of [null, scope.street.id]) {
      const expected = await plainParticipation(`($1::uuid IS NULL OR i."streetId" = $1)`, [streetId]);
      const f = streetId ? { streetId: toGlobalId("Street", streetId) } : null;
      const { data, errors } = await t.gql(participationQuery, { f }, analyst);
      expect(errors).toBeUndefined();
      const got = data.jointWorkParticipation.map((r: any) => ({ ...r, organization: rawId(r.organization.id) }));
      expect(got).toEqual(expected);
      expect(expected.length).toBeGreaterThan(2);
    }
  });

  it("counts only a committee's items for its staff, and only the shared items for a liaison", async () => {
    const staff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }]);
    const forStaff = await t.gql(countsQuery, {}, staff);
    expect(forStaff.errors).toBeUndefined();
    const expected = await plainCounts(`i."committeeId" = $1`, [scope.joint.id]);
    expect({ ...forStaff.data.jointWorkCounts, counts: ordered(forStaff.data.jointWorkCounts.counts) }).toEqual({
      ...expected,
      counts: ordered(expected.counts),
    });
    const liaison = await t.token([{ role: "UNIT_LIAISON", unitId: String(scope.directOrg.unitId) }]);
    const shared = `i.id IN (SELECT "itemId" FROM "JointWorkParticipant" WHERE "organizationId" IN
      (SELECT id FROM "PartyOrganization" WHERE "unitId" = $1))`;
    const forLiaison = await t.gql(countsQuery, {}, liaison);
    expect(forLiaison.errors).toBeUndefined();
    const liaisonExpected = await plainCounts(shared, [scope.directOrg.unitId]);
    expect(forLiaison.data.jointWorkCounts.total).toBe(liaisonExpected.total);
    expect(liaisonExpected.total).toBeGreaterThan(0);
    expect(liaisonExpected.total).toBeLessThan((await plainCounts("true", [])).total);
  });
});
