import { byCommittee, byId, byOrganization, byStatus, orderableStamps } from "../data/list-filters.js";
import { defineRootList } from "../data/lists.js";
import { SeatRoleEnum, SeatStatusEnum } from "../system/enums.js";

const { organizationId: sourceOrganizationId } = byOrganization("来自的党组织 / Organisation the person comes from");

defineRootList({
  subject: "Seat",
  field: "seats",
  exportTitle: "委员职务",
  description: "大党委职务 / Seats on committees",
  filters: {
    ...byCommittee,
    ...byId("personId", "Person", "任职人员 / Person"),
    sourceOrganizationId,
    role: { kind: "enum", ref: SeatRoleEnum, description: "职务 / Role" },
    ...byStatus(SeatStatusEnum),
  },
  orderable: ["role", "status", "nominatedAt", "approvedAt", "filedAt", "termStart", ...orderableStamps],
  defaultOrder: [{ role: "asc" }, { nominatedAt: "asc" }],
});
