import { builder } from "../builder.js";
import { scopedFindUnique } from "../data/nodes.js";
import { readable } from "../permissions/pothos-guard.js";
import { ContributionStatusEnum, FundingChannelEnum, FundingPlanStatusEnum } from "../system/enums.js";

export const FundingPlan = builder.prismaNode("FundingPlan", {
  description: "大党委工作专项经费方案（按年度、版本）/ A committee's special fund plan (per year and revision)",
  id: { field: "id" },
  findUnique: scopedFindUnique("FundingPlan"),
  nullable: true,
  fields: (t) => ({
    committee: t.relation("committee", { description: "大党委 / Committee", nullable: true }),
    year: t.exposeInt("year", { description: "年度 / Year" }),
    revision: t.exposeInt("revision", { description: "方案版本 / Plan revision" }),
    status: t.expose("status", { type: FundingPlanStatusEnum, description: "状态 / Status" }),
    budgetFen: t.expose("budgetFen", { type: "Fen", description: "预算（分）/ Budget in fen" }),
    resolution: t.relation("resolution", {
      description: "确定出资比例的党委会决议 / The resolution that set the ratios",
      nullable: true,
    }),
    previousPlan: t.relation("previousPlan", { description: "上一版本 / Previous revision", nullable: true }),
    adoptedAt: t.expose("adoptedAt", { type: "DateTime", description: "通过时间 / Adopted at" }),
    closedAt: t.expose("closedAt", { type: "DateTime", description: "结算时间 / Closed at" }),
    note: t.exposeString("note", { description: "说明 / Note" }),
    incomes: t.relation("incomes", { description: "各渠道收入 / Income by channel", ...readable("FundingIncome") }),
    ratios: t.relation("ratios", { description: "出资比例 / Contribution ratios", ...readable("ContributionRatio") }),
    contributions: t.relation("contributions", { description: "出资 / Contributions", ...readable("Contribution") }),
    version: t.exposeInt("version", { description: "版本号（乐观锁）/ Version (optimistic concurrency)" }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "创建时间 / Created at" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "修改时间 / Updated at" }),
  }),
});

export const FundingIncome = builder.prismaNode("FundingIncome", {
  description: "经费收入（按渠道）/ Income by channel",
  id: { field: "id" },
  findUnique: scopedFindUnique("FundingIncome"),
  nullable: true,
  fields: (t) => ({
    plan: t.relation("plan", { description: "经费方案 / Plan", nullable: true }),
    channel: t.expose("channel", { type: FundingChannelEnum, description: "渠道 / Channel" }),
    amountFen: t.expose("amountFen", { type: "Fen", description: "金额（分）/ Amount in fen" }),
    source: t.exposeString("source", { description: "来源 / Source" }),
    receivedOn: t.expose("receivedOn", { type: "Date", description: "到账日期 / Received on" }),
    note: t.exposeString("note", { description: "说明 / Note" }),
    version: t.exposeInt("version", { description: "版本号 / Version" }),
  }),
});

export const ContributionRatio = builder.prismaNode("ContributionRatio", {
  description:
    "成员单位出资比例（百分比，最多4位小数）/ A member unit's contribution ratio (percent, up to 4 decimals)",
  id: { field: "id" },
  findUnique: scopedFindUnique("ContributionRatio"),
  nullable: true,
  fields: (t) => ({
    plan: t.relation("plan", { description: "经费方案 / Plan", nullable: true }),
    membership: t.relation("membership", { description: "成员单位 / Member unit", nullable: true }),
    percent: t.expose("percent", { type: "Decimal", description: "比例（%）/ Ratio (percent)" }),
    version: t.exposeInt("version", { description: "版本号 / Version" }),
  }),
});

export const Contribution = builder.prismaNode("Contribution", {
  description: "成员单位出资（认缴、到账）/ A member unit's contribution (pledged, received)",
  id: { field: "id" },
  findUnique: scopedFindUnique("Contribution"),
  nullable: true,
  fields: (t) => ({
    plan: t.relation("plan", { description: "经费方案 / Plan", nullable: true }),
    membership: t.relation("membership", { description: "成员单位 / Member unit", nullable: true }),
    amountFen: t.expose("amountFen", { type: "Fen", description: "金额（分）/ Amount in fen" }),
    status: t.expose("status", { type: ContributionStatusEnum, description: "状态 / Status" }),
    pledgedAt: t.expose("pledgedAt", { type: "DateTime", description: "认缴时间 / Pledged at" }),
    acknowledgedAt: t.expose("acknowledgedAt", {
      type: "DateTime",
      description: "单位确认时间 / Acknowledged by the unit at",
    }),
    receivedAt: t.expose("receivedAt", { type: "DateTime", description: "到账时间 / Received at" }),
    version: t.exposeInt("version", { description: "版本号（乐观锁）/ Version (optimistic concurrency)" }),
  }),
});
