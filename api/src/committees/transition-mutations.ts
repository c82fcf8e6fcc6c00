/** A committee's workflow: submit, approve, reject, reopen, file, dissolve (one status change each, with its checks and effects). */
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { versionedRecordInput } from "../data/inputs.js";
import type { RowOf } from "../data/models.js";
import { loadForWrite, type MutationScope, runMutation, updateVersioned } from "../data/mutation.js";
import { text, versionField } from "../data/validation.js";
import type { Action } from "../permissions/abilities.js";
import { ACTIVE_SEAT_STATUSES } from "../seats/rules.js";
import { endCommitteeActivities } from "./dissolution.js";
import { committeeIdField } from "./inputs.js";
import {
  assertCoverage,
  assertSubmittable,
  assertTransition,
  type CommitteeStatusName,
  transitionTimestamps,
} from "./rules.js";
import { Committee } from "./types.js";

const CommitteeTransitionInput = versionedRecordInput(
  "CommitteeTransitionInput",
  "大党委状态变更 / A committee status change",
  "大党委 / Committee",
);

const RejectCommitteeInput = builder.inputType("RejectCommitteeInput", {
  description: "退回报审的大党委 / Reject a submitted committee",
  fields: (t) => ({
    id: t.id(committeeIdField),
    version: t.int(versionField),
    reason: t.string({ required: true, description: "退回理由 / Reason for rejection", validate: text(500) }),
  }),
});

const FileCommitteeInput = builder.inputType("FileCommitteeInput", {
  description: "备案已审批的大党委（区委组织部）/ File an approved committee (district organisation department)",
  fields: (t) => ({
    id: t.id(committeeIdField),
    version: t.int(versionField),
    filingNumber: t.string({ required: true, description: "备案号 / Filing number", validate: text(50) }),
  }),
});

interface TransitionInput {
  id: string;
  version: number;
  reason?: string;
  filingNumber?: string;
}

interface TransitionSpec {
  name: string;
  description: string;
  action: Exclude<Action, "manage">;
  to: CommitteeStatusName;
  input: typeof CommitteeTransitionInput | typeof RejectCommitteeInput | typeof FileCommitteeInput;
  /** Fields the action writes, checked against the field rules (e.g. `status` for a plain update). */
  writtenFields?: string[];
  /** Further fields the transition sets. */
  data?: (input: TransitionInput) => Record<string, unknown>;
  /** Domain checks that need the database (run after the workflow check). */
  check?: (scope: MutationScope, before: RowOf<"Committee">) => Promise<void>;
  /** Writes that go with the transition (each records its audit event). */
  effects?: (scope: MutationScope, before: RowOf<"Committee">, now: Date) => Promise<void>;
}

/** A status change: load with the action, check the workflow, set the status and its timestamp. */
function defineTransition(spec: TransitionSpec) {
  builder.mutationField(spec.name, (t) =>
    t.field({
      type: Committee,
      description: spec.description,
      permission: `${spec.action}:Committee`,
      errors: {},
      args: { input: t.arg({ type: spec.input as typeof CommitteeTransitionInput, required: true }) },
      resolve: (_root, args, ctx) =>
        runMutation(ctx, async (scope) => {
          const input = args.input as TransitionInput;
          const id = fromGlobalId("Committee", input.id);
          const before = await loadForWrite(scope, "Committee", id, spec.action, spec.writtenFields ?? []);
          assertTransition(before.status, spec.to);
          await spec.check?.(scope, before);
          const now = new Date();
          const after = await updateVersioned(
            scope,
            "Committee",
            before,
            input.version,
            { status: spec.to, ...transitionTimestamps(spec.to, now), ...(spec.data?.(input) ?? {}) },
            spec.name,
          );
          await spec.effects?.(scope, before, now);
          return after;
        }),
    }),
  );
}

defineTransition({
  name: "submitCommittee",
  description:
    "报街道党工委审批（须有完整的职务结构）/ Submit to the street working committee (needs the full seat structure)",
  action: "submit",
  to: "SUBMITTED",
  input: CommitteeTransitionInput,
  check: async (scope, before) => {
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
  },
});

defineTransition({
  name: "approveCommittee",
  description: "审批通过（街道党工委）/ Approve (street working committee)",
  action: "approve",
  to: "APPROVED",
  input: CommitteeTransitionInput,
});

defineTransition({
  name: "rejectCommittee",
  description: "退回报审（街道党工委，须说明理由）/ Reject a submission (street working committee, with a reason)",
  action: "reject",
  to: "REJECTED",
  input: RejectCommitteeInput,
  data: (input) => ({ rejectionReason: input.reason }),
});

defineTransition({
  name: "reopenCommittee",
  description: "将已退回的大党委改回草稿以便修改 / Reopen a rejected committee as a draft",
  action: "update",
  to: "DRAFT",
  input: CommitteeTransitionInput,
  writtenFields: ["status"],
});

defineTransition({
  name: "fileCommittee",
  description: "备案（区委组织部）/ File (district organisation department)",
  action: "file",
  to: "FILED",
  input: FileCommitteeInput,
  data: (input) => ({ filingNumber: input.filingNumber }),
});

defineTransition({
  name: "dissolveCommittee",
  description:
    "撤销大党委：结束覆盖、成员身份、职务和服务队，取消未开的会议，结算经费方案 / Dissolve a committee: its coverage, memberships, seats and volunteer teams end, scheduled meetings are cancelled, funding plans closed",
  action: "dissolve",
  to: "DISSOLVED",
  input: CommitteeTransitionInput,
  effects: (scope, before, now) => endCommitteeActivities(scope, before.id, now),
});
