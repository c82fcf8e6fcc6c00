import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { byCommittee, byId, byStatus, orderableStamps } from "../data/list-filters.js";
import { defineRootList } from "../data/lists.js";
import { fileColumns, valueObject } from "../data/value-objects.js";
import { notFound } from "../errors/domain-error.js";
import { ExpenseCategoryEnum, ExpenseStatusEnum, PayeeKindEnum } from "../system/enums.js";

defineRootList({
  subject: "Expense",
  field: "expenses",
  exportTitle: "支出",
  description: "支出台账 / The expenditure ledger",
  filters: {
    ...byCommittee,
    ...byId("planId", "FundingPlan", "经费方案 / Funding plan"),
    ...byId("jointWorkItemId", "JointWorkItem", "共建事项 / Joint work item"),
    ...byStatus(ExpenseStatusEnum),
    category: { kind: "enum", ref: ExpenseCategoryEnum, description: "支出类别 / Category" },
    payeeKind: { kind: "enum", ref: PayeeKindEnum, description: "收款方类型 / Kind of payee" },
    spentOn: { kind: "date", description: "支出日期范围 / Date between" },
    purpose: { kind: "string", description: "用途 / Purpose" },
    voucherNumber: { kind: "string", description: "凭证号 / Voucher number" },
  },
  orderable: ["spentOn", "amountFen", "category", "status", "voucherNumber", "paidAt", ...orderableStamps],
  defaultOrder: [{ spentOn: "desc" }, { createdAt: "desc" }],
});

const ExpenseVoucherFile = valueObject(
  "ExpenseVoucherFile",
  "支出凭证附件的内容（base64）/ The content of an expense's voucher file (base64)",
  fileColumns,
);

// The one read of a voucher's bytes: a single expense, through the same read rules (a person's voucher
// is personal data: only the roles that may read the payee person read it).
builder.queryField("expenseVoucherFile", (t) =>
  t.field({
    type: ExpenseVoucherFile,
    nullable: true,
    description:
      "下载一笔支出的凭证附件（只读单条记录）；无附件或无权查看时为空 / Download an expense's voucher file (one record only); null when it has none or you may not see it",
    permission: "read:Expense",
    args: { id: t.arg.id({ required: true, description: "支出 / Expense" }) },
    resolve: async (_root, args, ctx) => {
      const id = fromGlobalId("Expense", String(args.id));
      const row = await ctx.db.prisma.expense.findFirst({ where: { AND: [{ id }, ctx.guard.where("Expense")] } });
      if (!row) throw notFound("Expense");
      if (!row.voucherFileData || !row.voucherFileName || !row.voucherFileContentType) return null;
      if (!ctx.guard.canRead("Expense", row, "voucherFileData")) return null;
      return {
        filename: row.voucherFileName,
        contentType: row.voucherFileContentType,
        size: row.voucherFileData.length,
        base64: Buffer.from(row.voucherFileData).toString("base64"),
      };
    },
  }),
);
