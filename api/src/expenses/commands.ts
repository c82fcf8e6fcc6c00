/**
 * The expenditure ledger's commands (issue 16 item 1, 收支两条线): draft, update, approve, reject, pay,
 * reverse an expense; set a draft plan's category budgets; set the committee's secretary threshold. One
 * plain function per write: the checks (@gongjian/domain/expenses), then `createChecked` /
 * `updateVersioned` with the audit event, all in the mutation's one transaction.
 */
import { beijingDate } from "@gongjian/domain/calendar";
import {
  assertBudgetLines,
  assertExpenseEditable,
  assertExpenseTransition,
  assertJointWorkPayable,
  assertResolutionOfPlanCommittee,
  assertReversible,
  assertSecretaryMayApprove,
  assertVoucherNumber,
  assertWithinReceived,
  assertYearTakesExpenses,
  type PayeeColumns,
  payeeColumns,
} from "@gongjian/domain/expenses";
import { assertPlanEditable, parseFen } from "@gongjian/domain/funding";
import type { InputOf } from "../data/inputs.js";
import type { RowOf } from "../data/models.js";
import { createChecked, deleteChecked, type MutationScope, updateVersioned } from "../data/mutation.js";
import { loadReferenced, loadTarget, scopeUnder } from "../data/references.js";
import { conflict, invalid, invariant } from "../errors/domain-error.js";
import { fileColumns, type RulesFile } from "../rules-documents/rules.js";
import type {
  ApproveExpenseInput,
  DraftExpenseInput,
  PayExpenseInput,
  RejectExpenseInput,
  ReverseExpenseInput,
  SetBudgetLinesInput,
  SetExpenseThresholdInput,
  UpdateExpenseInput,
} from "./inputs.js";
import { lockPlanYear, planMoney } from "./ledger.js";

type Expense = RowOf<"Expense">;

const refusal: [string, string, string] = ["无权登记该支出", "Not allowed to record this expense", "planId"];

/** The voucher file's columns (the rules documents' file limits and types). */
function voucherColumns(file: RulesFile) {
  const f = fileColumns(file, "voucherFile");
  return {
    voucherFileName: f.fileName,
    voucherFileContentType: f.fileContentType,
    voucherFileSize: f.fileSize,
    voucherFileData: f.fileData,
  };
}

/** The payee given, its unit or person read through the caller's rules (a unit or person out of scope is NOT_FOUND). */
async function payee(
  scope: MutationScope,
  input: {
    payeeKind: PayeeColumns["payeeKind"];
    payeeUnitId?: string | null;
    payeePersonId?: string | null;
    payeeName?: string | null;
  },
): Promise<PayeeColumns> {
  const columns = payeeColumns(input);
  return {
    ...columns,
    payeeUnitId: columns.payeeUnitId
      ? (await loadReferenced(scope, "Unit", columns.payeeUnitId, "payeeUnitId")).id
      : null,
    payeePersonId: columns.payeePersonId
      ? (await loadReferenced(scope, "Person", columns.payeePersonId, "payeePersonId")).id
      : null,
  };
}

/** The joint work item paid for: the plan committee's, not dropped. */
async function jointWorkColumn(scope: MutationScope, committeeId: string, globalId: string | null | undefined) {
  if (!globalId) return null;
  const item = await loadReferenced(scope, "JointWorkItem", globalId, "jointWorkItemId");
  assertJointWorkPayable(item, committeeId);
  return item.id;
}

/** The statuses of the plans of the expense plan's year (without a lock). */
async function yearStatuses(scope: MutationScope, plan: { committeeId: string; year: number }) {
  const plans = await scope.tx.fundingPlan.findMany({
    where: { committeeId: plan.committeeId, year: plan.year },
    select: { status: true },
  });
  return plans.map((p) => p.status);
}

async function planOf(scope: MutationScope, expense: Expense) {
  return scope.tx.fundingPlan.findUniqueOrThrow({ where: { id: expense.planId } });
}

export async function draftExpense(scope: MutationScope, given: InputOf<typeof DraftExpenseInput>) {
  // Required by the input type (payeeKind, amountFen): the generic field helpers lose that in the types.
  const input = given as typeof given & { payeeKind: PayeeColumns["payeeKind"]; amountFen: string };
  const amountFen = parseFen(input.amountFen, "amountFen", { positive: true });
  const plan = await loadReferenced(scope, "FundingPlan", input.planId, "planId");
  assertYearTakesExpenses(await yearStatuses(scope, plan));
  const row = {
    planId: plan.id,
    ...scopeUnder(plan),
    spentOn: input.spentOn,
    amountFen,
    category: input.category,
    purpose: input.purpose,
    jointWorkItemId: await jointWorkColumn(scope, plan.committeeId, input.jointWorkItemId),
    status: "DRAFT" as const,
    ...(await payee(scope, input)),
    voucherNumber: input.voucherNumber?.trim() || null,
    ...(input.voucherFile ? voucherColumns(input.voucherFile) : {}),
  };
  return createChecked(scope, "Expense", row, { action: "draftExpense", refusal });
}

