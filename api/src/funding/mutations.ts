/** The funding mutations: GraphQL fields only; the writes are the commands in commands.ts and contribution-commands.ts. */
import { defineMutation } from "../data/mutation-field.js";
import * as plans from "./commands.js";
import * as contributions from "./contribution-commands.js";
import * as inputs from "./inputs.js";
import { Contribution, FundingIncome, FundingPlan } from "./types.js";

defineMutation("draftFundingPlan", {
  returns: FundingPlan,
  description: "编制年度经费方案（草稿，第1版）/ Draft a committee's funding plan for a year (revision 1)",
  permission: "create:FundingPlan",
  input: inputs.DraftFundingPlanInput,
  run: plans.draftFundingPlan,
});

defineMutation("updateFundingPlan", {
  returns: FundingPlan,
  description: "修改经费方案草稿的预算或说明 / Update a draft plan's budget or note",
  permission: "update:FundingPlan",
  input: inputs.UpdateFundingPlanInput,
  run: plans.updateFundingPlan,
});

defineMutation("adoptFundingPlan", {
  returns: FundingPlan,
  description:
    "依据党委会决议通过经费方案（DRAFT → ADOPTED）；修订版本通过时上一版本变为 SUPERSEDED / Adopt a plan with its resolution (DRAFT → ADOPTED); adopting a revision supersedes the previous one",
  permission: "adopt:FundingPlan",
  input: inputs.AdoptFundingPlanInput,
  run: plans.adoptFundingPlan,
});

defineMutation("closeFundingPlan", {
  returns: FundingPlan,
  description: "年终结算经费方案（ADOPTED → CLOSED）/ Close a plan at year end (ADOPTED → CLOSED)",
  permission: "close:FundingPlan",
  input: inputs.CloseFundingPlanInput,
  run: plans.closeFundingPlan,
});

defineMutation("setContributionRatios", {
  returns: FundingPlan,
  description:
    "设定经费方案草稿的出资比例（整体替换；合计须恰好100%）/ Set a draft plan's contribution ratios (replaces them; they must total exactly 100%)",
  permission: "update:FundingPlan",
  input: inputs.SetContributionRatiosInput,
  run: plans.setContributionRatios,
});

defineMutation("reviseFundingPlan", {
  returns: FundingPlan,
  description:
    "为已通过的方案起草新版本（版本号+1，复制预算和出资比例，状态 DRAFT）；这是变更生效出资比例的唯一途径 / Draft a new revision of an adopted plan (revision + 1, budget and ratios copied, DRAFT); the only way to change the ratios in effect",
  permission: "create:FundingPlan",
  input: inputs.ReviseFundingPlanInput,
  run: plans.reviseFundingPlan,
});

defineMutation("addFundingIncome", {
  returns: FundingIncome,
  description: "登记经费收入（财政、党费、费随事转、服务、赞助）/ Record income of a plan by channel",
  permission: "create:FundingIncome",
  input: inputs.AddFundingIncomeInput,
  run: contributions.addFundingIncome,
});

defineMutation("pledgeContribution", {
  returns: Contribution,
  description: "登记成员单位按已通过方案认缴的出资 / Record a member unit's pledge under the adopted plan",
  permission: "create:Contribution",
  input: inputs.PledgeContributionInput,
  run: contributions.pledgeContribution,
});

defineMutation("acknowledgeContribution", {
  returns: Contribution,
  description: "成员单位联络人确认本单位的认缴 / The member unit's liaison acknowledges its pledge",
  permission: "acknowledge:Contribution",
  input: inputs.AcknowledgeContributionInput,
  run: contributions.acknowledgeContribution,
});

defineMutation("receiveContribution", {
  returns: Contribution,
  description: "登记出资到账（PLEDGED → RECEIVED）/ Record that a contribution was received (PLEDGED → RECEIVED)",
  permission: "receive:Contribution",
  input: inputs.ReceiveContributionInput,
  run: contributions.receiveContribution,
});
