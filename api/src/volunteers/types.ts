import { builder } from "../builder.js";
import { stamps } from "../data/entity-fields.js";
import { nodeOptions } from "../data/nodes.js";
import { readable } from "../permissions/pothos-guard.js";
import { VolunteerTeamKindEnum } from "../system/enums.js";

export const VolunteerTeam = builder.prismaNode("VolunteerTeam", {
  description: "党员服务联盟志愿服务队 / Volunteer team of the service alliance",
  ...nodeOptions("VolunteerTeam"),
  fields: (t) => ({
    committee: t.relation("committee", { description: "大党委 / Committee", nullable: true }),
    name: t.exposeString("name", { description: "名称 / Name" }),
    kind: t.expose("kind", { type: VolunteerTeamKindEnum, description: "类型 / Kind" }),
    leader: t.relation("leader", { description: "队长 / Leader", nullable: true }),
    foundedOn: t.expose("foundedOn", { type: "Date", description: "成立日期 / Founded on" }),
    endedAt: t.expose("endedAt", { type: "DateTime", description: "解散时间 / Ended at" }),
    members: t.relation("members", { description: "队员 / Members", ...readable("VolunteerTeamMember") }),
    activities: t.relation("activities", { description: "活动 / Activities", ...readable("VolunteerActivity") }),
    ...stamps(t),
  }),
});

export const VolunteerTeamMember = builder.prismaNode("VolunteerTeamMember", {
  description: "志愿服务队队员 / Member of a volunteer team",
  ...nodeOptions("VolunteerTeamMember"),
  fields: (t) => ({
    team: t.relation("team", { description: "服务队 / Team", nullable: true }),
    person: t.relation("person", { description: "人员 / Person", nullable: true }),
    joinedOn: t.expose("joinedOn", { type: "Date", description: "加入日期 / Joined on" }),
    leftOn: t.expose("leftOn", { type: "Date", description: "退出日期 / Left on" }),
    version: t.exposeInt("version", { description: "版本号 / Version" }),
  }),
});

export const VolunteerActivity = builder.prismaNode("VolunteerActivity", {
  description: "志愿服务活动 / Volunteer activity",
  ...nodeOptions("VolunteerActivity"),
  fields: (t) => ({
    team: t.relation("team", { description: "服务队 / Team", nullable: true }),
    title: t.exposeString("title", { description: "活动名称 / Title" }),
    heldOn: t.expose("heldOn", { type: "Date", description: "活动日期 / Held on" }),
    location: t.exposeString("location", { description: "地点 / Location" }),
    participantCount: t.exposeInt("participantCount", { description: "参加人数 / Participants" }),
    serviceHours: t.expose("serviceHours", { type: "Decimal", description: "服务时长（小时）/ Service hours" }),
    description: t.exposeString("description", { description: "内容 / Description" }),
    version: t.exposeInt("version", { description: "版本号 / Version" }),
  }),
});
