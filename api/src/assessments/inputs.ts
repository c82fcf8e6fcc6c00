import { z } from "zod";
import { builder } from "../builder.js";
import { type InputFieldBuilder, versionedRecordInput } from "../data/inputs.js";
import { globalId, optionalText, year } from "../data/validation.js";
import { AssessmentGradeEnum, AssessmentKindEnum } from "../system/enums.js";
import { isValidScore } from "./rules.js";

const score = z
  .string()
  .refine(isValidScore, "得分须为0到100之间、最多2位小数 / a score is 0–100 with at most 2 decimals");
const points = z.number().int().min(0).max(1_000_000);

/** The result fields a record and an update share: score, points, grade and the personal remarks. */
function resultFields(t: InputFieldBuilder, pointsDescription: string) {
  return {
    score: t.field({
      type: "Decimal",
      description: "得分（0–100，最多2位小数）/ Score (0–100, at most 2 decimals)",
      validate: score.nullish(),
    }),
    points: t.int({ description: pointsDescription, validate: points.nullish() }),
    grade: t.field({ type: AssessmentGradeEnum, description: "等次 / Grade" }),
    remarks: t.string({
      description: "评语（个人信息）/ Remarks (personal data)",
      validate: optionalText(2000),
    }),
  };
}

export const RecordAssessmentInput = builder.inputType("RecordAssessmentInput", {
  description:
    "登记考核结果；考核对象随类型而定：成员单位参与情况 → membershipId，委员 → seatId，年度鉴定和积分 → personId / Record an assessment; the subject follows the kind: UNIT_PARTICIPATION → membershipId, COMMITTEE_MEMBER → seatId, ANNUAL_APPRAISAL and POINTS → personId",
  fields: (t) => ({
    kind: t.field({ type: AssessmentKindEnum, required: true, description: "考核类型 / Kind" }),
    committeeId: t.id({ required: true, description: "大党委 / Committee", validate: globalId }),
    year: t.int({
      required: true,
      description: "考核年度（2000–2100）/ Year assessed (2000–2100)",
      validate: year,
    }),
    membershipId: t.id({
      description: "被考核成员单位（UNIT_PARTICIPATION）/ Member unit assessed (UNIT_PARTICIPATION)",
      validate: globalId.nullish(),
    }),
    seatId: t.id({
      description: "被考核委员的职务（COMMITTEE_MEMBER）/ Seat of the member assessed (COMMITTEE_MEMBER)",
      validate: globalId.nullish(),
    }),
    personId: t.id({
      description: "被考核人员（ANNUAL_APPRAISAL、POINTS）/ Person assessed (ANNUAL_APPRAISAL, POINTS)",
      validate: globalId.nullish(),
    }),
    ...resultFields(t, "积分（只用于 POINTS，必填）/ Points (POINTS only, required there)"),
  }),
});

export const UpdateAssessmentInput = versionedRecordInput(
  "UpdateAssessmentInput",
  "修改尚未通报的考核结果（只写给出的字段；null 清除）/ Update an assessment not yet notified (only the fields given; null clears)",
  "考核 / Assessment",
  (t) => ({
    ...resultFields(t, "积分（只用于 POINTS）/ Points (POINTS only)"),
  }),
);

export const NotifyAssessmentInput = versionedRecordInput(
  "NotifyAssessmentInput",
  "向被考核单位及其上级党组织通报测评结果 / Notify the result to the assessed organisation and its superior",
  "考核 / Assessment",
);

/** What the commands take: the inputs as Pothos passes them. */
export type RecordAssessment = typeof RecordAssessmentInput.$inferInput;
export type UpdateAssessment = typeof UpdateAssessmentInput.$inferInput;
export type VersionedRecord = typeof NotifyAssessmentInput.$inferInput;
