import { assertAllowedTransition, invalid, invariant, type TransitionTable } from "./errors.js";
import { formatFen as yuan } from "./format.js";

/**
 * The expenditure ledger's rules (issue 16 item 1, 收支两条线). Plain functions, no database; money is
 * integer fen as bigint.
 *
 * - Workflow: DRAFT → APPROVED → PAID, or DRAFT/APPROVED → REJECTED. PAID and REJECTED are final; a
 *   paid expense is only reversed, by a new PAID row with the negative amount (a counter-entry).
 * - Spending never exceeds the money received on the plan (its year: every revision of the committee's
 *   plan for that year): income recorded plus contributions received, minus what is already committed
 *   (APPROVED) or paid (PAID, reversals included). Checked when approving and again when paying.
 * - Approval: a resolution of the committee, or its secretary for an amount strictly below the
 *   threshold the committee set by resolution.
 */

export type ExpenseStatusName = "DRAFT" | "APPROVED" | "PAID" | "REJECTED";
export type PayeeKindName = "UNIT" | "PERSON" | "OTHER";
export type PlanStatusName = "DRAFT" | "ADOPTED" | "SUPERSEDED" | "CLOSED";

export const expenseTransitions: TransitionTable<ExpenseStatusName> = {
  DRAFT: ["APPROVED", "REJECTED"],
  APPROVED: ["PAID", "REJECTED"],
  PAID: [],
  REJECTED: [],
};

export const assertExpenseTransition = (from: ExpenseStatusName, to: ExpenseStatusName) =>
  assertAllowedTransition("支出 Expense", expenseTransitions, from, to);

/** Only a draft is edited; an approved expense is rejected and drafted anew, a paid one reversed. */
export function assertExpenseEditable(status: ExpenseStatusName): void {
  if (status === "DRAFT") return;
  throw invariant(
    "id",
    status === "PAID" ? "已支付的支出不能修改，只能冲销" : `支出状态为 ${status}，只有草稿（DRAFT）可以修改`,
    status === "PAID"
      ? "A paid expense is never edited; reverse it instead"
      : `The expense is ${status}; only a DRAFT can be edited`,
  );
}

/**
 * The plans of a committee's year (its revisions) as the ledger sees them: spending needs the plan in
 * effect (ADOPTED); a year whose plan was closed, or that has only a draft, accepts no expense.
 */
export function assertYearTakesExpenses(statuses: readonly PlanStatusName[], field = "planId"): void {
  if (statuses.includes("ADOPTED")) return;
  if (statuses.includes("CLOSED")) {
    throw invariant(field, "经费方案已结算（CLOSED），不再登记支出", "The plan is closed; it accepts no expense");
  }
  throw invariant(
    field,
    "经费方案尚未通过（ADOPTED），不能登记支出",
    "The plan has not been adopted; it accepts no expense yet",
  );
}

/** The money on a plan's year, in fen. */
export interface PlanMoney {
  /** Income recorded on the plan's revisions plus contributions received. */
  receivedFen: bigint;
  /** Expenses approved but not yet paid (committed). */
  committedFen: bigint;
  /** Expenses paid, reversals included (negative). */
  paidFen: bigint;
}

/** What may still be spent: received − committed − paid. */
export const availableFen = (money: PlanMoney): bigint => money.receivedFen - money.committedFen - money.paidFen;

/**
 * 收支两条线: an expense of `amountFen` fits when it does not exceed what is available (the money
 * received, less what is committed or paid, the expense itself not counted). Otherwise an INVARIANT
 * on `amountFen` naming the amounts.
 */
export function assertWithinReceived(amountFen: bigint, money: PlanMoney): void {
  const available = availableFen(money);
  if (amountFen <= available) return;
  throw invariant(
    "amountFen",
    `支出 ${yuan(amountFen)} 超过经费方案已到账可用余额 ${yuan(available)}（已到账 ${yuan(money.receivedFen)}，已审批待付 ${yuan(money.committedFen)}，已支付 ${yuan(money.paidFen)}）`,
    `The expense of ${yuan(amountFen)} exceeds the plan's available received money of ${yuan(available)} (received ${yuan(money.receivedFen)}, approved and unpaid ${yuan(money.committedFen)}, paid ${yuan(money.paidFen)})`,
  );
}

/** The payee columns of an expense, exactly as its kind says. */
export interface PayeeColumns {
  payeeKind: PayeeKindName;
  payeeUnitId: string | null;
  payeePersonId: string | null;
  payeeName: string | null;
}

