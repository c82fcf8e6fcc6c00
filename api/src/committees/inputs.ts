/** The inputs of the committee, coverage, membership and workflow mutations. */
import { z } from "zod";
import { builder } from "../builder.js";
import { type InputFieldBuilder, versionedRecordInput } from "../data/inputs.js";
import { code, globalId, optionalText, text, versionField } from "../data/validation.js";
import { CommitteeKindEnum, RegularMeetingCadenceEnum } from "../system/enums.js";

/** The committee a mutation acts on (a global ID). */
export const committeeIdField = {
  required: true,
  description: "大党委 / Committee",
  validate: globalId,
} as const;

const communityIdsField = {
  required: true,
  description:
    "覆盖社区（社区党委1个，联合党委至少2个，均属本街道且未被其他大党委覆盖）/ Covered communities (one for a community committee, at least two for a joint one; all of the committee's street, none covered by another committee)",
  validate: z.array(globalId).max(50),
} as const;

export const CreateCommitteeInput = builder.inputType("CreateCommitteeInput", {
  description: "设立大党委（草稿）/ Set up a committee (as a draft)",
  fields: (t) => ({
    streetId: t.id({ required: true, description: "所属街道 / Street", validate: globalId }),
    code: t.string({ required: true, description: "代码（区内唯一）/ Code (unique in the district)", validate: code }),
    name: t.string({ required: true, description: "名称 / Name", validate: text(200) }),
    kind: t.field({
      type: CommitteeKindEnum,
      required: true,
      description: "类型（社区党委或联合党委）/ Kind (community or joint committee)",
    }),
    communityIds: t.idList(communityIdsField),
    termStart: t.field({ type: "Date", description: "任期开始 / Term start" }),
    termEnd: t.field({ type: "Date", description: "任期结束 / Term end" }),
  }),
});

export const UpdateCommitteeInput = builder.inputType("UpdateCommitteeInput", {
  description: "修改大党委基本情况（只写给出的字段）/ Update a committee's details (only the fields given)",
  fields: (t) => ({
    id: t.id(committeeIdField),
    version: t.int(versionField),
    name: t.string({ description: "名称 / Name", validate: text(200).nullish() }),
    termStart: t.field({ type: "Date", description: "任期开始（null 清除）/ Term start (null clears it)" }),
    termEnd: t.field({ type: "Date", description: "任期结束（null 清除）/ Term end (null clears it)" }),
    meetingCadence: t.field({
      type: RegularMeetingCadenceEnum,
      description: "党委会召开周期（每月或每季度）/ How often the regular meeting is held (monthly or quarterly)",
    }),
  }),
});

export const SetCoverageInput = builder.inputType("SetCoverageInput", {
  description:
    "调整覆盖社区（只限草稿或已退回的大党委；替换现有覆盖）/ Change the covered communities (DRAFT or REJECTED only; replaces the active coverage)",
  fields: (t) => ({
    id: t.id(committeeIdField),
    version: t.int(versionField),
    communityIds: t.idList(communityIdsField),
  }),
});

const participationFields = (t: InputFieldBuilder) => ({
  responsibilities: t.string({
    description: "共建职责 / Responsibilities in joint building",
    validate: optionalText(1000),
  }),
  resourcesOffered: t.string({ description: "可共享资源 / Resources offered", validate: optionalText(1000) }),
  serviceCommitments: t.string({ description: "服务承诺 / Service commitments", validate: optionalText(1000) }),
});

export const AddMembershipInput = builder.inputType("AddMembershipInput", {
  description:
    "增加成员单位（管理方式由党组织的隶属关系决定）/ Add a member organisation (its management mode follows from the organisation's affiliation)",
  fields: (t) => ({
    committeeId: t.id(committeeIdField),
    organizationId: t.id({
      required: true,
      description: "党组织（须位于大党委覆盖的社区）/ Organisation (located in a covered community)",
      validate: globalId,
    }),
    fromDate: t.field({ type: "Date", description: "加入日期（默认今天）/ Member since (default today)" }),
    ...participationFields(t),
  }),
});

export const UpdateMembershipInput = versionedRecordInput(
  "UpdateMembershipInput",
  "修改成员单位（双重管理的只能改参与事项）/ Update a membership (for dual-managed members, participation fields only)",
  "成员单位 / Membership",
  (t) => ({
    fromDate: t.field({ type: "Date", description: "加入日期 / Member since" }),
    ...participationFields(t),
  }),
);

export const EndMembershipInput = builder.inputType("EndMembershipInput", {
  description: "结束成员身份 / End a membership",
  fields: (t) => ({
    id: t.id({ required: true, description: "成员单位 / Membership", validate: globalId }),
    version: t.int(versionField),
    toDate: t.field({ type: "Date", description: "退出日期（默认今天）/ Member until (default today)" }),
  }),
});

export const CommitteeTransitionInput = versionedRecordInput(
  "CommitteeTransitionInput",
  "大党委状态变更 / A committee status change",
  "大党委 / Committee",
);

export const RejectCommitteeInput = versionedRecordInput(
  "RejectCommitteeInput",
  "退回报审的大党委 / Reject a submitted committee",
  committeeIdField.description,
  (t) => ({
    reason: t.string({ required: true, description: "退回理由 / Reason for rejection", validate: text(500) }),
  }),
);

export const FileCommitteeInput = versionedRecordInput(
  "FileCommitteeInput",
  "备案已审批的大党委（区委组织部）/ File an approved committee (district organisation department)",
  committeeIdField.description,
  (t) => ({
    filingNumber: t.string({
      required: true,
      description:
        "备案号，格式如“和组备〔2026〕12号”（区委组织部简称＋组备〔年份〕序号号）/ Filing number, e.g. 和组备〔2026〕12号 (the department's abbreviation, 组备, the year in 〔〕, the number, 号)",
      validate: text(50),
    }),
    fileApprovedSeats: t.boolean({
      description:
        "同时备案该大党委已审批的职务（同一事务）/ Also file the committee's approved seats (in the same transaction)",
    }),
  }),
);

export const DissolveCommitteeInput = versionedRecordInput(
  "DissolveCommitteeInput",
  "撤销大党委（须说明理由和撤销日期）/ Dissolve a committee (with a reason and the date it takes effect)",
  committeeIdField.description,
  (t) => ({
    reason: t.string({ required: true, description: "撤销理由 / Reason for dissolving", validate: text(500) }),
    dissolvedOn: t.field({
      type: "Date",
      description:
        "撤销日期（成员身份于当日结束；默认今天，不晚于今天）/ Date it takes effect (memberships end that day; default today, not in the future)",
    }),
  }),
);

export type CreateCommittee = typeof CreateCommitteeInput.$inferInput;
export type UpdateCommittee = typeof UpdateCommitteeInput.$inferInput;
export type SetCoverage = typeof SetCoverageInput.$inferInput;
export type AddMembership = typeof AddMembershipInput.$inferInput;
export type UpdateMembership = typeof UpdateMembershipInput.$inferInput;
export type EndMembership = typeof EndMembershipInput.$inferInput;
export type CommitteeTransition = typeof CommitteeTransitionInput.$inferInput;
export type RejectCommittee = typeof RejectCommitteeInput.$inferInput;
export type FileCommittee = typeof FileCommitteeInput.$inferInput;
export type DissolveCommittee = typeof DissolveCommitteeInput.$inferInput;
