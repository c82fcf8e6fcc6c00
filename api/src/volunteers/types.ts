import * as field from "../data/entity-fields.js";
import { VolunteerTeamKindEnum } from "../system/enums.js";

export const VolunteerTeam = field.entityNode("VolunteerTeam", {
  description: "党员服务联盟志愿服务队 / Volunteer team of the service alliance",
  parents: { committee: "大党委 / Committee", leader: "队长 / Leader" },
  children: {
    members: ["队员 / Members", "VolunteerTeamMember"],
    activities: ["活动 / Activities", "VolunteerActivity"],
  },
  stamps: "full",
  fields: (t) => ({
    name: t.exposeString("name", { description: "名称 / Name" }),
    kind: t.expose("kind", { type: VolunteerTeamKindEnum, description: "类型 / Kind" }),
    foundedOn: t.expose("foundedOn", { type: "Date", description: "成立日期 / Founded on" }),
    endedAt: t.expose("endedAt", { type: "DateTime", description: "解散时间 / Ended at" }),
  }),
});

export const VolunteerTeamMember = field.entityNode("VolunteerTeamMember", {
  description: "志愿服务队队员 / Member of a volunteer team",
  parents: { team: "服务队 / Team", person: "人员 / Person" },
  stamps: "version",
  fields: (t) => ({
    ...field.dates(t, "Date", { joinedOn: "加入日期 / Joined on", leftOn: "退出日期 / Left on" }),
  }),
});

export const VolunteerActivity = field.entityNode("VolunteerActivity", {
  description: "志愿服务活动 / Volunteer activity",
  parents: { team: "服务队 / Team" },
  stamps: "version",
  fields: (t) => ({
    ...field.strings(t, { title: "活动名称 / Title", location: "地点 / Location", description: "内容 / Description" }),
    heldOn: t.expose("heldOn", { type: "Date", description: "活动日期 / Held on" }),
    participantCount: t.exposeInt("participantCount", { description: "参加人数 / Participants" }),
    serviceHours: t.expose("serviceHours", { type: "Decimal", description: "服务时长（小时）/ Service hours" }),
  }),
});
