/** People: create, update, end. Their protected personal data (ID number, phone, address): private-mutations.ts. */
import { z } from "zod";
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { versionedRecordInput } from "../data/inputs.js";
import { loadForWrite, type MutationScope, runMutation, updateVersioned } from "../data/mutation.js";
import { changesOf, globalId, optionalText, phone, text, versionField } from "../data/validation.js";
import { forbidden, invalid, notFound } from "../errors/domain-error.js";
import { assertSeatedStayMembers } from "../seats/party-membership.js";
import { GenderEnum } from "../system/enums.js";
import { idNumberText } from "./inputs.js";
import {
  assertIdNumber,
  assertIdNumberAgrees,
  assertNoActiveSeats,
  assertPartyFacts,
  assertPersonActive,
} from "./rules.js";
import { Person } from "./types.js";
import { assertIdNumberFree } from "./writes.js";

const birthYear = z.number().int().min(1900).max(2100).nullish();

const CreatePersonInput = builder.inputType("CreatePersonInput", {
  description: "登记人员（含个人信息）/ Register a person (with their personal data)",
  fields: (t) => ({
    streetId: t.id({
      required: true,
      description: "登记街道 / Street whose registry holds the person",
      validate: globalId,
    }),
    name: t.string({ required: true, description: "姓名 / Name", validate: text(50) }),
    gender: t.field({ type: GenderEnum, required: true, description: "性别 / Gender" }),
    birthYear: t.int({ description: "出生年份 / Year of birth", validate: birthYear }),
    isPartyMember: t.boolean({ required: true, description: "是否党员 / Party member" }),
    partyJoinedOn: t.field({ type: "Date", description: "入党日期（仅党员）/ Joined the party on (members only)" }),
    position: t.string({ description: "职务 / Position", validate: optionalText(100) }),
    workplaceOrganizationId: t.id({
      description: "工作单位党组织（在职党员）/ Workplace party organisation (in-service member)",
      validate: globalId.nullish(),
    }),
    residenceCommunityId: t.id({
      description: "居住地社区 / Community of residence",
      validate: globalId.nullish(),
    }),
    idNumber: t.string({
      required: true,
      description: "身份证号（个人信息）/ ID number (personal data)",
      validate: idNumberText,
    }),
    phone: t.string({ description: "手机号（个人信息）/ Phone (personal data)", validate: phone }),
    homeAddress: t.string({
      description: "家庭住址（个人信息）/ Home address (personal data)",
      validate: optionalText(300),
    }),
  }),
});

const UpdatePersonInput = builder.inputType("UpdatePersonInput", {
  description:
    "修改人员基本情况（只写给出的字段，null 清除可选字段）/ Update a person (only the fields given; null clears an optional one)",
  fields: (t) => ({
    id: t.id({ required: true, description: "人员 / Person", validate: globalId }),
    version: t.int(versionField),
    name: t.string({ description: "姓名 / Name", validate: text(50).nullish() }),
    gender: t.field({ type: GenderEnum, description: "性别 / Gender" }),
    birthYear: t.int({ description: "出生年份 / Year of birth", validate: birthYear }),
    isPartyMember: t.boolean({ description: "是否党员 / Party member" }),
    partyJoinedOn: t.field({ type: "Date", description: "入党日期（仅党员）/ Joined the party on (members only)" }),
    position: t.string({ description: "职务 / Position", validate: optionalText(100) }),
    workplaceOrganizationId: t.id({
      description: "工作单位党组织 / Workplace party organisation",
      validate: globalId.nullish(),
    }),
    residenceCommunityId: t.id({
      description: "居住地社区 / Community of residence",
      validate: globalId.nullish(),
    }),
  }),
});

const EndPersonInput = versionedRecordInput("EndPersonInput", "注销人员 / End (deregister) a person", "人员 / Person");

/** The references of an input as database ids (undefined: not given; null: cleared), not yet checked. */
function referenceIds(input: { workplaceOrganizationId?: string | null; residenceCommunityId?: string | null }) {
  const decode = (type: string, value: string | null | undefined, field: string) =>
    value === undefined ? undefined : value === null ? null : fromGlobalId(type, value, field);
  const out: { workplaceOrganizationId?: string | null; residenceCommunityId?: string | null } = {};
  const workplace = decode("PartyOrganization", input.workplaceOrganizationId, "workplaceOrganizationId");
  const residence = decode("Community", input.residenceCommunityId, "residenceCommunityId");
  if (workplace !== undefined) out.workplaceOrganizationId = workplace;
  if (residence !== undefined) out.residenceCommunityId = residence;
  return out;
}

/** The referenced organisation and community must be readable by the caller (a foreign one is NOT_FOUND). */
async function assertReferencesReadable(
  scope: MutationScope,
  refs: { workplaceOrganizationId?: string | null; residenceCommunityId?: string | null },
) {
  if (refs.workplaceOrganizationId) {
    const org = await scope.tx.partyOrganization.findFirst({
      where: { AND: [{ id: refs.workplaceOrganizationId }, scope.ctx.guard.where("PartyOrganization")] },
      select: { id: true },
    });
    if (!org) throw notFound("PartyOrganization", "workplaceOrganizationId");
  }
  if (refs.residenceCommunityId) {
    const community = await scope.tx.community.findFirst({
      where: { AND: [{ id: refs.residenceCommunityId }, scope.ctx.guard.where("Community")] },
      select: { id: true },
    });
    if (!community) throw notFound("Community", "residenceCommunityId");
  }
}

