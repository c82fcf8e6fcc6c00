/** The person writes: plain functions `(scope, input) => row`, called by mutations.ts and tests. */
import { fromGlobalId } from "../data/ids.js";
import type { InputOf } from "../data/inputs.js";
import { createChecked, loadForWrite, loadReadable, type MutationScope, updateVersioned } from "../data/mutation.js";
import { changesOf } from "../data/validation.js";
import { forbidden, invalid, invariant, notFound } from "../errors/domain-error.js";
import { assertSeatedStayMembers } from "../seats/party-membership.js";
import type { CreatePersonInput, EndPersonInput, UpdatePersonInput, UpdatePersonPrivateInput } from "./inputs.js";
import {
  assertIdNumber,
  assertIdNumberAgrees,
  assertNoActiveSeats,
  assertPartyFacts,
  assertPersonActive,
} from "./rules.js";
import {
  type WorkplaceColumns,
  type WorkplaceInput,
  workplaceColumns,
  workplaceInputFields,
} from "./workplace-rules.js";

/** An ID number is registered once (also checked by the unique index, for concurrent writes). */
async function assertIdNumberFree(scope: MutationScope, idNumber: string, exceptPersonId?: string) {
  const existing = await scope.tx.personPrivate.findUnique({ where: { idNumber }, select: { personId: true } });
  if (existing && existing.personId !== exceptPersonId) {
    throw invariant("idNumber", "身份证号已登记", "The ID number is already registered");
  }
}

/**
 * The workplace columns of an input (undefined: not given), with the organisation decoded and
 * checked: any active organisation of the district, in whatever street (an in-service member works
 * anywhere); only its existence and state are read, nothing else about it.
 */
async function resolveWorkplace(scope: MutationScope, input: WorkplaceInput): Promise<WorkplaceColumns | undefined> {
  const district = await scope.tx.district.findFirst({ select: { code: true } });
  const columns = workplaceColumns(input, district?.code ?? "");
  if (!columns?.workplaceOrganizationId) return columns;
  const id = fromGlobalId("PartyOrganization", columns.workplaceOrganizationId, "workplaceOrganizationId");
  const org = await scope.tx.partyOrganization.findUnique({ where: { id }, select: { id: true, endedAt: true } });
  if (!org) throw notFound("PartyOrganization", "workplaceOrganizationId");
  if (org.endedAt) {
    throw invariant(
      "workplaceOrganizationId",
      "该党组织已撤销，不能作为工作单位",
      "The organisation has ended and cannot be a workplace",
    );
  }
  return { ...columns, workplaceOrganizationId: org.id };
}

/** The community of residence (undefined: not given; null: cleared), readable by the caller (a foreign one is NOT_FOUND). */
async function resolveResidence(scope: MutationScope, value: string | null | undefined) {
  if (value == null) return value;
  const id = fromGlobalId("Community", value, "residenceCommunityId");
  return (await loadReadable(scope, "Community", id, "residenceCommunityId")).id;
}

type Refusal = [zh: string, en: string, field: string];
const mayNotRegister: Refusal = ["无权在该街道登记人员", "Not allowed to register persons in this street", "streetId"];
const mayNotRecordPersonalData: Refusal = ["无权登记个人信息", "Not allowed to record personal data", "idNumber"];

/**
 * Registers a person and their personal data. The create rules are checked before the references are
 * resolved (a caller who may not register here learns nothing about them), and again by createChecked.
 */
export async function createPerson(scope: MutationScope, input: InputOf<typeof CreatePersonInput>) {
  const streetId = fromGlobalId("Street", input.streetId, "streetId");
  const street = await loadReadable(scope, "Street", streetId, "streetId");
  const idNumber = assertIdNumber(input.idNumber);
  assertIdNumberAgrees(idNumber, { gender: input.gender, birthYear: input.birthYear ?? null });
  const facts = {
    isPartyMember: input.isPartyMember,
    partyJoinedOn: input.partyJoinedOn ?? null,
    birthYear: input.birthYear ?? null,
  };
  assertPartyFacts(facts, new Date());
  const workplace = await resolveWorkplace(scope, input);
  const row = {
    streetId: street.id,
    name: input.name,
    gender: input.gender,
    position: input.position ?? null,
    ...(workplace ?? workplaceColumns({ workplaceKind: null }, "")),
    residenceCommunityId: null as string | null,
    ...facts,
  };
  if (!scope.ctx.guard.can("create", "Person", row)) throw forbidden(...mayNotRegister);
  row.residenceCommunityId = (await resolveResidence(scope, input.residenceCommunityId)) ?? null;
  const privateRow = {
    streetId: street.id,
    idNumber,
    phone: input.phone ?? null,
    homeAddress: input.homeAddress ?? null,
  };
  if (!scope.ctx.guard.can("create", "PersonPrivate", privateRow)) throw forbidden(...mayNotRecordPersonalData);
  await assertIdNumberFree(scope, idNumber);
  const created = await createChecked(scope, "Person", row, { action: "createPerson", refusal: mayNotRegister });
  await createChecked(
    scope,
    "PersonPrivate",
    { ...privateRow, personId: created.id },
    { action: "createPerson", refusal: mayNotRecordPersonalData },
  );
  return created;
}

