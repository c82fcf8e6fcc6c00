/** The input types of the volunteer mutations (teams, their members and activities). */
import { builder } from "../builder.js";
import { type InputFieldBuilder, refField, versionedRecordInput } from "../data/inputs.js";
import { globalId, nonNegativeInt, optionalText, text } from "../data/validation.js";
import { VolunteerTeamKindEnum } from "../system/enums.js";
import { serviceHours } from "./rules.js";

/** A team's own fields, the same on founding and update (`founding`: name and kind required, nothing to clear). */
const teamFields = <Founding extends boolean>(t: InputFieldBuilder, founding: Founding) => {
  const optional = (zh: string, en: string) =>
    founding ? `${zh} / ${en}` : `${zh}（null 清除）/ ${en} (null clears it)`;
  return {
    name: t.string({
      required: founding,
      description: "名称 / Name",
      validate: founding ? text(200) : text(200).nullish(),
    }),
    kind: t.field({ type: VolunteerTeamKindEnum, required: founding, description: "类型 / Kind" }),
    leaderId: t.id({ description: optional("队长", "Leader"), validate: globalId.nullish() }),
    foundedOn: t.field({ type: "Date", description: optional("成立日期", "Founded on") }),
  };
};

export const CreateVolunteerTeamInput = builder.inputType("CreateVolunteerTeamInput", {
  description: "成立志愿服务队 / Found a volunteer team",
  fields: (t) => ({ committeeId: t.id(refField("大党委 / Committee")), ...teamFields(t, true) }),
});

export const UpdateVolunteerTeamInput = versionedRecordInput(
  "UpdateVolunteerTeamInput",
  "修改志愿服务队（只写给出的字段）/ Update a volunteer team (only the fields given)",
  "服务队 / Team",
  (t) => teamFields(t, false),
);

export const EndVolunteerTeamInput = versionedRecordInput(
  "EndVolunteerTeamInput",
  "解散志愿服务队（在队队员随之退出）/ End a volunteer team (its active members leave)",
  "服务队 / Team",
);

export const AddTeamMemberInput = builder.inputType("AddTeamMemberInput", {
  description: "吸收队员 / Add a member to a team",
  fields: (t) => ({
    teamId: t.id(refField("服务队 / Team")),
    personId: t.id(refField("人员 / Person")),
    joinedOn: t.field({ type: "Date", required: true, description: "加入日期 / Joined on" }),
  }),
});

export const RemoveTeamMemberInput = versionedRecordInput(
  "RemoveTeamMemberInput",
  "队员退出 / A member leaves the team",
  "队员记录 / Membership record",
  (t) => ({
    leftOn: t.field({ type: "Date", required: true, description: "退出日期 / Left on" }),
  }),
);

export const RecordVolunteerActivityInput = builder.inputType("RecordVolunteerActivityInput", {
  description: "登记志愿服务活动 / Record a volunteer activity",
  fields: (t) => ({
    teamId: t.id(refField("服务队 / Team")),
    title: t.string({ required: true, description: "活动名称 / Title", validate: text(200) }),
    heldOn: t.field({ type: "Date", required: true, description: "活动日期（不晚于今天）/ Held on (not after today)" }),
    location: t.string({ description: "地点 / Location", validate: optionalText(200) }),
    participantCount: t.int({
      required: true,
      description: "参加人数（≥ 0）/ Participants (≥ 0)",
      validate: nonNegativeInt,
    }),
    serviceHours: t.field({
      type: "Decimal",
      required: true,
      description: "服务时长（小时，≥ 0，最多1位小数）/ Service hours (≥ 0, at most 1 decimal place)",
      validate: serviceHours,
    }),
    description: t.string({ description: "内容 / Description", validate: optionalText(2000) }),
  }),
});
