import { readFileSync } from "node:fs";
import path from "node:path";
import { cadenceAnswers } from "@gongjian/api/analytics/meeting-rules";
import {
  beijingMonthStart,
  beijingYearMonth,
  decimalShare,
  defaultReferenceMonth,
  largestRemainder,
  percentToUnits,
  quarterOf,
  scoreBand,
  sharesOfBudget,
  unitsToPercent,
} from "@gongjian/api/analytics/rules";
import { toGlobalId } from "@gongjian/api/data/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";
import { repositoryRoot } from "../support/paths.js";

const docFile = path.join(repositoryRoot, "api/docs/analyst-queries.md");

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let analyst: string;
let otherStreetId: string;
const statements: string[] = [];
let capturing = false;

beforeAll(async () => {
  t = await setupApp({
    demo: true,
    onQuery: (sql) => {
      if (capturing) statements.push(sql);
    },
  });
  scope = await demoScope(t.db);
  analyst = await t.token([{ role: "ANALYST", districtId: scope.district.id }]);
  const other = await t.db.prisma.street.create({
    data: { districtId: scope.district.id, code: "210102999", name: "测试另一街道" },
  });
  otherStreetId = other.id;
});
afterAll(async () => {
  await t?.close();
});

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => t.db.sql.query<T>(text, params);
/** The database id in a global ID (base64 of "Type:id"). */
const rawId = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":").slice(1).join(":");
const num = (v: unknown) => Number(v ?? 0);
const big = (v: unknown) => BigInt(String(v ?? 0));

/** The examples of the analyst guide: a heading, then a fenced graphql block. */
function examples(): { title: string; query: string }[] {
  const text = readFileSync(docFile, "utf8");
  const out: { title: string; query: string }[] = [];
  const pattern = /^#{2,4}\s+(.+)\n+```graphql\n([\s\S]*?)```/gm;
  for (const match of text.matchAll(pattern)) out.push({ title: match[1] as string, query: match[2] as string });
  return out;
}

/** Every root field answered something: a non-empty list, a connection with edges, or a value. */
function nonEmpty(data: Record<string, unknown>): string[] {
  const empty: string[] = [];
  for (const [field, value] of Object.entries(data ?? {})) {
    if (value === null || value === undefined) empty.push(field);
    else if (Array.isArray(value) && value.length === 0) empty.push(field);
    else if (typeof value === "object" && "edges" in value && (value as { edges: unknown[] }).edges.length === 0)
      empty.push(field);
    else if (typeof value === "object" && "total" in value && (value as { total: number }).total === 0)
      empty.push(field);
  }
  return empty;
}

const allAnalytics = `query {
  coverage { committee { id } organizationCount memberCount seatedMemberCount }
  fundingByChannel(year: 2026) { committee { id } amountFen }
  streetFunding: fundingByChannel(year: 2026, per: STREET) { street { id } amountFen }
  fundingByUnit(year: 2026) { committee { id } shareDueFen pledgedFen receivedFen }
  meetingCadence(year: 2026, throughMonth: 8) { committee { id } regularHeld }
  seatStructureCompliance { committee { id } seats }
  assessmentDistribution(kind: UNIT_PARTICIPATION, year: 2025) {
    total scored averageScore grades { count } bands { count }
  }
  rulesDocumentGaps { committeeCount missingAnyCount kinds { kind missingCount missingShare } }
  jointWorkCounts { total overdueCount counts { category status count overdueCount } }
  jointWorkParticipation { organization { id } itemCount leadCount coOperatingCount }
}`;

describe("analyst guide", () => {
  it("has at least 10 examples", () => {
    expect(examples().length).toBeGreaterThanOrEqual(10);
  });

  it("runs every example as an ANALYST with no errors and non-empty results", async () => {
    for (const { title, query } of examples()) {
      const { data, errors } = await t.gql(query, {}, analyst);
      expect({ title, errors }).toEqual({ title, errors: undefined });
      expect({ title, empty: nonEmpty(data) }).toEqual({ title, empty: [] });
    }
  });

  it("never reads personal data", async () => {
    statements.length = 0;
    capturing = true;
    try {
      const { errors } = await t.gql(allAnalytics, {}, analyst);
      expect(errors).toBeUndefined();
    } finally {
      capturing = false;
    }
    expect(statements.length).toBeGreaterThan(0);
    const personal = statements.filter((s) => /idNumber|homeAddress|"phone"|remarks|PersonPrivate/.test(s));
    expect(personal).toEqual([]);
  });
});

describe("query shape of the aggregates", () => {
  it("computes coverage for all committees in a fixed number of statements (not three counts per committee)", async () => {
    statements.length = 0;
    capturing = true;
    try {
      const { data, errors } = await t.gql(`{ coverage { committee { id } organizationCount } }`, {}, analyst);
      expect(errors).toBeUndefined();
      expect(data.coverage.length).toBeGreaterThanOrEqual(5);
    } finally {
      capturing = false;
    }
    // the analyst's streets, coverage, committees, then units, organisations, memberships and seats; and
    // to tell whether those counts are complete, the same coverage and four reads on every row of the
    // committees (a partial count is answered null): a fixed number, whatever the number of committees
    expect(statements.length).toBeLessThanOrEqual(12);
  });
});

