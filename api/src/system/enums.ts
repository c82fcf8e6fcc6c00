import {
  AssessmentGrade,
  AssessmentKind,
  AttendanceStatus,
  CommitteeKind,
  CommitteeStatus,
  ContributionStatus,
  DecisionPrinciple,
  FundingChannel,
  FundingPlanStatus,
  Gender,
  ManagementMode,
  MeetingKind,
  MeetingStatus,
  OrgLevel,
  Qualification,
  RegularMeetingCadence,
  SeatProduction,
  SeatRole,
  SeatStatus,
  SubjectArea,
  UnitKind,
  VolunteerTeamKind,
  WorkplaceKind,
} from "@gongjian/db";
import type { EnumRef, SchemaTypes } from "@pothos/core";
import { builder } from "../builder.js";

/** Chinese and English labels of every enum value; the console uses the same labels. */
export const enumLabels = {
  UnitKind: {
    GOVERNMENT_AGENCY: ["政府职能部门及派出机构", "Government department or agency"],
    ENTERPRISE_INSTITUTION: ["企事业单位", "Enterprise or public institution"],
    NEW_ECONOMIC_ORG: ["新经济组织", "New economic organisation"],
    NEW_SOCIAL_ORG: ["新社会组织", "New social organisation"],
    RESIDENTS_COMMITTEE: ["居委会", "Residents' committee"],
    OTHER: ["其他", "Other"],
  },
  OrgLevel: {
    COMMITTEE: ["党委", "Party committee"],
    GENERAL_BRANCH: ["党总支", "General party branch"],
    BRANCH: ["党支部", "Party branch"],
  },
  CommitteeKind: {
    COMMUNITY: ["社区党委", "Community committee"],
    JOINT: ["联合党委", "Joint committee"],
  },
  CommitteeStatus: {
    DRAFT: ["草稿", "Draft"],
    SUBMITTED: ["已报审", "Submitted"],
    APPROVED: ["已审批", "Approved"],
    REJECTED: ["已退回", "Rejected"],
    FILED: ["已备案", "Filed"],
    DISSOLVED: ["已撤销", "Dissolved"],
  },
  ManagementMode: {
    DIRECT: ["直接管理", "Directly managed"],
    DUAL: ["双重管理", "Dual-managed"],
  },
  WorkplaceKind: {
    ORGANIZATION: ["本区党组织", "Party organisation in this district"],
    EXTERNAL_ORGANIZATION: ["外区党组织", "Party organisation in another district"],
    UNREGISTERED_EMPLOYER: ["未登记单位", "Unregistered employer"],
  },
  SeatRole: {
    SECRETARY: ["书记", "Secretary"],
    EXECUTIVE_DEPUTY: ["常务副书记", "Executive deputy secretary"],
    DEPUTY_FULL_TIME: ["专职副书记", "Full-time deputy secretary"],
    DEPUTY_PART_TIME: ["兼职副书记", "Part-time deputy secretary"],
    MEMBER: ["委员", "Member"],
  },
  SeatProduction: {
    EX_OFFICIO: ["当然进入", "Ex officio"],
    NOMINATED: ["推选产生", "Nominated by the party members' congress"],
  },
  SeatStatus: {
    NOMINATED: ["已推选", "Nominated"],
    APPROVED: ["已审批", "Approved"],
    FILED: ["已备案", "Filed"],
    REJECTED: ["未通过", "Rejected"],
    ENDED: ["已届满", "Ended"],
  },
  Qualification: {
    ENTHUSIASM: ["热心街道、社区事务", "Enthusiastic about street and community affairs"],
    COORDINATION: ["有较强的组织协调能力", "Strong organising and coordinating ability"],
    AVAILABILITY: ["能够正常参加活动", "Able to take part in activities regularly"],
  },
  Gender: { MALE: ["男", "Male"], FEMALE: ["女", "Female"] },
  MeetingKind: {
    REGULAR: ["党委会", "Regular committee meeting"],
    EXTENDED: ["扩大会", "Extended meeting"],
    EMERGENCY: ["紧急会议", "Emergency meeting"],
  },
  RegularMeetingCadence: {
    MONTHLY: ["每月召开党委会", "Regular meeting every month"],
    QUARTERLY: ["每季度召开党委会", "Regular meeting every quarter"],
  },
  MeetingStatus: {
    SCHEDULED: ["已安排", "Scheduled"],
    HELD: ["已召开", "Held"],
    CANCELLED: ["已取消", "Cancelled"],
  },
  AttendanceStatus: {
    PRESENT: ["出席", "Present"],
    ABSENT: ["缺席", "Absent"],
    EXCUSED: ["请假", "Excused"],
  },
  DecisionPrinciple: {
    MAJOR_MATTERS_DISCUSSED: ["大事共议", "Major matters discussed together"],
    PRACTICAL_MATTERS_DONE: ["实事共办", "Practical matters done together"],
    IMPORTANT_MATTERS_DECIDED: ["要事共决", "Important matters decided together"],
    URGENT_MATTERS_CONSULTED: ["急事共商", "Urgent matters consulted together"],
  },
  SubjectArea: {
    COMMUNITY_BUILDING: ["社区建设与管理", "Community building and management"],
    COMMUNITY_SERVICE: ["社区服务", "Community services"],
    COMMUNITY_CULTURE: ["社区文化", "Community culture"],
    COMMUNITY_SELF_GOVERNANCE: ["社区民主自治", "Community democratic self-governance"],
    SPIRITUAL_CIVILISATION: ["精神文明建设", "Civic and ethical progress"],
    PUBLIC_SECURITY: ["社会治安综合治理", "Public security and order"],
    PARTY_BUILDING: ["党建", "Party building"],
    OTHER: ["其他", "Other"],
  },
  FundingPlanStatus: {
    DRAFT: ["草稿", "Draft"],
    ADOPTED: ["已通过", "Adopted"],
    SUPERSEDED: ["已被新版本取代", "Superseded"],
    CLOSED: ["已结算", "Closed"],
  },
  FundingChannel: {
    FISCAL: ["财政支持", "Fiscal support"],
    PARTY_DUES: ["党费补助", "Party dues subsidy"],
    TASK_TRANSFER: ["费随事转", "Funds with transferred tasks"],
    SELF_GENERATED: ["有偿/低偿服务", "Paid and low-cost services"],
    SPONSORSHIP: ["社会赞助", "Sponsorship and donations"],
  },
  ContributionStatus: {
    PLEDGED: ["已认缴", "Pledged"],
    RECEIVED: ["已到账", "Received"],
  },
  AssessmentKind: {
    UNIT_PARTICIPATION: ["成员单位参与情况考核", "Member unit participation"],
    COMMITTEE_MEMBER: ["委员考核", "Committee member assessment"],
    ANNUAL_APPRAISAL: ["在职党员年度鉴定", "Annual appraisal of an in-service party member"],
    POINTS: ["积分量化考核", "Points-based assessment"],
  },
  AssessmentGrade: {
    EXCELLENT: ["优秀", "Excellent"],
    COMPETENT: ["称职", "Competent"],
    BASICALLY_COMPETENT: ["基本称职", "Basically competent"],
    INCOMPETENT: ["不称职", "Incompetent"],
  },
  VolunteerTeamKind: {
    PARTY_MEMBER_VOLUNTEERS: ["党员志愿（义工）队伍", "Party-member volunteers"],
    YOUTH_VOLUNTEERS: ["青年志愿者队伍", "Youth volunteers"],
    LEGAL_SERVICE: ["法律服务队", "Legal service team"],
    ELDERLY_DISABLED_ASSISTANCE: ["助老助残服务队", "Help for the elderly and disabled"],
    OTHER: ["其他", "Other"],
  },
} as const;

