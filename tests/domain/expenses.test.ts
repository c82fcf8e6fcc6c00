/**
 * The expenditure ledger (支出台账, issue 16 item 1: 收支两条线) through the API and the database: the
 * workflow DRAFT → APPROVED → PAID or REJECTED, approval by resolution or by the secretary below the
 * committee's threshold, never beyond the money received (checked at approval and at payment, under a
 * lock: two expenses racing for the last of the balance), closed plans, reversals instead of edits,
 * category budgets. Every refusal is typed and writes nothing.
 */
import { toGlobalId } from "@gongjian/api/data/ids";
import {
  assertBudgetLines,
  assertExpenseTransition,
  assertSecretaryMayApprove,
  assertWithinReceived,
  assertYearTakesExpenses,
  expenseTransitions,
  payeeColumns,
} from "@gongjian/api/expenses/rules";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";
import { thrown } from "../support/errors.js";

describe("expense rules (no database)", () => {
  it("allows exactly DRAFT → APPROVED → PAID and DRAFT/APPROVED → REJECTED", () => {
    const statuses = ["DRAFT", "APPROVED", "PAID", "REJECTED"] as const;
    const allowed = new Set(["DRAFT>APPROVED", "DRAFT>REJECTED", "APPROVED>PAID", "APPROVED>REJECTED"]);
    for (const from of statuses) {
      for (const to of statuses) {
        if (allowed.has(`${from}>${to}`)) expect(() => assertExpenseTransition(from, to)).not.toThrow();
        else expect(thrown(() => assertExpenseTransition(from, to)).code, `${from} → ${to}`).toBe("INVALID_TRANSITION");
      }
    }
    expect(Object.values(expenseTransitions).flat()).toHaveLength(allowed.size);
  });

  it("spends at most what was received, less what is committed or paid", () => {
    const money = { receivedFen: 10_000n, committedFen: 3_000n, paidFen: 2_000n };
    expect(() => assertWithinReceived(5_000n, money)).not.toThrow();
    const over = thrown(() => assertWithinReceived(5_001n, money));
    expect(over).toMatchObject({ code: "INVARIANT", field: "amountFen" });
    expect(over.messageZh).toContain("¥50.00");
    expect(over.messageEn).toContain("¥50.01");
  });

  it("lets the secretary approve strictly below a threshold set by resolution", () => {
    expect(() => assertSecretaryMayApprove(99_999n, 100_000n)).not.toThrow();
    expect(thrown(() => assertSecretaryMayApprove(100_000n, 100_000n)).field).toBe("resolutionId");
    expect(thrown(() => assertSecretaryMayApprove(1n, null)).code).toBe("INVARIANT");
  });

  it("takes expenses only while the year's plan is in effect", () => {
    expect(() => assertYearTakesExpenses(["SUPERSEDED", "ADOPTED"])).not.toThrow();
    expect(() => assertYearTakesExpenses(["ADOPTED", "DRAFT"])).not.toThrow();
    expect(thrown(() => assertYearTakesExpenses(["SUPERSEDED", "CLOSED"])).messageEn).toMatch(/closed/);
    expect(thrown(() => assertYearTakesExpenses(["DRAFT"])).messageEn).toMatch(/not been adopted/);
  });

  it("names the payee exactly as its kind says; budgets once per category, within the plan's", () => {
    expect(payeeColumns({ payeeKind: "OTHER", payeeName: " 某物业公司 " })).toEqual({
      payeeKind: "OTHER",
      payeeUnitId: null,
      payeePersonId: null,
      payeeName: "某物业公司",
    });
    expect(thrown(() => payeeColumns({ payeeKind: "UNIT" })).field).toBe("payeeUnitId");
    expect(thrown(() => payeeColumns({ payeeKind: "PERSON", payeePersonId: "p", payeeName: "x" })).field).toBe(
      "payeeName",
    );
    expect(() => assertBudgetLines([{ category: "ACTIVITY", amountFen: 100n }], 100n)).not.toThrow();
    const twice = [
      { category: "ACTIVITY", amountFen: 1n },
      { category: "ACTIVITY", amountFen: 1n },
    ];
    expect(thrown(() => assertBudgetLines(twice, 100n)).field).toBe("lines.1.category");
    expect(thrown(() => assertBudgetLines([{ category: "CARE", amountFen: 101n }], 100n)).field).toBe("lines");
  });
});

