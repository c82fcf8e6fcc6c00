import { byCommittee, byId, byStatus, byYear, orderableStamps } from "../data/list-filters.js";
import { defineRootList } from "../data/lists.js";
import { ContributionStatusEnum, FundingPlanStatusEnum } from "../system/enums.js";

defineRootList({
  subject: "FundingPlan",
  field: "fundingPlans",
  description: "经费方案 / Funding plans",
  filters: { ...byCommittee, ...byYear, ...byStatus(FundingPlanStatusEnum) },
  orderable: ["year", "revision", "status", "budgetFen", "adoptedAt", ...orderableStamps],
  defaultOrder: [{ year: "desc" }, { revision: "desc" }],
});

defineRootList({
  subject: "Contribution",
  field: "contributions",
  exportTitle: "出资",
  description: "成员单位出资 / Contributions of member units",
  filters: {
    ...byId("planId", "FundingPlan", "经费方案 / Funding plan"),
    ...byId("membershipId", "Membership", "成员单位 / Member unit"),
    ...byStatus(ContributionStatusEnum),
  },
  orderable: ["amountFen", "status", "pledgedAt", "acknowledgedAt", "receivedAt", ...orderableStamps],
  defaultOrder: [{ pledgedAt: "desc" }],
});
