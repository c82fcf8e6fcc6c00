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
import { AssessmentGradeEnum, AssessmentKindEnum, FundingChannelEnum } from "../system/enums.js";

/**
 * Result types of the analyst queries: plain objects (not nodes), with references to the
 * committee (and street, plan, membership) nodes, which the guard checks like any other row.
 * No type here has a field for personal data (ID numbers, phones, addresses, remarks).
 */

export const AnalyticsFilter = builder.inputType("AnalyticsFilter", {
  description: "统计范围（只会统计有权读取的记录）/ Scope of an aggregate (only rows you may read are counted)",
  fields: (t) => ({
    streetId: t.id({ description: "街道（全局ID）/ Street (global ID)" }),
    committeeId: t.id({ description: "大党委（全局ID）/ Committee (global ID)" }),
  }),
});

export const FundingGroupingEnum = builder.enumType("FundingGrouping", {
  description: "经费汇总口径 / How funding totals are grouped",
  values: {
    STREET: { description: "按街道 / Per street" },
    COMMITTEE: { description: "按大党委 / Per committee" },
  },
});

export const CadencePeriodEnum = builder.enumType("CadencePeriod", {
  description: "会议统计周期 / Period of the meeting counts",
  values: {
    MONTH: { description: "按月 / Per month" },
    QUARTER: { description: "按季度 / Per quarter" },
  },
});

// ---------------------------------------------------------------- coverage

export interface CoverageShape {
  committee: CommitteeRow;
  communityCount: number;
  organizationCount: number;
  memberCount: number;
  memberShare: string | null;
  seatedMemberCount: number;
  seatedMemberShare: string | null;
}

export const CommitteeCoverage = builder.objectRef<CoverageShape>("CommitteeCoverage").implement({
  description:
    "大党委覆盖情况：覆盖社区内的党组织、其中的成员单位及有职务的成员单位 / Coverage of a committee: organisations in its covered communities, how many are members, how many members hold a seat",
  fields: (t) => ({
    committee: t.field({ type: Committee, description: "大党委 / Committee", resolve: (r) => r.committee }),
    communityCount: t.exposeInt("communityCount", {
      description: "当前覆盖的社区数 / Communities covered now",
    }),
    organizationCount: t.exposeInt("organizationCount", {
      description:
        "覆盖社区内（社区党组织或驻区单位党组织）未撤销的党组织数 / Organisations (not ended) located in the covered communities (the community's own or a unit's there)",
    }),
    memberCount: t.exposeInt("memberCount", {
      description: "其中为本大党委现任成员单位的数量 / Of them, current members of this committee",
    }),
    memberShare: t.field({
      type: "Decimal",
      nullable: true,
      description:
        "成员单位占比（0–1，四位小数；无党组织时为空）/ Share of members (0–1, four decimals; null when there is no organisation)",
      resolve: (r) => r.memberShare,
    }),
    seatedMemberCount: t.exposeInt("seatedMemberCount", {
      description:
        "至少有一名在任委员（职务来源为该党组织）的成员单位数 / Members with at least one active seat whose source is their organisation",
    }),
    seatedMemberShare: t.field({
      type: "Decimal",
      nullable: true,
      description:
        "有职务的成员单位占成员单位的比例（0–1，四位小数）/ Share of members holding a seat (0–1, four decimals)",
      resolve: (r) => r.seatedMemberShare,
    }),
  }),
});

// ---------------------------------------------------------------- funding

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
    street: t.field({
      type: Street,
      nullable: true,
      description: "街道 / Street",
      resolve: (r) => r.street,
    }),
    committee: t.field({
      type: Committee,
      nullable: true,
      description: "大党委（按街道汇总时为空）/ Committee (null when totalled per street)",
      resolve: (r) => r.committee,
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
    committee: t.field({
      type: Committee,
      nullable: true,
      description: "大党委 / Committee",
      resolve: (r) => r.committee,
    }),
    plan: t.field({ type: FundingPlan, description: "已通过的经费方案 / The adopted plan", resolve: (r) => r.plan }),
    membership: t.field({
      type: Membership,
      nullable: true,
      description: "成员单位 / Member",
      resolve: (r) => r.membership,
    }),
    ratioPercent: t.field({
      type: "Decimal",
      nullable: true,
      description: "出资比例（百分比）；没有比例时为空 / Contribution ratio in percent; null when it has none",
      resolve: (r) => r.ratioPercent,
    }),
    shareDueFen: t.field({
      type: "Fen",
      nullable: true,
      description:
        "应出资额（分）：方案预算按出资比例以最大余数法分配，合计恰为预算 / Share due in fen: the plan's budget split by the ratios by largest remainder, adding up to the budget exactly",
      resolve: (r) => r.shareDueFen,
    }),
    pledgedFen: t.field({
      type: "Fen",
      description: "认缴合计（分，含已到账）/ Pledged in fen (received ones included)",
      resolve: (r) => r.pledgedFen,
    }),
    receivedFen: t.field({
      type: "Fen",
      description: "已到账合计（分）/ Received in fen",
      resolve: (r) => r.receivedFen,
    }),
  }),
});

