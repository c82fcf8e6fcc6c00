/** The input types of the person mutations. */
import { z } from "zod";
import { builder } from "../builder.js";
import { versionedRecordInput } from "../data/inputs.js";
import { code, globalId, optionalText, phone, text, versionField } from "../data/validation.js";
import { GenderEnum, WorkplaceKindEnum } from "../system/enums.js";

/** Checked by `assertIdNumber` (check character), which names the field; here only a length bound. */
export const idNumberText = z.string().max(40);
const birthYear = z.number().int().min(1900).max(2100).nullish();

type FieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

/** A person's own facts, the same on create and update (`required`: the fields a registration needs). */
const personFields = <Required extends boolean>(t: FieldBuilder, required: Required) => ({
  name: t.string({ required, description: "姓名 / Name", validate: required ? text(50) : text(50).nullish() }),
  gender: t.field({ type: GenderEnum, required, description: "性别 / Gender" }),
  birthYear: t.int({ description: "出生年份 / Year of birth", validate: birthYear }),
  isPartyMember: t.boolean({ required, description: "是否党员 / Party member" }),
  partyJoinedOn: t.field({ type: "Date", description: "入党日期（仅党员）/ Joined the party on (members only)" }),
  position: t.string({ description: "职务 / Position", validate: optionalText(100) }),
});

/** The workplace, written as a whole: its kind and exactly that kind's fields (workplace-rules.ts). */
const workplaceFields = (t: FieldBuilder, organizationDescription: string) => ({
  workplaceKind: t.field({
    type: WorkplaceKindEnum,
    description:
      "工作单位类型（缺省：给出工作单位党组织时为本区党组织）/ Kind of workplace (default: ORGANIZATION when an organisation is given)",
  }),
  workplaceOrganizationId: t.id({ description: organizationDescription, validate: globalId.nullish() }),
  workplaceExternalCode: t.string({
    description: "外区党组织代码（外区党组织）/ Organisation code (organisation of another district)",
    validate: code.nullish(),
  }),
  workplaceDistrictCode: t.string({
    description: "外区党组织所在区代码（6位）/ District code of that organisation (6 digits)",
    validate: z
      .string()
      .trim()
      .regex(/^\d{6}$/, "区代码为6位数字 / a district code has 6 digits")
      .nullish(),
  }),
  workplaceEmployerName: t.string({
    description: "未登记单位名称 / Name of the unregistered employer",
    validate: optionalText(200),
  }),
  workplaceCreditCode: t.string({
    description: "未登记单位的统一社会信用代码 / Unified social credit code of the unregistered employer",
    validate: z.string().max(18).nullish(),
  }),
});

const residenceField = (t: FieldBuilder) =>
  t.id({ description: "居住地社区 / Community of residence", validate: globalId.nullish() });

/**
 * A person's personal data (PersonPrivate), the same on registration and on its own update
 * (`registering`: the ID number required; on update, null clears the phone or the address).
 */
const personalDataFields = <Registering extends boolean>(t: FieldBuilder, registering: Registering) => {
  const described = (zh: string, en: string) =>
    registering ? `${zh}（个人信息）/ ${en} (personal data)` : `${zh}（null 清除）/ ${en} (null clears it)`;
  return {
    idNumber: t.string({
      required: registering,
      description: registering ? described("身份证号", "ID number") : "身份证号 / ID number",
      validate: registering ? idNumberText : idNumberText.nullish(),
    }),
    phone: t.string({ description: described("手机号", "Phone"), validate: phone }),
    homeAddress: t.string({ description: described("家庭住址", "Home address"), validate: optionalText(300) }),
  };
};

export const CreatePersonInput = builder.inputType("CreatePersonInput", {
  description: "登记人员（含个人信息）/ Register a person (with their personal data)",
  fields: (t) => ({
    streetId: t.id({
      required: true,
      description: "登记街道 / Street whose registry holds the person",
      validate: globalId,
    }),
    ...personFields(t, true),
    ...workplaceFields(
      t,
      "工作单位党组织（在职党员；本区任一街道）/ Workplace party organisation (in-service member; any street of the district)",
    ),
    residenceCommunityId: residenceField(t),
    ...personalDataFields(t, true),
  }),
});

export const UpdatePersonInput = versionedRecordInput(
  "UpdatePersonInput",
  "修改人员基本情况（只写给出的字段，null 清除可选字段）/ Update a person (only the fields given; null clears an optional one)",
  "人员 / Person",
  (t) => ({
    ...personFields(t, false),
    ...workplaceFields(
      t,
      "工作单位党组织（本区任一街道；给出任一工作单位字段即整体替换）/ Workplace party organisation (any street of the district; any workplace field given replaces the whole workplace)",
    ),
    residenceCommunityId: residenceField(t),
  }),
);

export const UpdatePersonPrivateInput = builder.inputType("UpdatePersonPrivateInput", {
  description: "修改人员的个人信息（只写给出的字段）/ Update a person's personal data (only the fields given)",
  fields: (t) => ({
    personId: t.id({ required: true, description: "人员 / Person", validate: globalId }),
    version: t.int({
      ...versionField,
      description: "个人信息记录所依据的版本号 / Version of the personal data record the change is based on",
    }),
    ...personalDataFields(t, false),
  }),
});

export const EndPersonInput = versionedRecordInput(
  "EndPersonInput",
  "注销人员 / End (deregister) a person",
  "人员 / Person",
);
