import { byId, ended, orderableStamps } from "../data/list-filters.js";
import { defineRootList } from "../data/lists.js";
import { WorkplaceKindEnum } from "../system/enums.js";

// Personal data (idNumber, phone, homeAddress) lives in PersonPrivate and is deliberately neither
// filterable nor sortable here: a filter on a hidden value would be an oracle for it.
defineRootList({
  subject: "Person",
  field: "persons",
  exportTitle: "人员",
  description: "人员/党员 / Persons (party members)",
  filters: {
    ...byId("streetId", "Street", "登记街道 / Street whose registry holds the person"),
    name: { kind: "string", description: "姓名 / Name" },
    isPartyMember: { kind: "boolean", description: "是否党员 / Party member" },
    workplaceKind: { kind: "enum", ref: WorkplaceKindEnum, description: "工作单位类型 / Kind of workplace" },
    ...byId("workplaceOrganizationId", "PartyOrganization", "工作单位党组织 / Workplace party organisation"),
    ...byId("residenceCommunityId", "Community", "居住地社区 / Community of residence"),
    ...ended("已注销 / Ended"),
  },
  orderable: ["name", "birthYear", "partyJoinedOn", ...orderableStamps],
  defaultOrder: [{ name: "asc" }],
});
