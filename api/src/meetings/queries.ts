import { byCommittee, byId, byKind, byStatus, orderableStamps } from "../data/list-filters.js";
import { defineRootList } from "../data/lists.js";
import { DecisionPrincipleEnum, MeetingKindEnum, MeetingStatusEnum, SubjectAreaEnum } from "../system/enums.js";

defineRootList({
  subject: "Meeting",
  field: "meetings",
  description: "会议（含街道工作协调会议）/ Meetings (street coordination meetings included)",
  filters: {
    ...byCommittee,
    ...byId("streetId", "Street", "街道 / Street"),
    ...byKind(MeetingKindEnum, "会议类型 / Kind"),
    ...byStatus(MeetingStatusEnum),
    scheduledAt: { kind: "date", description: "计划时间范围 / Scheduled between" },
    heldAt: { kind: "date", description: "召开时间范围 / Held between" },
    title: { kind: "string", description: "会议名称 / Title" },
  },
  orderable: ["scheduledAt", "heldAt", "title", "kind", "status", ...orderableStamps],
  defaultOrder: [{ scheduledAt: "desc" }],
});

defineRootList({
  subject: "Resolution",
  field: "resolutions",
  description: "决议 / Resolutions",
  filters: {
    ...byCommittee,
    ...byId("meetingId", "Meeting", "会议 / Meeting"),
    principle: { kind: "enum", ref: DecisionPrincipleEnum, description: "议事原则 / Decision principle" },
    subjectArea: { kind: "enum", ref: SubjectAreaEnum, description: "议事范围 / Subject area" },
    number: { kind: "string", description: "决议编号 / Number" },
    title: { kind: "string", description: "标题 / Title" },
    adoptedAt: { kind: "date", description: "通过时间范围 / Adopted between" },
  },
  orderable: ["adoptedAt", "number", "title", "principle", "subjectArea", ...orderableStamps],
  defaultOrder: [{ adoptedAt: "desc" }],
});
