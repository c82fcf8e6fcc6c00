/** The input types of the meeting mutations (with their zod validation). */
import { z } from "zod";
import { builder } from "../builder.js";
import { type InputFieldBuilder, versionedRecordInput } from "../data/inputs.js";
import { globalId, optionalText, text } from "../data/validation.js";
import { ResolutionJointWorkInput } from "../joint-work/inputs.js";
import {
  AttendanceStatusEnum,
  DecisionPrincipleEnum,
  MeetingKindEnum,
  SubjectAreaEnum,
  VoteChoiceEnum,
} from "../system/enums.js";

const meetingIdField = { required: true, description: "会议 / Meeting", validate: globalId } as const;

/** An agenda item's own fields: the same in a new meeting's agenda and when one is added later. */
const agendaItemFields = (t: InputFieldBuilder) => ({
  title: t.string({ required: true, description: "事项 / Title", validate: text(200) }),
  description: t.string({ description: "说明 / Description", validate: optionalText(2000) }),
  subjectArea: t.field({
    type: SubjectAreaEnum,
    required: true,
    description:
      "议事范围（社区建设与管理、社区服务、社区文化、社区民主自治、精神文明建设、社会治安综合治理、党建、其他）/ Subject area",
  }),
});

const AgendaItemInput = builder.inputType("AgendaItemInput", {
  description: "议程事项 / Agenda item",
  fields: agendaItemFields,
});

/** What a meeting is planned as: the same for a committee's meeting and the street's coordination meeting. */
const meetingPlanFields = (t: InputFieldBuilder) => ({
  title: t.string({ required: true, description: "会议名称 / Title", validate: text(200) }),
  scheduledAt: t.field({ type: "DateTime", required: true, description: "计划时间 / Scheduled at" }),
  location: t.string({ description: "地点 / Location", validate: optionalText(200) }),
  agenda: t.field({
    type: [AgendaItemInput],
    description: "议程（按顺序编号 1..n）/ Agenda (numbered 1..n in this order)",
    validate: z.array(z.unknown()).max(50),
  }),
});

export const ScheduleMeetingInput = builder.inputType("ScheduleMeetingInput", {
  description: "安排会议 / Schedule a meeting",
  fields: (t) => ({
    committeeId: t.id({ required: true, description: "大党委 / Committee", validate: globalId }),
    kind: t.field({
      type: MeetingKindEnum,
      required: true,
      description: "会议类型（紧急会议只限联合党委）/ Kind (emergency meetings: joint committees only)",
    }),
    ...meetingPlanFields(t),
  }),
});

export const ScheduleCoordinationMeetingInput = builder.inputType("ScheduleCoordinationMeetingInput", {
  description:
    "安排街道工作协调会议（街道党工委每年定期召开，组织辖区单位研究街道共建事项）/ Schedule the street's coordination meeting (held yearly by the street's party working committee with the organisations of the street)",
  fields: (t) => ({
    streetId: t.id({ required: true, description: "街道 / Street", validate: globalId }),
    ...meetingPlanFields(t),
  }),
});

export const UpdateMeetingInput = versionedRecordInput(
  "UpdateMeetingInput",
  "修改已安排的会议（只写给出的字段）/ Update a scheduled meeting (only the fields given)",
  "会议 / Meeting",
  (t) => ({
    title: t.string({ description: "会议名称 / Title", validate: text(200).nullish() }),
    scheduledAt: t.field({ type: "DateTime", description: "计划时间 / Scheduled at" }),
    location: t.string({ description: "地点（null 清除）/ Location (null clears it)", validate: optionalText(200) }),
  }),
);

export const CancelMeetingInput = versionedRecordInput(
  "CancelMeetingInput",
  "取消已安排的会议 / Cancel a scheduled meeting",
  "会议 / Meeting",
);

const AttendanceInput = builder.inputType("AttendanceInput", {
  description: "一名委员的出席情况 / One member's attendance",
  fields: (t) => ({
    personId: t.id({
      required: true,
      description: "人员（须在该大党委任职）/ Person (must hold a seat)",
      validate: globalId,
    }),
    status: t.field({ type: AttendanceStatusEnum, required: true, description: "出席情况 / Attendance" }),
    note: t.string({ description: "备注 / Note", validate: optionalText(200) }),
  }),
});

export const RecordMeetingHeldInput = versionedRecordInput(
  "RecordMeetingHeldInput",
  "登记会议已召开（含出席情况）/ Record that a meeting was held (with attendance)",
  "会议 / Meeting",
  (t) => ({
    heldAt: t.field({ type: "DateTime", required: true, description: "召开时间 / Held at" }),
    minutes: t.string({ description: "会议纪要 / Minutes", validate: optionalText(20_000) }),
    attendance: t.field({
      type: [AttendanceInput],
      required: true,
      description: "出席情况（每人一条）/ Attendance (one entry per person)",
      validate: z.array(z.unknown()).max(200),
    }),
  }),
);

