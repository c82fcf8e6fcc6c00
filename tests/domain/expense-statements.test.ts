/**
 * 收支报表 (issue 16 item 4): a plan's and a committee's statement for a year equal the ledgers to the
 * fen — a fast-check property over random ledgers (income of every channel, contributions received and
 * pledged, expenses of every status, reversals, dated before, in and after the year) compared with plain
 * arithmetic over the generated entries and with plain SQL; the opening balance carries the earlier
 * years; the XLSX export has the statement's figures, with the statement's permissions.
 */
import { randomUUID } from "node:crypto";
import { toGlobalId } from "@gongjian/api/data/ids";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";

const CHANNELS = ["FISCAL", "PARTY_DUES", "TASK_TRANSFER", "SELF_GENERATED", "SPONSORSHIP"] as const;
const CATEGORIES = ["ACTIVITY", "JOINT_WORK", "CARE", "OTHER"] as const;

let t: TestApp;
let staff: string;
let committee: { id: string; streetId: string };
let resolutionId: string;
let membershipId: string;
let nextYear = 2040;

interface Entry {
  kind: "income" | "contribution" | "expense";
  channel: (typeof CHANNELS)[number];
  category: (typeof CATEGORIES)[number];
  status: "DRAFT" | "APPROVED" | "PAID" | "REJECTED" | "PLEDGED";
  amountFen: number;
  /** Year offset from the plan's year (-1, 0, 1) and the day of that year. */
  yearOffset: -1 | 0 | 1;
  dayOfYear: number;
  reversed: boolean;
}

const entry = fc.record({
  kind: fc.constantFrom("income", "contribution", "expense"),
  channel: fc.constantFrom(...CHANNELS),
  category: fc.constantFrom(...CATEGORIES),
  status: fc.constantFrom("DRAFT", "APPROVED", "PAID", "REJECTED", "PLEDGED"),
  amountFen: fc.integer({ min: 1, max: 5_000_000 }),
  yearOffset: fc.constantFrom(-1 as const, 0 as const, 0 as const, 1 as const),
  dayOfYear: fc.integer({ min: 0, max: 364 }),
  reversed: fc.boolean(),
}) as fc.Arbitrary<Entry>;

