import { defineRootList } from "../data/lists.js";
import { SeatRoleEnum, SeatStatusEnum } from "../system/enums.js";

defineRootList({
  subject: "Seat",
  field: "seats",
  exportTitle: "委员职务",
  description: "大党委职务 / Seats on committees",
  filters: {
    committeeId: { kind: "id", of: "Committee", description: "大党委 / Committee" },
    personId: { kind: "id", of: "Person", description: "任职人员 / Person" },
    sourceOrganizationId: {
      kind: "id",
      of: "PartyOrganization",
      description: "来自的党组织 / Organisation the person comes from",
    },
    role: { kind: "enum", ref: SeatRoleEnum, description: "职务 / Role" },
    status: { kind: "enum", ref: SeatStatusEnum, description: "状态 / Status" },
  },
  orderable: ["role", "status", "nominatedAt", "approvedAt", "filedAt", "termStart", "createdAt", "updatedAt"],
  defaultOrder: [{ role: "asc" }, { nominatedAt: "asc" }],
});
