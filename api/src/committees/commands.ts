/** Committees: create, update and set the communities they cover. Memberships: membership-commands.ts; workflow: transition-commands.ts. */
import { fromGlobalId } from "../data/ids.js";
import type { RowOf } from "../data/models.js";
import {
  createChecked,
  deleteChecked,
  loadForWrite,
  loadReadable,
  lockRow,
  type MutationScope,
  updateVersioned,
} from "../data/mutation.js";
import { changesOf } from "../data/validation.js";
import { conflict, forbidden, invariant, notFound } from "../errors/domain-error.js";
import type { Subject } from "../permissions/abilities.js";
import type { CommitteeTransition, CreateCommittee, SetCoverage, UpdateCommittee } from "./inputs.js";
import {
  assertCoverage,
  assertCoverageEditable,
  assertDeletableDraft,
  assertNameFree,
  assertNothingRecordedOnDraft,
  assertTerm,
  beijingDate,
  type CommitteeKindName,
  type CommunityFact,
  coverageChange,
} from "./rules.js";
import { assertCanWrite, changeChecked, endMemberships, refusal } from "./writes.js";

/** Loads the communities named in `communityIds` through the read rules (a foreign one is NOT_FOUND), in input order. */
async function loadCommunities(scope: MutationScope, globalIds: readonly string[]): Promise<CommunityFact[]> {
  const ids = globalIds.map((id) => fromGlobalId("Community", id, "communityIds"));
  const rows = await scope.tx.community.findMany({
    where: { AND: [{ id: { in: ids } }, scope.ctx.guard.where("Community")] },
    select: { id: true, streetId: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw notFound("Community", "communityIds");
    return row;
  });
}

/** Ids of the given communities that another committee (not `exceptCommitteeId`) actively covers. */
async function coveredElsewhere(scope: MutationScope, communityIds: string[], exceptCommitteeId: string | null) {
  const rows = await scope.tx.committeeCommunity.findMany({
    where: {
      communityId: { in: communityIds },
      endedAt: null,
      ...(exceptCommitteeId ? { committeeId: { not: exceptCommitteeId } } : {}),
    },
    select: { communityId: true },
  });
  return new Set(rows.map((r) => r.communityId));
}

/** Adds coverage rows for `communityIds` (checked against the create rule), each with an audit event. */
async function addCoverage(
  scope: MutationScope,
  committee: { id: string; streetId: string },
  communityIds: string[],
  action: string,
  now: Date,
) {
  for (const communityId of communityIds) {
    const row = { committeeId: committee.id, communityId, streetId: committee.streetId, startedAt: now };
    await createChecked(scope, "CommitteeCommunity", row, {
      action,
      refusal: refusal("create", "CommitteeCommunity", "communityIds"),
    });
  }
}

/** Whether another committee of the street that is not dissolved has this name. */
async function nameTaken(scope: MutationScope, streetId: string, name: string, exceptId: string | null) {
  const other = await scope.tx.committee.findFirst({
    where: { streetId, name, status: { not: "DISSOLVED" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  return other !== null;
}

const MAY_NOT_CREATE: [string, string, string] = [
  "无权在该街道设立大党委",
  "Not allowed to set up committees in this street",
  "streetId",
];

/** Sets up a committee as a draft, with its covered communities. */
export async function createCommittee(scope: MutationScope, input: CreateCommittee): Promise<RowOf<"Committee">> {
  const streetId = fromGlobalId("Street", input.streetId, "streetId");
  const street = await loadReadable(scope, "Street", streetId, "streetId");
  assertTerm(input.termStart, input.termEnd);
  const row = {
    streetId: street.id,
    code: input.code,
    name: input.name,
    kind: input.kind,
    status: "DRAFT" as const,
    termStart: input.termStart ?? null,
    termEnd: input.termEnd ?? null,
    createdBy: scope.ctx.identity?.id ?? null,
  };
  if (!scope.ctx.guard.can("create", "Committee", row)) throw forbidden(...MAY_NOT_CREATE);
  assertNameFree(await nameTaken(scope, street.id, input.name, null));
  const communities = await loadCommunities(scope, input.communityIds);
  const communityIds = communities.map((c) => c.id);
  assertCoverage(
    input.kind as CommitteeKindName,
    street.id,
    communities,
    await coveredElsewhere(scope, communityIds, null),
  );
  if (await scope.tx.committee.findUnique({ where: { code: input.code }, select: { id: true } })) {
    throw invariant("code", "大党委代码已存在", "The committee code already exists");
  }
  const created = await createChecked(scope, "Committee", row, { action: "createCommittee", refusal: MAY_NOT_CREATE });
  await addCoverage(scope, created, communityIds, "createCommittee", created.createdAt);
  return created;
}

/** Updates a committee's name and term (only the fields given). */
export async function updateCommittee(scope: MutationScope, input: UpdateCommittee): Promise<RowOf<"Committee">> {
  const id = fromGlobalId("Committee", input.id);
  const data = changesOf(input, ["name", "termStart", "termEnd", "meetingCadence"], {
    name: ["名称", "The name"],
    meetingCadence: ["党委会召开周期", "The meeting cadence"],
  });
  const before = await loadForWrite(scope, "Committee", id, "update", Object.keys(data));
  if (typeof data.name === "string" && data.name !== before.name) {
    assertNameFree(await nameTaken(scope, before.streetId, data.name, before.id));
  }
  assertTerm(
    input.termStart === undefined ? before.termStart : input.termStart,
    input.termEnd === undefined ? before.termEnd : input.termEnd,
  );
  return updateVersioned(scope, "Committee", before, input.version, data, "updateCommittee");
}

/**
 * Replaces the covered communities (DRAFT or REJECTED only): removed communities' coverage ends,
 * and so do the memberships located there.
 */
export async function setCoverage(scope: MutationScope, input: SetCoverage): Promise<RowOf<"Committee">> {
  const id = fromGlobalId("Committee", input.id);
  const before = await loadForWrite(scope, "Committee", id, "update");
  // Coverage rows are created and ended: a role that may edit the committee but not its coverage is refused.
  const scopeColumns = { committeeId: before.id, streetId: before.streetId };
  assertCanWrite(scope, "create", "CommitteeCommunity", scopeColumns, "communityIds");
  assertCanWrite(scope, "end", "CommitteeCommunity", scopeColumns, "communityIds");
  assertCoverageEditable(before.status);
  const communities = await loadCommunities(scope, input.communityIds);
  const wanted = communities.map((c) => c.id);
  assertCoverage(before.kind, before.streetId, communities, await coveredElsewhere(scope, wanted, before.id));
  const active = await scope.tx.committeeCommunity.findMany({ where: { committeeId: before.id, endedAt: null } });
  const { toEnd, toAdd } = coverageChange(
    active.map((c) => c.communityId),
    wanted,
  );
  const now = new Date();
  const after = await updateVersioned(scope, "Committee", before, input.version, { updatedAt: now }, "setCoverage");
  for (const coverage of active.filter((c) => toEnd.includes(c.communityId))) {
    await changeChecked(scope, "end", "CommitteeCommunity", coverage, { endedAt: now }, "setCoverage", "communityIds");
  }
  await addCoverage(scope, before, toAdd, "setCoverage", now);
  if (toEnd.length > 0) {
    // Members located in a community no longer covered leave with it.
    const outside = await scope.tx.membership.findMany({
      where: {
        committeeId: before.id,
        toDate: null,
        organization: { OR: [{ communityId: { in: toEnd } }, { unit: { communityId: { in: toEnd } } }] },
      },
    });
    await endMemberships(scope, outside, "setCoverage", beijingDate(now));
  }
  return after;
}

/**
 * Deletes a DRAFT committee set up in error, by whoever set it up: its coverage, memberships, seats and
 * their attestations go with it (each audited under `deleteCommittee`). A draft that already holds
 * meetings, plans, assessments, teams, rules documents, joint work or contributions is refused.
 */
export async function deleteCommittee(
  scope: MutationScope,
  input: CommitteeTransition,
): Promise<{ id: string; code: string; name: string }> {
  const id = fromGlobalId("Committee", input.id);
  await lockRow(scope, "Committee", id);
  const before = await loadForWrite(scope, "Committee", id, "delete");
  assertDeletableDraft(before.status, before.createdBy, scope.ctx.identity?.id ?? "");
  if (before.version !== input.version) throw conflict();
  const { tx } = scope;
  const where = { committeeId: id };
  const [meetings, fundingPlans, assessments, volunteerTeams, rulesDocuments, jointWorkItems, contributions] =
    await Promise.all([
      tx.meeting.count({ where }),
      tx.fundingPlan.count({ where }),
      tx.assessment.count({ where }),
      tx.volunteerTeam.count({ where }),
      tx.rulesDocument.count({ where }),
      tx.jointWorkItem.count({ where }),
      tx.contribution.count({ where }),
    ]);
  assertNothingRecordedOnDraft({
    meetings,
    fundingPlans,
    assessments,
    volunteerTeams,
    rulesDocuments,
    jointWorkItems,
    contributions,
  });
  const audit = (entityType: Subject, row: { id: string; streetId: string }) =>
    scope.audit({
      action: "deleteCommittee",
      entityType,
      entityId: row.id,
      streetId: row.streetId,
      before: row,
      after: null,
    });
  // The committee's own rows are part of it: they go with it under the committee's delete rule.
  for (const attestation of await tx.seatAttestation.findMany({ where })) audit("SeatAttestation", attestation);
  await tx.seatAttestation.deleteMany({ where });
  for (const seat of await tx.seat.findMany({ where })) audit("Seat", seat);
  await tx.seat.deleteMany({ where });
  for (const membership of await tx.membership.findMany({ where })) audit("Membership", membership);
  await tx.membership.deleteMany({ where });
  for (const coverage of await tx.committeeCommunity.findMany({ where })) audit("CommitteeCommunity", coverage);
  await tx.committeeCommunity.deleteMany({ where });
  return deleteChecked(scope, "Committee", before, { action: "deleteCommittee" });
}
