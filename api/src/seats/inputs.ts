/** The inputs of the seat mutations. */
import { z } from "zod";
import { builder } from "../builder.js";
import { versionedRecordInput } from "../data/inputs.js";
import { globalId, optionalText, text } from "../data/validation.js";
import { QualificationEnum, SeatProductionEnum, SeatRoleEnum } from "../system/enums.js";

const SeatAttestationInput = builder.inputType("SeatAttestationInput", {
  description: "一项任职条件的证明 / Attestation of one qualification",
  fields: (t) => ({
    qualification: t.field({ type: QualificationEnum, required: true, description: "条件 / Qualification" }),
    attestedBy: t.string({ required: true, description: "证明人 / Attested by", validate: text(100) }),
    evidence: t.string({ description: "依据 / Evidence", validate: optionalText(500) }),
  }),
});

export const NominateSeatInput = builder.inputType("NominateSeatInput", {
  description:
    "推选大党委委员（须证明三项任职条件）/ Nominate a person to a committee seat (all three qualifications attested)",
  fields: (t) => ({
    committeeId: t.id({ required: true, description: "大党委 / Committee", validate: globalId }),
    personId: t.id({ required: true, description: "被推选人员 / Person nominated", validate: globalId }),
    sourceOrganizationId: t.id({
      required: true,
      description:
        "来自的党组织（成员单位或所覆盖社区的社区党组织）/ Organisation the person comes from (a member or a covered community's organisation)",
      validate: globalId,
    }),
    role: t.field({ type: SeatRoleEnum, required: true, description: "职务 / Role" }),
    production: t.field({
      type: SeatProductionEnum,
      required: true,
      description: "产生方式 / How the seat is produced",
    }),
    termStart: t.field({
      type: "Date",
      description: "任期开始（缺省为大党委任期）/ Term start (defaults to the committee's term)",
    }),
    termEnd: t.field({
      type: "Date",
      description: "任期结束（缺省为大党委任期）/ Term end (defaults to the committee's term)",
    }),
    congressDate: t.field({
      type: "Date",
      description:
        "推选该职务的党员代表大会日期（推选产生的必填，当然进入的不填）/ Date of the party congress that chose the seat (required for a nominated seat, empty for an ex officio one)",
    }),
    congressReference: t.string({
      description:
        "党员代表大会会议或文件编号（推选产生的必填）/ Meeting or document reference of that party congress (required for a nominated seat)",
      validate: optionalText(100),
    }),
    attestations: t.field({
      type: [SeatAttestationInput],
      required: true,
      description:
        "任职条件证明（热心事务、组织协调能力、能正常参加活动各一项）/ Attestations (one for each of the three qualifications)",
      validate: z.array(z.unknown()).max(10),
    }),
  }),
});

export const SeatTransitionInput = versionedRecordInput(
  "SeatTransitionInput",
  "职务状态变更 / A change of a seat's status",
  "职务 / Seat",
);

export const RejectSeatInput = versionedRecordInput(
  "RejectSeatInput",
  "不批准推选 / Reject a nomination",
  "职务 / Seat",
  (t) => ({
    reason: t.string({ required: true, description: "理由 / Reason", validate: text(500) }),
  }),
);

export type NominateSeat = typeof NominateSeatInput.$inferInput;
export type SeatTransition = typeof SeatTransitionInput.$inferInput;
export type RejectSeat = typeof RejectSeatInput.$inferInput;
