import { builder } from "../builder.js";
import { stamps } from "../data/entity-fields.js";
import { scopedFindUnique } from "../data/nodes.js";
import { readable } from "../permissions/pothos-guard.js";
import { QualificationEnum, SeatProductionEnum, SeatRoleEnum, SeatStatusEnum } from "../system/enums.js";
import { seatTransitions } from "./rules.js";

export const Seat = builder.prismaNode("Seat", {
  description: "大党委职务（书记、副书记、委员）/ A seat on a committee (secretary, deputy, member)",
  id: { field: "id" },
  findUnique: scopedFindUnique("Seat"),
  nullable: true,
  fields: (t) => ({
    committee: t.relation("committee", { description: "大党委 / Committee", nullable: true }),
    person: t.relation("person", { description: "任职人员 / The person", nullable: true }),
    sourceOrganization: t.relation("sourceOrganization", {
      description: "来自的党组织 / Organisation the person comes from",
      nullable: true,
    }),
    role: t.expose("role", { type: SeatRoleEnum, description: "职务 / Role" }),
    production: t.expose("production", {
      type: SeatProductionEnum,
      description: "产生方式 / How the seat was produced",
    }),
    status: t.expose("status", { type: SeatStatusEnum, description: "状态 / Status" }),
    termStart: t.expose("termStart", { type: "Date", description: "任期开始 / Term start" }),
    termEnd: t.expose("termEnd", { type: "Date", description: "任期结束 / Term end" }),
    nominatedAt: t.expose("nominatedAt", { type: "DateTime", description: "推选时间 / Nominated at" }),
    approvedAt: t.expose("approvedAt", { type: "DateTime", description: "审批时间 / Approved at" }),
    filedAt: t.expose("filedAt", { type: "DateTime", description: "备案时间 / Filed at" }),
    rejectedAt: t.expose("rejectedAt", { type: "DateTime", description: "未通过时间 / Rejected at" }),
    rejectionReason: t.exposeString("rejectionReason", { description: "未通过理由 / Reason for rejection" }),
    endedAt: t.expose("endedAt", { type: "DateTime", description: "届满时间 / Ended at" }),
    congressDate: t.expose("congressDate", {
      type: "Date",
      description: "推选该职务的党员代表大会日期 / Date of the party congress that chose the seat",
    }),
    congressReference: t.exposeString("congressReference", {
      description: "党员代表大会会议或文件编号 / Meeting or document reference of that party congress",
    }),
    attestations: t.relation("attestations", {
      description: "任职条件证明 / Qualification attestations",
      ...readable("SeatAttestation"),
    }),
    ...stamps(t),
  }),
});

export const SeatAttestation = builder.prismaNode("SeatAttestation", {
  description: "委员基本条件的证明 / Attestation of a member's qualification",
  id: { field: "id" },
  findUnique: scopedFindUnique("SeatAttestation"),
  nullable: true,
  fields: (t) => ({
    seat: t.relation("seat", { description: "职务 / Seat", nullable: true }),
    qualification: t.expose("qualification", { type: QualificationEnum, description: "条件 / Qualification" }),
    attestedBy: t.exposeString("attestedBy", { description: "证明人 / Attested by" }),
    evidence: t.exposeString("evidence", { description: "依据 / Evidence" }),
    attestedAt: t.expose("attestedAt", { type: "DateTime", description: "证明时间 / Attested at" }),
    version: t.exposeInt("version", { description: "版本号 / Version" }),
  }),
});

builder.prismaObjectField(
  Seat,
  "allowedTransitions",
  (t) =>
    t.field({
      type: [SeatStatusEnum],
      description: "当前状态允许变更到的状态 / Statuses the seat may move to from its current one",
      guardField: "status",
      select: { status: true },
      resolve: (seat) => [...seatTransitions[seat.status]],
    }) as never,
);
