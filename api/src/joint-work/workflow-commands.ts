/**
 * The joint work workflow (OPEN → IN_PROGRESS → DONE → CLOSED, or DROPPED) and its progress reports:
 * each step one `versionedStep` (the rule checked, then the step's columns if the version is current,
 * else CONFLICT, with the audit event); a report one `createChecked` on the item, locked so reports
 * take turns and each sees the one before it.
 */
import { fromGlobalId } from "../data/ids.js";
import type { InputOf } from "../data/inputs.js";
import { createChecked, lockRow, type MutationScope } from "../data/mutation.js";
import { loadReferenced } from "../data/references.js";
import { versionedStep } from "../data/steps.js";
import { invariant } from "../errors/domain-error.js";
import type {
  CloseJointWorkInput,
  CompleteJointWorkInput,
  DropJointWorkInput,
  ReportJointWorkProgressInput,
  StartJointWorkInput,
} from "./inputs.js";
import {
  assertClosingResolution,
  assertFullyReported,
  assertJointWorkTransition,
  assertProgressForward,
  assertStartable,
  assertUnfinished,
} from "./rules.js";

/** The latest progress report on an item (by date, then by when it was recorded). */
function latestReport(scope: MutationScope, itemId: string) {
  return scope.tx.jointWorkProgress.findFirst({
    where: { itemId },
    orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }],
    select: { percent: true, reportedOn: true },
  });
}

export function startJointWork(scope: MutationScope, input: InputOf<typeof StartJointWorkInput>) {
  return versionedStep(scope, "JointWorkItem", input, {
    action: "update",
    audit: "startJointWork",
    check: (before) => {
      assertJointWorkTransition(before.status, "IN_PROGRESS");
      assertStartable(before);
    },
    data: () => ({ status: "IN_PROGRESS", startedAt: new Date() }),
  });
}

export function completeJointWork(scope: MutationScope, input: InputOf<typeof CompleteJointWorkInput>) {
  return versionedStep(scope, "JointWorkItem", input, {
    action: "update",
    audit: "completeJointWork",
    check: async (before) => {
      assertJointWorkTransition(before.status, "DONE");
      assertFullyReported((await latestReport(scope, before.id))?.percent ?? null);
    },
    data: () => ({ status: "DONE", completedAt: new Date() }),
  });
}

/** 结项: decided by a resolution of a later held meeting of the item's committee (or street). */
export async function closeJointWork(scope: MutationScope, input: InputOf<typeof CloseJointWorkInput>) {
  const resolution = await loadReferenced(scope, "Resolution", input.resolutionId, "resolutionId");
  const meeting = await scope.tx.meeting.findUniqueOrThrow({
    where: { id: resolution.meetingId },
    select: { status: true },
  });
  return versionedStep(scope, "JointWorkItem", input, {
    action: "close",
    audit: "closeJointWork",
    check: async (before) => {
      assertJointWorkTransition(before.status, "CLOSED");
      const origin = before.originResolutionId
        ? await scope.tx.resolution.findUniqueOrThrow({
            where: { id: before.originResolutionId },
            select: { meetingId: true },
          })
        : null;
      assertClosingResolution({ ...before, originMeetingId: origin?.meetingId ?? null }, resolution, meeting.status);
    },
    data: () => ({ status: "CLOSED", closingResolutionId: resolution.id, closedAt: new Date() }),
  });
}

export function dropJointWork(scope: MutationScope, input: InputOf<typeof DropJointWorkInput>) {
  return versionedStep(scope, "JointWorkItem", input, {
    action: "update",
    audit: "dropJointWork",
    check: (before) => assertJointWorkTransition(before.status, "DROPPED"),
    data: () => ({ status: "DROPPED", dropReason: input.reason.trim(), droppedAt: new Date() }),
  });
}

/**
 * 进展报告: by one of the item's organisations (a liaison for its own), while the item is unfinished;
 * the percentage never goes back.
 */
export async function reportJointWorkProgress(
  scope: MutationScope,
  input: InputOf<typeof ReportJointWorkProgressInput>,
) {
  const item = await loadReferenced(scope, "JointWorkItem", input.itemId, "itemId");
  await lockRow(scope, "JointWorkItem", item.id);
  const organizationId = fromGlobalId("PartyOrganization", input.organizationId, "organizationId");
  const participant = await scope.tx.jointWorkParticipant.findFirst({
    where: { itemId: item.id, organizationId },
    select: { id: true },
  });
  if (!participant) {
    throw invariant(
      "organizationId",
      "报告单位须是该事项的参与单位",
      "The reporting organisation must be one of the item's participants",
    );
  }
  const current = await scope.tx.jointWorkItem.findUniqueOrThrow({ where: { id: item.id }, select: { status: true } });
  assertUnfinished(current.status, "itemId");
  assertProgressForward(await latestReport(scope, item.id), input);
  return createChecked(
    scope,
    "JointWorkProgress",
    {
      itemId: item.id,
      committeeId: item.committeeId,
      streetId: item.streetId,
      organizationId,
      reportedOn: input.reportedOn,
      text: input.text.trim(),
      percent: input.percent,
    },
    {
      action: "reportJointWorkProgress",
      refusal: ["无权报告该单位的进展", "Not allowed to report progress for this organisation", "organizationId"],
    },
  );
}