let t: TestApp;
let staff: string;
let liaison: string;
let analyst: string;
let committeeId: string;
let otherCommitteeId: string;
let resolutionId: string;
let otherResolutionId: string;
let membershipId: string;
let unitId: string;
let personId: string;
let jointWorkId: string;
let otherJointWorkId: string;
let nextYear = 2030;
/** Each test plan's year: expenses are dated in it, so the plan's statement counts them. */
const planYears = new Map<string, number>();

const gid = toGlobalId;
const expenseFields = `id version status amountFen category approvalKind approvalThresholdFen isReversal
  approverPerson { id } resolution { id } payeeKind payeeName payeeUnit { id } payeePerson { id name }
  voucherNumber voucherFile { name size } jointWorkItem { id } reverses { id } allowedTransitions`;
const answer = (type: string, fields: string) =>
  `__typename ... on ${type} { ${fields} } ... on Error { code messageZh messageEn field }`;

async function mutate(
  name: string,
  input: Record<string, unknown>,
  as = staff,
  type = "Expense",
  fields = expenseFields,
) {
  const inputType = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
  const { data, errors } = await t.gql(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${answer(type, fields)} } }`,
    { input },
    as,
  );
  expect(errors, name).toBeUndefined();
  return data[name];
}

async function snapshot() {
  const p = t.db.prisma;
  return {
    expenses: await p.expense.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, status: true } }),
    lines: await p.fundingBudgetLine.count(),
    committees: await p.committee.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true } }),
    audits: await p.auditEvent.count(),
  };
}

/** A write expected to be refused with `expected`: typed, in both languages, and nothing written. */
async function refused(write: () => Promise<any>, expected: Record<string, unknown>) {
  const before = await snapshot();
  const result = await write();
  expect(result).toMatchObject({ __typename: expect.stringMatching(/Error$/), ...expected });
  expect(result.messageZh && result.messageEn).toBeTruthy();
  expect(await snapshot()).toEqual(before);
  return result;
}

/** A fresh adopted plan of the test committee for a year of its own, with `receivedFen` of income. */
async function freshPlan(receivedFen: bigint | number, options: { pledgedFen?: number; budgetFen?: number } = {}) {
  const year = nextYear++;
  const plan = await mutate(
    "draftFundingPlan",
    { committeeId: gid("Committee", committeeId), year, budgetFen: String(options.budgetFen ?? 10_000_000) },
    staff,
    "FundingPlan",
    "id version",
  );
  expect(plan.__typename).toBe("FundingPlan");
  planYears.set(plan.id, year);
  const ratios = await mutate(
    "setContributionRatios",
    {
      planId: plan.id,
      version: plan.version,
      ratios: [{ membershipId: gid("Membership", membershipId), percent: "100" }],
    },
    staff,
    "FundingPlan",
    "id version",
  );
  const adopted = await mutate(
    "adoptFundingPlan",
    { id: plan.id, version: ratios.version, resolutionId: gid("Resolution", resolutionId) },
    staff,
    "FundingPlan",
    "id version status",
  );
  expect(adopted.status).toBe("ADOPTED");
  if (BigInt(receivedFen) > 0n) await income(plan.id, receivedFen);
  if (options.pledgedFen) {
    const pledge = await mutate(
      "pledgeContribution",
      { planId: plan.id, membershipId: gid("Membership", membershipId), amountFen: String(options.pledgedFen) },
      staff,
      "Contribution",
      "id",
    );
    expect(pledge.__typename).toBe("Contribution");
  }
  return { id: plan.id as string, year, dbId: Buffer.from(plan.id, "base64").toString().split(":")[1] as string };
}

async function income(planId: string, amountFen: bigint | number) {
  const added = await mutate(
    "addFundingIncome",
    {
      planId,
      channel: "FISCAL",
      amountFen: String(amountFen),
      source: "区财政",
      receivedOn: `${planYears.get(planId) ?? 2030}-03-01`,
    },
    staff,
    "FundingIncome",
    "id",
  );
  expect(added.__typename).toBe("FundingIncome");
}

const draft = (planId: string, amountFen: number, extra: Record<string, unknown> = {}, as = staff) =>
  mutate(
    "draftExpense",
    {
      planId,
      spentOn: `${planYears.get(planId) ?? 2030}-05-01`,
      amountFen: String(amountFen),
      category: "ACTIVITY",
      purpose: "七一主题党日活动",
      payeeKind: "OTHER",
      payeeName: "某文化传媒公司",
      voucherNumber: "记-001",
      ...extra,
    },
    as,
  );
const approveByResolution = (e: { id: string; version: number }, resolution = resolutionId) =>
  mutate("approveExpense", {
    id: e.id,
    version: e.version,
    approvalKind: "RESOLUTION",
    resolutionId: gid("Resolution", resolution),
  });
const pay = (e: { id: string; version: number }, extra: Record<string, unknown> = {}) =>
  mutate("payExpense", { id: e.id, version: e.version, ...extra });

beforeAll(async () => {
  t = await setupApp({ demo: true });
  const scope = await demoScope(t.db);
  committeeId = scope.joint.id;
  const p = t.db.prisma;
  const other = await p.committee.findFirstOrThrow({
    where: { status: "FILED", id: { not: committeeId } },
    orderBy: { code: "asc" },
  });
  otherCommitteeId = other.id;
  resolutionId = (await p.resolution.findFirstOrThrow({ where: { committeeId }, orderBy: { adoptedAt: "asc" } })).id;
  otherResolutionId = (await p.resolution.findFirstOrThrow({ where: { committeeId: otherCommitteeId } })).id;
  const membership = await p.membership.findFirstOrThrow({
    where: { committeeId, toDate: null, organization: { unitId: { not: null } } },
    include: { organization: true },
    orderBy: { id: "asc" },
  });
  membershipId = membership.id;
  unitId = membership.organization.unitId as string;
  personId = (await p.person.findFirstOrThrow({ where: { streetId: scope.joint.streetId }, orderBy: { id: "asc" } }))
    .id;
  jointWorkId = (
    await p.jointWorkItem.findFirstOrThrow({
      where: { committeeId, status: { not: "DROPPED" } },
      orderBy: { id: "asc" },
    })
  ).id;
  otherJointWorkId = (await p.jointWorkItem.findFirstOrThrow({ where: { committeeId: { not: committeeId } } })).id;
  staff = await t.token([{ role: "COMMITTEE_STAFF", committeeId }]);
  liaison = await t.token([{ role: "UNIT_LIAISON", unitId }]);
  analyst = await t.token([{ role: "ANALYST", districtId: scope.district.id }]);
  // The committee's secretary must be in office for the secretary's approvals.
  const secretary = await p.seat.findFirst({
    where: { committeeId, role: "SECRETARY", status: { in: ["APPROVED", "FILED"] } },
  });
  expect(secretary, "the demo committee has a secretary in office").not.toBeNull();
});
afterAll(async () => {
  await t?.close();
});

describe("expense workflow", () => {
  it("drafts, approves by resolution, pays, and the plan's statement changes by the amount", async () => {
    const plan = await freshPlan(500_000);
    const e = await draft(plan.id, 120_000, {
      jointWorkItemId: gid("JointWorkItem", jointWorkId),
      category: "JOINT_WORK",
    });
    expect(e).toMatchObject({
      __typename: "Expense",
      status: "DRAFT",
      jointWorkItem: { id: gid("JointWorkItem", jointWorkId) },
    });
    expect(e.allowedTransitions.sort()).toEqual(["APPROVED", "REJECTED"]);
    const approved = await approveByResolution(e);
    expect(approved).toMatchObject({
      status: "APPROVED",
      approvalKind: "RESOLUTION",
      resolution: { id: gid("Resolution", resolutionId) },
    });
    const before = await t.gql(
      `query($p: ID) { fundingStatement(planId: $p) { spendingFen committedFen closingBalanceFen } }`,
      { p: plan.id },
      staff,
    );
    expect(before.data.fundingStatement).toEqual({ spendingFen: 0, committedFen: 120000, closingBalanceFen: 500000 });
    const paid = await pay(approved);
    expect(paid).toMatchObject({ status: "PAID", voucherNumber: "记-001", allowedTransitions: [] });
    const after = await t.gql(
      `query($p: ID) { fundingStatement(planId: $p) { spendingFen committedFen closingBalanceFen spendingByCategory { category spentFen } } }`,
      { p: plan.id },
      staff,
    );
    expect(after.data.fundingStatement).toMatchObject({
      spendingFen: 120000,
      committedFen: 0,
      closingBalanceFen: 380000,
    });
    expect(after.data.fundingStatement.spendingByCategory.find((l: any) => l.category === "JOINT_WORK").spentFen).toBe(
      120000,
    );
    const events = await t.db.prisma.auditEvent.findMany({
      where: { entityType: "Expense" },
      select: { action: true },
    });
    expect(events.map((x) => x.action)).toEqual(
      expect.arrayContaining(["draftExpense", "approveExpense", "payExpense"]),
    );
  });

  it("refuses spending beyond the money received (pledged money does not count), at approval", async () => {
    const plan = await freshPlan(100_000, { pledgedFen: 900_000 });
    const first = await draft(plan.id, 60_000);
    const second = await draft(plan.id, 40_001);
    await approveByResolution(first);
    await refused(() => approveByResolution(second), { code: "INVARIANT", field: "amountFen" });
    // Exactly the rest fits.
    const rest = await draft(plan.id, 40_000);
    expect((await approveByResolution(rest)).status).toBe("APPROVED");
  });

  it("checks the received balance again at payment", async () => {
    const plan = await freshPlan(100_000);
    const e = await approveByResolution(await draft(plan.id, 80_000));
    // Money received is only ever added through the API; take it away behind the API's back.
    await t.db.sql.query(`UPDATE "FundingIncome" SET "amountFen" = 50000 WHERE "planId" = $1`, [plan.dbId]);
    await refused(() => pay(e), { code: "INVARIANT", field: "amountFen" });
  });

  it("refuses an approval without its resolution, the secretary's without a threshold or at it, another committee's resolution", async () => {
    const plan = await freshPlan(1_000_000);
    const e = await draft(plan.id, 50_000);
    await refused(() => mutate("approveExpense", { id: e.id, version: e.version, approvalKind: "RESOLUTION" }), {
      code: "VALIDATION",
      field: "resolutionId",
    });
    // Another committee's resolution is out of the staff's scope: not found, like a missing one.
    await refused(() => approveByResolution(e, otherResolutionId), { code: "NOT_FOUND", field: "resolutionId" });
    await t.db.sql.query(
      `UPDATE "Committee" SET "expenseThresholdFen" = NULL, "expenseThresholdResolutionId" = NULL WHERE id = $1`,
      [committeeId],
    );
    await refused(() => mutate("approveExpense", { id: e.id, version: e.version, approvalKind: "SECRETARY" }), {
      code: "INVARIANT",
      field: "resolutionId",
    });
    // The threshold is set by a resolution of the committee (not another's).
    const committee = await t.db.prisma.committee.findUniqueOrThrow({ where: { id: committeeId } });
    await refused(
      () =>
        mutate(
          "setExpenseThreshold",
          {
            id: gid("Committee", committeeId),
            version: committee.version,
            thresholdFen: "50000",
            resolutionId: gid("Resolution", otherResolutionId),
          },
          staff,
          "Committee",
          "id",
        ),
      { code: "NOT_FOUND", field: "resolutionId" },
    );
    const set = await mutate(
      "setExpenseThreshold",
      {
        id: gid("Committee", committeeId),
        version: committee.version,
        thresholdFen: "50000",
        resolutionId: gid("Resolution", resolutionId),
      },
      staff,
      "Committee",
      "id version expenseThresholdFen expenseThresholdResolution { id }",
    );
    expect(set).toMatchObject({
      expenseThresholdFen: 50000,
      expenseThresholdResolution: { id: gid("Resolution", resolutionId) },
    });
    // 500 yuan is not below a 500-yuan threshold.
    await refused(() => mutate("approveExpense", { id: e.id, version: e.version, approvalKind: "SECRETARY" }), {
      code: "INVARIANT",
      field: "resolutionId",
    });
    const small = await draft(plan.id, 49_999);
    const bySecretary = await mutate("approveExpense", {
      id: small.id,
      version: small.version,
      approvalKind: "SECRETARY",
    });
    expect(bySecretary).toMatchObject({
      status: "APPROVED",
      approvalKind: "SECRETARY",
      approvalThresholdFen: 50000,
      resolution: null,
    });
    expect(bySecretary.approverPerson).not.toBeNull();
  });

  it("refuses paying what was not approved, and paying without a voucher number", async () => {
    const plan = await freshPlan(1_000_000);
    const e = await draft(plan.id, 10_000, { voucherNumber: null });
    await refused(() => pay(e, { voucherNumber: "记-9" }), { code: "INVALID_TRANSITION", field: "status" });
    const approved = await approveByResolution(e);
    await refused(() => pay(approved), { code: "VALIDATION", field: "voucherNumber" });
    expect((await pay(approved, { voucherNumber: "记-9", paidOn: "2030-06-30" })).voucherNumber).toBe("记-9");
  });

  it("refuses a closed plan's expenses and a plan not yet adopted", async () => {
    const plan = await freshPlan(1_000_000);
    const approved = await approveByResolution(await draft(plan.id, 10_000));
    const pending = await draft(plan.id, 10_000);
    await t.db.sql.query(`UPDATE "FundingPlan" SET status = 'CLOSED', "closedAt" = now() WHERE id = $1`, [plan.dbId]);
    await refused(() => draft(plan.id, 10_000), { code: "INVARIANT", field: "planId" });
    await refused(() => approveByResolution(pending), { code: "INVARIANT", field: "id" });
    await refused(() => pay(approved), { code: "INVARIANT", field: "id" });
    const drafted = await mutate(
      "draftFundingPlan",
      { committeeId: gid("Committee", committeeId), year: nextYear++, budgetFen: "100" },
      staff,
      "FundingPlan",
      "id",
    );
    await refused(() => draft(drafted.id, 10), { code: "INVARIANT", field: "planId" });
  });

  it("never edits a paid expense: the API refuses, the database refuses, a reversal counters it once", async () => {
    const plan = await freshPlan(300_000);
    const paid = await pay(
      await approveByResolution(
        await draft(plan.id, 100_000, { payeeKind: "UNIT", payeeName: null, payeeUnitId: gid("Unit", unitId) }),
      ),
    );
    await refused(() => mutate("updateExpense", { id: paid.id, version: paid.version, purpose: "改" }), {
      code: "INVARIANT",
      field: "id",
    });
    const dbId = Buffer.from(paid.id, "base64").toString().split(":")[1];
    await expect(t.db.sql.query(`UPDATE "Expense" SET purpose = '改' WHERE id = $1`, [dbId])).rejects.toThrow(
      /never changed/,
    );
    await expect(t.db.sql.query(`DELETE FROM "Expense" WHERE id = $1`, [dbId])).rejects.toThrow(/never changed/);
    await refused(() => mutate("reverseExpense", { id: paid.id, version: paid.version + 1, reason: "重复报销" }), {
      code: "CONFLICT",
    });
    const reversal = await mutate("reverseExpense", {
      id: paid.id,
      version: paid.version,
      reason: "重复报销",
      reversedOn: `${plan.year}-07-01`,
    });
    expect(reversal).toMatchObject({
      __typename: "Expense",
      status: "PAID",
      amountFen: -100000,
      isReversal: true,
      reverses: { id: paid.id },
    });
    await refused(() => mutate("reverseExpense", { id: paid.id, version: paid.version, reason: "再冲" }), {
      code: "INVARIANT",
      field: "id",
    });
    await refused(() => mutate("reverseExpense", { id: reversal.id, version: reversal.version, reason: "再冲" }), {
      code: "INVARIANT",
      field: "id",
    });
    const unpaid = await draft(plan.id, 1_000);
    await refused(() => mutate("reverseExpense", { id: unpaid.id, version: unpaid.version, reason: "x" }), {
      code: "INVARIANT",
      field: "id",
    });
    const s = await t.gql(
      `query($p: ID) { fundingStatement(planId: $p) { spendingFen closingBalanceFen } }`,
      { p: plan.id },
      staff,
    );
    expect(s.data.fundingStatement).toEqual({ spendingFen: 0, closingBalanceFen: 300000 });
    const audit = await t.db.prisma.auditEvent.findFirst({ where: { action: "reverseExpense" } });
    expect(audit?.entityType).toBe("Expense");
  });

  it("edits and rejects only what is not paid; the joint work item and the payee are checked", async () => {
    const plan = await freshPlan(300_000);
    const e = await draft(plan.id, 10_000);
    await refused(() => draft(plan.id, 10_000, { jointWorkItemId: gid("JointWorkItem", otherJointWorkId) }), {
      field: "jointWorkItemId",
    });
    await refused(() => draft(plan.id, 10_000, { payeeKind: "UNIT", payeeName: null }), {
      code: "VALIDATION",
      field: "payeeUnitId",
    });
    await refused(() => draft(plan.id, 0), { code: "VALIDATION" });
    const updated = await mutate("updateExpense", {
      id: e.id,
      version: e.version,
      amountFen: "12000",
      payeeKind: "PERSON",
      payeePersonId: gid("Person", personId),
    });
    expect(updated).toMatchObject({
      amountFen: 12000,
      payeeKind: "PERSON",
      payeeName: null,
      payeePerson: { id: gid("Person", personId) },
    });
    const rejected = await mutate("rejectExpense", {
      id: updated.id,
      version: updated.version,
      reason: "用途不符合规定",
    });
    expect(rejected.status).toBe("REJECTED");
    await refused(() => approveByResolution(rejected), { code: "INVALID_TRANSITION" });
  });

  it("keeps a voucher file (rules documents' limits) and serves it to the committee's side only", async () => {
    const plan = await freshPlan(300_000);
    const base64 = Buffer.from("发票扫描件").toString("base64");
    await refused(
      () => draft(plan.id, 1_000, { voucherFile: { name: "a.exe", contentType: "application/x-msdownload", base64 } }),
      {
        field: "voucherFile.contentType",
      },
    );
    const e = await draft(plan.id, 1_000, {
      payeeKind: "PERSON",
      payeeName: null,
      payeePersonId: gid("Person", personId),
      voucherFile: { name: "发票.pdf", contentType: "application/pdf", base64 },
    });
    expect(e.voucherFile).toEqual({ name: "发票.pdf", size: Buffer.from("发票扫描件").length });
    const file = `query($id: ID!) { expenseVoucherFile(id: $id) { filename base64 } }`;
    expect((await t.gql(file, { id: e.id }, staff)).data.expenseVoucherFile.base64).toBe(base64);
    const paid = await pay(await approveByResolution(e));
    // An analyst reads the expense, not who was paid nor the voucher naming them.
    const seen = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Expense { amountFen payeeKind payeePerson { id } voucherFile { name } } } }`,
      { id: paid.id },
      analyst,
    );
    expect(seen.data.node).toEqual({ amountFen: 1000, payeeKind: "PERSON", payeePerson: null, voucherFile: null });
    expect((await t.gql(file, { id: paid.id }, analyst)).data.expenseVoucherFile).toBeNull();
  });
});

