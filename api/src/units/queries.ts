import { defineRootList } from "../data/lists.js";
import { ManagementModeEnum, OrgLevelEnum, UnitKindEnum } from "../system/enums.js";

defineRootList({
  subject: "Unit",
  field: "units",
  description: "驻区单位 / Resident units",
  filters: {
    communityId: { kind: "id", of: "Community", description: "所在社区 / Community" },
    streetId: { kind: "id", of: "Street", description: "所在街道 / Street" },
    kind: { kind: "enum", ref: UnitKindEnum, description: "单位类型 / Kind" },
    name: { kind: "string", description: "名称 / Name" },
    creditCode: { kind: "string", description: "统一社会信用代码 / Credit code" },
    endedAt: { kind: "present", description: "已注销 / Ended" },
  },
  orderable: ["name", "kind", "creditCode", "employeeCount", "createdAt", "updatedAt"],
  defaultOrder: [{ name: "asc" }],
});

defineRootList({
  subject: "PartyOrganization",
  field: "organizations",
  description: "党组织 / Party organisations",
  filters: {
    unitId: { kind: "id", of: "Unit", description: "所属单位 / Unit" },
    communityId: { kind: "id", of: "Community", description: "所属社区 / Community" },
    streetId: { kind: "id", of: "Street", description: "所在街道 / Street" },
    managementMode: { kind: "enum", ref: ManagementModeEnum, description: "管理方式 / Management mode" },
    level: { kind: "enum", ref: OrgLevelEnum, description: "层级 / Level" },
    name: { kind: "string", description: "名称 / Name" },
    code: { kind: "string", description: "党组织代码 / Code" },
    superiorExternalCode: { kind: "string", description: "外区上级代码 / External superior code" },
    endedAt: { kind: "present", description: "已撤销 / Ended" },
  },
  orderable: ["name", "code", "level", "managementMode", "partyMemberCount", "createdAt", "updatedAt"],
  defaultOrder: [{ name: "asc" }],
});
