/** The input types of the unit and organisation mutations. */
import { z } from "zod";
import { builder } from "../builder.js";
import { versionedRecordInput } from "../data/inputs.js";
import { code, email, globalId, nonNegativeInt, optionalText, phone, text, versionField } from "../data/validation.js";
import { OrgLevelEnum, UnitKindEnum } from "../system/enums.js";

export const EndInput = versionedRecordInput("EndRecordInput", "注销/撤销一条记录 / End a record", "记录 / Record");

type FieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

/** The unit's descriptive fields, the same on create and update (none required). */
const unitDetails = (t: FieldBuilder) => ({
  address: t.string({ description: "地址 / Address", validate: optionalText(300) }),
  contactName: t.string({ description: "联络人 / Contact person", validate: optionalText(50) }),
  contactPhone: t.string({ description: "联系电话 / Contact phone", validate: phone }),
  contactEmail: t.string({ description: "联系邮箱 / Contact email", validate: email }),
  employeeCount: t.int({ description: "职工人数 / Employees", validate: nonNegativeInt.nullish() }),
});

export const CreateUnitInput = builder.inputType("CreateUnitInput", {
  description: "登记驻区单位 / Register a resident unit",
  fields: (t) => ({
    communityId: t.id({ required: true, description: "所在社区 / Community", validate: globalId }),
    name: t.string({ required: true, description: "单位名称 / Name", validate: text(200) }),
    kind: t.field({ type: UnitKindEnum, required: true, description: "单位类型 / Kind" }),
    creditCode: t.string({
      required: true,
      description: "统一社会信用代码 / Unified social credit code",
      validate: z.string().max(18),
    }),
    ...unitDetails(t),
  }),
});

export const UpdateUnitInput = builder.inputType("UpdateUnitInput", {
  description: "修改驻区单位（只写给出的字段）/ Update a unit (only the fields given)",
  fields: (t) => ({
    id: t.id({ required: true, description: "单位 / Unit", validate: globalId }),
    version: t.int(versionField),
    name: t.string({ description: "单位名称 / Name", validate: text(200).nullish() }),
    kind: t.field({
      type: UnitKindEnum,
      description:
        "单位类型（改变时其党组织的管理方式随之重算）/ Kind (its organisations' management mode is recomputed on a change)",
    }),
    ...unitDetails(t),
  }),
});

/** Where an organisation's superior is: local by id, or in another district by code. */
const superiorFields = (t: FieldBuilder, superiorIdDescription: string) => ({
  superiorId: t.id({ description: superiorIdDescription, validate: globalId.nullish() }),
  superiorExternalCode: t.string({
    description: "上级党组织代码（外区）/ Superior code in another district",
    validate: code.nullish(),
  }),
  superiorExternalName: t.string({ description: "上级党组织名称（外区）/ Superior name", validate: optionalText(200) }),
  superiorDistrictCode: t.string({
    description: "上级党组织所在区代码 / Superior's district code",
    validate: code.nullish(),
  }),
});

/** An organisation's name, level and profile (`required`: the fields a registration needs). */
const organizationProfile = <Required extends boolean>(t: FieldBuilder, required: Required) => ({
  name: t.string({ required, description: "名称 / Name", validate: required ? text(200) : text(200).nullish() }),
  level: t.field({ type: OrgLevelEnum, required, description: "层级 / Level" }),
  partyMemberCount: t.int({ description: "党员人数 / Party members", validate: nonNegativeInt.nullish() }),
  secretaryName: t.string({ description: "书记姓名 / Secretary's name", validate: optionalText(50) }),
});

export const CreateOrganizationInput = builder.inputType("CreateOrganizationInput", {
  description: "登记党组织 / Register a party organisation",
  fields: (t) => ({
    unitId: t.id({ description: "所属单位（与社区二选一）/ Unit (or community)", validate: globalId.nullish() }),
    communityId: t.id({
      description: "所属社区（社区党组织）/ Community (for the community organisation)",
      validate: globalId.nullish(),
    }),
    code: t.string({ required: true, description: "党组织代码 / Organisation code", validate: code }),
    ...organizationProfile(t, true),
    ...superiorFields(t, "上级党组织（本区）/ Superior organisation in this district"),
  }),
});

export const UpdateOrganizationInput = builder.inputType("UpdateOrganizationInput", {
  description: "修改党组织（不含隶属关系）/ Update an organisation (not its affiliation)",
  fields: (t) => ({
    id: t.id({ required: true, description: "党组织 / Organisation", validate: globalId }),
    version: t.int(versionField),
    ...organizationProfile(t, false),
  }),
});

export const ChangeAffiliationInput = builder.inputType("ChangeAffiliationInput", {
  description: "变更隶属关系（只有上级一方可以）/ Change the affiliation (the superior side only)",
  fields: (t) => ({
    id: t.id({ required: true, description: "党组织 / Organisation", validate: globalId }),
    version: t.int(versionField),
    ...superiorFields(t, "上级党组织（本区）/ Superior in this district"),
  }),
});