describe("category budgets", () => {
  it("are set with a draft plan, within its budget, copied to a revision, and shown against actual", async () => {
    const planDraft = await mutate(
      "draftFundingPlan",
      { committeeId: gid("Committee", committeeId), year: nextYear++, budgetFen: "100000" },
      staff,
      "FundingPlan",
      "id version",
    );
    planYears.set(planDraft.id, nextYear - 1);
    await refused(
      () =>
        mutate(
          "setBudgetLines",
          { planId: planDraft.id, version: planDraft.version, lines: [{ category: "CARE", amountFen: "100001" }] },
          staff,
          "FundingPlan",
          "id",
        ),
      { code: "INVARIANT", field: "lines" },
    );
    const withLines = await mutate(
      "setBudgetLines",
      {
        planId: planDraft.id,
        version: planDraft.version,
        lines: [
          { category: "ACTIVITY", amountFen: "60000" },
          { category: "CARE", amountFen: "40000" },
        ],
      },
      staff,
      "FundingPlan",
      "id version budgetLines { category amountFen }",
    );
    expect(withLines.budgetLines).toEqual([
      { category: "ACTIVITY", amountFen: 60000 },
      { category: "CARE", amountFen: 40000 },
    ]);
    const ratios = await mutate(
      "setContributionRatios",
      {
        planId: planDraft.id,
        version: withLines.version,
        ratios: [{ membershipId: gid("Membership", membershipId), percent: "100" }],
      },
      staff,
      "FundingPlan",
      "id version",
    );
    const adopted = await mutate(
      "adoptFundingPlan",
      { id: planDraft.id, version: ratios.version, resolutionId: gid("Resolution", resolutionId) },
      staff,
      "FundingPlan",
      "id version status",
    );
    expect(adopted.status).toBe("ADOPTED");
    await refused(
      () =>
        mutate(
          "setBudgetLines",
          { planId: planDraft.id, version: adopted.version, lines: [] },
          staff,
          "FundingPlan",
          "id",
        ),
      { code: "INVARIANT", field: "planId" },
    );
    await income(planDraft.id, 100_000);
    await pay(await approveByResolution(await draft(planDraft.id, 70_000)));
    const s = await t.gql(
      `query($p: ID) { fundingStatement(planId: $p) { budgetFen spendingByCategory { category budgetFen spentFen remainingFen overBudget } } }`,
      { p: planDraft.id },
      staff,
    );
    const lines = s.data.fundingStatement.spendingByCategory;
    expect(lines.find((l: any) => l.category === "ACTIVITY")).toEqual({
      category: "ACTIVITY",
      budgetFen: 60000,
      spentFen: 70000,
      remainingFen: -10000,
      overBudget: true,
    });
    expect(lines.find((l: any) => l.category === "CARE")).toMatchObject({
      budgetFen: 40000,
      spentFen: 0,
      overBudget: false,
    });
    expect(lines.find((l: any) => l.category === "OTHER")).toMatchObject({ budgetFen: null, remainingFen: null });
    const revised = await mutate(
      "reviseFundingPlan",
      { id: planDraft.id, version: adopted.version },
      staff,
      "FundingPlan",
      "budgetLines { category amountFen }",
    );
    expect(revised.budgetLines).toEqual(withLines.budgetLines);
  });
});

