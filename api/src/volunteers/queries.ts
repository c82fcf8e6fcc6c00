import { defineRootList } from "../data/lists.js";
import { VolunteerTeamKindEnum } from "../system/enums.js";

defineRootList({
  subject: "VolunteerTeam",
  field: "volunteerTeams",
  description: "志愿服务队 / Volunteer teams",
  filters: {
    committeeId: { kind: "id", of: "Committee", description: "大党委 / Committee" },
    kind: { kind: "enum", ref: VolunteerTeamKindEnum, description: "类型 / Kind" },
    name: { kind: "string", description: "名称 / Name" },
    leaderId: { kind: "id", of: "Person", description: "队长 / Leader" },
    endedAt: { kind: "present", description: "已解散 / Ended" },
  },
  orderable: ["name", "kind", "foundedOn", "endedAt", "createdAt", "updatedAt"],
  defaultOrder: [{ name: "asc" }],
});

defineRootList({
  subject: "VolunteerActivity",
  field: "volunteerActivities",
  description: "志愿服务活动 / Volunteer activities",
  filters: {
    committeeId: { kind: "id", of: "Committee", description: "大党委 / Committee" },
    teamId: { kind: "id", of: "VolunteerTeam", description: "服务队 / Team" },
    heldOn: { kind: "date", description: "活动日期范围 / Held between" },
    title: { kind: "string", description: "活动名称 / Title" },
  },
  orderable: ["heldOn", "title", "participantCount", "serviceHours", "createdAt", "updatedAt"],
  defaultOrder: [{ heldOn: "desc" }],
});
