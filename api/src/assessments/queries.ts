import { byCommittee, byId, byKind, byOrganization, byYear, orderableStamps } from "../data/list-filters.js";
import { defineRootList } from "../data/lists.js";
import { AssessmentGradeEnum, AssessmentKindEnum } from "../system/enums.js";

defineRootList({
  subject: "Assessment",
  field: "assessments",
  description: "考核 / Assessments",
  filters: {
    ...byCommittee,
    ...byKind(AssessmentKindEnum, "考核类型 / Kind"),
    ...byYear,
    ...byId("membershipId", "Membership", "被考核成员单位 / Member unit assessed"),
    ...byOrganization("被考核（或其成员所在）的党组织 / Organisation assessed (or of the person assessed)"),
    grade: { kind: "enum", ref: AssessmentGradeEnum, description: "等次 / Grade" },
    notifiedAt: { kind: "present", description: "已通报 / Notified" },
  },
  orderable: ["year", "kind", "score", "points", "grade", "assessedAt", "notifiedAt", ...orderableStamps],
  defaultOrder: [{ year: "desc" }, { assessedAt: "desc" }],
});