builder.mutationField("createPerson", (t) =>
  t.field({
    type: Person,
    description: "登记人员及其个人信息 / Register a person and their personal data",
    permission: "create:Person",
    errors: {},
    args: { input: t.arg({ type: CreatePersonInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const streetId = fromGlobalId("Street", input.streetId, "streetId");
        const street = await scope.tx.street.findFirst({
          where: { AND: [{ id: streetId }, ctx.guard.where("Street")] },
          select: { id: true },
        });
        if (!street) throw notFound("Street", "streetId");
        const idNumber = assertIdNumber(input.idNumber);
        assertIdNumberAgrees(idNumber, { gender: input.gender, birthYear: input.birthYear ?? null });
        const facts = {
          isPartyMember: input.isPartyMember,
          partyJoinedOn: input.partyJoinedOn ?? null,
          birthYear: input.birthYear ?? null,
        };
        assertPartyFacts(facts, new Date());
        const refs = referenceIds(input);
        const row = {
          streetId: street.id,
          name: input.name,
          gender: input.gender,
          position: input.position ?? null,
          workplaceOrganizationId: refs.workplaceOrganizationId ?? null,
          residenceCommunityId: refs.residenceCommunityId ?? null,
          ...facts,
        };
        if (!ctx.guard.can("create", "Person", row)) {
          throw forbidden("无权在该街道登记人员", "Not allowed to register persons in this street", "streetId");
        }
        await assertReferencesReadable(scope, refs);
        const privateRow = {
          streetId: street.id,
          idNumber,
          phone: input.phone ?? null,
          homeAddress: input.homeAddress ?? null,
        };
        if (!ctx.guard.can("create", "PersonPrivate", privateRow)) {
          throw forbidden("无权登记个人信息", "Not allowed to record personal data", "idNumber");
        }
        await assertIdNumberFree(scope, idNumber);
        const created = await scope.tx.person.create({ data: row });
        const createdPrivate = await scope.tx.personPrivate.create({
          data: { ...privateRow, personId: created.id },
        });
        scope.audit({
          action: "createPerson",
          entityType: "Person",
          entityId: created.id,
          streetId: created.streetId,
          before: null,
          after: created,
        });
        scope.audit({
          action: "createPerson",
          entityType: "PersonPrivate",
          entityId: createdPrivate.personId,
          streetId: createdPrivate.streetId,
          before: null,
          after: createdPrivate,
        });
        return created;
      }),
  }),
);

builder.mutationField("updatePerson", (t) =>
  t.field({
    type: Person,
    description: "修改人员基本情况 / Update a person's details",
    permission: "update:Person",
    errors: {},
    args: { input: t.arg({ type: UpdatePersonInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const id = fromGlobalId("Person", input.id);
        const data: Record<string, unknown> = changesOf(input, [
          "name",
          "gender",
          "birthYear",
          "isPartyMember",
          "partyJoinedOn",
          "position",
        ]);
        for (const field of ["name", "gender", "isPartyMember"]) {
          if (data[field] === null) throw invalid(field, "该字段不能为空", "This field cannot be empty");
        }
        const refs = referenceIds(input);
        Object.assign(data, refs);
        const before = await loadForWrite(scope, "Person", id, "update", Object.keys(data));
        await assertSeatedStayMembers(scope, id, input.isPartyMember);
        await assertReferencesReadable(scope, refs);
        const merged = { ...before, ...data } as typeof before;
        assertPartyFacts(
          { isPartyMember: merged.isPartyMember, partyJoinedOn: merged.partyJoinedOn, birthYear: merged.birthYear },
          new Date(),
        );
        if ("gender" in data || "birthYear" in data) {
          // Checked against the ID number only for a caller who may read it (otherwise the answer would tell).
          const held = await scope.tx.personPrivate.findFirst({
            where: { AND: [{ personId: id }, ctx.guard.where("PersonPrivate")] },
            select: { idNumber: true, streetId: true, personId: true },
          });
          if (held && ctx.guard.can("read", "PersonPrivate", held, "idNumber")) {
            assertIdNumberAgrees(held.idNumber, merged, "gender" in data ? "gender" : "birthYear");
          }
        }
        return updateVersioned(scope, "Person", before, input.version, data, "updatePerson");
      }),
  }),
);

builder.mutationField("endPerson", (t) =>
  t.field({
    type: Person,
    description: "注销人员（须先结束其职务）/ End (deregister) a person (their seats must have ended)",
    permission: "end:Person",
    errors: {},
    args: { input: t.arg({ type: EndPersonInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const before = await loadForWrite(scope, "Person", fromGlobalId("Person", input.id), "end");
        assertPersonActive(before);
        assertNoActiveSeats(
          await scope.tx.seat.count({
            where: { personId: before.id, status: { in: ["NOMINATED", "APPROVED", "FILED"] } },
          }),
        );
        return updateVersioned(scope, "Person", before, input.version, { endedAt: new Date() }, "endPerson");
      }),
  }),
);
