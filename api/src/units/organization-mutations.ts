/** Party organisations: create, update, change affiliation (superior and management mode), end. */
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import {
  createChecked,
  loadForWrite,
  loadReadable,
  type MutationScope,
  runMutation,
  updateVersioned,
} from "../data/mutation.js";
import { changesOf, code, globalId, nonNegativeInt, optionalText, text, versionField } from "../data/validation.js";
import { DomainError, invalid, notFound } from "../errors/domain-error.js";
import { OrgLevelEnum } from "../system/enums.js";
import { EndInput } from "./inputs.js";
import { deriveManagementMode, type Superior } from "./rules.js";
import { PartyOrganization } from "./types.js";

const CreateOrganizationInput = builder.inputType("CreateOrganizationInput", {
  description: "登记党组织 / Register a party organisation",
  fields: (t) => ({
    unitId: t.id({ description: "所属单位（与社区二选一）/ Unit (or community)", validate: globalId.nullish() }),
    communityId: t.id({
      description: "所属社区（社区党组织）/ Community (for the community organisation)",
      validate: globalId.nullish(),
    }),
    code: t.string({ required: true, description: "党组织代码 / Organisation code", validate: code }),
    name: t.string({ required: true, description: "名称 / Name", validate: text(200) }),
    level: t.field({ type: OrgLevelEnum, required: true, description: "层级 / Level" }),
    superiorId: t.id({
      description: "上级党组织（本区）/ Superior organisation in this district",
      validate: globalId.nullish(),
    }),
    superiorExternalCode: t.string({
      description: "上级党组织代码（外区）/ Superior code in another district",
      validate: code.nullish(),
    }),
    superiorExternalName: t.string({
      description: "上级党组织名称（外区）/ Superior name",
      validate: optionalText(200),
    }),
    superiorDistrictCode: t.string({
      description: "上级党组织所在区代码 / Superior's district code",
      validate: code.nullish(),
    }),
    partyMemberCount: t.int({ description: "党员人数 / Party members", validate: nonNegativeInt.nullish() }),
    secretaryName: t.string({ description: "书记姓名 / Secretary's name", validate: optionalText(50) }),
  }),
});

const UpdateOrganizationInput = builder.inputType("UpdateOrganizationInput", {
  description: "修改党组织（不含隶属关系）/ Update an organisation (not its affiliation)",
  fields: (t) => ({
    id: t.id({ required: true, description: "党组织 / Organisation", validate: globalId }),
    version: t.int(versionField),
    name: t.string({ description: "名称 / Name", validate: text(200).nullish() }),
    level: t.field({ type: OrgLevelEnum, description: "层级 / Level" }),
    partyMemberCount: t.int({ description: "党员人数 / Party members", validate: nonNegativeInt.nullish() }),
    secretaryName: t.string({ description: "书记姓名 / Secretary's name", validate: optionalText(50) }),
  }),
});

const ChangeAffiliationInput = builder.inputType("ChangeAffiliationInput", {
  description: "变更隶属关系（只有上级一方可以）/ Change the affiliation (the superior side only)",
  fields: (t) => ({
    id: t.id({ required: true, description: "党组织 / Organisation", validate: globalId }),
    version: t.int(versionField),
    superiorId: t.id({ description: "上级党组织（本区）/ Superior in this district", validate: globalId.nullish() }),
    superiorExternalCode: t.string({
      description: "上级党组织代码（外区）/ Superior code in another district",
      validate: code.nullish(),
    }),
    superiorExternalName: t.string({
      description: "上级党组织名称（外区）/ Superior name",
      validate: optionalText(200),
    }),
    superiorDistrictCode: t.string({
      description: "上级党组织所在区代码 / Superior's district code",
      validate: code.nullish(),
    }),
  }),
});

/** Resolves the superior given in an input and checks it may be referenced. */
async function resolveSuperior(
  scope: MutationScope,
  input: { superiorId?: string | null; superiorExternalCode?: string | null; superiorDistrictCode?: string | null },
): Promise<{ superior: Superior; superiorId: string | null }> {
  if (input.superiorId && input.superiorExternalCode) {
    throw invalid(
      "superiorId",
      "上级党组织只能是本区或外区其中之一",
      "The superior is either local or external, not both",
    );
  }
  if (input.superiorExternalCode) {
    if (!input.superiorDistrictCode) {
      throw invalid(
        "superiorDistrictCode",
        "外区上级党组织须给出所在区代码",
        "An external superior needs its district code",
      );
    }
    return {
      superior: { kind: "external", code: input.superiorExternalCode, districtCode: input.superiorDistrictCode },
      superiorId: null,
    };
  }
  if (input.superiorId) {
    const id = fromGlobalId("PartyOrganization", input.superiorId, "superiorId");
    // The superior may be anywhere in the district, also outside the caller's scope: only its street is read.
    const superior = await scope.tx.partyOrganization.findUnique({
      where: { id },
      select: { id: true, streetId: true },
    });
    if (!superior) throw notFound("PartyOrganization", "superiorId");
    return { superior: { kind: "local", streetId: superior.streetId }, superiorId: superior.id };
  }
  return { superior: { kind: "none" }, superiorId: null };
}

