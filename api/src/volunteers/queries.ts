import { byCommittee, byId, byKind, byName, ended, orderableStamps } from "../data/list-filters.js";
import { defineRootList } from "../data/lists.js";
import { VolunteerTeamKindEnum } from "../system/enums.js";

defineRootList({
  subject: "VolunteerTeam",
  field: "volunteerTeams",
  description: "志愿服务队 / Volunteer teams",
  filters: {
    ...byCommittee,
    ...byKind(VolunteerTeamKindEnum),
    ...byName,
    ...byId("leaderId", "Person", "队长 / Leader"),
    ...ended("已解散 / Ended"),
  },
  orderable: ["name", "kind", "foundedOn", "endedAt", ...orderableStamps],
  defaultOrder: [{ name: "asc" }],
});

defineRootList({
  subject: "VolunteerActivity",
  field: "volunteerActivities",
  description: "志愿服务活动 / Volunteer activities",
  filters: {
    ...byCommittee,
    ...byId("teamId", "VolunteerTeam", "服务队 / Team"),
    heldOn: { kind: "date", description: "活动日期范围 / Held between" },
    title: { kind: "string", description: "活动名称 / Title" },
  },
  orderable: ["heldOn", "title", "participantCount", "serviceHours", ...orderableStamps],
  defaultOrder: [{ heldOn: "desc" }],
});