describe("who sees the ledger", () => {
  it("a unit liaison reads its committee's approved and paid expenses, never a person paid, and the statement", async () => {
    const plan = await freshPlan(300_000);
    const toPerson = await pay(
      await approveByResolution(
        await draft(plan.id, 1_000, { payeeKind: "PERSON", payeeName: null, payeePersonId: gid("Person", personId) }),
      ),
    );
    const toUnit = await pay(
      await approveByResolution(
        await draft(plan.id, 2_000, { payeeKind: "UNIT", payeeName: null, payeeUnitId: gid("Unit", unitId) }),
      ),
    );
    const pending = await draft(plan.id, 3_000);
    const read = `query($id: ID!) { node(id: $id) { ... on Expense { amountFen payeePerson { id } payeeUnit { id } } } }`;
    expect((await t.gql(read, { id: toPerson.id }, liaison)).data.node).toEqual({
      amountFen: 1000,
      payeePerson: null,
      payeeUnit: null,
    });
    expect((await t.gql(read, { id: toPerson.id }, staff)).data.node.payeePerson).toEqual({
      id: gid("Person", personId),
    });
    expect((await t.gql(read, { id: toUnit.id }, liaison)).data.node).toMatchObject({
      amountFen: 2000,
      payeeUnit: { id: gid("Unit", unitId) },
    });
    expect((await t.gql(read, { id: pending.id }, liaison)).data.node).toBeNull();
    const s = await t.gql(
      `query($p: ID) { fundingStatement(planId: $p) { spendingFen closingBalanceFen } }`,
      { p: plan.id },
      liaison,
    );
    expect(s.errors).toBeUndefined();
    expect(s.data.fundingStatement).toEqual({ spendingFen: 3000, closingBalanceFen: 297000 });
    // The liaison's list of the plan's expenses: the two paid ones.
    const list = await t.gql(
      `query($f: ExpenseFilter) { expenses(filter: $f) { totalCount } }`,
      { f: { planId: { in: [plan.id] } } },
      liaison,
    );
    expect(list.data.expenses.totalCount).toBe(2);
    // Writing is the committee's side only.
    await refused(() => draft(plan.id, 1, {}, liaison), { code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) });
  });
});

