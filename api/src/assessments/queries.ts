import { defineRootList } from "../data/lists.js";
import { AssessmentGradeEnum, AssessmentKindEnum } from "../system/enums.js";

defineRootList({
  subject: "Assessment",
  field: "assessments",
  description: "考核 / Assessments",
  filters: {
    committeeId: { kind: "id", of: "Committee", description: "大党委 / Committee" },
    kind: { kind: "enum", ref: AssessmentKindEnum, description: "考核类型 / Kind" },
    year: { kind: "int", description: "年度 / Year" },
    membershipId: { kind: "id", of: "Membership", description: "被考核成员单位 / Member unit assessed" },
    organizationId: {
      kind: "id",
      of: "PartyOrganization",
      description: "被考核（或其成员所在）的党组织 / Organisation assessed (or of the person assessed)",
    },
    grade: { kind: "enum", ref: AssessmentGradeEnum, description: "等次 / Grade" },
    notifiedAt: { kind: "present", description: "已通报 / Notified" },
  },
  orderable: ["year", "kind", "score", "points", "grade", "assessedAt", "notifiedAt", "createdAt", "updatedAt"],
  defaultOrder: [{ year: "desc" }, { assessedAt: "desc" }],
});
