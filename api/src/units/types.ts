import { builder } from "../builder.js";
import { scopedFindUnique } from "../data/nodes.js";
import { readable } from "../permissions/pothos-guard.js";
import { ManagementModeEnum, OrgLevelEnum, UnitKindEnum } from "../system/enums.js";

export const Unit = builder.prismaNode("Unit", {
  description: "驻区单位 / Resident unit",
  id: { field: "id" },
  findUnique: scopedFindUnique("Unit"),
  nullable: true,
  fields: (t) => ({
    name: t.exposeString("name", { description: "单位名称 / Name" }),
    kind: t.expose("kind", { type: UnitKindEnum, description: "单位类型 / Kind of unit" }),
    creditCode: t.exposeString("creditCode", { description: "统一社会信用代码 / Unified social credit code" }),
    address: t.exposeString("address", { description: "地址 / Address" }),
    contactName: t.exposeString("contactName", { description: "联络人 / Contact person" }),
    contactPhone: t.exposeString("contactPhone", { description: "单位联系电话 / Unit's contact phone" }),
    contactEmail: t.exposeString("contactEmail", { description: "联系邮箱 / Contact email" }),
    employeeCount: t.exposeInt("employeeCount", { description: "职工人数 / Employees" }),
    endedAt: t.expose("endedAt", { type: "DateTime", description: "注销时间 / Ended at" }),
    community: t.relation("community", { description: "所在社区 / Community", nullable: true }),
    organizations: t.relation("organizations", {
      description: "单位党组织 / Party organisations of the unit",
      ...readable("PartyOrganization"),
    }),
    version: t.exposeInt("version", { description: "版本号（乐观锁）/ Version (optimistic concurrency)" }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "创建时间 / Created at" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "修改时间 / Updated at" }),
  }),
});

export const PartyOrganization = builder.prismaNode("PartyOrganization", {
  description: "党组织 / Party organisation",
  id: { field: "id" },
  findUnique: scopedFindUnique("PartyOrganization"),
  nullable: true,
  fields: (t) => ({
    code: t.exposeString("code", { description: "党组织代码 / Organisation code" }),
    name: t.exposeString("name", { description: "名称 / Name" }),
    level: t.expose("level", { type: OrgLevelEnum, description: "层级（党委/党总支/党支部）/ Level" }),
    managementMode: t.expose("managementMode", {
      type: ManagementModeEnum,
      description:
        "管理方式（由隶属关系决定；居委会党组织总是直接管理）/ Management mode (follows from the affiliation; a residents' committee's organisation is always DIRECT)",
    }),
    unit: t.relation("unit", { description: "所属单位 / Unit", nullable: true }),
    community: t.relation("community", {
      description: "所属社区（社区党组织）/ Community (community organisation)",
      nullable: true,
    }),
    superior: t.relation("superior", {
      description: "上级党组织（本区登记）/ Superior organisation (registered in this district)",
      nullable: true,
      guardField: "superiorId",
    }),
    superiorExternalCode: t.exposeString("superiorExternalCode", {
      description: "上级党组织代码（外区登记）/ Superior organisation code (registered in another district)",
    }),
    superiorExternalName: t.exposeString("superiorExternalName", {
      description: "上级党组织名称（外区）/ Superior organisation name (another district)",
    }),
    superiorDistrictCode: t.exposeString("superiorDistrictCode", {
      description: "上级党组织所在区代码 / District code of the superior",
    }),
    partyMemberCount: t.exposeInt("partyMemberCount", { description: "党员人数 / Party members" }),
    secretaryName: t.exposeString("secretaryName", { description: "书记姓名 / Secretary's name" }),
    endedAt: t.expose("endedAt", { type: "DateTime", description: "撤销时间 / Ended at" }),
    subordinates: t.relation("subordinates", {
      description: "下级党组织 / Subordinate organisations",
      ...readable("PartyOrganization"),
    }),
    version: t.exposeInt("version", { description: "版本号（乐观锁）/ Version (optimistic concurrency)" }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "创建时间 / Created at" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "修改时间 / Updated at" }),
  }),
});
