import { expenseTransitions } from "@gongjian/domain/expenses";
import { builder } from "../builder.js";
import * as field from "../data/entity-fields.js";
import { nodeOptions } from "../data/nodes.js";
import { fileColumns, valueObject } from "../data/value-objects.js";
import { Person } from "../people/types.js";
import { readable } from "../permissions/pothos-guard.js";
import { ExpenseApprovalEnum, ExpenseCategoryEnum, ExpenseStatusEnum, PayeeKindEnum } from "../system/enums.js";

/** What a list shows of a voucher file: never its content (see `expenseVoucherFile`). */
const VoucherFileInfo = valueObject("VoucherFileInfo", "凭证附件信息（不含内容）/ Voucher file (without its content)", {
  name: fileColumns.filename,
  contentType: fileColumns.contentType,
  size: fileColumns.size,
});

export const Expense = builder.prismaNode("Expense", {
  description:
    "支出（收支两条线：与收入分账）；草稿 → 已审批 → 已支付，或驳回；已支付的只能冲销 / An expense of a plan's ledger (kept apart from income); DRAFT → APPROVED → PAID, or REJECTED; a paid one is only reversed",
  ...nodeOptions("Expense"),
  // Select mode: only the columns a request asks for, plus those the permission rules look at, so a
  // list never reads the voucher files' bytes.
  select: { id: true, committeeId: true, streetId: true, planId: true, status: true, payeeKind: true },
  fields: (t) => ({
    ...field.parents(t, {
      plan: "经费方案 / Funding plan",
      jointWorkItem: "所支持的共建事项 / Joint work item it pays for",
      resolution: "批准该支出的决议 / Approving resolution",
      approverPerson: "审批的书记 / The secretary who approved it",
      payeeUnit: "收款单位 / Payee unit",
      reverses: "所冲销的支出 / The expense this reverses",
      reversal: "冲销记录 / Its reversal",
    }),
    ...field.dates(t, "Date", { spentOn: "支出日期 / Date" }),
    amountFen: t.expose("amountFen", {
      type: "Fen",
      description: "金额（分；冲销为负）/ Amount in fen (negative for a reversal)",
    }),
    category: t.expose("category", { type: ExpenseCategoryEnum, description: "支出类别 / Category" }),
    status: t.expose("status", { type: ExpenseStatusEnum, description: "状态 / Status" }),
    approvalKind: t.expose("approvalKind", {
      type: ExpenseApprovalEnum,
      nullable: true,
      description: "审批方式 / How it was approved",
    }),
    approvalThresholdFen: t.expose("approvalThresholdFen", {
      type: "Fen",
      nullable: true,
      description: "书记审批时的限额（分）/ The secretary's threshold when approved (fen)",
    }),
    payeeKind: t.expose("payeeKind", { type: PayeeKindEnum, description: "收款方类型 / Kind of payee" }),
    payeePerson: t.field({
      type: Person,
      nullable: true,
      description: "收款人（个人；仅街道和本大党委可见）/ Payee person (seen by the street and the committee only)",
      guardField: "payeePersonId",
      select: { payeePersonId: true },
      // The guard checks the Person row it returns (which an analyst may read); who was paid is the
      // expense's own field rule (personal data), checked here on the expense row.
      resolve: (row, _args, ctx) =>
        row.payeePersonId && ctx.guard.canRead("Expense", row, "payeePersonId")
          ? ctx.db.prisma.person.findUnique({ where: { id: row.payeePersonId } })
          : null,
    }),
    ...field.strings(t, {
      purpose: "用途 / Purpose",
      payeeName: "收款方名称 / Payee's name",
      voucherNumber: "凭证号 / Voucher number",
      rejectionReason: "驳回理由 / Reason for rejection",
    }),
    ...field.dates(t, "DateTime", {
      approvedAt: "审批时间 / Approved at",
      rejectedAt: "驳回时间 / Rejected at",
      paidAt: "支付时间 / Paid at",
    }),
    isReversal: t.boolean({
      description: "是否冲销记录 / Whether this row is a reversal",
      guardField: "reversesId",
      select: { reversesId: true },
      resolve: (row) => row.reversesId !== null,
    }),
    voucherFile: t.field({
      type: VoucherFileInfo,
      nullable: true,
      description: "凭证附件（下载用 expenseVoucherFile）/ Voucher file (download with expenseVoucherFile)",
      guardField: "voucherFileName",
      select: { voucherFileName: true, voucherFileContentType: true, voucherFileSize: true },
      resolve: (row) =>
        row.voucherFileName && row.voucherFileContentType && row.voucherFileSize !== null
          ? { name: row.voucherFileName, contentType: row.voucherFileContentType, size: row.voucherFileSize }
          : null,
    }),
    ...field.stamps(t),
  }),
});

field.defineAllowedTransitions("Expense", ExpenseStatusEnum, expenseTransitions, "expense");

export const FundingBudgetLine = field.entityNode("FundingBudgetLine", {
  description: "经费方案的分类预算 / A plan's budget for one spending category",
  fields: (t) => ({
    ...field.parents(t, { plan: "经费方案 / Funding plan" }),
    category: t.expose("category", { type: ExpenseCategoryEnum, description: "支出类别 / Category" }),
    amountFen: t.expose("amountFen", { type: "Fen", description: "预算（分）/ Budget in fen" }),
    ...field.versionOnly(t),
  }),
});

builder.prismaObjectFields("FundingPlan", (t) => ({
  expenses: t.relation("expenses", {
    description: "支出（本版本上登记的）/ Expenses (recorded on this revision)",
    ...readable("Expense"),
    query: (_args: unknown, ctx: { guard: { where(s: "Expense"): object } }) => ({
      where: ctx.guard.where("Expense"),
      orderBy: [{ spentOn: "asc" as const }, { createdAt: "asc" as const }, { id: "asc" as const }],
    }),
  }),
  budgetLines: t.relation("budgetLines", {
    description: "分类预算 / Category budgets",
    ...readable("FundingBudgetLine"),
    query: (_args: unknown, ctx: { guard: { where(s: "FundingBudgetLine"): object } }) => ({
      where: ctx.guard.where("FundingBudgetLine"),
      orderBy: [{ category: "asc" as const }],
    }),
  }),
}));

builder.prismaObjectFields("JointWorkItem", (t) => ({
  expenses: t.relation("expenses", { description: "为该事项的支出 / Expenses paying for it", ...readable("Expense") }),
}));

builder.prismaObjectFields("Committee", (t) => ({
  expenseThresholdFen: t.expose("expenseThresholdFen", {
    type: "Fen",
    nullable: true,
    description:
      "书记审批限额（分）：低于此金额的支出可由书记审批，否则须党委会决议 / The secretary's approval threshold (fen): expenses below it may be approved by the secretary, others need a resolution",
  }),
  expenseThresholdResolution: t.relation("expenseThresholdResolution", {
    nullable: true,
    description: "设定书记审批限额的决议 / The resolution that set the threshold",
  }),
}));
