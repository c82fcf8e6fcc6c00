/**
 * The texts of committee work: seat attestations, meetings, funding, memberships, assessments, volunteer
 * work. The word lists are data (./texts.json), typed here against the enums they are keyed by; the
 * meeting topics stay here, each with the subject area (议事范围) it belongs to.
 */
import type {
  AssessmentGrade,
  DecisionPrinciple,
  FundingChannel,
  Qualification,
  VolunteerTeamKind,
} from "../../../generated/client/enums.js";
import texts from "./texts.json" with { type: "json" };

/** Texts to pick from for each value of an enum. */
type TextsBy<E extends string> = Readonly<Record<E, readonly string[]>>;

export const ATTESTATION_EVIDENCE: TextsBy<Qualification> = texts.attestationEvidence;
export const PRINCIPLE_TITLES: TextsBy<DecisionPrinciple> = texts.principleTitles;
export const INCOME_SOURCES: TextsBy<FundingChannel> = texts.incomeSources;
export const ASSESSMENT_REMARKS: TextsBy<AssessmentGrade> = texts.assessmentRemarks;
export const VOLUNTEER_TEAMS: TextsBy<VolunteerTeamKind> = texts.volunteerTeams;
export const VOLUNTEER_ACTIVITIES: TextsBy<VolunteerTeamKind> = texts.volunteerActivities;
export const MEETING_LOCATIONS: readonly string[] = texts.meetingLocations;
export const RESPONSIBILITIES: readonly string[] = texts.responsibilities;
export const RESOURCES: readonly string[] = texts.resources;
export const COMMITMENTS: readonly string[] = texts.commitments;

// ---------------------------------------------------------------- meeting topics: title, description, subject area

export const AGENDA_TOPICS = [
  ["通报上月工作情况", "社区党委通报上月共建项目进展", "PARTY_BUILDING"],
  ["研究共建项目清单", "梳理驻区单位需求清单、资源清单和项目清单", "COMMUNITY_BUILDING"],
  ["讨论老旧小区改造协调事项", "协调驻区单位配合老旧小区改造施工", "COMMUNITY_BUILDING"],
  ["研究志愿服务活动安排", "安排党员志愿服务队本月活动", "SPIRITUAL_CIVILISATION"],
  ["听取在职党员报到情况汇报", "在职党员到社区报到及参加活动情况", "PARTY_BUILDING"],
  ["研究困难群众帮扶事项", "确定本季度结对帮扶对象和措施", "COMMUNITY_SERVICE"],
  ["讨论辖区环境整治方案", "背街小巷环境整治分工", "COMMUNITY_BUILDING"],
  ["研究安全生产与消防检查", "联合开展辖区安全隐患排查", "PUBLIC_SECURITY"],
  ["审议经费使用情况", "通报专项经费收支情况", "OTHER"],
  ["研究成员单位资源共享", "驻区单位场地、设施向居民开放", "COMMUNITY_SERVICE"],
  ["部署主题党日活动", "联合开展主题党日", "PARTY_BUILDING"],
  ["研究矛盾纠纷排查化解", "排查化解辖区矛盾纠纷", "PUBLIC_SECURITY"],
] as const;

export const EMERGENCY_TOPICS = [
  ["应对暴雪天气除雪保畅", "组织成员单位出人出车清除积雪", "PUBLIC_SECURITY"],
  ["处置供热管线突发故障", "协调热力公司抢修、安置受影响居民", "COMMUNITY_SERVICE"],
  ["应对汛期强降雨", "组织排查低洼地段、转移安置群众", "PUBLIC_SECURITY"],
  ["处置居民楼火灾善后", "协调临时安置和救助", "PUBLIC_SECURITY"],
] as const;
