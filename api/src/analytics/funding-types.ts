/** Result types of the funding queries: totals per channel, and each member unit's share. */
import type {
  Committee as CommitteeRow,
  FundingPlan as FundingPlanRow,
  Membership as MembershipRow,
  Street as StreetRow,
} from "@gongjian/db/client";
import { builder } from "../builder.js";
import { Committee, Membership } from "../committees/types.js";
import { FundingPlan } from "../funding/types.js";
import { Street } from "../places/types.js";
import { describedEnum, FundingChannelEnum } from "../system/enums.js";

export const FundingGroupingEnum = describedEnum("FundingGrouping", "经费汇总口径 / How funding totals are grouped", {
  STREET: "按街道 / Per street",
  COMMITTEE: "按大党委 / Per committee",
});

export interface ChannelTotalShape {
  street: StreetRow | null;
  committee: CommitteeRow | null;
  channel: string;
  amountFen: bigint;
  incomeCount: number;
}

export const FundingChannelTotal = builder.objectRef<ChannelTotalShape>("FundingChannelTotal").implement({
  description:
    "已通过经费方案的分渠道收入合计 / Income of adopted funding plans, totalled per street or committee and channel",
  fields: (t) => ({
    street: t.expose("street", { type: Street, nullable: true, description: "街道 / Street" }),
    committee: t.expose("committee", {
      type: Committee,
      nullable: true,
      description: "大党委（按街道汇总时为空）/ Committee (null when totalled per street)",
    }),
    channel: t.field({
      type: FundingChannelEnum,
      description: "收入渠道 / Channel",
      resolve: (r) => r.channel as never,
    }),
    amountFen: t.field({ type: "Fen", description: "金额合计（分）/ Total in fen", resolve: (r) => r.amountFen }),
    incomeCount: t.exposeInt("incomeCount", { description: "收入笔数 / Number of income entries" }),
  }),
});

export interface UnitFundingShape {
  committee: CommitteeRow | null;
  plan: FundingPlanRow;
  membership: MembershipRow | null;
  ratioPercent: string | null;
  shareDueFen: bigint | null;
  pledgedFen: bigint;
  receivedFen: bigint;
}

export const UnitFunding = builder.objectRef<UnitFundingShape>("UnitFunding").implement({
  description:
    "成员单位出资：应出资额、认缴额、实缴额 / A member's funding: share due, pledged and received (per adopted plan)",
  fields: (t) => ({
    committee: t.expose("committee", { type: Committee, nullable: true, description: "大党委 / Committee" }),
    plan: t.field({ type: FundingPlan, description: "已通过的经费方案 / The adopted plan", resolve: (r) => r.plan }),
    membership: t.expose("membership", { type: Membership, nullable: true, description: "成员单位 / Member" }),
    ratioPercent: t.expose("ratioPercent", {
      type: "Decimal",
      nullable: true,
      description: "出资比例（百分比）；没有比例时为空 / Contribution ratio in percent; null when it has none",
    }),
    shareDueFen: t.expose("shareDueFen", {
      type: "Fen",
      nullable: true,
      description:
        "应出资额（分）：方案预算按出资比例以最大余数法分配，合计恰为预算 / Share due in fen: the plan's budget split by the ratios by largest remainder, adding up to the budget exactly",
    }),
    pledgedFen: t.expose("pledgedFen", {
      type: "Fen",
      description: "认缴合计（分，含已到账）/ Pledged in fen (received ones included)",
    }),
    receivedFen: t.expose("receivedFen", { type: "Fen", description: "已到账合计（分）/ Received in fen" }),
  }),
});
