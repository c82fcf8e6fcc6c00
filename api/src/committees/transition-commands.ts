/** A committee's workflow: submit, approve, reject, reopen, file, dissolve (one status change each, with its checks and effects). */
import { fromGlobalId } from "../data/ids.js";
import type { RowOf } from "../data/models.js";
import { loadForWrite, type MutationScope, updateVersioned } from "../data/mutation.js";
import type { Action } from "../permissions/abilities.js";
import { ACTIVE_SEAT_STATUSES } from "../seats/rules.js";
import { endCommitteeActivities } from "./dissolution.js";
import type { CommitteeTransition, FileCommittee, RejectCommittee } from "./inputs.js";
import {
  assertCoverage,
  assertSubmittable,
  assertTransition,
  type CommitteeStatusName,
  transitionTimestamps,
} from "./rules.js";

interface TransitionSpec<Input extends CommitteeTransition> {
  /** The audit action (the mutation's name). */
  name: string;
  action: Exclude<Action, "manage">;
  to: CommitteeStatusName;
  /** Fields the action writes, checked against the field rules (e.g. `status` for a plain update). */
  writtenFields?: string[];
  /** Further fields the transition sets. */
  data?: (input: Input) => Record<string, unknown>;
  /** Domain checks that need the database (run after the workflow check). */
  check?: (scope: MutationScope, before: RowOf<"Committee">) => Promise<void>;
  /** Writes that go with the transition (each records its audit event). */
  effects?: (scope: MutationScope, before: RowOf<"Committee">, now: Date) => Promise<void>;
}

/** A status change as a command: load with the action, check the workflow, set the status and its timestamp. */
function committeeTransition<Input extends CommitteeTransition>(spec: TransitionSpec<Input>) {
  return async (scope: MutationScope, input: Input): Promise<RowOf<"Committee">> => {
    const id = fromGlobalId("Committee", input.id);
    const before = await loadForWrite(scope, "Committee", id, spec.action, spec.writtenFields ?? []);
    assertTransition(before.status, spec.to);
    await spec.check?.(scope, before);
    const now = new Date();
    const data = { status: spec.to, ...transitionTimestamps(spec.to, now), ...(spec.data?.(input) ?? {}) };
    const after = await updateVersioned(scope, "Committee", before, input.version, data, spec.name);
    await spec.effects?.(scope, before, now);
    return after;
  };
}

/** Submission needs the coverage of its kind and the full seat structure. */
async function assertReadyToSubmit(scope: MutationScope, before: RowOf<"Committee">) {
  const coverage = await scope.tx.committeeCommunity.findMany({
    where: { committeeId: before.id, endedAt: null },
    select: { communityId: true, streetId: true },
  });
  assertCoverage(
    before.kind,
    before.streetId,
    coverage.map((c) => ({ id: c.communityId, streetId: c.streetId })),
    new Set(),
  );
  const communityOrganizations = await scope.tx.partyOrganization.findMany({
    where: { communityId: { in: coverage.map((c) => c.communityId) }, endedAt: null },
    select: { id: true },
  });
  const seats = await scope.tx.seat.findMany({
    where: { committeeId: before.id, status: { in: [...ACTIVE_SEAT_STATUSES] } },
    select: { role: true, sourceOrganizationId: true, status: true },
  });
  assertSubmittable(seats, new Set(communityOrganizations.map((o) => o.id)));
}

export const submitCommittee = committeeTransition({
  name: "submitCommittee",
  action: "submit",
  to: "SUBMITTED",
  check: assertReadyToSubmit,
});

export const approveCommittee = committeeTransition({ name: "approveCommittee", action: "approve", to: "APPROVED" });

export const rejectCommittee = committeeTransition<RejectCommittee>({
  name: "rejectCommittee",
  action: "reject",
  to: "REJECTED",
  data: (input) => ({ rejectionReason: input.reason }),
});

export const reopenCommittee = committeeTransition({
  name: "reopenCommittee",
  action: "update",
  to: "DRAFT",
  writtenFields: ["status"],
});

export const fileCommittee = committeeTransition<FileCommittee>({
  name: "fileCommittee",
  action: "file",
  to: "FILED",
  data: (input) => ({ filingNumber: input.filingNumber }),
});

export const dissolveCommittee = committeeTransition({
  name: "dissolveCommittee",
  action: "dissolve",
  to: "DISSOLVED",
  effects: (scope, before, now) => endCommitteeActivities(scope, before.id, now),
});
