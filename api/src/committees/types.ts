import { builder } from "../builder.js";
import { scopedFindUnique } from "../data/nodes.js";
import { readable } from "../permissions/pothos-guard.js";
import {
  CommitteeKindEnum,
  CommitteeStatusEnum,
  ManagementModeEnum,
  RegularMeetingCadenceEnum,
} from "../system/enums.js";
import { PartyOrganization } from "../units/types.js";
import { allowedTransitions } from "./rules.js";

export const Committee = builder.prismaNode("Committee", {
  description: "社区“大党委”（社区党委或联合党委）/ Community big party committee (community or joint committee)",
  id: { field: "id" },
  findUnique: scopedFindUnique("Committee"),
  nullable: true,
  fields: (t) => ({
    code: t.exposeString("code", { description: "代码（区内唯一）/ Code (unique in the district)" }),
    name: t.exposeString("name", { description: "名称 / Name" }),
    kind: t.expose("kind", { type: CommitteeKindEnum, description: "类型 / Kind" }),
    status: t.expose("status", { type: CommitteeStatusEnum, description: "状态 / Status" }),
    street: t.relation("street", { description: "所属街道党工委 / Street working committee it belongs to" }),
    termStart: t.expose("termStart", { type: "Date", description: "任期开始 / Term start" }),
    termEnd: t.expose("termEnd", { type: "Date", description: "任期结束 / Term end" }),
    submittedAt: t.expose("submittedAt", { type: "DateTime", description: "报审时间 / Submitted at" }),
    approvedAt: t.expose("approvedAt", { type: "DateTime", description: "审批时间 / Approved at" }),
    rejectedAt: t.expose("rejectedAt", { type: "DateTime", description: "退回时间 / Rejected at" }),
    rejectionReason: t.exposeString("rejectionReason", { description: "退回理由 / Reason for rejection" }),
    filedAt: t.expose("filedAt", { type: "DateTime", description: "备案时间 / Filed at" }),
    filingNumber: t.exposeString("filingNumber", { description: "备案号 / Filing number" }),
    dissolvedAt: t.expose("dissolvedAt", { type: "DateTime", description: "撤销时间 / Dissolved at" }),
    meetingCadence: t.expose("meetingCadence", {
      type: RegularMeetingCadenceEnum,
      description: "党委会召开周期（每月或每季度）/ How often the regular meeting is held (monthly or quarterly)",
    }),
    coverages: t.relation("coverages", {
      description: "覆盖社区（含历史）/ Communities covered (with history)",
      ...readable("CommitteeCommunity"),
    }),
    memberships: t.relation("memberships", {
      description: "成员单位（含历史）/ Member organisations (with history)",
      ...readable("Membership"),
    }),
    seats: t.relation("seats", { description: "职务（含历史）/ Seats (with history)", ...readable("Seat") }),
    meetings: t.relation("meetings", {
      description: "会议 / Meetings",
      ...readable("Meeting"),
    }),
    fundingPlans: t.relation("fundingPlans", {
      description: "经费方案（含历史版本）/ Funding plans (all revisions)",
      ...readable("FundingPlan"),
    }),
    assessments: t.relation("assessments", { description: "考核 / Assessments", ...readable("Assessment") }),
    volunteerTeams: t.relation("volunteerTeams", {
      description: "志愿服务队 / Volunteer teams",
      ...readable("VolunteerTeam"),
    }),
    version: t.exposeInt("version", { description: "版本号（乐观锁）/ Version (optimistic concurrency)" }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "创建时间 / Created at" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "修改时间 / Updated at" }),
  }),
});

export const CommitteeCommunity = builder.prismaNode("CommitteeCommunity", {
  description: "大党委覆盖的社区 / A community covered by a committee",
  id: { field: "id" },
  findUnique: scopedFindUnique("CommitteeCommunity"),
  nullable: true,
  fields: (t) => ({
    committee: t.relation("committee", { description: "大党委 / Committee", nullable: true }),
    community: t.relation("community", { description: "社区 / Community", nullable: true }),
    startedAt: t.expose("startedAt", { type: "DateTime", description: "开始覆盖 / Covered since" }),
    endedAt: t.expose("endedAt", { type: "DateTime", description: "结束覆盖 / Covered until" }),
    version: t.exposeInt("version", { description: "版本号 / Version" }),
  }),
});

export const Membership = builder.prismaNode("Membership", {
  description: "成员单位：党组织在大党委中的成员身份 / Member unit: a party organisation's membership in a committee",
  id: { field: "id" },
  findUnique: scopedFindUnique("Membership"),
  nullable: true,
  fields: (t) => ({
    committee: t.relation("committee", { description: "大党委 / Committee", nullable: true }),
    organization: t.relation("organization", { description: "党组织 / Party organisation", nullable: true }),
    managementMode: t.expose("managementMode", {
      type: ManagementModeEnum,
      description: "管理方式：直接管理或双重管理 / Management mode: direct or dual",
    }),
    fromDate: t.expose("fromDate", { type: "Date", description: "加入日期 / Member since" }),
    toDate: t.expose("toDate", { type: "Date", description: "退出日期 / Member until" }),
    responsibilities: t.exposeString("responsibilities", {
      description: "共建职责 / Responsibilities in joint building",
    }),
    resourcesOffered: t.exposeString("resourcesOffered", { description: "可共享资源 / Resources offered" }),
    serviceCommitments: t.exposeString("serviceCommitments", { description: "服务承诺 / Service commitments" }),
    version: t.exposeInt("version", { description: "版本号（乐观锁）/ Version (optimistic concurrency)" }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "创建时间 / Created at" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "修改时间 / Updated at" }),
  }),
});

builder.prismaObjectField(
  PartyOrganization,
  "memberships",
  (t) =>
    t.relation("memberships", {
      description: "参加的大党委（成员单位身份）/ Committee memberships",
      ...readable("Membership"),
    }) as never,
);

// ---------------------------------------------------------------- computed fields

builder.prismaObjectField(
  Committee,
  "allowedTransitions",
  (t) =>
    t.field({
      type: [CommitteeStatusEnum],
      description: "当前状态允许变更到的状态 / Statuses the committee may move to from its current one",
      guardField: "status",
      resolve: (committee) => allowedTransitions(committee.status),
    }) as never,
);

builder.prismaObjectField(Committee, "activeCoverages", (t) => {
  const rows = readable("CommitteeCommunity");
  return t.relation("coverages", {
    description: "当前覆盖的社区（未结束的覆盖）/ Communities covered now (coverage not ended)",
    extensions: rows.extensions,
    query: (args, ctx) => ({ where: { AND: [rows.query(args, ctx).where, { endedAt: null }] } }),
  }) as never;
});

builder.prismaObjectField(
  CommitteeCommunity,
  "active",
  (t) =>
    t.boolean({
      description: "覆盖是否仍有效 / Whether the coverage is still in effect",
      guardField: "endedAt",
      resolve: (coverage) => coverage.endedAt === null,
    }) as never,
);

builder.prismaObjectField(
  Membership,
  "active",
  (t) =>
    t.boolean({
      description: "成员身份是否仍有效 / Whether the membership is still in effect",
      guardField: "toDate",
      resolve: (membership) => membership.toDate === null,
    }) as never,
);
