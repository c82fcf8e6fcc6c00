import * as field from "../data/entity-fields.js";
import { ManagementModeEnum, OrgLevelEnum, UnitKindEnum } from "../system/enums.js";

export const Unit = field.entityNode("Unit", {
  description: "驻区单位 / Resident unit",
  parents: { community: "所在社区 / Community" },
  children: { organizations: ["单位党组织 / Party organisations of the unit", "PartyOrganization"] },
  stamps: "full",
  fields: (t) => ({
    kind: t.expose("kind", { type: UnitKindEnum, description: "单位类型 / Kind of unit" }),
    ...field.strings(t, {
      name: "单位名称 / Name",
      creditCode: "统一社会信用代码 / Unified social credit code",
      address: "地址 / Address",
      contactName: "联络人 / Contact person",
      contactPhone: "单位联系电话 / Unit's contact phone",
      contactEmail: "联系邮箱 / Contact email",
    }),
    employeeCount: t.exposeInt("employeeCount", { description: "职工人数 / Employees" }),
    endedAt: t.expose("endedAt", { type: "DateTime", description: "注销时间 / Ended at" }),
  }),
});

export const PartyOrganization = field.entityNode("PartyOrganization", {
  description: "党组织 / Party organisation",
  parents: {
    unit: "所属单位 / Unit",
    community: "所属社区（社区党组织）/ Community (community organisation)",
  },
  children: { subordinates: ["下级党组织 / Subordinate organisations", "PartyOrganization"] },
  stamps: "full",
  fields: (t) => ({
    level: t.expose("level", { type: OrgLevelEnum, description: "层级（党委/党总支/党支部）/ Level" }),
    managementMode: t.expose("managementMode", {
      type: ManagementModeEnum,
      description:
        "管理方式（由隶属关系决定；居委会党组织总是直接管理）/ Management mode (follows from the affiliation; a residents' committee's organisation is always DIRECT)",
    }),
    superior: t.relation("superior", {
      description: "上级党组织（本区登记）/ Superior organisation (registered in this district)",
      nullable: true,
      guardField: "superiorId",
    }),
    ...field.strings(t, {
      code: "党组织代码 / Organisation code",
      name: "名称 / Name",
      superiorExternalCode: "上级党组织代码（外区登记）/ Superior organisation code (registered in another district)",
      superiorExternalName: "上级党组织名称（外区）/ Superior organisation name (another district)",
      superiorDistrictCode: "上级党组织所在区代码 / District code of the superior",
      secretaryName: "书记姓名 / Secretary's name",
    }),
    partyMemberCount: t.exposeInt("partyMemberCount", { description: "党员人数 / Party members" }),
    endedAt: t.expose("endedAt", { type: "DateTime", description: "撤销时间 / Ended at" }),
  }),
});
