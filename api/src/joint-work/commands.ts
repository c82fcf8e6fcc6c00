/**
 * The joint work commands that create or change an item (共建项目/事项, issue 15 item 3): born from a
 * resolution (also inside `adoptResolution`, for 实事共办), raised by a member organisation, a party
 * member or a resident, put on a meeting's agenda, updated. One plain function per write: the checks
 * (rules.ts), then `createChecked` / `updateVersioned` with the audit event. The workflow steps are in
 * workflow-commands.ts.
 */
import { fromGlobalId } from "../data/ids.js";
import type { InputOf } from "../data/inputs.js";
import { createChecked, type MutationScope, updateVersioned } from "../data/mutation.js";
import { loadReferenced, loadTarget } from "../data/references.js";
import { changesOf } from "../data/validation.js";
import { invariant } from "../errors/domain-error.js";
import { membersOn, streetOrganizationsOn } from "../meetings/resolution-commands.js";
import { assertCommitteeWorking } from "../meetings/rules.js";
import type {
  CreateJointWorkFromResolutionInput,
  PutJointWorkOnAgendaInput,
  RaiseJointWorkInput,
  UpdateJointWorkInput,
} from "./inputs.js";
import { assertParticipants, assertParticipantsAllowed, assertUnfinished } from "./rules.js";

export type ItemInput = Omit<InputOf<typeof CreateJointWorkFromResolutionInput>, "resolutionId">;

/** Where an item lives: a committee's (committeeId) or a street's (committeeId null). */
interface Owner {
  committeeId: string | null;
  streetId: string;
}

const refusal = ["无权登记该共建事项", "Not allowed to record this joint work item", null] as [string, string, null];

/** The organisations that may share an owner's items today: the committee's members, or the street's organisations. */
async function allowedOrganizations(scope: MutationScope, owner: Owner): Promise<Set<string>> {
  const now = new Date();
  return owner.committeeId === null
    ? streetOrganizationsOn(scope, owner.streetId, now)
    : membersOn(scope, owner.committeeId, now);
}

/** The budget line: a funding plan of the same committee (a street's item has none). */
async function fundingPlanColumn(scope: MutationScope, owner: Owner, globalId: string | null | undefined) {
  if (!globalId) return null;
  const plan = await loadReferenced(scope, "FundingPlan", globalId, "fundingPlanId");
  if (plan.committeeId !== owner.committeeId) {
    throw invariant(
      "fundingPlanId",
      "经费来源须是本大党委的经费计划",
      "The budget line must be a funding plan of the item's committee",
    );
  }
  return plan.id;
}

/** The owner's committee must still be working (not dissolved or rejected). */
async function assertOwnerWorking(scope: MutationScope, owner: Owner, field: string) {
  if (owner.committeeId === null) return;
  const committee = await scope.tx.committee.findUniqueOrThrow({
    where: { id: owner.committeeId },
    select: { status: true },
  });
  assertCommitteeWorking(committee.status, field);
}

/**
 * Creates an item with its participants (at least two organisations of the owner, exactly one lead),
 * each row through the create rule with its audit event. `origin` holds the resolution or the raiser.
 */
export async function createItem(
  scope: MutationScope,
  owner: Owner,
  input: ItemInput,
  origin: Record<string, unknown>,
  action: string,
  field = "participants",
) {
  const participants = input.participants.map((p, i) => ({
    organizationId: fromGlobalId("PartyOrganization", p.organizationId, `${field}.${i}.organizationId`),
    role: p.role,
    responsiblePerson: p.responsiblePerson.trim(),
  }));
  assertParticipants(participants, field);
  assertParticipantsAllowed(participants, await allowedOrganizations(scope, owner), field);
  const item = await createChecked(
    scope,
    "JointWorkItem",
    {
      ...owner,
      ...origin,
      category: input.category,
      title: input.title.trim(),
      description: input.description ?? null,
      deadline: input.deadline,
      fundingPlanId: await fundingPlanColumn(scope, owner, input.fundingPlanId),
    },
    { action, refusal },
  );
  for (const p of participants) {
    await createChecked(scope, "JointWorkParticipant", { itemId: item.id, ...owner, ...p }, { action, refusal });
  }
  return item;
}

