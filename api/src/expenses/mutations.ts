/** The expenditure ledger's mutations: GraphQL fields only; the writes are the commands in commands.ts. */
import { Committee } from "../committees/types.js";
import { defineMutation } from "../data/mutation-field.js";
import { FundingPlan } from "../funding/types.js";
import * as commands from "./commands.js";
import * as inputs from "./inputs.js";
import { Expense } from "./types.js";

defineMutation("draftExpense", {
  returns: Expense,
  description:
    "登记一笔支出（草稿；方案须已通过且未结算）/ Record an expense as a draft (the plan adopted, not closed)",
  permission: "create:Expense",
  input: inputs.DraftExpenseInput,
  run: commands.draftExpense,
});

defineMutation("updateExpense", {
  returns: Expense,
  description: "修改支出草稿 / Update a draft expense",
  permission: "update:Expense",
  input: inputs.UpdateExpenseInput,
  run: commands.updateExpense,
});

defineMutation("approveExpense", {
  returns: Expense,
  description:
    "审批支出（DRAFT → APPROVED）：决议或限额以下书记审批；不得超过已到账可用余额 / Approve an expense (DRAFT → APPROVED) by resolution or, below the threshold, by the secretary; never beyond the money received",
  permission: "approve:Expense",
  input: inputs.ApproveExpenseInput,
  run: commands.approveExpense,
});

defineMutation("rejectExpense", {
  returns: Expense,
  description: "驳回支出（DRAFT/APPROVED → REJECTED）/ Reject an expense (DRAFT/APPROVED → REJECTED)",
  permission: "reject:Expense",
  input: inputs.RejectExpenseInput,
  run: commands.rejectExpense,
});

defineMutation("payExpense", {
  returns: Expense,
  description:
    "支付支出（APPROVED → PAID），再次核对已到账可用余额 / Pay an expense (APPROVED → PAID), checking the received balance again",
  permission: "pay:Expense",
  input: inputs.PayExpenseInput,
  run: commands.payExpense,
});

defineMutation("reverseExpense", {
  returns: Expense,
  description:
    "冲销已支付的支出：返回金额相反的冲销记录，原记录不变 / Reverse a paid expense: returns the counter-entry (opposite amount); the expense is unchanged",
  permission: "reverse:Expense",
  input: inputs.ReverseExpenseInput,
  run: commands.reverseExpense,
});

defineMutation("setBudgetLines", {
  returns: FundingPlan,
  description: "设定经费方案草稿的分类预算（整体替换）/ Set a draft plan's category budgets (replaces them)",
  permission: "update:FundingPlan",
  input: inputs.SetBudgetLinesInput,
  run: commands.setBudgetLines,
});

defineMutation("setExpenseThreshold", {
  returns: Committee,
  description:
    "依据本大党委决议设定书记审批限额 / Set the secretary's approval threshold by a resolution of the committee",
  permission: "update:Committee",
  input: inputs.SetExpenseThresholdInput,
  run: commands.setExpenseThreshold,
});
