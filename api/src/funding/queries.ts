import { defineRootList } from "../data/lists.js";
import { ContributionStatusEnum, FundingPlanStatusEnum } from "../system/enums.js";

defineRootList({
  subject: "FundingPlan",
  field: "fundingPlans",
  description: "经费方案 / Funding plans",
  filters: {
    committeeId: { kind: "id", of: "Committee", description: "大党委 / Committee" },
    year: { kind: "int", description: "年度 / Year" },
    status: { kind: "enum", ref: FundingPlanStatusEnum, description: "状态 / Status" },
  },
  orderable: ["year", "revision", "status", "budgetFen", "adoptedAt", "createdAt", "updatedAt"],
  defaultOrder: [{ year: "desc" }, { revision: "desc" }],
});

defineRootList({
  subject: "Contribution",
  field: "contributions",
  exportTitle: "出资",
  description: "成员单位出资 / Contributions of member units",
  filters: {
    planId: { kind: "id", of: "FundingPlan", description: "经费方案 / Funding plan" },
    membershipId: { kind: "id", of: "Membership", description: "成员单位 / Member unit" },
    status: { kind: "enum", ref: ContributionStatusEnum, description: "状态 / Status" },
  },
  orderable: ["amountFen", "status", "pledgedAt", "acknowledgedAt", "receivedAt", "createdAt", "updatedAt"],
  defaultOrder: [{ pledgedAt: "desc" }],
});