export async function updatePerson(scope: MutationScope, input: InputOf<typeof UpdatePersonInput>) {
  const id = fromGlobalId("Person", input.id);
  const given = changesOf(
    input,
    [
      "name",
      "gender",
      "birthYear",
      "isPartyMember",
      "partyJoinedOn",
      "position",
      "residenceCommunityId",
      ...workplaceInputFields,
    ],
    { name: ["姓名", "The name"], gender: ["性别", "The gender"], isPartyMember: ["是否党员", "Party membership"] },
  );
  const data: Record<string, unknown> = Object.fromEntries(
    Object.entries(given).filter(([k]) => !(workplaceInputFields as readonly string[]).includes(k)),
  );
  const workplace = await resolveWorkplace(scope, input);
  if (workplace) Object.assign(data, workplace);
  const before = await loadForWrite(scope, "Person", id, "update", Object.keys(data));
  // Issue 14 item 1: a seated person stays a party member (seats/party-membership.ts).
  await assertSeatedStayMembers(scope, id, input.isPartyMember);
  if ("residenceCommunityId" in data)
    data.residenceCommunityId = await resolveResidence(scope, input.residenceCommunityId);
  const merged = { ...before, ...data } as typeof before;
  assertPartyFacts(
    { isPartyMember: merged.isPartyMember, partyJoinedOn: merged.partyJoinedOn, birthYear: merged.birthYear },
    new Date(),
  );
  if ("gender" in data || "birthYear" in data) {
    // Checked against the ID number only for a caller who may read it (otherwise the answer would tell).
    const held = await scope.tx.personPrivate.findFirst({
      where: { AND: [{ personId: id }, scope.ctx.guard.where("PersonPrivate")] },
      select: { idNumber: true, streetId: true, personId: true },
    });
    if (held && scope.ctx.guard.can("read", "PersonPrivate", held, "idNumber")) {
      assertIdNumberAgrees(held.idNumber, merged, "gender" in data ? "gender" : "birthYear");
    }
  }
  return updateVersioned(scope, "Person", before, input.version, data, "updatePerson");
}

export async function endPerson(scope: MutationScope, input: InputOf<typeof EndPersonInput>) {
  const before = await loadForWrite(scope, "Person", fromGlobalId("Person", input.id), "end");
  assertPersonActive(before);
  assertNoActiveSeats(
    await scope.tx.seat.count({ where: { personId: before.id, status: { in: ["NOMINATED", "APPROVED", "FILED"] } } }),
  );
  return updateVersioned(scope, "Person", before, input.version, { endedAt: new Date() }, "endPerson");
}

/** The protected personal data (ID number, phone, address), written under its own (field-level) rules. */
export async function updatePersonPrivate(scope: MutationScope, input: InputOf<typeof UpdatePersonPrivateInput>) {
  const personId = fromGlobalId("Person", input.personId, "personId");
  const data = changesOf(input, ["idNumber", "phone", "homeAddress"]);
  if (data.idNumber === null) throw invalid("idNumber", "身份证号不能为空", "The ID number cannot be empty");
  if (typeof data.idNumber === "string") data.idNumber = assertIdNumber(data.idNumber);
  const before = await loadForWrite(scope, "PersonPrivate", personId, "update", Object.keys(data));
  if (typeof data.idNumber === "string") {
    const person = await scope.tx.person.findUniqueOrThrow({
      where: { id: personId },
      select: { gender: true, birthYear: true },
    });
    assertIdNumberAgrees(data.idNumber, person);
    await assertIdNumberFree(scope, data.idNumber, personId);
  }
  await updateVersioned(scope, "PersonPrivate", before, input.version, data, "updatePersonPrivate");
  return scope.tx.person.findUniqueOrThrow({ where: { id: personId } });
}