builder.mutationField("createOrganization", (t) =>
  t.field({
    type: PartyOrganization,
    description:
      "登记党组织（管理方式由隶属关系推出）/ Register a party organisation (its management mode follows from the affiliation)",
    permission: "create:PartyOrganization",
    errors: {},
    args: { input: t.arg({ type: CreateOrganizationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        if (!!input.unitId === !!input.communityId) {
          throw invalid(
            "unitId",
            "党组织须属于一个单位或一个社区",
            "An organisation belongs to exactly one unit or one community",
          );
        }
        let owner: { unitId: string | null; communityId: string | null; streetId: string };
        if (input.unitId) {
          const unitId = fromGlobalId("Unit", input.unitId, "unitId");
          const unit = await loadReadable(scope, "Unit", unitId, "unitId");
          owner = { unitId, communityId: null, streetId: unit.streetId };
        } else {
          const communityId = fromGlobalId("Community", String(input.communityId), "communityId");
          const community = await loadReadable(scope, "Community", communityId, "communityId");
          owner = { unitId: null, communityId, streetId: community.streetId };
        }
        const { superior, superiorId } = await resolveSuperior(scope, input);
        const row = {
          ...owner,
          code: input.code,
          name: input.name,
          level: input.level,
          superiorId,
          superiorExternalCode: superior.kind === "external" ? superior.code : null,
          superiorExternalName: superior.kind === "external" ? (input.superiorExternalName ?? null) : null,
          superiorDistrictCode: superior.kind === "external" ? superior.districtCode : null,
          managementMode: deriveManagementMode(owner.streetId, superior),
          partyMemberCount: input.partyMemberCount ?? 0,
          secretaryName: input.secretaryName ?? null,
        };
        const created = await createChecked(scope, "PartyOrganization", row, {
          action: "createOrganization",
          refusal: [
            "无权登记该党组织",
            "Not allowed to register this organisation",
            superiorId ? "superiorId" : "unitId",
          ],
        });
        return created;
      }),
  }),
);

builder.mutationField("updateOrganization", (t) =>
  t.field({
    type: PartyOrganization,
    description: "修改党组织基本情况 / Update an organisation's profile",
    permission: "update:PartyOrganization",
    errors: {},
    args: { input: t.arg({ type: UpdateOrganizationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const id = fromGlobalId("PartyOrganization", input.id);
        const data = changesOf(input, ["name", "level", "partyMemberCount", "secretaryName"]);
        if (data.name === null || data.level === null)
          throw invalid("name", "名称和层级不能为空", "Name and level cannot be empty");
        const before = await loadForWrite(scope, "PartyOrganization", id, "update", Object.keys(data));
        return updateVersioned(scope, "PartyOrganization", before, input.version, data, "updateOrganization");
      }),
  }),
);

builder.mutationField("changeAffiliation", (t) =>
  t.field({
    type: PartyOrganization,
    description:
      "变更隶属关系；管理方式和成员身份随之更新 / Change an organisation's affiliation; its management mode and memberships follow",
    permission: "update:PartyOrganization.affiliation",
    errors: {},
    args: { input: t.arg({ type: ChangeAffiliationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const id = fromGlobalId("PartyOrganization", input.id);
        const before = await loadForWrite(scope, "PartyOrganization", id, "update", [
          "superiorId",
          "superiorExternalCode",
          "superiorExternalName",
          "superiorDistrictCode",
        ]);
        const { superior, superiorId } = await resolveSuperior(scope, input);
        if (superiorId === id)
          throw invalid("superiorId", "党组织不能隶属于自身", "An organisation cannot be its own superior");
        const mode = deriveManagementMode(before.streetId, superior);
        const after = await updateVersioned(
          scope,
          "PartyOrganization",
          before,
          input.version,
          {
            superiorId,
            superiorExternalCode: superior.kind === "external" ? superior.code : null,
            superiorExternalName: superior.kind === "external" ? (input.superiorExternalName ?? null) : null,
            superiorDistrictCode: superior.kind === "external" ? superior.districtCode : null,
            managementMode: mode,
          },
          "changeAffiliation",
        );
        if (mode !== before.managementMode) {
          const memberships = await scope.tx.membership.findMany({ where: { organizationId: id, toDate: null } });
          for (const m of memberships) {
            await scope.tx.membership.update({
              where: { id: m.id },
              data: { managementMode: mode, version: { increment: 1 } },
            });
            scope.audit({
              action: "changeAffiliation",
              entityType: "Membership",
              entityId: m.id,
              streetId: m.streetId,
              before: m,
              after: { ...m, managementMode: mode },
            });
          }
        }
        return after;
      }),
  }),
);

builder.mutationField("endOrganization", (t) =>
  t.field({
    type: PartyOrganization,
    description: "撤销党组织（结束其成员身份）/ End an organisation (and its memberships)",
    permission: "end:PartyOrganization",
    errors: {},
    args: { input: t.arg({ type: EndInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const before = await loadForWrite(
          scope,
          "PartyOrganization",
          fromGlobalId("PartyOrganization", input.id),
          "end",
        );
        if (before.endedAt)
          throw new DomainError("INVALID_TRANSITION", "党组织已撤销", "The organisation has already ended", {
            field: "id",
          });
        const now = new Date();
        const memberships = await scope.tx.membership.findMany({ where: { organizationId: before.id, toDate: null } });
        for (const m of memberships) {
          const ended = await scope.tx.membership.update({
            where: { id: m.id },
            data: { toDate: now, version: { increment: 1 } },
          });
          scope.audit({
            action: "endOrganization",
            entityType: "Membership",
            entityId: m.id,
            streetId: m.streetId,
            before: m,
            after: ended,
          });
        }
        return updateVersioned(scope, "PartyOrganization", before, input.version, { endedAt: now }, "endOrganization");
      }),
  }),
);
