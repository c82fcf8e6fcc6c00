import { builder } from "../builder.js";
import { Membership } from "../committees/types.js";
import * as field from "../data/entity-fields.js";
import type { RowOf } from "../data/models.js";
import { ContributionStatusEnum, FundingChannelEnum, FundingPlanStatusEnum } from "../system/enums.js";
import { contributionTransitions, formatPercent, fundingPlanTransitions, percentUnitsOf, sharesOf } from "./rules.js";

export const FundingPlan = field.entityNode("FundingPlan", {
  description: "大党委工作专项经费方案（按年度、版本）/ A committee's special fund plan (per year and revision)",
  fields: (t) => ({
    year: t.exposeInt("year", { description: "年度 / Year" }),
    revision: t.exposeInt("revision", { description: "方案版本 / Plan revision" }),
    status: t.expose("status", { type: FundingPlanStatusEnum, description: "状态 / Status" }),
    budgetFen: t.expose("budgetFen", { type: "Fen", description: "预算（分）/ Budget in fen" }),
    ...field.parents(t, {
      committee: "大党委 / Committee",
      resolution: "确定出资比例的党委会决议 / The resolution that set the ratios",
      previousPlan: "上一版本 / Previous revision",
    }),
    ...field.dates(t, "DateTime", { adoptedAt: "通过时间 / Adopted at", closedAt: "结算时间 / Closed at" }),
    note: t.exposeString("note", { description: "说明 / Note" }),
    ...field.children(t, {
      incomes: ["各渠道收入 / Income by channel", "FundingIncome"],
      ratios: ["出资比例 / Contribution ratios", "ContributionRatio"],
      contributions: ["出资 / Contributions", "Contribution"],
    }),
    ...field.stamps(t),
  }),
});

export const FundingIncome = field.entityNode("FundingIncome", {
  description: "经费收入（按渠道）/ Income by channel",
  fields: (t) => ({
    ...field.parents(t, { plan: "经费方案 / Plan" }),
    channel: t.expose("channel", { type: FundingChannelEnum, description: "渠道 / Channel" }),
    amountFen: t.expose("amountFen", { type: "Fen", description: "金额（分）/ Amount in fen" }),
    source: t.exposeString("source", { description: "来源 / Source" }),
    receivedOn: t.expose("receivedOn", { type: "Date", description: "到账日期 / Received on" }),
    note: t.exposeString("note", { description: "说明 / Note" }),
    ...field.versionOnly(t),
  }),
});

export const ContributionRatio = field.entityNode("ContributionRatio", {
  description:
    "成员单位出资比例（百分比，最多4位小数）/ A member unit's contribution ratio (percent, up to 4 decimals)",
  fields: (t) => ({
    ...field.parents(t, { plan: "经费方案 / Plan", membership: "成员单位 / Member unit" }),
    percent: t.field({
      type: "Decimal",
      description: "比例（%，4位小数，如 33.3333）/ Ratio (percent, four decimals, e.g. 33.3333)",
      select: { percent: true },
      resolve: (ratio) => formatPercent(percentUnitsOf(ratio.percent)),
    }),
    ...field.versionOnly(t),
  }),
});

export const Contribution = field.entityNode("Contribution", {
  description: "成员单位出资（认缴、到账）/ A member unit's contribution (pledged, received)",
  fields: (t) => ({
    ...field.parents(t, { plan: "经费方案 / Plan", membership: "成员单位 / Member unit" }),
    amountFen: t.expose("amountFen", { type: "Fen", description: "金额（分）/ Amount in fen" }),
    status: t.expose("status", { type: ContributionStatusEnum, description: "状态 / Status" }),
    ...field.dates(t, "DateTime", {
      pledgedAt: "认缴时间 / Pledged at",
      acknowledgedAt: "单位确认时间 / Acknowledged by the unit at",
      receivedAt: "到账时间 / Received at",
    }),
    version: t.exposeInt("version", { description: "版本号（乐观锁）/ Version (optimistic concurrency)" }),
  }),
});

// ---------------------------------------------------------------- computed fields

/** One member's share of a plan's budget. */
interface ShareShape {
  membership: RowOf<"Membership">;
  percent: string;
  shareFen: bigint;
}

export const FundingShare = builder.objectRef<ShareShape>("FundingShare").implement({
  description:
    "成员单位按出资比例应承担的预算份额（最大余额法，分）/ A member unit's share of the budget by its ratio (largest remainder, in fen)",
  fields: (t) => ({
    membership: t.expose("membership", { type: Membership, nullable: true, description: "成员单位 / Member unit" }),
    percent: t.expose("percent", {
      type: "Decimal",
      description: "出资比例（%，4位小数）/ Ratio (percent, four decimals)",
    }),
    shareFen: t.expose("shareFen", {
      type: "Fen",
      description: "应承担金额（分）；各份额之和恰好等于预算 / Share in fen; the shares add up to the budget exactly",
    }),
  }),
});

builder.prismaObjectField(
  FundingPlan,
  "shares",
  (t) =>
    t.field({
      type: [FundingShare],
      description:
        "各成员单位按本方案出资比例分摊预算的份额（最大余额法，合计恰好等于预算；只列出可见的出资比例）/ Each member's share of this plan's budget by its ratio (largest remainder, adding up to the budget exactly; only the ratios you may see are listed)",
      guardField: "budgetFen",
      select: {
        budgetFen: true,
        ratios: { include: { membership: true }, orderBy: [{ membershipId: "asc" }] },
      },
      resolve: (plan, _args, ctx) => {
        // The shares depend on every ratio of the plan; only the entries the caller may read are returned.
        const ratios = plan.ratios;
        const shares = sharesOf(
          plan.budgetFen,
          ratios.map((r) => percentUnitsOf(r.percent)),
        );
        return ratios
          .map((ratio, i) => ({ ratio, shareFen: shares[i] as bigint }))
          .filter(({ ratio }) => ctx.guard.canRead("ContributionRatio", ratio as unknown as Record<string, unknown>))
          .map(({ ratio, shareFen }) => ({
            membership: ratio.membership,
            percent: formatPercent(percentUnitsOf(ratio.percent)),
            shareFen,
          }));
      },
    }) as never,
);

field.defineAllowedTransitions("FundingPlan", FundingPlanStatusEnum, fundingPlanTransitions, "plan");
field.defineAllowedTransitions("Contribution", ContributionStatusEnum, contributionTransitions, "contribution");