describe("aggregates equal plain SQL on the demo data", () => {
  it("coverage", async () => {
    const expected = await sql<{ id: string; communities: unknown; orgs: unknown; members: unknown; seated: unknown }>(
      `WITH cov AS (SELECT "committeeId", "communityId" FROM "CommitteeCommunity" WHERE "endedAt" IS NULL),
       located AS (
         SELECT DISTINCT cov."committeeId", o.id AS org
         FROM cov JOIN "PartyOrganization" o ON o."endedAt" IS NULL
         LEFT JOIN "Unit" u ON u.id = o."unitId"
         WHERE o."communityId" = cov."communityId" OR u."communityId" = cov."communityId"),
       member AS (
         SELECT l.*, EXISTS (SELECT 1 FROM "Membership" m WHERE m."committeeId" = l."committeeId"
                               AND m."organizationId" = l.org AND m."toDate" IS NULL) AS is_member,
                     EXISTS (SELECT 1 FROM "Seat" s WHERE s."committeeId" = l."committeeId"
                               AND s."sourceOrganizationId" = l.org
                               AND s.status IN ('NOMINATED', 'APPROVED', 'FILED')) AS has_seat
         FROM located l)
       SELECT c."committeeId" AS id,
              (SELECT count(*) FROM cov WHERE cov."committeeId" = c."committeeId") AS communities,
              count(m.org) AS orgs,
              count(m.org) FILTER (WHERE m.is_member) AS members,
              count(m.org) FILTER (WHERE m.is_member AND m.has_seat) AS seated
       FROM (SELECT DISTINCT "committeeId" FROM cov) c LEFT JOIN member m ON m."committeeId" = c."committeeId"
       GROUP BY c."committeeId"`,
    );
    const { data, errors } = await t.gql(
      `{ coverage { committee { id } communityCount organizationCount memberCount memberShare seatedMemberCount seatedMemberShare } }`,
      {},
      analyst,
    );
    expect(errors).toBeUndefined();
    const got = Object.fromEntries(
      data.coverage.map((r: Record<string, any>) => [
        rawId(r.committee.id),
        [r.communityCount, r.organizationCount, r.memberCount, r.seatedMemberCount, r.memberShare, r.seatedMemberShare],
      ]),
    );
    const want = Object.fromEntries(
      expected.map((r) => [
        r.id,
        [
          num(r.communities),
          num(r.orgs),
          num(r.members),
          num(r.seated),
          decimalShare(num(r.members), num(r.orgs)),
          decimalShare(num(r.seated), num(r.members)),
        ],
      ]),
    );
    expect(got).toEqual(want);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(expected.some((r) => num(r.members) > 0 && num(r.seated) > 0)).toBe(true);
  });

  it("fundingByChannel (per committee and per street)", async () => {
    const rows = await sql<{ committee: string; street: string; channel: string; amount: unknown; n: unknown }>(
      `SELECT i."committeeId" AS committee, i."streetId" AS street, i.channel::text AS channel,
              sum(i."amountFen")::text AS amount, count(*) AS n
       FROM "FundingIncome" i JOIN "FundingPlan" p ON p.id = i."planId"
       WHERE p.status = 'ADOPTED' AND p.year = 2026
       GROUP BY 1, 2, 3`,
    );
    const { data, errors } = await t.gql(
      `{ c: fundingByChannel(year: 2026) { committee { id } channel amountFen incomeCount }
         s: fundingByChannel(year: 2026, per: STREET) { street { id } committee { id } channel amountFen } }`,
      {},
      analyst,
    );
    expect(errors).toBeUndefined();
    const got = new Map<string, [string, number]>(
      data.c.map((r: any) => [`${rawId(r.committee.id)}/${r.channel}`, [String(r.amountFen), r.incomeCount]]),
    );
    const want = new Map<string, [string, number]>(
      rows.map((r) => [`${r.committee}/${r.channel}`, [String(r.amount), num(r.n)]]),
    );
    expect(got).toEqual(want);
    expect(want.size).toBeGreaterThan(0);

    const perStreet = new Map<string, bigint>();
    for (const r of rows) {
      const k = `${r.street}/${r.channel}`;
      perStreet.set(k, (perStreet.get(k) ?? 0n) + big(r.amount));
    }
    expect(new Map(data.s.map((r: any) => [`${rawId(r.street.id)}/${r.channel}`, big(r.amountFen)]))).toEqual(
      perStreet,
    );
    expect(data.s.every((r: any) => r.committee === null)).toBe(true);
  });

  it("fundingByUnit: shares add up to the budget; pledged and received equal SQL sums", async () => {
    const { data, errors } = await t.gql(
      `{ fundingByUnit(year: 2026) { plan { id budgetFen } membership { id } ratioPercent shareDueFen pledgedFen receivedFen } }`,
      {},
      analyst,
    );
    expect(errors).toBeUndefined();
    const rows: any[] = data.fundingByUnit;
    expect(rows.length).toBeGreaterThan(0);

    const plans = await sql<{ id: string; budget: string }>(
      `SELECT id, "budgetFen"::text AS budget FROM "FundingPlan" WHERE status = 'ADOPTED' AND year = 2026`,
    );
    expect(new Set(rows.map((r) => rawId(r.plan.id)))).toEqual(new Set(plans.map((p) => p.id)));
    for (const plan of plans) {
      const own = rows.filter((r) => rawId(r.plan.id) === plan.id && r.shareDueFen !== null);
      expect(own.reduce((a, r) => a + big(r.shareDueFen), 0n)).toBe(big(plan.budget));
    }
    // Each share is its exact share of the budget rounded down, or one fen more.
    const exact = await sql<{ plan: string; membership: string; floor: string; percent: string }>(
      `SELECT r."planId" AS plan, r."membershipId" AS membership, r.percent::text AS percent,
              floor(p."budgetFen" * r.percent / 100)::text AS floor
       FROM "ContributionRatio" r JOIN "FundingPlan" p ON p.id = r."planId"
       WHERE p.status = 'ADOPTED' AND p.year = 2026`,
    );
    const byKey = new Map(rows.map((r) => [`${rawId(r.plan.id)}/${rawId(r.membership.id)}`, r]));
    expect(exact.length).toBeGreaterThan(0);
    for (const e of exact) {
      const r = byKey.get(`${e.plan}/${e.membership}`);
      expect(r).toBeDefined();
      expect(percentToUnits(r.ratioPercent)).toBe(percentToUnits(e.percent));
      expect(big(r.shareDueFen) - big(e.floor)).toBeGreaterThanOrEqual(0n);
      expect(big(r.shareDueFen) - big(e.floor)).toBeLessThanOrEqual(1n);
    }
    const sums = await sql<{ plan: string; membership: string; pledged: string; received: string }>(
      `SELECT c."planId" AS plan, c."membershipId" AS membership, sum(c."amountFen")::text AS pledged,
              coalesce(sum(c."amountFen") FILTER (WHERE c.status = 'RECEIVED'), 0)::text AS received
       FROM "Contribution" c JOIN "FundingPlan" p ON p.id = c."planId"
       WHERE p.status = 'ADOPTED' AND p.year = 2026 GROUP BY 1, 2`,
    );
    expect(sums.length).toBeGreaterThan(0);
    for (const s of sums) {
      const r = byKey.get(`${s.plan}/${s.membership}`);
      expect([String(r.pledgedFen), String(r.receivedFen)]).toEqual([s.pledged, s.received]);
    }
    const contributors = rows.filter((r) => big(r.pledgedFen) > 0n).length;
    expect(contributors).toBe(sums.length);
  });

  // Issue 14, item 2: compliance is now two answers (the committee's own 党委会 cadence, and a 扩大会 every
  // month), so `compliant`/`missingMonths` follow the cadence rules of analytics/meeting-rules.ts instead
  // of "a regular or an extended meeting every month"; the counts per month are unchanged.
  it("meetingCadence (months in Beijing time; both cadence answers up to the reference month)", async () => {
    const counts = await sql<{ committee: string; month: number; kind: string; n: unknown }>(
      `SELECT "committeeId" AS committee,
              extract(month FROM ("heldAt" AT TIME ZONE 'UTC') + interval '8 hours')::int AS month,
              kind::text AS kind, count(*) AS n
       FROM "Meeting"
       WHERE status = 'HELD' AND "committeeId" IS NOT NULL AND "heldAt" >= '2025-12-31T16:00:00Z' AND "heldAt" < '2026-12-31T16:00:00Z'
       GROUP BY 1, 2, 3`,
    );
    const { data, errors } = await t.gql(
      `{ m: meetingCadence(year: 2026, throughMonth: 8) { committee { id status } cadence compliant missingMonths regularHeld extendedHeld emergencyHeld
           regularKept extendedKept regularMissedMonths extendedMissedMonths
           periods { period regularHeld extendedHeld emergencyHeld regularKept extendedKept compliant } }
         q: meetingCadence(year: 2026, period: QUARTER, throughMonth: 8) { committee { id } compliant
           periods { period regularHeld extendedHeld emergencyHeld compliant } } }`,
      {},
      analyst,
    );
    expect(errors).toBeUndefined();
    const count = (committee: string, month: number, kind: string) =>
      num(counts.find((c) => c.committee === committee && num(c.month) === month && c.kind === kind)?.n);
    const withMeetings = new Set(counts.map((c) => c.committee));
    expect(new Set(data.m.map((r: any) => rawId(r.committee.id)))).toEqual(
      new Set([
        ...withMeetings,
        ...(await sql<{ id: string }>(`SELECT id FROM "Committee" WHERE status IN ('APPROVED', 'FILED')`)).map(
          (r) => r.id,
        ),
      ]),
    );
    const cadences = new Map(
      (await sql<{ id: string; c: string }>(`SELECT id, "meetingCadence"::text AS c FROM "Committee"`)).map((r) => [
        r.id,
        r.c as "MONTHLY" | "QUARTERLY",
      ]),
    );
    for (const row of data.m) {
      const id = rawId(row.committee.id);
      expect(row.cadence).toBe(cadences.get(id));
      const months = Array.from({ length: 12 }, (_, i) => ({
        month: i + 1,
        regular: count(id, i + 1, "REGULAR"),
        extended: count(id, i + 1, "EXTENDED"),
        emergency: count(id, i + 1, "EMERGENCY"),
      }));
      const answers = cadenceAnswers(months, cadences.get(id) ?? "MONTHLY", 8);
      const missing: number[] = [];
      for (let month = 1; month <= 12; month++) {
        const p = row.periods[month - 1];
        expect([p.period, p.regularHeld, p.extendedHeld, p.emergencyHeld]).toEqual([
          month,
          count(id, month, "REGULAR"),
          count(id, month, "EXTENDED"),
          count(id, month, "EMERGENCY"),
        ]);
        const a = answers[month - 1] as (typeof answers)[number];
        expect([p.regularKept, p.extendedKept]).toEqual([a.regularKept, a.extendedKept]);
        const met = a.regularKept !== false && a.extendedKept !== false;
        if (month <= 8 && !met) missing.push(month);
        expect(p.compliant).toBe(month <= 8 ? met : null);
      }
      expect(row.regularMissedMonths).toEqual(answers.filter((a) => a.regularKept === false).map((a) => a.month));
      expect(row.extendedMissedMonths).toEqual(answers.filter((a) => a.extendedKept === false).map((a) => a.month));
      expect(row.missingMonths).toEqual(missing);
      expect(row.compliant).toBe(missing.length === 0);
      const quarter = data.q.find((q: any) => q.committee.id === row.committee.id);
      expect(quarter.periods.map((p: any) => p.period)).toEqual([1, 2, 3, 4]);
      expect(quarter.periods.reduce((a: number, p: any) => a + p.regularHeld, 0)).toBe(row.regularHeld);
      expect(quarter.compliant).toBe(row.compliant);
      expect(quarter.periods[3].compliant).toBeNull();
    }
    expect(data.m.some((r: any) => r.regularHeld >= 8)).toBe(true);
  });

  it("seatStructureCompliance", async () => {
    const rows = await sql<{ committee: string; role: string; n: unknown }>(
      `SELECT s."committeeId" AS committee, s.role::text AS role, count(*) AS n
       FROM "Seat" s JOIN "Committee" c ON c.id = s."committeeId"
       WHERE s.status IN ('NOMINATED', 'APPROVED', 'FILED') AND c.status <> 'DISSOLVED'
       GROUP BY 1, 2`,
    );
    const committees = await sql<{ id: string }>(`SELECT id FROM "Committee" WHERE status <> 'DISSOLVED'`);
    // Whether a committee's seat of a role comes from the community organisation of a covered community.
    const sources = await sql<{ committee: string; role: string; community: boolean }>(
      `SELECT s."committeeId" AS committee, s.role::text AS role,
              EXISTS (SELECT 1 FROM "PartyOrganization" o JOIN "CommitteeCommunity" cc
                        ON cc."communityId" = o."communityId" AND cc."committeeId" = s."committeeId"
                       WHERE o.id = s."sourceOrganizationId" AND cc."endedAt" IS NULL AND o."endedAt" IS NULL) AS community
       FROM "Seat" s WHERE s.status IN ('NOMINATED', 'APPROVED', 'FILED') AND s.role IN ('SECRETARY', 'EXECUTIVE_DEPUTY')`,
    );
    const fromCommunity = (committee: string, role: string) =>
      sources.find((r) => r.committee === committee && r.role === role)?.community;
    const { data, errors } = await t.gql(
      `{ seatStructureCompliance { committee { id } secretaries executiveDeputies fullTimeDeputies partTimeDeputies deputies members seats compliant violations { messageEn } } }`,
      {},
      analyst,
    );
    expect(errors).toBeUndefined();
    const list: any[] = data.seatStructureCompliance;
    expect(new Set(list.map((r) => rawId(r.committee.id)))).toEqual(new Set(committees.map((c) => c.id)));
    const count = (committee: string, role: string) =>
      num(rows.find((r) => r.committee === committee && r.role === role)?.n);
    for (const r of list) {
      const id = rawId(r.committee.id);
      expect([r.secretaries, r.executiveDeputies, r.fullTimeDeputies, r.partTimeDeputies, r.members]).toEqual([
        count(id, "SECRETARY"),
        count(id, "EXECUTIVE_DEPUTY"),
        count(id, "DEPUTY_FULL_TIME"),
        count(id, "DEPUTY_PART_TIME"),
        count(id, "MEMBER"),
      ]);
      expect(r.deputies).toBe(r.fullTimeDeputies + r.partTimeDeputies);
      expect(r.compliant).toBe(r.violations.length === 0);
      if (r.compliant) {
        expect([r.secretaries, r.fullTimeDeputies]).toEqual([1, 1]);
        expect(r.deputies).toBeGreaterThanOrEqual(2);
        expect(r.deputies).toBeLessThanOrEqual(3);
        expect(r.executiveDeputies).toBeLessThanOrEqual(1);
        // An executive deputy (the community secretary) only under a secretary from a unit.
        if (r.executiveDeputies === 1) expect(fromCommunity(id, "SECRETARY")).toBe(false);
        if (r.executiveDeputies === 1) expect(fromCommunity(id, "EXECUTIVE_DEPUTY")).toBe(true);
      }
    }
    // The demo's filed committees were set up by the rules.
    expect(list.filter((r) => r.compliant).length).toBeGreaterThanOrEqual(3);
  });

  it("seatStructureCompliance flags a full-time deputy from outside the covered communities", async () => {
    const seat = await t.db.prisma.seat.findFirstOrThrow({
      where: { committeeId: scope.joint.id, role: "DEPUTY_FULL_TIME", status: "FILED" },
    });
    await t.db.prisma.seat.update({ where: { id: seat.id }, data: { sourceOrganizationId: scope.directOrg.id } });
    try {
      const { data } = await t.gql(
        `query($f: AnalyticsFilter) { seatStructureCompliance(filter: $f) { committee { id } compliant violations { field messageEn } } }`,
        { f: { committeeId: toGlobalId("Committee", scope.joint.id) } },
        analyst,
      );
      expect(data.seatStructureCompliance).toHaveLength(1);
      expect(data.seatStructureCompliance[0].compliant).toBe(false);
      expect(data.seatStructureCompliance[0].violations[0].field).toBe("sourceOrganizationId");
    } finally {
      await t.db.prisma.seat.update({
        where: { id: seat.id },
        data: { sourceOrganizationId: seat.sourceOrganizationId },
      });
    }
  });

  it("seatStructureCompliance flags an executive deputy beside a secretary from the community", async () => {
    const secretary = await t.db.prisma.seat.findFirstOrThrow({
      where: { committeeId: scope.joint.id, role: "SECRETARY", status: "FILED" },
    });
    const deputy = await t.db.prisma.seat.findFirst({
      where: { committeeId: scope.joint.id, role: "EXECUTIVE_DEPUTY", status: "FILED" },
    });
    const communityOrg = await t.db.prisma.partyOrganization.findFirstOrThrow({
      where: { community: { coverages: { some: { committeeId: scope.joint.id, endedAt: null } } }, endedAt: null },
    });
    // Make the secretary come from the community organisation, with an executive deputy seated as well.
    await t.db.prisma.seat.update({ where: { id: secretary.id }, data: { sourceOrganizationId: communityOrg.id } });
    const extra = deputy
      ? null
      : await t.db.prisma.seat.update({
          where: {
            id: (
              await t.db.prisma.seat.findFirstOrThrow({
                where: { committeeId: scope.joint.id, role: "MEMBER", status: "FILED" },
              })
            ).id,
          },
          data: { role: "EXECUTIVE_DEPUTY" },
        });
    try {
      const { data } = await t.gql(
        `query($f: AnalyticsFilter) { seatStructureCompliance(filter: $f) { compliant violations { field messageEn } } }`,
        { f: { committeeId: toGlobalId("Committee", scope.joint.id) } },
        analyst,
      );
      expect(data.seatStructureCompliance[0].compliant).toBe(false);
      expect(data.seatStructureCompliance[0].violations.map((v: any) => v.messageEn)).toContain(
        "There is no executive deputy when the secretary comes from the community party organisation",
      );
    } finally {
      await t.db.prisma.seat.update({
        where: { id: secretary.id },
        data: { sourceOrganizationId: secretary.sourceOrganizationId },
      });
      if (extra) await t.db.prisma.seat.update({ where: { id: extra.id }, data: { role: "MEMBER" } });
    }
  });

  it("assessmentDistribution", async () => {
    for (const [kind, year] of [
      ["UNIT_PARTICIPATION", 2025],
      ["COMMITTEE_MEMBER", 2025],
      ["POINTS", 2026],
    ] as const) {
      const [stats] = await sql<Record<string, unknown>>(
        `SELECT count(*) AS total, count(score) AS scored, round(avg(score), 2)::text AS avg,
                min(score)::text AS min, max(score)::text AS max,
                count(*) FILTER (WHERE score < 60) AS b0,
                count(*) FILTER (WHERE score >= 60 AND score < 70) AS b1,
                count(*) FILTER (WHERE score >= 70 AND score < 80) AS b2,
                count(*) FILTER (WHERE score >= 80 AND score < 90) AS b3,
                count(*) FILTER (WHERE score >= 90) AS b4
         FROM "Assessment" WHERE kind = $1::"AssessmentKind" AND year = $2`,
        [kind, year],
      );
      const grades = await sql<{ grade: string | null; n: unknown }>(
        `SELECT grade::text AS grade, count(*) AS n FROM "Assessment"
         WHERE kind = $1::"AssessmentKind" AND year = $2 GROUP BY 1`,
        [kind, year],
      );
      const { data, errors } = await t.gql(
        `query($kind: AssessmentKind!, $year: Int!) { assessmentDistribution(kind: $kind, year: $year) {
           total scored averageScore minScore maxScore grades { grade count } bands { band count } } }`,
        { kind, year },
        analyst,
      );
      expect(errors).toBeUndefined();
      const d = data.assessmentDistribution;
      expect(num(stats?.total)).toBeGreaterThan(0);
      expect([d.total, d.scored, d.averageScore]).toEqual([num(stats?.total), num(stats?.scored), stats?.avg]);
      expect([Number(d.minScore), Number(d.maxScore)]).toEqual([Number(stats?.min), Number(stats?.max)]);
      expect(d.bands.map((b: any) => b.count)).toEqual(["b0", "b1", "b2", "b3", "b4"].map((k) => num(stats?.[k])));
      expect(d.bands.map((b: any) => b.band)).toEqual(["0-59", "60-69", "70-79", "80-89", "90-100"]);
      for (const g of d.grades) {
        expect(g.count).toBe(num(grades.find((x) => x.grade === g.grade)?.n));
      }
      expect(d.grades.reduce((a: number, g: any) => a + g.count, 0)).toBe(d.total);
    }
  });

  it("rulesDocumentGaps (committees at work without a current document of each kind)", async () => {
    const plain = async (streetId: string | null) =>
      sql<{ kind: string; missing: unknown; committees: unknown; missing_any: unknown }>(
        `WITH working AS (SELECT id FROM "Committee" WHERE status IN ('APPROVED', 'FILED') AND ($1::uuid IS NULL OR "streetId" = $1)),
              current AS (SELECT DISTINCT "committeeId", kind FROM "RulesDocument" WHERE "supersededAt" IS NULL)
         SELECT k.kind::text AS kind,
                (SELECT count(*) FROM working w WHERE NOT EXISTS
                   (SELECT 1 FROM current c WHERE c."committeeId" = w.id AND c.kind = k.kind)) AS missing,
                (SELECT count(*) FROM working) AS committees,
                (SELECT count(*) FROM working w WHERE (SELECT count(*) FROM current c WHERE c."committeeId" = w.id) < 4) AS missing_any
           FROM unnest(enum_range(NULL::"RulesDocumentKind")) AS k(kind) ORDER BY k.kind`,
        [streetId],
      );
    const q = `query($f: AnalyticsFilter) { rulesDocumentGaps(filter: $f) {
      committeeCount missingAnyCount kinds { kind missingCount missingShare } } }`;
    for (const streetId of [null, scope.street.id]) {
      const expected = await plain(streetId);
      const { data, errors } = await t.gql(
        q,
        { f: streetId ? { streetId: toGlobalId("Street", streetId) } : null },
        analyst,
      );
      expect(errors).toBeUndefined();
      const gaps = data.rulesDocumentGaps;
      expect(gaps.committeeCount).toBe(num(expected[0]?.committees));
      expect(gaps.missingAnyCount).toBe(num(expected[0]?.missing_any));
      expect(gaps.kinds.map((k: any) => [k.kind, k.missingCount])).toEqual(
        expected.map((e) => [e.kind, num(e.missing)]),
      );
      // The demo data has committees with all four and committees lacking some.
      expect(gaps.missingAnyCount).toBeGreaterThan(0);
      expect(gaps.missingAnyCount).toBeLessThan(gaps.committeeCount);
      expect(gaps.kinds.find((k: any) => k.missingCount > 0).missingShare).toMatch(/^0\.\d{4}$/);
    }
  });

  it("narrows to a committee with the filter, and to the rows a committee's staff may read", async () => {
    const joint = toGlobalId("Committee", scope.joint.id);
    const staff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }]);
    const q = `query($f: AnalyticsFilter) {
      coverage(filter: $f) { committee { id } organizationCount memberCount seatedMemberCount }
      fundingByChannel(year: 2026, filter: $f) { committee { id } channel amountFen }
      meetingCadence(year: 2026, throughMonth: 8, filter: $f) { committee { id } regularHeld missingMonths }
      seatStructureCompliance(filter: $f) { committee { id } seats compliant }
      assessmentDistribution(kind: UNIT_PARTICIPATION, year: 2025, filter: $f) { total averageScore bands { count } }
    }`;
    const filtered = await t.gql(q, { f: { committeeId: joint } }, analyst);
    const asStaff = await t.gql(q, {}, staff);
    expect(filtered.errors).toBeUndefined();
    expect(asStaff.errors).toBeUndefined();
    for (const field of ["coverage", "fundingByChannel", "meetingCadence", "seatStructureCompliance"]) {
      expect(filtered.data[field].length).toBeGreaterThan(0);
      expect(filtered.data[field].every((r: any) => r.committee.id === joint)).toBe(true);
    }
    expect(asStaff.data).toEqual(filtered.data);
    const [own] = await sql<{ n: unknown }>(
      `SELECT count(*) AS n FROM "Assessment" WHERE kind = 'UNIT_PARTICIPATION' AND year = 2025 AND "committeeId" = $1`,
      [scope.joint.id],
    );
    expect(filtered.data.assessmentDistribution.total).toBe(num(own?.n));
  });
});

