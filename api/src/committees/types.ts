import { builder } from "../builder.js";
import * as field from "../data/entity-fields.js";
import { toGlobalId } from "../data/ids.js";
import { readable } from "../permissions/pothos-guard.js";
import {
  CommitteeKindEnum,
  CommitteeStatusEnum,
  ManagementModeEnum,
  RegularMeetingCadenceEnum,
} from "../system/enums.js";
import { PartyOrganization } from "../units/types.js";
import { committeeTransitions } from "./rules.js";

export const Committee = field.entityNode("Committee", {
  description: "社区“大党委”（社区党委或联合党委）/ Community big party committee (community or joint committee)",
  children: {
    coverages: ["覆盖社区（含历史）/ Communities covered (with history)", "CommitteeCommunity"],
    memberships: ["成员单位（含历史）/ Member organisations (with history)", "Membership"],
    seats: ["职务（含历史）/ Seats (with history)", "Seat"],
    meetings: ["会议 / Meetings", "Meeting"],
    fundingPlans: ["经费方案（含历史版本）/ Funding plans (all revisions)", "FundingPlan"],
    assessments: ["考核 / Assessments", "Assessment"],
    volunteerTeams: ["志愿服务队 / Volunteer teams", "VolunteerTeam"],
  },
  stamps: "full",
  fields: (t) => ({
    code: t.exposeString("code", { description: "代码（区内唯一）/ Code (unique in the district)" }),
    name: t.exposeString("name", { description: "名称 / Name" }),
    kind: t.expose("kind", { type: CommitteeKindEnum, description: "类型 / Kind" }),
    status: t.expose("status", { type: CommitteeStatusEnum, description: "状态 / Status" }),
    street: t.relation("street", { description: "所属街道党工委 / Street working committee it belongs to" }),
    ...field.dates(t, "Date", {
      termStart: "任期开始 / Term start",
      termEnd: "任期结束 / Term end",
      dissolvedOn: "撤销日期 / Dissolved on",
    }),
    ...field.dates(t, "DateTime", {
      submittedAt: "报审时间 / Submitted at",
      approvedAt: "审批时间 / Approved at",
      rejectedAt: "退回时间 / Rejected at",
      filedAt: "备案时间 / Filed at",
      dissolvedAt: "撤销时间 / Dissolved at",
    }),
    ...field.strings(t, {
      rejectionReason: "退回理由 / Reason for rejection",
      filingNumber: "备案号 / Filing number",
      dissolutionReason: "撤销理由 / Reason for dissolving",
    }),
    createdByViewer: t.boolean({
      description: "由当前用户设立（可删除草稿）/ Set up by the signed-in user (who may delete the draft)",
      guardField: "createdBy",
      resolve: (c, _args, ctx) => c.createdBy !== null && c.createdBy === ctx.identity?.id,
    }),
    submittedByViewer: t.boolean({
      description:
        "由当前用户报审（职责分离：不能由其审批）/ Submitted by the signed-in user (separation of duties: they may not approve it)",
      guardField: "submittedBy",
      resolve: (c, _args, ctx) => c.submittedBy !== null && c.submittedBy === ctx.identity?.id,
    }),
    meetingCadence: t.expose("meetingCadence", {
      type: RegularMeetingCadenceEnum,
      description: "党委会召开周期（每月或每季度）/ How often the regular meeting is held (monthly or quarterly)",
    }),
  }),
});

export const CommitteeCommunity = field.entityNode("CommitteeCommunity", {
  description: "大党委覆盖的社区 / A community covered by a committee",
  parents: { committee: "大党委 / Committee", community: "社区 / Community" },
  stamps: "version",
  fields: (t) => ({
    ...field.dates(t, "DateTime", { startedAt: "开始覆盖 / Covered since", endedAt: "结束覆盖 / Covered until" }),
  }),
});

export const Membership = field.entityNode("Membership", {
  description: "成员单位：党组织在大党委中的成员身份 / Member unit: a party organisation's membership in a committee",
  parents: { committee: "大党委 / Committee", organization: "党组织 / Party organisation" },
  stamps: "full",
  fields: (t) => ({
    managementMode: t.expose("managementMode", {
      type: ManagementModeEnum,
      description: "管理方式：直接管理或双重管理 / Management mode: direct or dual",
    }),
    ...field.dates(t, "Date", { fromDate: "加入日期 / Member since", toDate: "退出日期 / Member until" }),
    ...field.strings(t, {
      responsibilities: "共建职责 / Responsibilities in joint building",
      resourcesOffered: "可共享资源 / Resources offered",
      serviceCommitments: "服务承诺 / Service commitments",
    }),
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

field.defineAllowedTransitions("Committee", CommitteeStatusEnum, committeeTransitions, "committee");

builder.prismaObjectField(Committee, "activeCoverages", (t) => {
  const rows = readable("CommitteeCommunity");
  return t.relation("coverages", {
    description: "当前覆盖的社区（未结束的覆盖）/ Communities covered now (coverage not ended)",
    extensions: rows.extensions,
    query: (args, ctx) => ({ where: { AND: [rows.query(args, ctx).where, { endedAt: null }] } }),
  }) as never;
});

field.defineActiveFlag("CommitteeCommunity", "endedAt", "覆盖是否仍有效 / Whether the coverage is still in effect");
field.defineActiveFlag("Membership", "toDate", "成员身份是否仍有效 / Whether the membership is still in effect");

/** What `deleteCommittee` answers: the deleted draft's id, code and name (the row itself is gone). */
export const DeletedCommittee = builder
  .objectRef<{ id: string; code: string; name: string }>("DeletedCommittee")
  .implement({
    description: "已删除的草稿大党委 / A deleted draft committee",
    fields: (t) => ({
      id: t.string({
        nullable: false,
        description: "原全局ID / Its former global ID",
        resolve: (c) => toGlobalId("Committee", c.id),
      }),
      code: t.exposeString("code", { nullable: false, description: "代码 / Code" }),
      name: t.exposeString("name", { nullable: false, description: "名称 / Name" }),
    }),
  });
