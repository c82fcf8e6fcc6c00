/** The input types of the joint work mutations (with their zod validation). */
import { z } from "zod";
import { builder } from "../builder.js";
import { type InputFieldBuilder, refField, versionedRecordInput } from "../data/inputs.js";
import { globalId, optionalText, text } from "../data/validation.js";
import { JointWorkCategoryEnum, JointWorkRaiserEnum, JointWorkRoleEnum } from "../system/enums.js";

export const JointWorkParticipantInput = builder.inputType("JointWorkParticipantInput", {
  description: "参与单位 / A participating organisation",
  fields: (t) => ({
    organizationId: t.id(refField("成员单位（党组织）/ Member organisation")),
    role: t.field({ type: JointWorkRoleEnum, required: true, description: "牵头或协作 / Lead or co-operating" }),
    responsiblePerson: t.string({ required: true, description: "责任人 / Responsible person", validate: text(50) }),
  }),
});

/** What an item states, however it was born: category, title, description, deadline, budget line, participants. */
export const itemFields = (t: InputFieldBuilder) => ({
  category: t.field({ type: JointWorkCategoryEnum, required: true, description: "六联类别 / Category" }),
  title: t.string({ required: true, description: "名称 / Title", validate: text(200) }),
  description: t.string({ description: "内容 / Description", validate: optionalText(2000) }),
  deadline: t.field({ type: "Date", required: true, description: "完成期限 / Deadline" }),
  fundingPlanId: t.id({
    description: "经费来源：本大党委的经费计划（可选）/ Budget line: a funding plan of the committee (optional)",
    validate: globalId.nullish(),
  }),
  participants: t.field({
    type: [JointWorkParticipantInput],
    required: true,
    description: "参与单位（至少两个，其中一个牵头）/ Participating organisations (at least two, exactly one leading)",
    validate: z.array(z.unknown()).max(50),
  }),
});

/** The joint work born with a 实事共办 resolution, inside `adoptResolution` (no resolution ID yet). */
export const ResolutionJointWorkInput = builder.inputType("ResolutionJointWorkInput", {
  description: "实事共办决议形成的共建事项 / The joint work item a 实事共办 resolution creates",
  fields: (t) => itemFields(t),
});

export const CreateJointWorkFromResolutionInput = builder.inputType("CreateJointWorkFromResolutionInput", {
  description: "依据决议建立共建事项 / Create a joint work item from a resolution",
  fields: (t) => ({
    resolutionId: t.id(refField("来源决议 / Resolution it is born from")),
    ...itemFields(t),
  }),
});

export const RaiseJointWorkInput = builder.inputType("RaiseJointWorkInput", {
  description:
    "登记成员单位、党员或居民提出的共建事项（须列入会议议程后方可启动）/ Record a joint work item raised by a member organisation, a party member or a resident (put on a meeting's agenda before work starts)",
  fields: (t) => ({
    committeeId: t.id({
      description: "大党委（街道共建事项不填）/ Committee (none for a street's item)",
      validate: globalId.nullish(),
    }),
    streetId: t.id({
      description: "街道（只用于街道共建事项）/ Street (for a street's item only)",
      validate: globalId.nullish(),
    }),
    raisedByKind: t.field({ type: JointWorkRaiserEnum, required: true, description: "提出方 / Raised by" }),
    raisedByName: t.string({
      required: true,
      description: "提出人或单位 / Who raised it",
      validate: text(200),
    }),
    ...itemFields(t),
  }),
});

export const PutJointWorkOnAgendaInput = versionedRecordInput(
  "PutJointWorkOnAgendaInput",
  "将提出的共建事项列入会议议程 / Put a raised joint work item on a meeting's agenda",
  "共建事项 / Joint work item",
  (t) => ({
    agendaItemId: t.id(
      refField(
        "议程（同一大党委或街道的待开会议）/ Agenda item (of a scheduled meeting of the same committee or street)",
      ),
    ),
  }),
);

const step = (name: string, description: string) =>
  versionedRecordInput(name, description, "共建事项 / Joint work item");

export const StartJointWorkInput = step("StartJointWorkInput", "启动共建事项 / Start a joint work item");
export const CompleteJointWorkInput = step(
  "CompleteJointWorkInput",
  "共建事项办结（须已报告100%）/ Mark a joint work item done (after a report at 100%)",
);

export const CloseJointWorkInput = versionedRecordInput(
  "CloseJointWorkInput",
  "共建事项结项（由之后召开的会议决议）/ Close a joint work item (by a resolution of a later meeting)",
  "共建事项 / Joint work item",
  (t) => ({ resolutionId: t.id(refField("结项决议 / Closing resolution")) }),
);

export const DropJointWorkInput = versionedRecordInput(
  "DropJointWorkInput",
  "终止共建事项（须说明理由）/ Drop a joint work item (with a reason)",
  "共建事项 / Joint work item",
  (t) => ({ reason: t.string({ required: true, description: "终止理由 / Reason", validate: text(500) }) }),
);

export const UpdateJointWorkInput = versionedRecordInput(
  "UpdateJointWorkInput",
  "修改未完成的共建事项 / Update an unfinished joint work item",
  "共建事项 / Joint work item",
  (t) => ({
    category: t.field({ type: JointWorkCategoryEnum, description: "六联类别 / Category" }),
    title: t.string({ description: "名称 / Title", validate: text(200).nullish() }),
    description: t.string({ description: "内容 / Description", validate: optionalText(2000) }),
    deadline: t.field({ type: "Date", description: "完成期限 / Deadline" }),
    fundingPlanId: t.id({ description: "经费来源 / Budget line", validate: globalId.nullish() }),
  }),
);

export const ReportJointWorkProgressInput = builder.inputType("ReportJointWorkProgressInput", {
  description: "报告共建事项进展 / Report progress on a joint work item",
  fields: (t) => ({
    itemId: t.id(refField("共建事项 / Joint work item")),
    organizationId: t.id(refField("报告单位（参与单位之一）/ Reporting organisation (a participant)")),
    reportedOn: t.field({ type: "Date", required: true, description: "报告日期 / Date" }),
    text: t.string({ required: true, description: "进展情况 / Progress", validate: text(2000) }),
    percent: t.int({
      required: true,
      description: "完成百分比（0–100，不低于上次）/ Percent done (0–100, not below the previous report)",
      validate: z.number().int().min(0).max(100),
    }),
  }),
});