// ---------------------------------------------------------------- meetings

export interface CadencePeriodShape {
  period: number;
  regularHeld: number;
  extendedHeld: number;
  emergencyHeld: number;
  compliant: boolean | null;
}

export const MeetingCadencePeriod = builder.objectRef<CadencePeriodShape>("MeetingCadencePeriod").implement({
  description: "一个月或一个季度召开的会议 / Meetings held in one month or quarter",
  fields: (t) => ({
    period: t.exposeInt("period", { description: "月份（1–12）或季度（1–4）/ Month (1–12) or quarter (1–4)" }),
    regularHeld: t.exposeInt("regularHeld", { description: "已召开党委会 / Regular meetings held" }),
    extendedHeld: t.exposeInt("extendedHeld", { description: "已召开扩大会 / Extended meetings held" }),
    emergencyHeld: t.exposeInt("emergencyHeld", { description: "已召开紧急会议 / Emergency meetings held" }),
    compliant: t.exposeBoolean("compliant", {
      nullable: true,
      description:
        "本期内截至参照月的每个月都召开了党委会或扩大会；参照月之后为空 / Every month of the period up to the reference month had a regular or extended meeting; null after the reference month",
    }),
  }),
});

export interface CadenceShape {
  committee: CommitteeRow;
  year: number;
  throughMonth: number;
  regularHeld: number;
  extendedHeld: number;
  emergencyHeld: number;
  missingMonths: number[];
  periods: CadencePeriodShape[];
}

export const MeetingCadence = builder.objectRef<CadenceShape>("MeetingCadence").implement({
  description: "大党委年度会议召开情况及是否按月召开 / A committee's meetings in a year and whether it met every month",
  fields: (t) => ({
    committee: t.field({ type: Committee, description: "大党委 / Committee", resolve: (r) => r.committee }),
    year: t.exposeInt("year", { description: "年度 / Year" }),
    throughMonth: t.exposeInt("throughMonth", {
      description:
        "参照月：检查1月至该月（0 表示尚无需检查）/ Reference month: January to it are checked (0: none yet)",
    }),
    regularHeld: t.exposeInt("regularHeld", { description: "全年已召开党委会 / Regular meetings held in the year" }),
    extendedHeld: t.exposeInt("extendedHeld", { description: "全年已召开扩大会 / Extended meetings held in the year" }),
    emergencyHeld: t.exposeInt("emergencyHeld", {
      description: "全年已召开紧急会议 / Emergency meetings held in the year",
    }),
    compliant: t.boolean({
      description:
        "1月至参照月每月至少召开一次党委会或扩大会 / Every month from January to the reference month had at least one regular or extended meeting held",
      resolve: (r) => r.missingMonths.length === 0,
    }),
    missingMonths: t.intList({
      description: "未召开党委会或扩大会的月份 / Months without a regular or extended meeting held",
      resolve: (r) => r.missingMonths,
    }),
    periods: t.field({
      type: [MeetingCadencePeriod],
      description: "按月或季度的会议数 / Meetings per month or quarter",
      resolve: (r) => r.periods,
    }),
  }),
});

// ---------------------------------------------------------------- seats

export interface ViolationShape {
  field: string | null;
  messageZh: string;
  messageEn: string;
}

export const SeatStructureViolation = builder.objectRef<ViolationShape>("SeatStructureViolation").implement({
  description: "不符合职数结构的一项 / One way the seat structure falls short",
  fields: (t) => ({
    field: t.exposeString("field", { nullable: true, description: "相关字段 / Field concerned" }),
    messageZh: t.exposeString("messageZh", { description: "说明（中文）/ Message in Chinese" }),
    messageEn: t.exposeString("messageEn", { description: "说明（英文）/ Message in English" }),
  }),
});

export interface SeatStructureShape {
  committee: CommitteeRow;
  secretaries: number;
  executiveDeputies: number;
  fullTimeDeputies: number;
  partTimeDeputies: number;
  deputies: number;
  members: number;
  seats: number;
  violations: ViolationShape[];
}