const typeLabels: Record<keyof typeof enumLabels, [string, string]> = {
  UnitKind: ["单位类型", "Kind of unit"],
  OrgLevel: ["党组织层级", "Level of a party organisation"],
  CommitteeKind: ["大党委类型", "Kind of committee"],
  CommitteeStatus: ["大党委状态", "Committee status"],
  ManagementMode: ["管理方式", "Management mode"],
  WorkplaceKind: ["工作单位类型", "Kind of workplace"],
  SeatRole: ["职务", "Seat role"],
  SeatProduction: ["产生方式", "How the seat was produced"],
  SeatStatus: ["任职状态", "Seat status"],
  Qualification: ["委员基本条件", "Qualification of a committee member"],
  Gender: ["性别", "Gender"],
  MeetingKind: ["会议类型", "Kind of meeting"],
  RegularMeetingCadence: ["党委会召开周期", "Regular meeting cadence"],
  MeetingStatus: ["会议状态", "Meeting status"],
  AttendanceStatus: ["出席情况", "Attendance"],
  DecisionPrinciple: ["议事原则", "Decision principle"],
  SubjectArea: ["议事范围", "Subject area"],
  FundingPlanStatus: ["经费方案状态", "Funding plan status"],
  FundingChannel: ["经费渠道", "Funding channel"],
  ContributionStatus: ["出资状态", "Contribution status"],
  AssessmentKind: ["考核类型", "Kind of assessment"],
  AssessmentGrade: ["考核等次", "Assessment grade"],
  VolunteerTeamKind: ["志愿服务队类型", "Kind of volunteer team"],
};

