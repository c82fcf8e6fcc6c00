import { beijingYearMonth } from "@gongjian/domain/calendar";
import { builder } from "../builder.js";
import * as field from "../data/entity-fields.js";
import { year } from "../data/validation.js";
import { readable } from "../permissions/pothos-guard.js";
import {
  AttendanceStatusEnum,
  DecisionPrincipleEnum,
  MeetingKindEnum,
  MeetingStatusEnum,
  SubjectAreaEnum,
  VoteChoiceEnum,
} from "../system/enums.js";
import { coordinationMeetingHeld } from "./coordination-rules.js";
import { urgentReportOverdue } from "./principles.js";

/** 议事范围 of an agenda item or a resolution. */
const subjectAreaField = {
  type: SubjectAreaEnum,
  description:
    "议事范围（社区建设与管理、社区服务、社区文化、社区民主自治、精神文明建设、社会治安综合治理、党建、其他）/ Subject area",
} as const;

export const Meeting = field.entityNode("Meeting", {
  description:
    "会议（党委会、扩大会、紧急会议，或街道工作协调会议）/ Meeting (regular, extended, emergency, or a street coordination meeting)",
  parents: {
    committee: "大党委（街道工作协调会议为空）/ Committee (null for a street coordination meeting)",
    street: "街道 / Street",
  },
  children: { attendances: ["出席情况 / Attendance", "Attendance"] },
  stamps: "full",
  fields: (t) => ({
    kind: t.expose("kind", { type: MeetingKindEnum, description: "会议类型 / Kind" }),
    status: t.expose("status", { type: MeetingStatusEnum, description: "状态 / Status" }),
    ...field.dates(t, "DateTime", { scheduledAt: "计划时间 / Scheduled at", heldAt: "召开时间 / Held at" }),
    ...field.strings(t, { title: "会议名称 / Title", location: "地点 / Location", minutes: "会议纪要 / Minutes" }),
    agendaItems: t.relation("agendaItems", {
      description: "议程（按序号）/ Agenda (in order)",
      ...readable("AgendaItem"),
      query: (_args, ctx) => ({ where: ctx.guard.where("AgendaItem"), orderBy: { position: "asc" } }),
    }),
    attendees: t.relation("attendees", {
      description:
        "列席单位及其代表（扩大会；不计入法定人数和表决）/ Attending organisations and their representatives (extended meetings; never counted toward quorum or votes)",
      ...readable("MeetingAttendee"),
      query: (_args, ctx) => ({
        where: ctx.guard.where("MeetingAttendee"),
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
    }),
    urgentReports: t.relation("urgentReports", {
      description: "本次党委会听取通报的急事共商决议 / Urgent decisions (急事共商) reported to this meeting",
      ...readable("Resolution"),
      query: (_args, ctx) => ({ where: ctx.guard.where("Resolution"), orderBy: [{ adoptedAt: "asc" }, { id: "asc" }] }),
    }),
    resolutions: t.relation("resolutions", {
      description: "决议（按登记顺序）/ Resolutions (in the order recorded)",
      ...readable("Resolution"),
      query: (_args, ctx) => ({
        where: ctx.guard.where("Resolution"),
        orderBy: [{ adoptedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      }),
    }),
  }),
});

export const AgendaItem = field.entityNode("AgendaItem", {
  description: "议程事项 / Agenda item",
  parents: { meeting: "会议 / Meeting" },
  stamps: "version",
  fields: (t) => ({
    position: t.exposeInt("position", { description: "序号 / Position" }),
    ...field.strings(t, { title: "事项 / Title", description: "说明 / Description" }),
    subjectArea: t.expose("subjectArea", subjectAreaField),
  }),
});

export const Attendance = field.entityNode("Attendance", {
  description: "出席记录 / Attendance record",
  parents: { meeting: "会议 / Meeting", person: "人员 / Person" },
  stamps: "version",
  fields: (t) => ({
    status: t.expose("status", { type: AttendanceStatusEnum, description: "出席情况 / Attendance" }),
    note: t.exposeString("note", { description: "备注 / Note" }),
  }),
});

export const Resolution = field.entityNode("Resolution", {
  description: "决议（注明议事原则）/ Resolution (with its decision principle)",
  parents: {
    meeting: "会议 / Meeting",
    agendaItem: "对应议程 / Agenda item",
    reportedAtMeeting: "急事共商：通报的党委会 / 急事共商: the regular meeting it was reported to",
  },
  children: {
    votes: ["要事共决：出席委员的表决 / 要事共决: the votes of the seat holders present", "ResolutionVote"],
    consultations: [
      "大事共议：征求意见的成员单位及其意见 / 大事共议: the member organisations consulted and their positions",
      "ResolutionConsultation",
    ],
  },
  stamps: "version",
  fields: (t) => ({
    ...field.strings(t, { number: "决议编号 / Number", title: "标题 / Title", text: "内容 / Text" }),
    principle: t.expose("principle", {
      type: DecisionPrincipleEnum,
      description: "议事原则（大事共议、实事共办、要事共决、急事共商）/ Decision principle",
    }),
    subjectArea: t.expose("subjectArea", subjectAreaField),
    votesFor: t.exposeInt("votesFor", { description: "赞成票 / Votes for" }),
    votesAgainst: t.exposeInt("votesAgainst", { description: "反对票 / Votes against" }),
    votesAbstain: t.exposeInt("votesAbstain", { description: "弃权票 / Abstentions" }),
    adoptedAt: t.expose("adoptedAt", { type: "DateTime", description: "通过时间 / Adopted at" }),
    ...field.dates(t, "DateTime", { reportedAt: "通报时间 / Reported at" }),
    reportOverdue: t.boolean({
      description:
        "急事共商：其后已召开党委会而尚未通报（其他原则为空）/ 急事共商: a regular meeting was held since without the report (null for other principles)",
      nullable: true,
      guardField: "reportedAtMeetingId",
      select: { principle: true, reportedAtMeetingId: true, committeeId: true, adoptedAt: true },
      resolve: async (r, _args, ctx) => {
        if (r.principle !== "URGENT_MATTERS_CONSULTED" || r.reportedAtMeetingId !== null) {
          return urgentReportOverdue(r, null);
        }
        const next = await ctx.db.prisma.meeting.findFirst({
          where: { committeeId: r.committeeId, kind: "REGULAR", status: "HELD", heldAt: { gt: r.adoptedAt } },
          select: { heldAt: true },
          orderBy: { heldAt: "asc" },
        });
        return urgentReportOverdue(r, next?.heldAt ?? null);
      },
    }),
  }),
});

export const ResolutionVote = field.entityNode("ResolutionVote", {
  description:
    "表决：一名出席委员对决议的表决意见（要事共决）/ One present seat holder's vote on a resolution (要事共决)",
  parents: { resolution: "决议 / Resolution", person: "委员 / Seat holder" },
  stamps: "full",
  fields: (t) => ({
    choice: t.expose("choice", { type: VoteChoiceEnum, description: "赞成、反对或弃权 / For, against or abstain" }),
  }),
});

export const ResolutionConsultation = field.entityNode("ResolutionConsultation", {
  description:
    "征求意见：一个成员单位对决议事项的意见（大事共议）/ The position of a member organisation consulted on a resolution (大事共议)",
  parents: { resolution: "决议 / Resolution", organization: "成员单位的党组织 / Member organisation" },
  stamps: "full",
  fields: (t) => ({
    ...field.strings(t, { position: "意见 / Position" }),
  }),
});

export const MeetingAttendee = field.entityNode("MeetingAttendee", {
  description:
    "列席：参加扩大会的党组织及其代表（已登记人员，或未登记者的姓名和职务）/ An organisation attending an extended meeting (列席) and its representative (a registered person, or the name and post of someone not registered)",
  parents: {
    meeting: "会议 / Meeting",
    organization: "列席的党组织 / Attending organisation",
    person: "代表（已登记人员）/ Representative (registered person)",
  },
  stamps: "full",
  fields: (t) => ({
    ...field.strings(t, {
      representativeName: "代表姓名（未登记者）/ Representative's name (not registered)",
      representativePost: "代表职务（未登记者）/ Representative's post (not registered)",
    }),
  }),
});

builder.prismaObjectFields("Street", (t) => ({
  coordinationMeetings: t.relation("meetings", {
    description: "街道工作协调会议（按计划时间）/ The street's coordination meetings (by scheduled time)",
    ...readable("Meeting"),
    query: (_args, ctx) => ({
      where: { AND: [ctx.guard.where("Meeting"), { kind: "COORDINATION" }] },
      orderBy: [{ scheduledAt: "desc" }, { id: "asc" }],
    }),
  }),
  coordinationMeetingHeld: t.boolean({
    description:
      "该年度（北京时间，默认今年）是否已召开街道工作协调会议（每年定期召开）/ Whether the street held its yearly coordination meeting in the year (Beijing time; default: this year)",
    args: { year: t.arg.int({ description: "年度（默认今年）/ Year (default: this year)", validate: year.nullish() }) },
    guardField: "name",
    select: { id: true },
    resolve: async (street, args, ctx) => {
      const meetings = await ctx.db.prisma.meeting.findMany({
        where: { AND: [ctx.guard.where("Meeting"), { streetId: street.id, kind: "COORDINATION", status: "HELD" }] },
        select: { kind: true, status: true, heldAt: true },
      });
      return coordinationMeetingHeld(meetings, args.year ?? beijingYearMonth(new Date()).year);
    },
  }),
}));
