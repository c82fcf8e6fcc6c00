import { isJointWorkOverdue, jointWorkTransitions } from "@gongjian/domain/joint-work";
import { builder } from "../builder.js";
import * as field from "../data/entity-fields.js";
import { readable } from "../permissions/pothos-guard.js";
import { JointWorkCategoryEnum, JointWorkRaiserEnum, JointWorkRoleEnum, JointWorkStatusEnum } from "../system/enums.js";

export const JointWorkItem = field.entityNode("JointWorkItem", {
  description:
    "共建项目/事项（六联：党建工作联做、社区资源联享、精神文明联创、服务难题联解、公益事业联办、生活环境联建）/ Joint work item of a committee or a street (one of the six 六联 categories)",
  fields: (t) => ({
    ...field.parents(t, {
      committee: "大党委（街道共建事项为空）/ Committee (null for a street's item)",
      originResolution: "来源决议 / Resolution it was born from",
      agendaItem: "列入的会议议程（提出的事项）/ Agenda item it was put on (a raised item)",
      fundingPlan: "经费来源（经费计划）/ Budget line (funding plan)",
      closingResolution: "结项决议 / Closing resolution",
    }),
    category: t.expose("category", { type: JointWorkCategoryEnum, description: "六联类别 / Category" }),
    status: t.expose("status", { type: JointWorkStatusEnum, description: "状态 / Status" }),
    raisedByKind: t.expose("raisedByKind", {
      type: JointWorkRaiserEnum,
      nullable: true,
      description: "提出方（由决议产生的为空）/ Raised by (null when born from a resolution)",
    }),
    ...field.strings(t, {
      raisedByName: "提出人或单位 / Who raised it",
      title: "名称 / Title",
      description: "内容 / Description",
      dropReason: "终止理由 / Reason it was dropped",
    }),
    ...field.dates(t, "Date", { deadline: "完成期限 / Deadline" }),
    ...field.dates(t, "DateTime", {
      startedAt: "启动时间 / Started at",
      completedAt: "办结时间 / Done at",
      closedAt: "结项时间 / Closed at",
      droppedAt: "终止时间 / Dropped at",
    }),
    overdue: t.boolean({
      description:
        "逾期：未完成且完成期限早于今天（北京时间）/ Overdue: unfinished and its deadline before today (Beijing time)",
      guardField: "deadline",
      select: { status: true, deadline: true },
      resolve: (row) => isJointWorkOverdue(row, new Date()),
    }),
    participants: t.relation("participants", {
      description: "参与单位（牵头在前）/ Participating organisations (the lead first)",
      ...readable("JointWorkParticipant"),
      query: (_args, ctx) => ({
        where: ctx.guard.where("JointWorkParticipant"),
        orderBy: [{ role: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      }),
    }),
    progress: t.relation("progress", {
      description: "进展报告（按日期）/ Progress reports (by date)",
      ...readable("JointWorkProgress"),
      query: (_args, ctx) => ({
        where: ctx.guard.where("JointWorkProgress"),
        orderBy: [{ reportedOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      }),
    }),
    ...field.stamps(t),
  }),
});

field.defineAllowedTransitions("JointWorkItem", JointWorkStatusEnum, jointWorkTransitions, "joint work item");

export const JointWorkParticipant = field.entityNode("JointWorkParticipant", {
  description: "共建事项的参与单位及责任人 / An organisation sharing a joint work item, and its responsible person",
  fields: (t) => ({
    ...field.parents(t, { item: "共建事项 / Joint work item", organization: "参与单位 / Organisation" }),
    role: t.expose("role", { type: JointWorkRoleEnum, description: "牵头或协作 / Lead or co-operating" }),
    ...field.strings(t, { responsiblePerson: "责任人 / Responsible person" }),
    ...field.stamps(t),
  }),
});

export const JointWorkProgress = field.entityNode("JointWorkProgress", {
  description: "共建事项的进展报告 / A progress report on a joint work item",
  fields: (t) => ({
    ...field.parents(t, { item: "共建事项 / Joint work item", organization: "报告单位 / Reporting organisation" }),
    ...field.dates(t, "Date", { reportedOn: "报告日期 / Date" }),
    ...field.strings(t, { text: "进展情况 / Progress" }),
    percent: t.exposeInt("percent", { description: "完成百分比 / Percent done" }),
    ...field.stamps(t),
  }),
});

builder.prismaObjectFields("Resolution", (t) => ({
  jointWorkBorn: t.relation("jointWorkBorn", {
    description: "由本决议产生的共建事项 / Joint work items born from this resolution",
    ...readable("JointWorkItem"),
  }),
}));

builder.prismaObjectFields("Committee", (t) => ({
  jointWorkItems: t.relation("jointWorkItems", {
    description: "共建事项 / Joint work items",
    ...readable("JointWorkItem"),
  }),
}));
