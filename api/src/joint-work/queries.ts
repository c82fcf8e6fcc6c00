import { beijingDate } from "@gongjian/domain/calendar";
import { UNFINISHED_JOINT_WORK } from "@gongjian/domain/joint-work";
import { byCommittee, byId, byStatus, orderableStamps } from "../data/list-filters.js";
import { defineRootList } from "../data/lists.js";
import { JointWorkCategoryEnum, JointWorkStatusEnum } from "../system/enums.js";

/** The SQL form of `isJointWorkOverdue` (api/domain/src/joint-work.ts): unfinished, deadline before today in Beijing. */
function overdueWhere(on: boolean) {
  const overdue = { status: { in: [...UNFINISHED_JOINT_WORK] }, deadline: { lt: beijingDate(new Date()) } };
  return on ? overdue : { NOT: overdue };
}

defineRootList({
  subject: "JointWorkItem",
  field: "jointWorkItems",
  description: "共建项目/事项 / Joint work items",
  filters: {
    ...byCommittee,
    ...byId("streetId", "Street", "街道 / Street"),
    ...byId("originResolutionId", "Resolution", "来源决议 / Resolution it was born from"),
    ...byStatus(JointWorkStatusEnum),
    category: { kind: "enum", ref: JointWorkCategoryEnum, description: "六联类别 / Category" },
    title: { kind: "string", description: "名称 / Title" },
    deadline: { kind: "date", description: "完成期限范围 / Deadline between" },
    overdue: {
      kind: "flag",
      column: "deadline",
      where: overdueWhere,
      description: "逾期（北京时间）/ Overdue (Beijing time)",
    },
  },
  orderable: ["deadline", "title", "category", "status", ...orderableStamps],
  defaultOrder: [{ deadline: "asc" }],
});

defineRootList({
  subject: "JointWorkProgress",
  field: "jointWorkProgressReports",
  description: "共建事项进展报告 / Progress reports on joint work items",
  filters: {
    ...byCommittee,
    ...byId("itemId", "JointWorkItem", "共建事项 / Joint work item"),
    ...byId("organizationId", "PartyOrganization", "报告单位 / Reporting organisation"),
    reportedOn: { kind: "date", description: "报告日期范围 / Reported between" },
  },
  orderable: ["reportedOn", "percent", ...orderableStamps],
  defaultOrder: [{ reportedOn: "desc" }],
});