describe("hidden rows are never counted", () => {
  const expectNothing = (data: any) => {
    expect(data.coverage).toEqual([]);
    expect(data.fundingByChannel).toEqual([]);
    expect(data.streetFunding).toEqual([]);
    expect(data.fundingByUnit).toEqual([]);
    expect(data.meetingCadence).toEqual([]);
    expect(data.seatStructureCompliance).toEqual([]);
    expect(data.assessmentDistribution).toMatchObject({ total: 0, scored: 0, averageScore: null });
    expect(data.assessmentDistribution.grades.every((g: any) => g.count === 0)).toBe(true);
    expect(data.assessmentDistribution.bands.every((b: any) => b.count === 0)).toBe(true);
    expect(data.rulesDocumentGaps).toMatchObject({ committeeCount: 0, missingAnyCount: 0 });
    expect(data.rulesDocumentGaps.kinds.every((k: any) => k.missingCount === 0 && k.missingShare === null)).toBe(true);
    expect(data.jointWorkCounts).toEqual({ total: 0, overdueCount: 0, counts: [] });
    expect(data.jointWorkParticipation).toEqual([]);
  };

  it("a STREET_ADMIN of another street sees empty results and zero counts", async () => {
    const admin = await t.token([{ role: "STREET_ADMIN", streetId: otherStreetId }]);
    const { data, errors } = await t.gql(allAnalytics, {}, admin);
    expect(errors).toBeUndefined();
    expectNothing(data);
  });

  it("an ANALYST of the district filtering on the other street, or scoped to it, sees nothing", async () => {
    const filtered = allAnalytics.replace(
      /(coverage|fundingByChannel\(year: 2026|fundingByUnit\(year: 2026|meetingCadence\(year: 2026, throughMonth: 8|seatStructureCompliance|assessmentDistribution\(kind: UNIT_PARTICIPATION, year: 2025|rulesDocumentGaps|jointWorkCounts|jointWorkParticipation)/g,
      (m) => (m.includes("(") ? `${m}, filter: $f` : `${m}(filter: $f)`),
    );
    const withVar = filtered.replace("query {", "query($f: AnalyticsFilter) {");
    const f = { streetId: toGlobalId("Street", otherStreetId) };
    const viaFilter = await t.gql(withVar, { f }, analyst);
    expect(viaFilter.errors).toBeUndefined();
    expectNothing(viaFilter.data);
    const streetAnalyst = await t.token([{ role: "ANALYST", districtId: scope.district.id, streetId: otherStreetId }]);
    const scoped = await t.gql(allAnalytics, {}, streetAnalyst);
    expect(scoped.errors).toBeUndefined();
    expectNothing(scoped.data);
  });

  it("a unit liaison counts only its own unit's funding", async () => {
    const membership = await t.db.prisma.membership.findFirstOrThrow({
      where: { contributions: { some: { plan: { status: "ADOPTED", year: 2026 } } } },
      include: { organization: true },
    });
    const unitId = membership.organization.unitId as string;
    const liaison = await t.token([{ role: "UNIT_LIAISON", unitId }]);
    const q = `{ fundingByUnit(year: 2026) { membership { id } shareDueFen pledgedFen } fundingByChannel(year: 2026) { amountFen } }`;
    const mine = await t.gql(q, {}, liaison);
    const all = await t.gql(q, {}, analyst);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.fundingByChannel).toEqual([]); // incomes are not the liaison's to read
    const ownIds = new Set(
      (await t.db.prisma.membership.findMany({ where: { organization: { unitId } }, select: { id: true } })).map((m) =>
        toGlobalId("Membership", m.id),
      ),
    );
    expect(mine.data.fundingByUnit.length).toBeGreaterThan(0);
    for (const r of mine.data.fundingByUnit) {
      expect(ownIds.has(r.membership.id)).toBe(true);
      const full = all.data.fundingByUnit.find((x: any) => x.membership?.id === r.membership.id);
      expect(r.pledgedFen).toBe(full.pledgedFen);
      // Its share of the whole budget, not of the ratios it can see (within the 1 fen of rounding).
      expect(Math.abs(Number(r.shareDueFen) - Number(full.shareDueFen))).toBeLessThanOrEqual(1);
    }
  });
});

describe("partial views: a figure the caller cannot count in full is null, never a smaller number", () => {
  /** A liaison of the direct organisation's unit: a member of the joint committee that may read no seat. */
  const liaisonToken = () => t.token([{ role: "UNIT_LIAISON", unitId: scope.directOrg.unitId as string }]);
  const streetAdminToken = () => t.token([{ role: "STREET_ADMIN", streetId: scope.joint.streetId }]);
  const seatsQuery = `query($f: AnalyticsFilter) { seatStructureCompliance(filter: $f) {
    committee { id } compliant violations { field messageZh messageEn }
    secretaries executiveDeputies fullTimeDeputies partTimeDeputies deputies members seats } }`;
  const f = () => ({ f: { committeeId: toGlobalId("Committee", scope.joint.id) } });
  /** The verdict alone (what every role that reads the committee gets). */
  const verdict = (r: any) => ({ committee: r.committee, compliant: r.compliant, violations: r.violations });
  const COUNTS = ["secretaries", "executiveDeputies", "fullTimeDeputies", "partTimeDeputies", "deputies", "members"];

  it("a liaison's coverage: counts it can read in full, null for the others (not its own organisation alone)", async () => {
    const q = `{ coverage { committee { id } communityCount organizationCount memberCount memberShare seatedMemberCount seatedMemberShare } }`;
    const mine = await t.gql(q, {}, await liaisonToken());
    const all = await t.gql(q, {}, analyst);
    expect(mine.errors).toBeUndefined();
    const joint = toGlobalId("Committee", scope.joint.id);
    const row = mine.data.coverage.find((r: any) => r.committee.id === joint);
    const full = all.data.coverage.find((r: any) => r.committee.id === joint);
    expect(row).toBeDefined();
    // It reads the committee's coverage (its communities), so that count is the true one.
    expect(row.communityCount).toBe(full.communityCount);
    // It reads only its own organisation, its own membership and no seat: those counts are unknown to it.
    expect(full.organizationCount).toBeGreaterThan(1);
    expect(full.seatedMemberCount).toBeGreaterThan(0);
    expect(row).toMatchObject({
      organizationCount: null,
      memberCount: null,
      memberShare: null,
      seatedMemberCount: null,
      seatedMemberShare: null,
    });
    // Never a partial number anywhere: each figure is the analyst's or null.
    for (const r of mine.data.coverage) {
      const whole = all.data.coverage.find((x: any) => x.committee.id === r.committee.id);
      for (const [field, value] of Object.entries(r)) {
        if (field !== "committee" && value !== null) expect({ field, value }).toEqual({ field, value: whole[field] });
      }
    }
  });

  it("a liaison gets the committee's true seat structure verdict, equal to the street admin's, without counts", async () => {
    const asLiaison = await t.gql(seatsQuery, f(), await liaisonToken());
    const asAdmin = await t.gql(seatsQuery, f(), await streetAdminToken());
    expect(asLiaison.errors).toBeUndefined();
    expect(asAdmin.errors).toBeUndefined();
    const [mine] = asLiaison.data.seatStructureCompliance;
    const [admin] = asAdmin.data.seatStructureCompliance;
    expect(admin.compliant).toBe(true); // a filed demo committee set up by the rules
    expect(verdict(mine)).toEqual(verdict(admin));
    // The admin reads every seat, so it gets the counts; the liaison reads none, so it gets none (not zeros).
    expect(admin.secretaries).toBe(1);
    expect(admin.seats).toBeGreaterThan(0);
    for (const field of [...COUNTS, "seats"]) expect({ field, value: mine[field] }).toEqual({ field, value: null });
  });

  it("the liaison's verdict follows the seats it cannot read (non-compliant exactly when the admin's is)", async () => {
    const seat = await t.db.prisma.seat.findFirstOrThrow({
      where: { committeeId: scope.joint.id, role: "DEPUTY_FULL_TIME", status: "FILED" },
    });
    await t.db.prisma.seat.update({ where: { id: seat.id }, data: { sourceOrganizationId: scope.directOrg.id } });
    try {
      const [mine] = (await t.gql(seatsQuery, f(), await liaisonToken())).data.seatStructureCompliance;
      const [admin] = (await t.gql(seatsQuery, f(), await streetAdminToken())).data.seatStructureCompliance;
      expect(admin.compliant).toBe(false);
      expect(verdict(mine)).toEqual(verdict(admin));
      expect(mine.violations.map((v: any) => v.field)).toContain("sourceOrganizationId");
    } finally {
      await t.db.prisma.seat.update({
        where: { id: seat.id },
        data: { sourceOrganizationId: seat.sourceOrganizationId },
      });
    }
  });

  it("the verdict names nobody: no person, seat or organisation of the seats reaches the liaison", async () => {
    const seats = await t.db.prisma.seat.findMany({
      where: { committeeId: scope.joint.id, status: { in: ["NOMINATED", "APPROVED", "FILED"] } },
      include: { person: true },
    });
    expect(seats.length).toBeGreaterThan(0);
    const liaison = await liaisonToken();
    /** The statements a request as the liaison runs. */
    const run = async (query: string, variables: Record<string, unknown>) => {
      statements.length = 0;
      capturing = true;
      try {
        const { data, errors } = await t.gql(query, variables, liaison);
        expect(errors).toBeUndefined();
        return { text: JSON.stringify(data), sql: [...statements] };
      } finally {
        capturing = false;
      }
    };
    // What every request as the liaison reads to know its scope (its own people's ids included).
    const baseline = new Set((await run("{ __typename }", {})).sql);
    const { text, sql: own } = await run(seatsQuery, f());
    for (const seat of seats) {
      for (const secret of [seat.id, seat.personId, seat.sourceOrganizationId, seat.person.name]) {
        expect(text).not.toContain(secret);
      }
      expect(text).not.toContain(Buffer.from(`Seat:${seat.id}`).toString("base64"));
    }
    // The query itself reads no seat holder, no person's name and no private data.
    const queried = own.filter((q) => !baseline.has(q));
    expect(queried.length).toBeGreaterThan(0);
    const personal = /"personId"|"Person"|PersonPrivate|idNumber|"phone"/;
    expect(queried.filter((q) => personal.test(q))).toEqual([]);
  });

  it("a role that reads some of a committee's seats (a superior organisation) gets the verdict, not partial counts", async () => {
    const code = String(scope.dualOrg.superiorExternalCode);
    const superior = await t.token([{ role: "SUPERIOR_ORG", organizationCode: code }]);
    const asSuperior = await t.gql(seatsQuery, f(), superior);
    expect(asSuperior.errors).toBeUndefined();
    const [mine] = asSuperior.data.seatStructureCompliance;
    const [admin] = (await t.gql(seatsQuery, f(), await streetAdminToken())).data.seatStructureCompliance;
    expect(verdict(mine)).toEqual(verdict(admin));
    const readable = await t.db.prisma.seat.count({
      where: {
        committeeId: scope.joint.id,
        status: { in: ["NOMINATED", "APPROVED", "FILED"] },
        sourceOrganization: { OR: [{ superiorExternalCode: code }, { superior: { code } }] },
      },
    });
    // It reads some seats (those from its subordinates) but not all: no count, rather than its share of them.
    expect(readable).toBeLessThan(admin.seats);
    for (const field of [...COUNTS, "seats"]) expect({ field, value: mine[field] }).toEqual({ field, value: null });
  });
});

describe("pure helpers", () => {
  it("largestRemainder adds up exactly and gives the leftover to the largest remainders", () => {
    expect(largestRemainder(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    expect(largestRemainder(10n, [1n, 2n, 7n])).toEqual([1n, 2n, 7n]);
    expect(largestRemainder(7n, [3n, 3n, 1n])).toEqual([3n, 3n, 1n]);
    expect(largestRemainder(5n, [2n, 2n, 1n])).toEqual([2n, 2n, 1n]);
    expect(largestRemainder(1n, [1n, 1n])).toEqual([1n, 0n]);
    expect(largestRemainder(0n, [1n, 2n])).toEqual([0n, 0n]);
    // One behaviour on empty input for every caller (the domain's money module): nothing to share
    // out is [] for a total of 0, and an error when fen would be lost.
    expect(largestRemainder(0n, [])).toEqual([]);
    expect(() => largestRemainder(10n, [])).toThrow(RangeError);
    expect(() => largestRemainder(10n, [0n, 0n])).toThrow(RangeError);
    expect(() => largestRemainder(10n, [-1n, 2n])).toThrow(RangeError);
    const total = 123_456_789_012_345n;
    const weights = [333_333n, 333_333n, 333_334n];
    const parts = largestRemainder(total, weights);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
  });

  it("percentToUnits and unitsToPercent", () => {
    expect(percentToUnits("33.3333")).toBe(333_333n);
    expect(percentToUnits("100")).toBe(1_000_000n);
    expect(percentToUnits("5.5")).toBe(55_000n);
    expect(percentToUnits("12.34560")).toBe(123_456n);
    expect(() => percentToUnits("12.34567")).toThrow(RangeError);
    expect(() => percentToUnits("-1")).toThrow(RangeError);
    expect(unitsToPercent(123_456n)).toBe("12.3456");
    expect(unitsToPercent(5n)).toBe("0.0005");
  });

  it("sharesOfBudget splits the budget exactly, and never inflates a partial view", () => {
    const ratios = [333_334n, 333_333n, 333_333n];
    const shares = sharesOfBudget(1_000_001n, ratios);
    expect(shares.reduce((a, b) => a + b, 0n)).toBe(1_000_001n);
    expect(shares).toEqual([333_335n, 333_333n, 333_333n]);
    // One visible ratio of 25%: a quarter of the budget, not all of it.
    expect(sharesOfBudget(1_000n, [250_000n])).toEqual([250n]);
    expect(sharesOfBudget(999n, [250_000n])).toEqual([250n]);
    expect(sharesOfBudget(1_000n, [])).toEqual([]);
    expect(sharesOfBudget(1_000n, [0n])).toEqual([0n]);
  });

  it("decimalShare rounds half up to four places", () => {
    expect(decimalShare(1, 3)).toBe("0.3333");
    expect(decimalShare(2, 3)).toBe("0.6667");
    expect(decimalShare(3, 3)).toBe("1.0000");
    expect(decimalShare(0, 5)).toBe("0.0000");
    expect(decimalShare(1, 0)).toBeNull();
    expect(decimalShare(1, 8, 2)).toBe("0.13");
    expect(decimalShare(1, 2, 0)).toBe("1");
  });

  it("scoreBand", () => {
    expect([0, 59.99, 60, 69.5, 70, 85, 89.99, 90, 100].map(scoreBand)).toEqual([
      "0-59",
      "0-59",
      "60-69",
      "60-69",
      "70-79",
      "80-89",
      "80-89",
      "90-100",
      "90-100",
    ]);
  });

  it("months in Beijing time and the reference month", () => {
    expect(beijingMonthStart(2026, 1).toISOString()).toBe("2025-12-31T16:00:00.000Z");
    expect(beijingMonthStart(2026, 13).toISOString()).toBe("2026-12-31T16:00:00.000Z");
    expect(beijingYearMonth(new Date("2026-01-31T16:30:00Z"))).toEqual({ year: 2026, month: 2 });
    expect(defaultReferenceMonth(2025, new Date("2026-09-15T01:00:00Z"))).toBe(12);
    expect(defaultReferenceMonth(2026, new Date("2026-09-15T01:00:00Z"))).toBe(8);
    expect(defaultReferenceMonth(2026, new Date("2026-01-10T01:00:00Z"))).toBe(0);
    expect(defaultReferenceMonth(2027, new Date("2026-09-15T01:00:00Z"))).toBe(0);
    expect([1, 3, 4, 6, 7, 12].map(quarterOf)).toEqual([1, 1, 2, 2, 3, 4]);
  });

  it("the cadence rules: the committee's regular cadence and an extended meeting every month, two answers", () => {
    const months = [
      { month: 1, regular: 1, extended: 0, emergency: 0 },
      { month: 2, regular: 0, extended: 1, emergency: 0 },
      { month: 3, regular: 0, extended: 0, emergency: 2 },
    ];
    const monthly = cadenceAnswers(months, "MONTHLY", 4);
    expect(monthly.slice(0, 5).map((a) => [a.regularKept, a.extendedKept])).toEqual([
      [true, false],
      [false, true],
      [false, false],
      [false, false],
      [null, null],
    ]);
    const quarterly = cadenceAnswers(months, "QUARTERLY", 4);
    expect(quarterly.slice(0, 4).map((a) => a.regularKept)).toEqual([true, true, true, null]);
    expect(cadenceAnswers(months, "MONTHLY", 0).every((a) => a.regularKept === null)).toBe(true);
  });
});