/** The payee given: a unit, a person, or a name, exactly one, as its kind says. */
export function payeeColumns(input: {
  payeeKind: PayeeKindName;
  payeeUnitId?: string | null | undefined;
  payeePersonId?: string | null | undefined;
  payeeName?: string | null | undefined;
}): PayeeColumns {
  const given = {
    UNIT: input.payeeUnitId ?? null,
    PERSON: input.payeePersonId ?? null,
    OTHER: input.payeeName?.trim() ? input.payeeName.trim() : null,
  } as const;
  const fieldOf = { UNIT: "payeeUnitId", PERSON: "payeePersonId", OTHER: "payeeName" } as const;
  const kind = input.payeeKind;
  if (given[kind] === null) {
    throw invalid(
      fieldOf[kind],
      { UNIT: "收款方为单位时须选择辖区单位", PERSON: "收款方为个人时须选择人员", OTHER: "须填写收款方名称" }[kind],
      {
        UNIT: "A unit payee needs the unit",
        PERSON: "A person payee needs the person",
        OTHER: "A payee by name needs the name",
      }[kind],
    );
  }
  for (const other of ["UNIT", "PERSON", "OTHER"] as const) {
    if (other !== kind && given[other] !== null) {
      throw invalid(
        fieldOf[other],
        `收款方类型为 ${kind}，不能同时填写 ${fieldOf[other]}`,
        `The payee is a ${kind}; ${fieldOf[other]} must be empty`,
      );
    }
  }
  return { payeeKind: kind, payeeUnitId: given.UNIT, payeePersonId: given.PERSON, payeeName: given.OTHER };
}

/** The committee's secretary approval threshold, and the resolution that set it (both or neither). */
export interface Threshold {
  thresholdFen: bigint | null;
}

/**
 * The secretary approves only below the committee's threshold (strictly): without a threshold, or
 * at or above it, the expense needs a resolution of the committee.
 */
export function assertSecretaryMayApprove(amountFen: bigint, thresholdFen: bigint | null): void {
  if (thresholdFen === null) {
    throw invariant(
      "resolutionId",
      "本大党委未以决议设定书记审批限额，支出须经党委会决议批准",
      "The committee has set no threshold for the secretary's approval; the expense needs a resolution",
    );
  }
  if (amountFen >= thresholdFen) {
    throw invariant(
      "resolutionId",
      `支出 ${yuan(amountFen)} 不低于书记审批限额 ${yuan(thresholdFen)}，须经党委会决议批准`,
      `The expense of ${yuan(amountFen)} is not below the secretary's threshold of ${yuan(thresholdFen)}; it needs a resolution`,
    );
  }
}

/** A resolution approving an expense, or setting the threshold, is the committee's own. */
export function assertResolutionOfPlanCommittee(resolutionCommitteeId: string | null, committeeId: string): void {
  if (resolutionCommitteeId !== committeeId) {
    throw invariant("resolutionId", "决议不是本大党委党委会作出的", "The resolution was not made by this committee");
  }
}

/** A joint work item paid for is the plan committee's own and not dropped. */
export function assertJointWorkPayable(item: { committeeId: string | null; status: string }, committeeId: string) {
  if (item.committeeId !== committeeId) {
    throw invariant(
      "jointWorkItemId",
      "所支持的共建事项须是本大党委的事项",
      "The joint work item must be one of the plan's committee",
    );
  }
  if (item.status === "DROPPED") {
    throw invariant("jointWorkItemId", "该共建事项已终止", "The joint work item was dropped");
  }
}

/** Only a paid expense (not itself a reversal) is reversed, once. */
export function assertReversible(expense: { status: ExpenseStatusName; reversesId: string | null }, reversed: boolean) {
  if (expense.status !== "PAID") {
    throw invariant(
      "id",
      `支出状态为 ${expense.status}，只有已支付的支出可以冲销`,
      `The expense is ${expense.status}; only a paid expense is reversed`,
    );
  }
  if (expense.reversesId !== null) {
    throw invariant("id", "冲销记录本身不能再冲销", "A reversal is not itself reversed");
  }
  if (reversed) throw invariant("id", "该支出已冲销过", "The expense has already been reversed");
}

/** A paid expense carries its voucher number (凭证号). */
export function assertVoucherNumber(voucherNumber: string | null | undefined): string {
  const value = voucherNumber?.trim();
  if (!value) throw invalid("voucherNumber", "支付须填写凭证号", "Paying needs the voucher number");
  return value;
}

/** Category budgets, set with the plan: each category once, together within the plan's budget. */
export function assertBudgetLines(lines: readonly { category: string; amountFen: bigint }[], budgetFen: bigint) {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (seen.has(line.category)) {
      throw invalid(`lines.${i}.category`, "同一支出类别的预算出现了两次", "The same category appears twice");
    }
    seen.add(line.category);
  });
  const total = lines.reduce((sum, line) => sum + line.amountFen, 0n);
  if (total > budgetFen) {
    throw invariant(
      "lines",
      `分类预算合计 ${yuan(total)} 超过方案预算 ${yuan(budgetFen)}`,
      `The category budgets total ${yuan(total)}, more than the plan's budget of ${yuan(budgetFen)}`,
    );
  }
}