export async function updateExpense(scope: MutationScope, input: InputOf<typeof UpdateExpenseInput>) {
  const data: Record<string, unknown> = {};
  if (input.spentOn) data.spentOn = input.spentOn;
  if (input.amountFen) data.amountFen = parseFen(input.amountFen, "amountFen", { positive: true });
  if (input.category) data.category = input.category;
  if (input.purpose) data.purpose = input.purpose;
  if (input.voucherNumber !== undefined) data.voucherNumber = input.voucherNumber?.trim() || null;
  if (input.voucherFile) Object.assign(data, voucherColumns(input.voucherFile));
  const payeeGiven = input.payeeKind || input.payeeUnitId || input.payeePersonId || input.payeeName;
  if (payeeGiven && !input.payeeKind) {
    throw invalid("payeeKind", "修改收款方须给出收款方类型", "Changing the payee needs its kind");
  }
  const before = await loadTarget(scope, "Expense", input.id, "update", {
    fields: [...Object.keys(data), ...(payeeGiven ? ["payeeKind", "payeeUnitId", "payeePersonId", "payeeName"] : [])],
  });
  assertExpenseEditable(before.status);
  if (input.payeeKind) Object.assign(data, await payee(scope, { ...input, payeeKind: input.payeeKind }));
  if (input.jointWorkItemId !== undefined) {
    data.jointWorkItemId = await jointWorkColumn(scope, before.committeeId, input.jointWorkItemId);
  }
  if (Object.keys(data).length === 0) throw invalid("id", "没有要修改的字段", "Nothing to change");
  return updateVersioned(scope, "Expense", before, input.version, data, "updateExpense");
}

/** The committee's active secretary (书记): the person of its approved or filed SECRETARY seat. */
async function secretaryOf(scope: MutationScope, committeeId: string): Promise<string> {
  const seat = await scope.tx.seat.findFirst({
    where: { committeeId, role: "SECRETARY", status: { in: ["APPROVED", "FILED"] } },
    select: { personId: true },
  });
  if (!seat) {
    throw invariant(
      "approvalKind",
      "本大党委目前没有在任书记，不能由书记审批",
      "The committee has no secretary in office to approve it",
    );
  }
  return seat.personId;
}

/**
 * Approves a draft: by a resolution of the committee, or by its secretary below the threshold the
 * committee set. Locks the plan's year and checks the received balance (收支两条线).
 */
export async function approveExpense(scope: MutationScope, input: InputOf<typeof ApproveExpenseInput>) {
  const before = await loadTarget(scope, "Expense", input.id, "approve");
  assertExpenseTransition(before.status, "APPROVED");
  let approval: Record<string, unknown>;
  if (input.approvalKind === "RESOLUTION") {
    if (!input.resolutionId) {
      throw invalid("resolutionId", "决议审批须指明批准该支出的决议", "Approval by resolution needs the resolution");
    }
    const resolution = await loadReferenced(scope, "Resolution", input.resolutionId, "resolutionId");
    assertResolutionOfPlanCommittee(resolution.committeeId, before.committeeId);
    approval = { approvalKind: "RESOLUTION", resolutionId: resolution.id };
  } else {
    if (input.resolutionId) {
      throw invalid("resolutionId", "书记审批不附决议", "An approval by the secretary names no resolution");
    }
    const committee = await scope.tx.committee.findUniqueOrThrow({
      where: { id: before.committeeId },
      select: { expenseThresholdFen: true },
    });
    assertSecretaryMayApprove(before.amountFen, committee.expenseThresholdFen);
    approval = {
      approvalKind: "SECRETARY",
      approverPersonId: await secretaryOf(scope, before.committeeId),
      approvalThresholdFen: committee.expenseThresholdFen,
    };
  }
  const plan = await planOf(scope, before);
  assertYearTakesExpenses(await lockPlanYear(scope, plan.committeeId, plan.year), "id");
  assertWithinReceived(before.amountFen, await planMoney(scope, plan.committeeId, plan.year, before.id));
  return updateVersioned(
    scope,
    "Expense",
    before,
    input.version,
    { status: "APPROVED", ...approval, approvedAt: new Date() },
    "approveExpense",
  );
}

export async function rejectExpense(scope: MutationScope, input: InputOf<typeof RejectExpenseInput>) {
  const before = await loadTarget(scope, "Expense", input.id, "reject");
  assertExpenseTransition(before.status, "REJECTED");
  const data = { status: "REJECTED", rejectedAt: new Date(), rejectionReason: input.reason };
  return updateVersioned(scope, "Expense", before, input.version, data, "rejectExpense");
}

