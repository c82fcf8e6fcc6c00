/** The input types of the funding mutations (plans, ratios and revisions, income and contributions). */
import { z } from "zod";
import { builder } from "../builder.js";
import { type InputFieldBuilder, refField, versionedRecordInput } from "../data/inputs.js";
import { fen, globalId, optionalText, percent, positiveFen, text, versionField, year } from "../data/validation.js";
import { FundingChannelEnum } from "../system/enums.js";

/** A plan's budget: required when a plan is drafted, optional in an update. */
const budgetField = <Required extends boolean>(t: InputFieldBuilder, required: Required) =>
  t.field({
    type: "Fen",
    required,
    description: "预算（分，非负整数）/ Budget in fen (whole, not negative)",
    validate: required ? fen : fen.nullish(),
  });

export const DraftFundingPlanInput = builder.inputType("DraftFundingPlanInput", {
  description: "编制年度经费方案（草稿）/ Draft a committee's funding plan for a year",
  fields: (t) => ({
    committeeId: t.id(refField("大党委 / Committee")),
    year: t.int({ required: true, description: "年度（2000–2100）/ Year (2000–2100)", validate: year }),
    budgetFen: budgetField(t, true),
    note: t.string({ description: "说明 / Note", validate: optionalText(1000) }),
  }),
});

export const UpdateFundingPlanInput = versionedRecordInput(
  "UpdateFundingPlanInput",
  "修改经费方案草稿（只写给出的字段）/ Update a draft plan (only the fields given)",
  "经费方案 / Funding plan",
  (t) => ({
    budgetFen: budgetField(t, false),
    note: t.string({ description: "说明（null 清除）/ Note (null clears it)", validate: optionalText(1000) }),
  }),
);

export const AdoptFundingPlanInput = versionedRecordInput(
  "AdoptFundingPlanInput",
  "依据党委会决议通过经费方案；若是修订版本，上一版本随之被取代 / Adopt a plan with the resolution that set its ratios; a revision supersedes the plan it revises",
  "经费方案（草稿）/ Funding plan (a draft)",
  (t) => ({
    resolutionId: t.id({
      description:
        "确定出资比例的本大党委党委会决议（必填）/ The committee's resolution that set the ratios (required)",
      validate: globalId.nullish(),
    }),
  }),
);

export const CloseFundingPlanInput = versionedRecordInput(
  "CloseFundingPlanInput",
  "年终结算经费方案 / Close a plan at year end",
  "已通过的经费方案 / The adopted plan",
);

const ContributionRatioInput = builder.inputType("ContributionRatioInput", {
  description: "一个成员单位的出资比例 / One member unit's contribution ratio",
  fields: (t) => ({
    membershipId: t.id(refField("成员单位（本大党委的现有成员）/ Member unit (an active member of the committee)")),
    percent: t.field({
      type: "Decimal",
      required: true,
      description: "比例（%，最多4位小数，如 33.3333）/ Ratio in percent, at most 4 decimals (e.g. 33.3333)",
      validate: percent,
    }),
  }),
});

export const SetContributionRatiosInput = builder.inputType("SetContributionRatiosInput", {
  description:
    "设定经费方案草稿的出资比例（整体替换，合计须恰好100%）/ Set a draft plan's contribution ratios (replaces them; they must total exactly 100%)",
  fields: (t) => ({
    planId: t.id(refField("经费方案（草稿）/ Funding plan (a draft)")),
    version: t.int(versionField),
    ratios: t.field({
      type: [ContributionRatioInput],
      required: true,
      description: "各成员单位的出资比例 / The member units' ratios",
      validate: z.array(z.unknown()).max(500),
    }),
  }),
});

export const ReviseFundingPlanInput = versionedRecordInput(
  "ReviseFundingPlanInput",
  "为已通过的方案起草新版本（复制预算和出资比例）/ Draft a new revision of an adopted plan (budget and ratios copied)",
  "已通过的经费方案 / The adopted plan",
);

export const AddFundingIncomeInput = builder.inputType("AddFundingIncomeInput", {
  description: "登记经费收入 / Record income of a plan",
  fields: (t) => ({
    planId: t.id(refField("经费方案 / Funding plan")),
    channel: t.field({ type: FundingChannelEnum, required: true, description: "渠道 / Channel" }),
    amountFen: t.field({
      type: "Fen",
      required: true,
      description: "金额（分，正整数）/ Amount in fen (whole, greater than 0)",
      validate: positiveFen,
    }),
    source: t.string({ required: true, description: "来源 / Source", validate: text(200) }),
    receivedOn: t.field({ type: "Date", description: "到账日期 / Received on" }),
    note: t.string({ description: "说明 / Note", validate: optionalText(500) }),
  }),
});

export const PledgeContributionInput = builder.inputType("PledgeContributionInput", {
  description: "登记成员单位认缴出资 / Record a member unit's pledge",
  fields: (t) => ({
    planId: t.id(refField("已通过的经费方案 / The adopted plan")),
    membershipId: t.id(refField("成员单位（在方案中有出资比例）/ Member unit (with a ratio in the plan)")),
    amountFen: t.field({
      type: "Fen",
      required: true,
      description: "认缴金额（分，正整数）/ Amount pledged in fen (whole, greater than 0)",
      validate: positiveFen,
    }),
  }),
});

export const AcknowledgeContributionInput = versionedRecordInput(
  "AcknowledgeContributionInput",
  "成员单位确认认缴 / The member unit acknowledges its pledge",
  "出资 / Contribution",
);

export const ReceiveContributionInput = versionedRecordInput(
  "ReceiveContributionInput",
  "登记出资到账 / Record that a contribution was received",
  "出资 / Contribution",
);