export const AddAgendaItemInput = builder.inputType("AddAgendaItemInput", {
  description: "增加议程事项（排在最后）/ Add an agenda item (at the end)",
  fields: (t) => ({
    meetingId: t.id(meetingIdField),
    ...agendaItemFields(t),
  }),
});

const VoteInput = builder.inputType("VoteInput", {
  description: "一名出席委员的表决意见 / One present seat holder's vote",
  fields: (t) => ({
    personId: t.id({ required: true, description: "委员（须出席会议）/ Seat holder (present)", validate: globalId }),
    choice: t.field({
      type: VoteChoiceEnum,
      required: true,
      description: "赞成、反对或弃权 / For, against or abstain",
    }),
  }),
});

const ConsultationInput = builder.inputType("ConsultationInput", {
  description: "一个成员单位的意见 / The position of one member organisation consulted",
  fields: (t) => ({
    organizationId: t.id({
      required: true,
      description: "成员单位的党组织 / The member organisation",
      validate: globalId,
    }),
    position: t.string({
      required: true,
      description: "意见（一句话）/ Its position, in a sentence",
      validate: text(500),
    }),
  }),
});

export const AdoptResolutionInput = builder.inputType("AdoptResolutionInput", {
  description: "登记已召开会议形成的决议 / Record a resolution adopted at a held meeting",
  fields: (t) => ({
    meetingId: t.id({ ...meetingIdField, description: "会议（须已召开）/ Meeting (must be held)" }),
    number: t.string({
      required: true,
      description: "决议编号（会内唯一）/ Number (unique in the meeting)",
      validate: text(50),
    }),
    title: t.string({ required: true, description: "标题 / Title", validate: text(200) }),
    text: t.string({ required: true, description: "内容 / Text", validate: text(20_000) }),
    principle: t.field({
      type: DecisionPrincipleEnum,
      required: true,
      description: "议事原则（大事共议、实事共办、要事共决、急事共商）/ Decision principle",
    }),
    subjectArea: t.field({
      type: SubjectAreaEnum,
      description: "议事范围（不填则取对应议程的议事范围）/ Subject area (when omitted, the agenda item's)",
    }),
    agendaItemId: t.id({ description: "对应议程 / Agenda item", validate: globalId.nullish() }),
    votes: t.field({
      type: [VoteInput],
      description:
        "要事共决：出席委员的表决（每人一条；须过半数委员出席、过半数赞成）/ 要事共决: the votes of the seat holders present (one each; quorum and majority required)",
      validate: z.array(z.unknown()).max(200).nullish(),
    }),
    consultations: t.field({
      type: [ConsultationInput],
      description:
        "大事共议：征求意见的成员单位及其意见（至少一个）/ 大事共议: the member organisations consulted and their positions (at least one)",
      validate: z.array(z.unknown()).max(200).nullish(),
    }),
    jointWork: t.field({
      type: ResolutionJointWorkInput,
      description:
        "实事共办：随决议建立的共建事项（必填；至少两个成员单位，一个牵头）/ 实事共办: the joint work item created with the resolution (required; at least two member organisations, one leading)",
    }),
  }),
});

export const ReportUrgentResolutionInput = versionedRecordInput(
  "ReportUrgentResolutionInput",
  "急事共商的决定向其后召开的党委会通报 / Report an urgent decision (急事共商) to a later regular meeting",
  "决议 / Resolution",
  (t) => ({
    meetingId: t.id({
      ...meetingIdField,
      description: "通报的党委会（本大党委其后已召开的定期会议）/ The regular meeting held later that heard the report",
    }),
  }),
);

export const AddMeetingAttendeeInput = builder.inputType("AddMeetingAttendeeInput", {
  description:
    "登记扩大会的列席单位及其代表（已登记的人员，或未登记者的姓名和职务）/ Record an organisation attending an extended meeting (列席) with its representative (a registered person, or the name and post of someone not registered)",
  fields: (t) => ({
    meetingId: t.id({ ...meetingIdField, description: "会议（须为扩大会）/ Meeting (must be extended)" }),
    organizationId: t.id({
      required: true,
      description:
        "列席的党组织（位于所覆盖社区，成员单位或非成员单位均可）/ Attending party organisation (located in a covered community, member or not)",
      validate: globalId,
    }),
    personId: t.id({
      description: "代表（已登记的人员）/ Representative (a registered person)",
      validate: globalId.nullish(),
    }),
    representativeName: t.string({
      description: "代表姓名（未登记者）/ Representative's name (someone not registered)",
      validate: optionalText(50),
    }),
    representativePost: t.string({
      description: "代表职务（未登记者）/ Representative's post (someone not registered)",
      validate: optionalText(100),
    }),
  }),
});

export const RemoveMeetingAttendeeInput = versionedRecordInput(
  "RemoveMeetingAttendeeInput",
  "撤销一条列席记录 / Remove an attendance record of an extended meeting",
  "列席记录 / Attendee record",
);
