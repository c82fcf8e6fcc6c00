/** The input types of the expenditure ledger's mutations (expenses, their approval, payment and reversal; budgets; the threshold). */
import { z } from "zod";
import { builder } from "../builder.js";
import { type InputFieldBuilder, refField, uploadedFileFields, versionedRecordInput } from "../data/inputs.js";
import { fen, globalId, optionalText, positiveFen, text, versionField } from "../data/validation.js";
import { ExpenseApprovalEnum, ExpenseCategoryEnum, PayeeKindEnum } from "../system/enums.js";

export const VoucherFileInput = builder.inputType("VoucherFileInput", {
  description:
    "凭证附件（PDF、Word、ODT、纯文本、JPEG、PNG，最大 2 MB，base64）/ Voucher file (PDF, Word, ODT, plain text, JPEG, PNG; at most 2 MB; base64)",
  fields: uploadedFileFields,
});

const amountField = (t: InputFieldBuilder, required: boolean) =>
  t.field({
    type: "Fen",
    required,
    description: "金额（分，正整数）/ Amount in fen (whole, greater than 0)",
    validate: required ? positiveFen : positiveFen.nullish(),
  });

/** The payee: a unit of the district, a person, or a name (exactly one, as the kind says). */
const payeeFields = (t: InputFieldBuilder, required: boolean) => ({
  payeeKind: t.field({ type: PayeeKindEnum, required, description: "收款方类型 / Kind of payee" }),
  payeeUnitId: t.id({
    description: "收款单位（辖区单位）/ Payee unit (a unit of the district)",
    validate: globalId.nullish(),
  }),
  payeePersonId: t.id({ description: "收款人（个人）/ Payee person", validate: globalId.nullish() }),
  payeeName: t.string({ description: "收款方名称（其他）/ Payee's name (other)", validate: optionalText(200) }),
});

export const DraftExpenseInput = builder.inputType("DraftExpenseInput", {
  description: "登记一笔支出（草稿）/ Record an expense (a draft)",
  fields: (t) => ({
    planId: t.id(refField("经费方案（已通过）/ Funding plan (adopted)")),
    spentOn: t.field({ type: "Date", required: true, description: "支出日期（北京时间）/ Date (Beijing)" }),
    amountFen: amountField(t, true),
    category: t.field({ type: ExpenseCategoryEnum, required: true, description: "支出类别 / Category" }),
    purpose: t.string({ required: true, description: "用途 / Purpose", validate: text(500) }),
    jointWorkItemId: t.id({
      description: "所支持的共建事项（本大党委的）/ Joint work item it pays for (of the same committee)",
      validate: globalId.nullish(),
    }),
    ...payeeFields(t, true),
    voucherNumber: t.string({ description: "凭证号 / Voucher number", validate: optionalText(50) }),
    voucherFile: t.field({ type: VoucherFileInput, description: "凭证附件（可选）/ Voucher file (optional)" }),
  }),
});

export const UpdateExpenseInput = versionedRecordInput(
  "UpdateExpenseInput",
  "修改支出草稿（只写给出的字段；收款方整体替换）/ Update a draft expense (only the fields given; the payee as a whole)",
  "支出（草稿）/ Expense (a draft)",
  (t) => ({
    spentOn: t.field({ type: "Date", description: "支出日期 / Date" }),
    amountFen: amountField(t, false),
    category: t.field({ type: ExpenseCategoryEnum, description: "支出类别 / Category" }),
    purpose: t.string({ description: "用途 / Purpose", validate: text(500).nullish() }),
    jointWorkItemId: t.id({
      description: "共建事项（null 清除）/ Joint work item (null clears it)",
      validate: globalId.nullish(),
    }),
    ...payeeFields(t, false),
    voucherNumber: t.string({ description: "凭证号 / Voucher number", validate: optionalText(50) }),
    voucherFile: t.field({ type: VoucherFileInput, description: "新凭证附件 / New voucher file" }),
  }),
);

export const ApproveExpenseInput = versionedRecordInput(
  "ApproveExpenseInput",
  "审批支出：党委会决议，或限额以下由书记审批 / Approve an expense: by a resolution of the committee, or by its secretary below the threshold",
  "支出（草稿）/ Expense (a draft)",
  (t) => ({
    approvalKind: t.field({ type: ExpenseApprovalEnum, required: true, description: "审批方式 / How it is approved" }),
    resolutionId: t.id({
      description:
        "批准该支出的本大党委决议（决议审批时必填）/ The committee's resolution approving it (required for RESOLUTION)",
      validate: globalId.nullish(),
    }),
  }),
);

export const RejectExpenseInput = versionedRecordInput(
  "RejectExpenseInput",
  "驳回支出 / Reject an expense",
  "支出（草稿或已审批）/ Expense (draft or approved)",
  (t) => ({ reason: t.string({ required: true, description: "驳回理由 / Reason", validate: text(500) }) }),
);

export const PayExpenseInput = versionedRecordInput(
  "PayExpenseInput",
  "支付已审批的支出（再次核对已到账余额）/ Pay an approved expense (the received balance is checked again)",
  "支出（已审批）/ Expense (approved)",
  (t) => ({
    voucherNumber: t.string({
      description: "凭证号（未登记时必填）/ Voucher number (required unless recorded)",
      validate: optionalText(50),
    }),
    paidOn: t.field({
      type: "Date",
      description: "支付日期（默认沿用支出日期）/ Date paid (default: the expense's date)",
    }),
  }),
);

export const ReverseExpenseInput = versionedRecordInput(
  "ReverseExpenseInput",
  "冲销已支付的支出：登记一笔金额相反的冲销记录，原记录不变 / Reverse a paid expense: a counter-entry with the opposite amount; the expense itself is unchanged",
  "支出（已支付）/ Expense (paid)",
  (t) => ({
    reason: t.string({ required: true, description: "冲销理由 / Reason", validate: text(500) }),
    reversedOn: t.field({
      type: "Date",
      description: "冲销日期（默认今天，北京时间）/ Date (default: today in Beijing)",
    }),
  }),
);

export const SetExpenseThresholdInput = versionedRecordInput(
  "SetExpenseThresholdInput",
  "依据党委会决议设定书记审批限额（低于该金额的支出可由书记审批）/ Set, by resolution, the amount below which the secretary may approve an expense",
  "大党委 / Committee",
  (t) => ({
    thresholdFen: amountField(t, true),
    resolutionId: t.id(refField("设定限额的本大党委决议 / The committee's resolution setting it")),
  }),
);

const BudgetLineInput = builder.inputType("BudgetLineInput", {
  description: "一个支出类别的预算 / The budget of one spending category",
  fields: (t) => ({
    category: t.field({ type: ExpenseCategoryEnum, required: true, description: "支出类别 / Category" }),
    amountFen: t.field({ type: "Fen", required: true, description: "预算（分）/ Budget in fen", validate: fen }),
  }),
});

export const SetBudgetLinesInput = builder.inputType("SetBudgetLinesInput", {
  description:
    "设定经费方案草稿的分类预算（整体替换，合计不超过方案预算）/ Set a draft plan's category budgets (replaces them; together within the plan's budget)",
  fields: (t) => ({
    planId: t.id(refField("经费方案（草稿）/ Funding plan (a draft)")),
    version: t.int(versionField),
    lines: t.field({
      type: [BudgetLineInput],
      required: true,
      description: "各类别预算 / The categories' budgets",
      validate: z.array(z.unknown()).max(50),
    }),
  }),
});
