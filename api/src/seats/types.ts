import * as field from "../data/entity-fields.js";
import { QualificationEnum, SeatProductionEnum, SeatRoleEnum, SeatStatusEnum } from "../system/enums.js";
import { seatTransitions } from "./rules.js";

export const Seat = field.entityNode("Seat", {
  description: "大党委职务（书记、副书记、委员）/ A seat on a committee (secretary, deputy, member)",
  parents: {
    committee: "大党委 / Committee",
    person: "任职人员 / The person",
    sourceOrganization: "来自的党组织 / Organisation the person comes from",
  },
  children: { attestations: ["任职条件证明 / Qualification attestations", "SeatAttestation"] },
  stamps: "full",
  fields: (t) => ({
    role: t.expose("role", { type: SeatRoleEnum, description: "职务 / Role" }),
    production: t.expose("production", {
      type: SeatProductionEnum,
      description: "产生方式 / How the seat was produced",
    }),
    status: t.expose("status", { type: SeatStatusEnum, description: "状态 / Status" }),
    ...field.dates(t, "Date", {
      termStart: "任期开始 / Term start",
      termEnd: "任期结束 / Term end",
      congressDate: "推选该职务的党员代表大会日期 / Date of the party congress that chose the seat",
    }),
    ...field.dates(t, "DateTime", {
      nominatedAt: "推选时间 / Nominated at",
      approvedAt: "审批时间 / Approved at",
      filedAt: "备案时间 / Filed at",
      rejectedAt: "未通过时间 / Rejected at",
      endedAt: "届满时间 / Ended at",
    }),
    ...field.strings(t, {
      rejectionReason: "未通过理由 / Reason for rejection",
      congressReference: "党员代表大会会议或文件编号 / Meeting or document reference of that party congress",
    }),
    nominatedByViewer: t.boolean({
      description:
        "由当前用户推选（职责分离：不能由其审批）/ Nominated by the signed-in user (separation of duties: they may not approve it)",
      guardField: "nominatedBy",
      resolve: (seat, _args, ctx) => seat.nominatedBy !== null && seat.nominatedBy === ctx.identity?.id,
    }),
  }),
});

export const SeatAttestation = field.entityNode("SeatAttestation", {
  description: "委员基本条件的证明 / Attestation of a member's qualification",
  parents: { seat: "职务 / Seat" },
  stamps: "version",
  fields: (t) => ({
    qualification: t.expose("qualification", { type: QualificationEnum, description: "条件 / Qualification" }),
    ...field.strings(t, { attestedBy: "证明人 / Attested by", evidence: "依据 / Evidence" }),
    attestedAt: t.expose("attestedAt", { type: "DateTime", description: "证明时间 / Attested at" }),
  }),
});

field.defineAllowedTransitions("Seat", SeatStatusEnum, seatTransitions, "seat");