function defineEnum<E extends Record<string, string>>(name: keyof typeof enumLabels, values: E) {
  const labels = enumLabels[name] as Record<string, readonly [string, string]>;
  const [zh, en] = typeLabels[name];
  const config = Object.fromEntries(
    Object.keys(values).map((key) => {
      const [vzh, ven] = labels[key] ?? [key, key];
      return [key, { value: key, description: `${vzh} / ${ven}` }];
    }),
  ) as { [K in keyof E]: { value: E[K]; description: string } };
  return builder.enumType(
    name as never,
    { description: `${zh} / ${en}`, values: config } as never,
  ) as unknown as EnumRef<SchemaTypes, E[keyof E], E[keyof E]>;
}

export const UnitKindEnum = defineEnum("UnitKind", UnitKind);
export const OrgLevelEnum = defineEnum("OrgLevel", OrgLevel);
export const CommitteeKindEnum = defineEnum("CommitteeKind", CommitteeKind);
export const CommitteeStatusEnum = defineEnum("CommitteeStatus", CommitteeStatus);
export const ManagementModeEnum = defineEnum("ManagementMode", ManagementMode);
export const WorkplaceKindEnum = defineEnum("WorkplaceKind", WorkplaceKind);
export const SeatRoleEnum = defineEnum("SeatRole", SeatRole);
export const SeatProductionEnum = defineEnum("SeatProduction", SeatProduction);
export const SeatStatusEnum = defineEnum("SeatStatus", SeatStatus);
export const QualificationEnum = defineEnum("Qualification", Qualification);
export const GenderEnum = defineEnum("Gender", Gender);
export const MeetingKindEnum = defineEnum("MeetingKind", MeetingKind);
export const RegularMeetingCadenceEnum = defineEnum("RegularMeetingCadence", RegularMeetingCadence);
export const MeetingStatusEnum = defineEnum("MeetingStatus", MeetingStatus);
export const AttendanceStatusEnum = defineEnum("AttendanceStatus", AttendanceStatus);
export const DecisionPrincipleEnum = defineEnum("DecisionPrinciple", DecisionPrinciple);
export const SubjectAreaEnum = defineEnum("SubjectArea", SubjectArea);
export const FundingPlanStatusEnum = defineEnum("FundingPlanStatus", FundingPlanStatus);
export const FundingChannelEnum = defineEnum("FundingChannel", FundingChannel);
export const ContributionStatusEnum = defineEnum("ContributionStatus", ContributionStatus);
export const AssessmentKindEnum = defineEnum("AssessmentKind", AssessmentKind);
export const AssessmentGradeEnum = defineEnum("AssessmentGrade", AssessmentGrade);
export const VolunteerTeamKindEnum = defineEnum("VolunteerTeamKind", VolunteerTeamKind);

/**
 * An enum of the API's own (not a database enum), each value with its "中文 / English" description:
 * `describedEnum("FundingGrouping", "经费汇总口径 / How funding totals are grouped", { STREET: "按街道 / Per street", … })`.
 */
export function describedEnum<const V extends string>(name: string, description: string, values: Record<V, string>) {
  const config = Object.fromEntries(Object.entries(values).map(([key, d]) => [key, { description: d }]));
  return builder.enumType(name, { description, values: config as Record<V, { description: string }> });
}
