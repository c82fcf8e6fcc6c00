/** A committee's workflow: submit, approve, reject, reopen, file, dissolve (one status change each, with its checks and effects). */
import { beijingDate } from "@gongjian/domain/calendar";
import { fromGlobalId } from "../data/ids.js";
import type { RowOf } from "../data/models.js";
import { loadForWrite, type MutationScope, updateVersioned } from "../data/mutation.js";
import { invalidTransition } from "../errors/domain-error.js";
import type { Action } from "../permissions/abilities.js";
import { ACTIVE_SEAT_STATUSES } from "../seats/rules.js";
import { endCommitteeActivities } from "./dissolution.js";
import type { CommitteeTransition, DissolveCommittee, FileCommittee, RejectCommittee } from "./inputs.js";
import {
  allowedTransitions,
  assertCoverage,
  assertDissolutionDate,
  assertMayWithdraw,
  assertSeparationOfDuties,
  assertSubmittable,
  assertTransition,
  type CommitteeStatusName,
  transitionTimestamps,
} from "./rules.js";
import { changeChecked } from "./writes.js";

interface TransitionSpec<Input extends CommitteeTransition> {
  /** The audit action (the mutation's name). */
  name: string;
  /** Only from these statuses (when the workflow reaches `to` from several and the action is one of them). */
  from?: CommitteeStatusName[];
  /** Another audit action for this write (e.g. an approval by the submitter, where the district allows it). */
  auditAs?: (scope: MutationScope, before: RowOf<"Committee">) => Promise<string | null>;
  action: Exclude<Action, "manage">;
  to: CommitteeStatusName;
  /** Fields the action writes, checked against the field rules (e.g. `status` for a plain update). */
  writtenFields?: string[];
  /** Further fields the transition sets. */
  data?: (input: Input, scope: MutationScope) => Record<string, unknown>;
  /** Domain checks that need the database (run after the workflow check). */
  check?: (scope: MutationScope, before: RowOf<"Committee">, input: Input) => Promise<void>;
  /** Writes that go with the transition (each records its audit event). */
  effects?: (scope: MutationScope, before: RowOf<"Committee">, now: Date, input: Input) => Promise<void>;
}

/** The signed-in actor's id (a mutation always has one: runMutation refuses anonymous callers). */
const actorOf = (scope: MutationScope): string => scope.ctx.identity?.id ?? "";

/** A status change as a command: load with the action, check the workflow, set the status and its timestamp. */
function committeeTransition<Input extends CommitteeTransition>(spec: TransitionSpec<Input>) {
  return async (scope: MutationScope, input: Input): Promise<RowOf<"Committee">> => {
    const id = fromGlobalId("Committee", input.id);
    const before = await loadForWrite(scope, "Committee", id, spec.action, spec.writtenFields ?? []);
    assertTransition(before.status, spec.to);
    if (spec.from && !spec.from.includes(before.status)) {
      throw invalidTransition("大党委 Committee", before.status, spec.to, allowedTransitions(before.status));
    }
    await spec.check?.(scope, before, input);
    const now = new Date();
    const data = { status: spec.to, ...transitionTimestamps(spec.to, now), ...(spec.data?.(input, scope) ?? {}) };
    const audited = (await spec.auditAs?.(scope, before)) ?? spec.name;
    const after = await updateVersioned(scope, "Committee", before, input.version, data, audited);
    await spec.effects?.(scope, before, now, input);
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
  data: (_input, scope) => ({ submittedBy: actorOf(scope) }),
});

/** Whether the district of a street lets one person submit and approve (very small streets). */
export async function allowsSelfApproval(scope: MutationScope, streetId: string): Promise<boolean> {
  const street = await scope.tx.street.findUnique({
    where: { id: streetId },
    select: { district: { select: { allowSelfApproval: true } } },
  });
  return street?.district.allowSelfApproval ?? false;
}

/** Separation of duties: the submitter does not approve, unless the district allows it (then audited as such). */
async function approvalAuditAction(scope: MutationScope, before: RowOf<"Committee">): Promise<string | null> {
  const self = assertSeparationOfDuties(
    "committee",
    before.submittedBy,
    actorOf(scope),
    await allowsSelfApproval(scope, before.streetId),
  );
  return self ? "approveCommitteeBySubmitter" : null;
}

export const approveCommittee = committeeTransition({
  name: "approveCommittee",
  action: "approve",
  to: "APPROVED",
  auditAs: approvalAuditAction,
});

/** Withdrawing a submission (撤回): back to DRAFT, by whoever submitted it or set it up. */
export const withdrawCommittee = committeeTransition({
  name: "withdrawCommittee",
  action: "submit",
  to: "DRAFT",
  from: ["SUBMITTED"],
  check: async (scope, before) => assertMayWithdraw(before.submittedBy, before.createdBy, actorOf(scope)),
  data: () => ({ submittedAt: null, submittedBy: null }),
});

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
  from: ["REJECTED"],
  writtenFields: ["status"],
});

/** Filing the committee, and (when asked) its approved seats in the same transaction, each audited. */
async function fileApprovedSeats(scope: MutationScope, before: RowOf<"Committee">, now: Date, input: FileCommittee) {
  if (!input.fileApprovedSeats) return;
  const seats = await scope.tx.seat.findMany({
    where: { committeeId: before.id, status: "APPROVED" },
    orderBy: { nominatedAt: "asc" },
  });
  for (const seat of seats) {
    await changeChecked(
      scope,
      "file",
      "Seat",
      seat,
      { status: "FILED", filedAt: now },
      "fileCommittee",
      "fileApprovedSeats",
    );
  }
}

export const fileCommittee = committeeTransition<FileCommittee>({
  name: "fileCommittee",
  action: "file",
  to: "FILED",
  data: (input) => ({ filingNumber: input.filingNumber }),
  effects: fileApprovedSeats,
});

/** The day a dissolution takes effect: the one given, or today in Beijing. */
const dissolutionDay = (input: DissolveCommittee) => input.dissolvedOn ?? beijingDate(new Date());

export const dissolveCommittee = committeeTransition<DissolveCommittee>({
  name: "dissolveCommittee",
  action: "dissolve",
  to: "DISSOLVED",
  check: async (_scope, before, input) =>
    assertDissolutionDate(
      dissolutionDay(input),
      beijingDate(new Date()),
      before.filedAt ? beijingDate(before.filedAt) : null,
    ),
  data: (input) => ({ dissolutionReason: input.reason.trim(), dissolvedOn: dissolutionDay(input) }),
  effects: (scope, before, now, input) => endCommitteeActivities(scope, before.id, now, dissolutionDay(input)),
});
