import { builder } from "../builder.js";
import { stamps } from "../data/entity-fields.js";
import { scopedFindUnique } from "../data/nodes.js";
import { readable } from "../permissions/pothos-guard.js";
import {
  AttendanceStatusEnum,
  DecisionPrincipleEnum,
  MeetingKindEnum,
  MeetingStatusEnum,
  SubjectAreaEnum,
} from "../system/enums.js";

export const Meeting = builder.prismaNode("Meeting", {
  description: "会议（党委会、扩大会、紧急会议）/ Meeting (regular, extended or emergency)",
  id: { field: "id" },
  findUnique: scopedFindUnique("Meeting"),
  nullable: true,
  fields: (t) => ({
    committee: t.relation("committee", { description: "大党委 / Committee", nullable: true }),
    kind: t.expose("kind", { type: MeetingKindEnum, description: "会议类型 / Kind" }),
    status: t.expose("status", { type: MeetingStatusEnum, description: "状态 / Status" }),
    title: t.exposeString("title", { description: "会议名称 / Title" }),
    scheduledAt: t.expose("scheduledAt", { type: "DateTime", description: "计划时间 / Scheduled at" }),
    heldAt: t.expose("heldAt", { type: "DateTime", description: "召开时间 / Held at" }),
    location: t.exposeString("location", { description: "地点 / Location" }),
    minutes: t.exposeString("minutes", { description: "会议纪要 / Minutes" }),
    agendaItems: t.relation("agendaItems", {
      description: "议程（按序号）/ Agenda (in order)",
      ...readable("AgendaItem"),
      query: (_args, ctx) => ({ where: ctx.guard.where("AgendaItem"), orderBy: { position: "asc" } }),
    }),
    attendances: t.relation("attendances", { description: "出席情况 / Attendance", ...readable("Attendance") }),
    attendees: t.relation("attendees", {
      description:
        "列席单位及其代表（扩大会；不计入法定人数和表决）/ Attending organisations and their representatives (extended meetings; never counted toward quorum or votes)",
      ...readable("MeetingAttendee"),
      query: (_args, ctx) => ({
        where: ctx.guard.where("MeetingAttendee"),
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
    }),
    resolutions: t.relation("resolutions", {
      description: "决议（按登记顺序）/ Resolutions (in the order recorded)",
      ...readable("Resolution"),
      query: (_args, ctx) => ({
        where: ctx.guard.where("Resolution"),
        orderBy: [{ adoptedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      }),
    }),
    version: t.exposeInt("version", { description: "版本号（乐观锁）/ Version (optimistic concurrency)" }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "创建时间 / Created at" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "修改时间 / Updated at" }),
  }),
});

export const AgendaItem = builder.prismaNode("AgendaItem", {
  description: "议程事项 / Agenda item",
  id: { field: "id" },
  findUnique: scopedFindUnique("AgendaItem"),
  nullable: true,
  fields: (t) => ({
    meeting: t.relation("meeting", { description: "会议 / Meeting", nullable: true }),
    position: t.exposeInt("position", { description: "序号 / Position" }),
    title: t.exposeString("title", { description: "事项 / Title" }),
    description: t.exposeString("description", { description: "说明 / Description" }),
    subjectArea: t.expose("subjectArea", {
      type: SubjectAreaEnum,
      description:
        "议事范围（社区建设与管理、社区服务、社区文化、社区民主自治、精神文明建设、社会治安综合治理、党建、其他）/ Subject area",
    }),
    version: t.exposeInt("version", { description: "版本号 / Version" }),
  }),
});

export const Attendance = builder.prismaNode("Attendance", {
  description: "出席记录 / Attendance record",
  id: { field: "id" },
  findUnique: scopedFindUnique("Attendance"),
  nullable: true,
  fields: (t) => ({
    meeting: t.relation("meeting", { description: "会议 / Meeting", nullable: true }),
    person: t.relation("person", { description: "人员 / Person", nullable: true }),
    status: t.expose("status", { type: AttendanceStatusEnum, description: "出席情况 / Attendance" }),
    note: t.exposeString("note", { description: "备注 / Note" }),
    version: t.exposeInt("version", { description: "版本号 / Version" }),
  }),
});

export const Resolution = builder.prismaNode("Resolution", {
  description: "决议（注明议事原则）/ Resolution (with its decision principle)",
  id: { field: "id" },
  findUnique: scopedFindUnique("Resolution"),
  nullable: true,
  fields: (t) => ({
    meeting: t.relation("meeting", { description: "会议 / Meeting", nullable: true }),
    agendaItem: t.relation("agendaItem", { description: "对应议程 / Agenda item", nullable: true }),
    number: t.exposeString("number", { description: "决议编号 / Number" }),
    title: t.exposeString("title", { description: "标题 / Title" }),
    text: t.exposeString("text", { description: "内容 / Text" }),
    principle: t.expose("principle", {
      type: DecisionPrincipleEnum,
      description: "议事原则（大事共议、实事共办、要事共决、急事共商）/ Decision principle",
    }),
    subjectArea: t.expose("subjectArea", {
      type: SubjectAreaEnum,
      description:
        "议事范围（社区建设与管理、社区服务、社区文化、社区民主自治、精神文明建设、社会治安综合治理、党建、其他）/ Subject area",
    }),
    votesFor: t.exposeInt("votesFor", { description: "赞成票 / Votes for" }),
    votesAgainst: t.exposeInt("votesAgainst", { description: "反对票 / Votes against" }),
    votesAbstain: t.exposeInt("votesAbstain", { description: "弃权票 / Abstentions" }),
    adoptedAt: t.expose("adoptedAt", { type: "DateTime", description: "通过时间 / Adopted at" }),
    version: t.exposeInt("version", { description: "版本号 / Version" }),
  }),
});

export const MeetingAttendee = builder.prismaNode("MeetingAttendee", {
  description:
    "列席：参加扩大会的党组织及其代表（已登记人员，或未登记者的姓名和职务）/ An organisation attending an extended meeting (列席) and its representative (a registered person, or the name and post of someone not registered)",
  id: { field: "id" },
  findUnique: scopedFindUnique("MeetingAttendee"),
  nullable: true,
  fields: (t) => ({
    meeting: t.relation("meeting", { description: "会议 / Meeting", nullable: true }),
    organization: t.relation("organization", { description: "列席的党组织 / Attending organisation", nullable: true }),
    person: t.relation("person", {
      description: "代表（已登记人员）/ Representative (registered person)",
      nullable: true,
    }),
    representativeName: t.exposeString("representativeName", {
      description: "代表姓名（未登记者）/ Representative's name (not registered)",
    }),
    representativePost: t.exposeString("representativePost", {
      description: "代表职务（未登记者）/ Representative's post (not registered)",
    }),
    ...stamps(t),
  }),
});
