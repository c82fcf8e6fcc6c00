/** Units (驻区单位): create, update, end. Their party organisations: organization-mutations.ts. */
import { z } from "zod";
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { createChecked, loadForWrite, loadReadable, runMutation, updateVersioned } from "../data/mutation.js";
import {
  changesOf,
  email,
  globalId,
  nonNegativeInt,
  optionalText,
  phone,
  text,
  versionField,
} from "../data/validation.js";
import { DomainError, invalid } from "../errors/domain-error.js";
import { UnitKindEnum } from "../system/enums.js";
import { EndInput } from "./inputs.js";
import { assertCreditCode } from "./rules.js";
import { Unit } from "./types.js";

const CreateUnitInput = builder.inputType("CreateUnitInput", {
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
    address: t.string({ description: "地址 / Address", validate: optionalText(300) }),
    contactName: t.string({ description: "联络人 / Contact person", validate: optionalText(50) }),
    contactPhone: t.string({ description: "联系电话 / Contact phone", validate: phone }),
    contactEmail: t.string({ description: "联系邮箱 / Contact email", validate: email }),
    employeeCount: t.int({ description: "职工人数 / Employees", validate: nonNegativeInt.nullish() }),
  }),
});

const UpdateUnitInput = builder.inputType("UpdateUnitInput", {
  description: "修改驻区单位（只写给出的字段）/ Update a unit (only the fields given)",
  fields: (t) => ({
    id: t.id({ required: true, description: "单位 / Unit", validate: globalId }),
    version: t.int(versionField),
    name: t.string({ description: "单位名称 / Name", validate: text(200).nullish() }),
    kind: t.field({ type: UnitKindEnum, description: "单位类型 / Kind" }),
    address: t.string({ description: "地址 / Address", validate: optionalText(300) }),
    contactName: t.string({ description: "联络人 / Contact person", validate: optionalText(50) }),
    contactPhone: t.string({ description: "联系电话 / Contact phone", validate: phone }),
    contactEmail: t.string({ description: "联系邮箱 / Contact email", validate: email }),
    employeeCount: t.int({ description: "职工人数 / Employees", validate: nonNegativeInt.nullish() }),
  }),
});

builder.mutationField("createUnit", (t) =>
  t.field({
    type: Unit,
    description: "登记驻区单位 / Register a resident unit",
    permission: "create:Unit",
    errors: {},
    args: { input: t.arg({ type: CreateUnitInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const communityId = fromGlobalId("Community", input.communityId, "communityId");
        const community = await loadReadable(scope, "Community", communityId, "communityId");
        const row = {
          communityId,
          streetId: community.streetId,
          name: input.name,
          kind: input.kind,
          creditCode: assertCreditCode(input.creditCode),
          address: input.address ?? null,
          contactName: input.contactName ?? null,
          contactPhone: input.contactPhone ?? null,
          contactEmail: input.contactEmail ?? null,
          employeeCount: input.employeeCount ?? null,
        };
        const created = await createChecked(scope, "Unit", row, {
          action: "createUnit",
          refusal: ["无权在该社区登记单位", "Not allowed to register units in this community", "communityId"],
        });
        return created;
      }),
  }),
);

builder.mutationField("updateUnit", (t) =>
  t.field({
    type: Unit,
    description: "修改驻区单位 / Update a resident unit",
    permission: "update:Unit",
    errors: {},
    args: { input: t.arg({ type: UpdateUnitInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const id = fromGlobalId("Unit", input.id);
        const data = changesOf(input, [
          "name",
          "kind",
          "address",
          "contactName",
          "contactPhone",
          "contactEmail",
          "employeeCount",
        ]);
        if (data.name === null || data.kind === null)
          throw invalid("name", "名称和类型不能为空", "Name and kind cannot be empty");
        const before = await loadForWrite(scope, "Unit", id, "update", Object.keys(data));
        return updateVersioned(scope, "Unit", before, input.version, data, "updateUnit");
      }),
  }),
);

builder.mutationField("endUnit", (t) =>
  t.field({
    type: Unit,
    description: "注销驻区单位 / End (deregister) a unit",
    permission: "end:Unit",
    errors: {},
    args: { input: t.arg({ type: EndInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const before = await loadForWrite(scope, "Unit", fromGlobalId("Unit", input.id), "end");
        if (before.endedAt)
          throw new DomainError("INVALID_TRANSITION", "单位已注销", "The unit has already ended", { field: "id" });
        return updateVersioned(scope, "Unit", before, input.version, { endedAt: new Date() }, "endUnit");
      }),
  }),
);