export const SeatStructureCompliance = builder.objectRef<SeatStructureShape>("SeatStructureCompliance").implement({
  description:
    "大党委在任职数结构（提名、批准、备案的职务）及是否符合要求 / A committee's active seats (nominated, approved, filed) and whether their structure complies",
  fields: (t) => ({
    committee: t.field({ type: Committee, description: "大党委 / Committee", resolve: (r) => r.committee }),
    secretaries: t.exposeInt("secretaries", { description: "书记 / Secretaries" }),
    executiveDeputies: t.exposeInt("executiveDeputies", { description: "常务副书记 / Executive deputies" }),
    fullTimeDeputies: t.exposeInt("fullTimeDeputies", { description: "专职副书记 / Full-time deputies" }),
    partTimeDeputies: t.exposeInt("partTimeDeputies", { description: "兼职副书记 / Part-time deputies" }),
    deputies: t.exposeInt("deputies", {
      description: "专、兼职副书记合计 / Deputies in all (full-time and part-time)",
    }),
    members: t.exposeInt("members", { description: "委员 / Members" }),
    seats: t.exposeInt("seats", { description: "在任职务合计 / Active seats in all" }),
    compliant: t.boolean({
      description:
        "符合职数结构（1名书记、1名来自覆盖社区党组织的专职副书记、2至3名副书记）/ Complies (one secretary, one full-time deputy from a covered community's organisation, 2–3 deputies)",
      resolve: (r) => r.violations.length === 0,
    }),
    violations: t.field({
      type: [SeatStructureViolation],
      description: "不符合之处 / Violations",
      resolve: (r) => r.violations,
    }),
  }),
});

// ---------------------------------------------------------------- assessments

export interface GradeCountShape {
  grade: string | null;
  count: number;
}

export const AssessmentGradeCount = builder.objectRef<GradeCountShape>("AssessmentGradeCount").implement({
  description: "某一等次的考核数 / Assessments with one grade",
  fields: (t) => ({
    grade: t.field({
      type: AssessmentGradeEnum,
      nullable: true,
      description: "等次（空：未定等次）/ Grade (null: not graded)",
      resolve: (r) => r.grade as never,
    }),
    count: t.exposeInt("count", { description: "数量 / Count" }),
  }),
});

export interface ScoreBandShape {
  band: string;
  min: number;
  max: number | null;
  count: number;
}

export const ScoreBandCount = builder.objectRef<ScoreBandShape>("ScoreBandCount").implement({
  description: "某一分数段的考核数 / Assessments in one score band",
  fields: (t) => ({
    band: t.exposeString("band", { description: "分数段，如 80-89 / Band, e.g. 80-89" }),
    min: t.exposeInt("min", { description: "下限（含）/ Lower bound (included)" }),
    max: t.exposeInt("max", {
      nullable: true,
      description:
        "上限（不含；最高段为空，含100分）/ Upper bound (excluded; null for the top band, which includes 100)",
    }),
    count: t.exposeInt("count", { description: "数量 / Count" }),
  }),
});

export interface DistributionShape {
  kind: string;
  year: number;
  total: number;
  scored: number;
  averageScore: string | null;
  minScore: string | null;
  maxScore: string | null;
  grades: GradeCountShape[];
  bands: ScoreBandShape[];
}

export const AssessmentDistribution = builder.objectRef<DistributionShape>("AssessmentDistribution").implement({
  description: "考核结果分布：按等次和分数段 / Distribution of assessment results by grade and score band",
  fields: (t) => ({
    kind: t.field({
      type: AssessmentKindEnum,
      description: "考核类型 / Kind",
      resolve: (r) => r.kind as never,
    }),
    year: t.exposeInt("year", { description: "年度 / Year" }),
    total: t.exposeInt("total", { description: "考核总数 / Assessments in all" }),
    scored: t.exposeInt("scored", { description: "有分数的考核数 / Assessments with a score" }),
    averageScore: t.field({
      type: "Decimal",
      nullable: true,
      description: "平均分（两位小数）/ Average score (two decimals)",
      resolve: (r) => r.averageScore,
    }),
    minScore: t.field({
      type: "Decimal",
      nullable: true,
      description: "最低分 / Lowest score",
      resolve: (r) => r.minScore,
    }),
    maxScore: t.field({
      type: "Decimal",
      nullable: true,
      description: "最高分 / Highest score",
      resolve: (r) => r.maxScore,
    }),
    grades: t.field({
      type: [AssessmentGradeCount],
      description: "按等次（每个等次一行，另有未定等次一行）/ Per grade (every grade, and one row for not graded)",
      resolve: (r) => r.grades,
    }),
    bands: t.field({
      type: [ScoreBandCount],
      description: "按分数段 / Per score band",
      resolve: (r) => r.bands,
    }),
  }),
});
