import {
  AssessmentGrade,
  AssessmentKind,
  AttendanceStatus,
  CommitteeKind,
  CommitteeStatus,
  ContributionStatus,
  DecisionPrinciple,
  ExpenseApproval,
  ExpenseCategory,
  ExpenseStatus,
  FundingChannel,
  FundingPlanStatus,
  Gender,
  JointWorkCategory,
  JointWorkRaiser,
  JointWorkRole,
  JointWorkStatus,
  ManagementMode,
  MeetingKind,
  MeetingStatus,
  OrgLevel,
  PayeeKind,
  Qualification,
  RegularMeetingCadence,
  RulesDocumentKind,
  SeatProduction,
  SeatRole,
  SeatStatus,
  SubjectArea,
  UnitKind,
  VolunteerTeamKind,
  VoteChoice,
  WorkplaceKind,
} from "@gongjian/db";
import type { EnumRef, SchemaTypes } from "@pothos/core";
import { builder } from "../builder.js";
import labels from "./enum-labels.json" with { type: "json" };

/** The database enums the schema exposes, by their GraphQL (and Prisma) name. */
const databaseEnums = {
  UnitKind,
  OrgLevel,
  CommitteeKind,
  CommitteeStatus,
  ManagementMode,
  WorkplaceKind,
  SeatRole,
  SeatProduction,
  SeatStatus,
  Qualification,
  Gender,
  MeetingKind,
  RegularMeetingCadence,
  MeetingStatus,
  AttendanceStatus,
  DecisionPrinciple,
  SubjectArea,
  VoteChoice,
  FundingPlanStatus,
  FundingChannel,
  ContributionStatus,
  AssessmentKind,
  AssessmentGrade,
  VolunteerTeamKind,
  RulesDocumentKind,
  JointWorkCategory,
  JointWorkStatus,
  JointWorkRaiser,
  JointWorkRole,
  ExpenseCategory,
  ExpenseStatus,
  ExpenseApproval,
  PayeeKind,
};
type EnumName = keyof typeof databaseEnums;
type KeyOf<N extends EnumName> = keyof (typeof databaseEnums)[N];
type ValueOf<N extends EnumName> = (typeof databaseEnums)[N][KeyOf<N>];

/** A text in Chinese and English. */
export interface Label {
  zh: string;
  en: string;
}

/**
 * Chinese and English labels of every enum and every value (./enum-labels.json); the schema's descriptions,
 * hence the console, the exports and the imports use them. Typed against the database enums: an enum or a
 * value without its label does not compile.
 */
export const enumLabels: { [N in EnumName]: Label & { values: Record<KeyOf<N>, Label> } } = labels;

function defineEnum<N extends EnumName>(name: N) {
  const { zh, en, values } = enumLabels[name] as Label & { values: Record<string, Label> };
  const config = Object.fromEntries(
    Object.keys(databaseEnums[name]).map((key) => {
      const value = values[key] ?? { zh: key, en: key };
      return [key, { value: key, description: `${value.zh} / ${value.en}` }];
    }),
  );
  return builder.enumType(
    name as never,
    { description: `${zh} / ${en}`, values: config } as never,
  ) as unknown as EnumRef<SchemaTypes, ValueOf<N>, ValueOf<N>>;
}

export const UnitKindEnum = defineEnum("UnitKind");
export const OrgLevelEnum = defineEnum("OrgLevel");
export const CommitteeKindEnum = defineEnum("CommitteeKind");
export const CommitteeStatusEnum = defineEnum("CommitteeStatus");
export const ManagementModeEnum = defineEnum("ManagementMode");
export const WorkplaceKindEnum = defineEnum("WorkplaceKind");
export const SeatRoleEnum = defineEnum("SeatRole");
export const SeatProductionEnum = defineEnum("SeatProduction");
export const SeatStatusEnum = defineEnum("SeatStatus");
export const QualificationEnum = defineEnum("Qualification");
export const GenderEnum = defineEnum("Gender");
export const MeetingKindEnum = defineEnum("MeetingKind");
export const RegularMeetingCadenceEnum = defineEnum("RegularMeetingCadence");
export const MeetingStatusEnum = defineEnum("MeetingStatus");
export const AttendanceStatusEnum = defineEnum("AttendanceStatus");
export const DecisionPrincipleEnum = defineEnum("DecisionPrinciple");
export const SubjectAreaEnum = defineEnum("SubjectArea");
export const VoteChoiceEnum = defineEnum("VoteChoice");
export const FundingPlanStatusEnum = defineEnum("FundingPlanStatus");
export const FundingChannelEnum = defineEnum("FundingChannel");
export const ContributionStatusEnum = defineEnum("ContributionStatus");
export const AssessmentKindEnum = defineEnum("AssessmentKind");
export const AssessmentGradeEnum = defineEnum("AssessmentGrade");
export const VolunteerTeamKindEnum = defineEnum("VolunteerTeamKind");
export const RulesDocumentKindEnum = defineEnum("RulesDocumentKind");
export const JointWorkCategoryEnum = defineEnum("JointWorkCategory");
export const JointWorkStatusEnum = defineEnum("JointWorkStatus");
export const JointWorkRaiserEnum = defineEnum("JointWorkRaiser");
export const JointWorkRoleEnum = defineEnum("JointWorkRole");
export const ExpenseCategoryEnum = defineEnum("ExpenseCategory");
export const ExpenseStatusEnum = defineEnum("ExpenseStatus");
export const ExpenseApprovalEnum = defineEnum("ExpenseApproval");
export const PayeeKindEnum = defineEnum("PayeeKind");

/**
 * An enum of the API's own (not a database enum), each value with its "中文 / English" description:
 * `describedEnum("FundingGrouping", "经费汇总口径 / How funding totals are grouped", { STREET: "按街道 / Per street", … })`.
 */
export function describedEnum<const V extends string>(name: string, description: string, values: Record<V, string>) {
  const config = Object.fromEntries(Object.entries(values).map(([key, d]) => [key, { description: d }]));
  return builder.enumType(name, { description, values: config as Record<V, { description: string }> });
}
