/** The input types of the street and community mutations. */
import { z } from "zod";
import { builder } from "../builder.js";
import { code, globalId, nonNegativeInt, optionalText, text, versionField } from "../data/validation.js";

export const CreateStreetInput = builder.inputType("CreateStreetInput", {
  description: "新建街道 / Create a street",
  fields: (t) => ({
    districtId: t.id({ required: true, description: "所属区 / District" }),
    code: t.string({ required: true, description: "街道代码 / Street code", validate: code }),
    name: t.string({ required: true, description: "名称 / Name", validate: text(100) }),
  }),
});

export const UpdateDistrictSettingsInput = builder.inputType("UpdateDistrictSettingsInput", {
  description: "修改区的设置（区委组织部）/ Change a district's settings (district organisation department)",
  fields: (t) => ({
    id: t.id({ required: true, description: "区 / District", validate: globalId }),
    version: t.int(versionField),
    allowSelfApproval: t.boolean({
      required: true,
      description:
        "允许报审人或推选人本人审批（只适用于很小的街道；此类审批单独记录）/ Allow whoever submitted or nominated to approve it too (very small streets only; such approvals are audited as such)",
    }),
  }),
});

export const UpdateStreetInput = builder.inputType("UpdateStreetInput", {
  description: "修改街道 / Update a street",
  fields: (t) => ({
    id: t.id({ required: true, description: "街道 / Street", validate: globalId }),
    version: t.int(versionField),
    name: t.string({ required: true, description: "名称 / Name", validate: text(100) }),
  }),
});

export const CreateCommunityInput = builder.inputType("CreateCommunityInput", {
  description: "新建社区 / Create a community",
  fields: (t) => ({
    streetId: t.id({ required: true, description: "所属街道 / Street", validate: globalId }),
    code: t.string({ required: true, description: "社区代码 / Community code", validate: code }),
    name: t.string({ required: true, description: "名称 / Name", validate: text(100) }),
    households: t.int({ description: "户数 / Households", validate: nonNegativeInt }),
    population: t.int({ description: "人口 / Population", validate: nonNegativeInt }),
    neighbourIds: t.idList({ description: "相邻社区 / Neighbouring communities", validate: z.array(globalId).max(50) }),
  }),
});

export const UpdateCommunityInput = builder.inputType("UpdateCommunityInput", {
  description: "修改社区 / Update a community",
  fields: (t) => ({
    id: t.id({ required: true, description: "社区 / Community", validate: globalId }),
    version: t.int(versionField),
    name: t.string({ description: "名称 / Name", validate: optionalText(100) }),
    households: t.int({ description: "户数 / Households", validate: nonNegativeInt.nullish() }),
    population: t.int({ description: "人口 / Population", validate: nonNegativeInt.nullish() }),
    neighbourIds: t.idList({
      description: "相邻社区（整体替换）/ Neighbouring communities (replaces the list)",
      validate: z.array(globalId).max(50).nullish(),
    }),
  }),
});
