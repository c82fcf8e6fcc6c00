import { byId, byKind, byName, ended, orderableStamps } from "../data/list-filters.js";
import { defineRootList } from "../data/lists.js";
import { ManagementModeEnum, OrgLevelEnum, UnitKindEnum } from "../system/enums.js";

defineRootList({
  subject: "Unit",
  field: "units",
  description: "驻区单位 / Resident units",
  filters: {
    ...byId("communityId", "Community", "所在社区 / Community"),
    ...byId("streetId", "Street", "所在街道 / Street"),
    ...byKind(UnitKindEnum, "单位类型 / Kind"),
    ...byName,
    creditCode: { kind: "string", description: "统一社会信用代码 / Credit code" },
    ...ended("已注销 / Ended"),
  },
  orderable: ["name", "kind", "creditCode", "employeeCount", ...orderableStamps],
  defaultOrder: [{ name: "asc" }],
});

defineRootList({
  subject: "PartyOrganization",
  field: "organizations",
  description: "党组织 / Party organisations",
  filters: {
    ...byId("unitId", "Unit", "所属单位 / Unit"),
    ...byId("communityId", "Community", "所属社区 / Community"),
    ...byId("streetId", "Street", "所在街道 / Street"),
    managementMode: { kind: "enum", ref: ManagementModeEnum, description: "管理方式 / Management mode" },
    level: { kind: "enum", ref: OrgLevelEnum, description: "层级 / Level" },
    ...byName,
    code: { kind: "string", description: "党组织代码 / Code" },
    superiorExternalCode: { kind: "string", description: "外区上级代码 / External superior code" },
    ...ended("已撤销 / Ended"),
  },
  orderable: ["name", "code", "level", "managementMode", "partyMemberCount", ...orderableStamps],
  defaultOrder: [{ name: "asc" }],
});