/** The joint work a resolution gives rise to (any principle; 实事共办 creates it inside adoptResolution). */
export async function createJointWorkFromResolution(
  scope: MutationScope,
  input: InputOf<typeof CreateJointWorkFromResolutionInput>,
) {
  const resolution = await loadReferenced(scope, "Resolution", input.resolutionId, "resolutionId");
  const owner = { committeeId: resolution.committeeId, streetId: resolution.streetId };
  await assertOwnerWorking(scope, owner, "resolutionId");
  return createItem(scope, owner, input, { originResolutionId: resolution.id }, "createJointWorkFromResolution");
}

/** An item raised by a member organisation, a party member or a resident: OPEN until put on an agenda. */
export async function raiseJointWork(scope: MutationScope, input: InputOf<typeof RaiseJointWorkInput>) {
  let owner: Owner;
  if (input.committeeId && !input.streetId) {
    const committee = await loadReferenced(scope, "Committee", input.committeeId, "committeeId");
    owner = { committeeId: committee.id, streetId: committee.streetId };
    assertCommitteeWorking(committee.status);
  } else if (input.streetId && !input.committeeId) {
    const street = await loadReferenced(scope, "Street", input.streetId, "streetId");
    owner = { committeeId: null, streetId: street.id };
  } else {
    throw invariant(
      "committeeId",
      "须指定大党委或街道之一",
      "Give either the committee or (for a street's item) the street",
    );
  }
  const origin = { raisedByKind: input.raisedByKind, raisedByName: input.raisedByName.trim() };
  return createItem(scope, owner, input, origin, "raiseJointWork");
}

/** 列入议程: a raised item goes on the agenda of a scheduled meeting of its committee (or street). */
export async function putJointWorkOnAgenda(scope: MutationScope, input: InputOf<typeof PutJointWorkOnAgendaInput>) {
  const before = await loadTarget(scope, "JointWorkItem", input.id, "update", { fields: ["agendaItemId"] });
  const agendaItem = await loadReferenced(scope, "AgendaItem", input.agendaItemId, "agendaItemId");
  const meeting = await scope.tx.meeting.findUniqueOrThrow({ where: { id: agendaItem.meetingId } });
  if (before.originResolutionId !== null || before.status !== "OPEN") {
    throw invariant(
      "id",
      "只有提出的、尚未启动的事项需要列入议程",
      "Only a raised item that has not started is put on an agenda",
    );
  }
  if (meeting.committeeId !== before.committeeId || meeting.streetId !== before.streetId) {
    throw invariant(
      "agendaItemId",
      "议程须属于同一大党委（或街道）的会议",
      "The agenda item must be of a meeting of the same committee (or street)",
    );
  }
  if (meeting.status !== "SCHEDULED") {
    throw invariant("agendaItemId", "议程须属于待召开的会议", "The agenda item must be of a scheduled meeting");
  }
  return updateVersioned(
    scope,
    "JointWorkItem",
    before,
    input.version,
    { agendaItemId: agendaItem.id },
    "putJointWorkOnAgenda",
  );
}

/** Changes an unfinished item's category, title, description, deadline or budget line. */
export async function updateJointWork(scope: MutationScope, input: InputOf<typeof UpdateJointWorkInput>) {
  const columns = ["category", "title", "description", "deadline", "fundingPlanId"] as const;
  const data = changesOf(input, columns, {
    category: ["六联类别", "Category"],
    title: ["名称", "Title"],
    deadline: ["完成期限", "Deadline"],
  });
  const before = await loadTarget(scope, "JointWorkItem", input.id, "update", { fields: Object.keys(data) });
  assertUnfinished(before.status);
  if (data.fundingPlanId !== undefined)
    data.fundingPlanId = await fundingPlanColumn(scope, before, input.fundingPlanId);
  return updateVersioned(scope, "JointWorkItem", before, input.version, data, "updateJointWork");
}