/** Pays an approved expense: its voucher number, and the received balance checked again under the lock. */
export async function payExpense(scope: MutationScope, input: InputOf<typeof PayExpenseInput>) {
  const before = await loadTarget(scope, "Expense", input.id, "pay");
  assertExpenseTransition(before.status, "PAID");
  const voucherNumber = assertVoucherNumber(input.voucherNumber ?? before.voucherNumber);
  const plan = await planOf(scope, before);
  assertYearTakesExpenses(await lockPlanYear(scope, plan.committeeId, plan.year), "id");
  assertWithinReceived(before.amountFen, await planMoney(scope, plan.committeeId, plan.year, before.id));
  const data = {
    status: "PAID",
    paidAt: new Date(),
    voucherNumber,
    ...(input.paidOn ? { spentOn: input.paidOn } : {}),
  };
  return updateVersioned(scope, "Expense", before, input.version, data, "payExpense");
}

/**
 * Reverses a paid expense by a counter-entry: a new PAID row with the opposite amount that references
 * it (same plan, category, payee and approval). The expense itself is never changed. Returns the reversal.
 */
export async function reverseExpense(scope: MutationScope, input: InputOf<typeof ReverseExpenseInput>) {
  const before = await loadTarget(scope, "Expense", input.id, "reverse");
  if (before.version !== input.version) throw conflict();
  const existing = await scope.tx.expense.findUnique({ where: { reversesId: before.id }, select: { id: true } });
  assertReversible(before, existing !== null);
  const plan = await planOf(scope, before);
  assertYearTakesExpenses(await lockPlanYear(scope, plan.committeeId, plan.year), "id");
  const now = new Date();
  const row = {
    planId: before.planId,
    committeeId: before.committeeId,
    streetId: before.streetId,
    spentOn: input.reversedOn ?? beijingDate(now),
    amountFen: -before.amountFen,
    category: before.category,
    purpose: input.reason,
    jointWorkItemId: before.jointWorkItemId,
    status: "PAID" as const,
    approvalKind: before.approvalKind,
    resolutionId: before.resolutionId,
    approverPersonId: before.approverPersonId,
    approvalThresholdFen: before.approvalThresholdFen,
    approvedAt: before.approvedAt,
    paidAt: now,
    payeeKind: before.payeeKind,
    payeeUnitId: before.payeeUnitId,
    payeePersonId: before.payeePersonId,
    payeeName: before.payeeName,
    voucherNumber: before.voucherNumber,
    reversesId: before.id,
  };
  return createChecked(scope, "Expense", row, {
    action: "reverseExpense",
    ability: "reverse",
    refusal: ["无权冲销该支出", "Not allowed to reverse this expense", "id"],
  });
}

/** Replaces a draft plan's category budgets (each category once, together within the plan's budget). */
export async function setBudgetLines(scope: MutationScope, input: InputOf<typeof SetBudgetLinesInput>) {
  const lines = input.lines.map((line, i) => ({
    category: line.category,
    amountFen: parseFen(line.amountFen, `lines.${i}.amountFen`),
  }));
  const before = await loadTarget(scope, "FundingPlan", input.planId, "update", { field: "planId" });
  assertPlanEditable(before.status, "planId");
  assertBudgetLines(lines, before.budgetFen);
  const plan = await updateVersioned(scope, "FundingPlan", before, input.version, {}, "setBudgetLines");
  const deleteRefusal: [string, string, string] = [
    "无权删除分类预算",
    "Not allowed to remove category budgets",
    "lines",
  ];
  for (const old of await scope.tx.fundingBudgetLine.findMany({ where: { planId: plan.id } })) {
    await deleteChecked(scope, "FundingBudgetLine", old, { action: "setBudgetLines", refusal: deleteRefusal });
  }
  await createBudgetLines(scope, plan, lines, "setBudgetLines");
  return plan;
}

/** Writes budget lines onto a plan, one audited create per line. */
export async function createBudgetLines(
  scope: MutationScope,
  plan: RowOf<"FundingPlan">,
  lines: readonly { category: string; amountFen: bigint }[],
  action: string,
) {
  for (const line of lines) {
    await createChecked(
      scope,
      "FundingBudgetLine",
      { planId: plan.id, ...scopeUnder(plan), category: line.category, amountFen: line.amountFen },
      { action, refusal: ["无权设定分类预算", "Not allowed to set category budgets", "lines"] },
    );
  }
}

/** Sets the committee's secretary approval threshold by one of its resolutions (the audit event keeps the history). */
export async function setExpenseThreshold(scope: MutationScope, input: InputOf<typeof SetExpenseThresholdInput>) {
  const thresholdFen = parseFen(String(input.thresholdFen), "thresholdFen", { positive: true });
  const fields = ["expenseThresholdFen", "expenseThresholdResolutionId"];
  const before = await loadTarget(scope, "Committee", input.id, "update", { fields });
  const resolution = await loadReferenced(scope, "Resolution", input.resolutionId, "resolutionId");
  assertResolutionOfPlanCommittee(resolution.committeeId, before.id);
  const data = { expenseThresholdFen: thresholdFen, expenseThresholdResolutionId: resolution.id };
  return updateVersioned(scope, "Committee", before, input.version, data, "setExpenseThreshold");
}