const dateOf = (year: number, e: Entry) => new Date(Date.UTC(year + e.yearOffset, 0, 1) + e.dayOfYear * 86_400_000);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Writes a plan of the test committee for `year` and the ledger `entries` on it, in plain SQL. */
async function writeLedger(year: number, entries: Entry[]): Promise<string> {
  const sql = t.db.sql;
  const planId = randomUUID();
  await sql.query(
    `INSERT INTO "FundingPlan" (id, "committeeId", "streetId", year, status, "budgetFen", "resolutionId", "adoptedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 'ADOPTED', 100000000, $5, now(), now())`,
    [planId, committee.id, committee.streetId, year, resolutionId],
  );
  for (const e of entries) {
    const on = dateOf(year, e);
    if (e.kind === "income") {
      await sql.query(
        `INSERT INTO "FundingIncome" (id, "planId", "committeeId", "streetId", channel, "amountFen", source, "receivedOn", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, '来源', $7, now())`,
        [randomUUID(), planId, committee.id, committee.streetId, e.channel, e.amountFen, iso(on)],
      );
    } else if (e.kind === "contribution") {
      const received = e.status !== "PLEDGED" && e.status !== "DRAFT";
      // Received at noon Beijing time on that day (04:00 UTC): the statement dates it by the Beijing day.
      await sql.query(
        `INSERT INTO "Contribution" (id, "planId", "committeeId", "streetId", "membershipId", "amountFen", status, "receivedAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
        [
          randomUUID(),
          planId,
          committee.id,
          committee.streetId,
          membershipId,
          e.amountFen,
          received ? "RECEIVED" : "PLEDGED",
          received ? new Date(on.getTime() + 4 * 3_600_000) : null,
        ],
      );
    } else {
      const status = e.status === "PLEDGED" ? "PAID" : e.status;
      const id = randomUUID();
      const approved = status === "APPROVED" || status === "PAID";
      await sql.query(
        `INSERT INTO "Expense" (id, "planId", "committeeId", "streetId", "spentOn", "amountFen", category, purpose, status,
           "approvalKind", "resolutionId", "approvedAt", "rejectedAt", "rejectionReason", "paidAt", "payeeKind", "payeeName",
           "voucherNumber", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, '用途', $8, $9, $10, $11, $12, $13, $14, 'OTHER', '收款方', $15, now())`,
        [
          id,
          planId,
          committee.id,
          committee.streetId,
          iso(on),
          e.amountFen,
          e.category,
          status,
          approved ? "RESOLUTION" : null,
          approved ? resolutionId : null,
          approved ? new Date() : null,
          status === "REJECTED" ? new Date() : null,
          status === "REJECTED" ? "理由" : null,
          status === "PAID" ? new Date() : null,
          status === "PAID" ? "记-1" : null,
        ],
      );
      if (status === "PAID" && e.reversed) {
        // The counter-entry, dated 10 days later (possibly in the next year).
        await sql.query(
          `INSERT INTO "Expense" (id, "planId", "committeeId", "streetId", "spentOn", "amountFen", category, purpose, status,
             "approvalKind", "resolutionId", "approvedAt", "paidAt", "payeeKind", "payeeName", "voucherNumber", "reversesId", "updatedAt")
           VALUES ($1, $2, $3, $4, $5, $6, $7, '冲销', 'PAID', 'RESOLUTION', $8, now(), now(), 'OTHER', '收款方', '记-1', $9, now())`,
          [
            randomUUID(),
            planId,
            committee.id,
            committee.streetId,
            iso(new Date(on.getTime() + 10 * 86_400_000)),
            -e.amountFen,
            e.category,
            resolutionId,
            id,
          ],
        );
      }
    }
  }
  return planId;
}

/** The statement expected from the entries themselves, by plain arithmetic (no SQL). */
function expected(year: number, entries: Entry[]) {
  let opening = 0;
  let income = 0;
  let spending = 0;
  let committed = 0;
  const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<string, number>;
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<string, number>;
  let contributions = 0;
  const inYear = (d: Date) => d.getUTCFullYear() === year;
  const before = (d: Date) => d.getUTCFullYear() < year;
  for (const e of entries) {
    const on = dateOf(year, e);
    if (e.kind === "income" || (e.kind === "contribution" && e.status !== "PLEDGED" && e.status !== "DRAFT")) {
      if (before(on)) opening += e.amountFen;
      if (inYear(on)) {
        income += e.amountFen;
        if (e.kind === "income") byChannel[e.channel] = (byChannel[e.channel] ?? 0) + e.amountFen;
        else contributions += e.amountFen;
      }
    }
    if (e.kind === "expense") {
      const status = e.status === "PLEDGED" ? "PAID" : e.status;
      if (status === "APPROVED") committed += e.amountFen;
      if (status !== "PAID") continue;
      const moves: [Date, number][] = [[on, e.amountFen]];
      if (e.reversed) moves.push([new Date(on.getTime() + 10 * 86_400_000), -e.amountFen]);
      for (const [d, amount] of moves) {
        if (before(d)) opening -= amount;
        if (inYear(d)) {
          spending += amount;
          byCategory[e.category] = (byCategory[e.category] ?? 0) + amount;
        }
      }
    }
  }
  return {
    opening,
    income,
    spending,
    committed,
    byChannel,
    byCategory,
    contributions,
    closing: opening + income - spending,
  };
}

const STATEMENT = `query($p: ID, $c: ID, $y: Int) { fundingStatement(planId: $p, committeeId: $c, year: $y) {
  year openingBalanceFen contributionsFen incomeFen spendingFen closingBalanceFen committedFen
  incomeByChannel { channel amountFen } spendingByCategory { category spentFen } } }`;

beforeAll(async () => {
  t = await setupApp({ demo: true });
  const scope = await demoScope(t.db);
  committee = scope.joint;
  resolutionId = (await t.db.prisma.resolution.findFirstOrThrow({ where: { committeeId: committee.id } })).id;
  membershipId = (await t.db.prisma.membership.findFirstOrThrow({ where: { committeeId: committee.id, toDate: null } }))
    .id;
  staff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: committee.id }]);
});
afterAll(async () => {
  await t?.close();
});

describe("statements equal the ledgers to the fen", () => {
  it("a plan's statement: opening, income by channel, spending by category, closing (random ledgers)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 25 }), async (entries) => {
        const year = nextYear++;
        const planId = await writeLedger(year, entries);
        const want = expected(year, entries);
        const { data, errors } = await t.gql(STATEMENT, { p: toGlobalId("FundingPlan", planId) }, staff);
        expect(errors).toBeUndefined();
        const s = data.fundingStatement;
        expect(s).toMatchObject({
          year,
          openingBalanceFen: want.opening,
          incomeFen: want.income,
          contributionsFen: want.contributions,
          spendingFen: want.spending,
          committedFen: want.committed,
          closingBalanceFen: want.closing,
        });
        for (const line of s.incomeByChannel) expect(line.amountFen).toBe(want.byChannel[line.channel]);
        for (const line of s.spendingByCategory) expect(line.spentFen).toBe(want.byCategory[line.category] ?? 0);
        // It adds up: the lines make the totals, and opening + income − spending = closing.
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(s.incomeByChannel.map((l: any) => l.amountFen)) + s.contributionsFen).toBe(s.incomeFen);
        expect(sum(s.spendingByCategory.map((l: any) => l.spentFen))).toBe(s.spendingFen);
        expect(s.openingBalanceFen + s.incomeFen - s.spendingFen).toBe(s.closingBalanceFen);
        // And the same as plain SQL over the expense table.
        const paid = await t.db.sql.query<{ n: string }>(
          `SELECT coalesce(sum("amountFen"), 0)::text AS n FROM "Expense"
            WHERE "planId" = $1 AND status = 'PAID' AND "spentOn" BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)`,
          [planId, year],
        );
        expect(s.spendingFen).toBe(Number(paid[0]?.n));
      }),
      { numRuns: 25 },
    );
  }, 300_000);

  it("a committee's statement covers all its plans; its opening balance carries the earlier years", async () => {
    const year = nextYear + 5;
    const sql = `
      WITH plans AS (SELECT id FROM "FundingPlan" WHERE "committeeId" = $1),
      money AS (
        SELECT "amountFen" AS net, coalesce("receivedOn", ("createdAt" AT TIME ZONE 'UTC' + interval '8 hours')::date) AS d
          FROM "FundingIncome" WHERE "planId" IN (SELECT id FROM plans)
        UNION ALL SELECT "amountFen", ("receivedAt" AT TIME ZONE 'UTC' + interval '8 hours')::date
          FROM "Contribution" WHERE "planId" IN (SELECT id FROM plans) AND status = 'RECEIVED'
        UNION ALL SELECT -"amountFen", "spentOn" FROM "Expense" WHERE "planId" IN (SELECT id FROM plans) AND status = 'PAID')
      SELECT coalesce(sum(net) FILTER (WHERE d < make_date($2, 1, 1)), 0)::text AS opening,
             coalesce(sum(net) FILTER (WHERE d <= make_date($2, 12, 31)), 0)::text AS closing FROM money`;
    for (const y of [2026, nextYear - 3, year]) {
      const rows = await t.db.sql.query<{ opening: string; closing: string }>(sql, [committee.id, y]);
      const { data } = await t.gql(STATEMENT, { c: toGlobalId("Committee", committee.id), y }, staff);
      expect(data.fundingStatement.openingBalanceFen, String(y)).toBe(Number(rows[0]?.opening));
      expect(data.fundingStatement.closingBalanceFen, String(y)).toBe(Number(rows[0]?.closing));
      const previous = await t.gql(STATEMENT, { c: toGlobalId("Committee", committee.id), y: y - 1 }, staff);
      expect(previous.data.fundingStatement.closingBalanceFen).toBe(data.fundingStatement.openingBalanceFen);
    }
  });

  it("gives the same statement on the plan and the committee nodes as from the root query", async () => {
    const plan = await t.db.prisma.fundingPlan.findFirstOrThrow({
      where: { committeeId: committee.id, status: "ADOPTED", year: 2026 },
    });
    const fields = "openingBalanceFen incomeFen spendingFen closingBalanceFen committedFen";
    const { data } = await t.gql(
      `query($p: ID!, $c: ID!) {
        root: fundingStatement(planId: $p) { ${fields} }
        byCommittee: fundingStatement(committeeId: $c, year: 2026) { ${fields} }
        plan: node(id: $p) { ... on FundingPlan { statement { ${fields} } } }
        committee: node(id: $c) { ... on Committee { fundingStatement(year: 2026) { ${fields} } } } }`,
      { p: toGlobalId("FundingPlan", plan.id), c: toGlobalId("Committee", committee.id) },
      staff,
    );
    expect(data.plan.statement).toEqual(data.root);
    expect(data.committee.fundingStatement).toEqual(data.byCommittee);
    expect(data.root.spendingFen).toBeGreaterThan(0);
  });

  it("refuses a statement without its plan or committee and year, typed", async () => {
    const none = await t.gql(STATEMENT, {}, staff);
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION", field: "planId" });
    const noYear = await t.gql(STATEMENT, { c: toGlobalId("Committee", committee.id) }, staff);
    expect(noYear.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION", field: "year" });
  });
});

describe("the statement's XLSX export", () => {
  const FILE = `query($p: ID) { fundingStatementFile(planId: $p, format: XLSX) { filename contentType base64 rowCount } }`;

  it("writes the statement's figures, for the roles that read the statement only", async () => {
    const plan = await t.db.prisma.fundingPlan.findFirstOrThrow({
      where: { committeeId: committee.id, status: "ADOPTED", year: 2026 },
    });
    const p = toGlobalId("FundingPlan", plan.id);
    const { data } = await t.gql(STATEMENT, { p }, staff);
    const file = await t.gql(FILE, { p }, staff);
    expect(file.errors).toBeUndefined();
    expect(file.data.fundingStatementFile.filename).toMatch(/^收支报表_.+_2026_\d{8}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.data.fundingStatementFile.base64, "base64") as never);
    const rows = new Map<string, string>();
    workbook.worksheets[0]?.eachRow((row) => {
      rows.set(String(row.getCell(1).value), String(row.getCell(3).value ?? ""));
    });
    const yuan = (fen: number) =>
      `${fen < 0 ? "-" : ""}¥${Math.floor(Math.abs(fen) / 100).toLocaleString("en-US")}.${String(Math.abs(fen) % 100).padStart(2, "0")}`;
    expect(rows.get("期初余额")).toBe(yuan(data.fundingStatement.openingBalanceFen));
    expect(rows.get("收入合计")).toBe(yuan(data.fundingStatement.incomeFen));
    expect(rows.get("支出合计")).toBe(yuan(data.fundingStatement.spendingFen));
    expect(rows.get("期末余额")).toBe(yuan(data.fundingStatement.closingBalanceFen));
    // A member unit's liaison and an analyst export it as they read it; another committee's staff cannot.
    const liaisonUnit = await t.db.prisma.partyOrganization.findFirstOrThrow({
      where: { unitId: { not: null }, memberships: { some: { committeeId: committee.id, toDate: null } } },
    });
    const liaison = await t.token([{ role: "UNIT_LIAISON", unitId: liaisonUnit.unitId as string }]);
    expect((await t.gql(FILE, { p }, liaison)).data.fundingStatementFile.rowCount).toBeGreaterThan(10);
    const other = await t.db.prisma.committee.findFirstOrThrow({ where: { id: { not: committee.id } } });
    const stranger = await t.token([{ role: "COMMITTEE_STAFF", committeeId: other.id }]);
    const refused = await t.gql(FILE, { p }, stranger);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "planId" });
  });
});