describe("two expenses racing for the last of a plan's balance", () => {
  it("one is approved, the other refused; nothing is overdrawn", async () => {
    const plan = await freshPlan(100_000);
    const a = await draft(plan.id, 70_000);
    const b = await draft(plan.id, 70_000);
    let holder: pg.Client | null = null;
    if (t.db.url) {
      // On PostgreSQL: hold the plan's lock so both approvals are inside their transactions, waiting, at once.
      holder = new pg.Client({ connectionString: t.db.url });
      await holder.connect();
      await holder.query("BEGIN");
      await holder.query(`SELECT 1 FROM "FundingPlan" WHERE id = $1 FOR UPDATE`, [plan.dbId]);
    }
    const racing = Promise.all([approveByResolution(a), approveByResolution(b)]);
    if (holder) {
      for (let waiting = 0; waiting < 2; ) {
        const rows = await holder.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        waiting = rows.rows[0].n;
      }
      await holder.query("COMMIT");
      await holder.end();
    }
    const outcomes = await racing;
    expect(outcomes.map((o) => o.__typename).sort()).toEqual(["DomainError", "Expense"]);
    expect(outcomes.find((o) => o.__typename === "DomainError")).toMatchObject({
      code: "INVARIANT",
      field: "amountFen",
    });
    const committed = await t.db.sql.query<{ n: string }>(
      `SELECT coalesce(sum("amountFen"), 0)::text AS n FROM "Expense" WHERE "planId" = $1 AND status IN ('APPROVED', 'PAID')`,
      [plan.dbId],
    );
    expect(BigInt(committed[0]?.n ?? "0")).toBe(70_000n);
  });
});
