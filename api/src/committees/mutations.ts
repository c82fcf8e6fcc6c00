import { z } from "zod";
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { versionedRecordInput } from "../data/inputs.js";
import type { RowOf } from "../data/models.js";
import { loadForWrite, loadReadable, type MutationScope, runMutation, updateVersioned } from "../data/mutation.js";
import { code, definedOnly, globalId, text, versionField } from "../data/validation.js";
import { forbidden, invalid, invariant, notFound } from "../errors/domain-error.js";
import type { Action } from "../permissions/abilities.js";
import { ACTIVE_SEAT_STATUSES } from "../seats/rules.js";
import { CommitteeKindEnum } from "../system/enums.js";
import { endCommitteeActivities } from "./dissolution.js";
import { committeeIdField } from "./inputs.js";
import {
  assertCoverage,
  assertCoverageEditable,
  assertSubmittable,
  assertTerm,
  assertTransition,
  beijingDate,
  type CommitteeKindName,
  type CommitteeStatusName,
  type CommunityFact,
  coverageChange,
  transitionTimestamps,
} from "./rules.js";
import { Committee } from "./types.js";
import { assertCanWrite, endMemberships } from "./writes.js";

const communityIdsField = {
  required: true,
  description:
    "覆盖社区（社区党委1个，联合党委至少2个，均属本街道且未被其他大党委覆盖）/ Covered communities (one for a community committee, at least two for a joint one; all of the committee's street, none covered by another committee)",
  validate: z.array(globalId).max(50),
} as const;

const CreateCommitteeInput = builder.inputType("CreateCommitteeInput", {
  description: "设立大党委（草稿）/ Set up a committee (as a draft)",
  fields: (t) => ({
    streetId: t.id({ required: true, description: "所属街道 / Street", validate: globalId }),
    code: t.string({ required: true, description: "代码（区内唯一）/ Code (unique in the district)", validate: code }),
    name: t.string({ required: true, description: "名称 / Name", validate: text(200) }),
    kind: t.field({
      type: CommitteeKindEnum,
      required: true,
      description: "类型（社区党委或联合党委）/ Kind (community or joint committee)",
    }),
    communityIds: t.idList(communityIdsField),
    termStart: t.field({ type: "Date", description: "任期开始 / Term start" }),
    termEnd: t.field({ type: "Date", description: "任期结束 / Term end" }),
  }),
});

const UpdateCommitteeInput = builder.inputType("UpdateCommitteeInput", {
  description: "修改大党委基本情况（只写给出的字段）/ Update a committee's details (only the fields given)",
  fields: (t) => ({
    id: t.id(committeeIdField),
    version: t.int(versionField),
    name: t.string({ description: "名称 / Name", validate: text(200).nullish() }),
    termStart: t.field({ type: "Date", description: "任期开始（null 清除）/ Term start (null clears it)" }),
    termEnd: t.field({ type: "Date", description: "任期结束（null 清除）/ Term end (null clears it)" }),
  }),
});

const SetCoverageInput = builder.inputType("SetCoverageInput", {
  description:
    "调整覆盖社区（只限草稿或已退回的大党委；替换现有覆盖）/ Change the covered communities (DRAFT or REJECTED only; replaces the active coverage)",
  fields: (t) => ({
    id: t.id(committeeIdField),
    version: t.int(versionField),
    communityIds: t.idList(communityIdsField),
  }),
});

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
    assertCanWrite(scope, "create", "CommitteeCommunity", row, "communityIds");
    const created = await scope.tx.committeeCommunity.create({ data: row });
    scope.audit({
      action,
      entityType: "CommitteeCommunity",
      entityId: created.id,
      streetId: created.streetId,
      before: null,
      after: created,
    });
  }
}

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

builder.mutationField("createCommittee", (t) =>
  t.field({
    type: Committee,
    description: "设立大党委（草稿，含覆盖社区）/ Set up a committee as a draft, with its covered communities",
    permission: "create:Committee",
    errors: {},
    args: { input: t.arg({ type: CreateCommitteeInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
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
        };
        if (!ctx.guard.can("create", "Committee", row)) {
          throw forbidden("无权在该街道设立大党委", "Not allowed to set up committees in this street", "streetId");
        }
        const communities = await loadCommunities(scope, input.communityIds);
        const covered = await coveredElsewhere(
          scope,
          communities.map((c) => c.id),
          null,
        );
        assertCoverage(input.kind as CommitteeKindName, street.id, communities, covered);
        if (await scope.tx.committee.findUnique({ where: { code: input.code }, select: { id: true } })) {
          throw invariant("code", "大党委代码已存在", "The committee code already exists");
        }
        const created = await scope.tx.committee.create({ data: row });
        scope.audit({
          action: "createCommittee",
          entityType: "Committee",
          entityId: created.id,
          streetId: created.streetId,
          before: null,
          after: created,
        });
        await addCoverage(
          scope,
          created,
          communities.map((c) => c.id),
          "createCommittee",
          created.createdAt,
        );
        return created;
      }),
  }),
);

builder.mutationField("updateCommittee", (t) =>
  t.field({
    type: Committee,
    description: "修改大党委名称和任期 / Update a committee's name and term",
    permission: "update:Committee",
    errors: {},
    args: { input: t.arg({ type: UpdateCommitteeInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const id = fromGlobalId("Committee", input.id);
        const data = definedOnly(input as Record<string, unknown>, ["name", "termStart", "termEnd"]);
        if (data.name === null) throw invalid("name", "名称不能为空", "The name cannot be empty");
        const before = await loadForWrite(scope, "Committee", id, "update", Object.keys(data));
        assertTerm(
          input.termStart === undefined ? before.termStart : input.termStart,
          input.termEnd === undefined ? before.termEnd : input.termEnd,
        );
        return updateVersioned(scope, "Committee", before, input.version, data, "updateCommittee");
      }),
  }),
);

builder.mutationField("setCoverage", (t) =>
  t.field({
    type: Committee,
    description:
      "调整覆盖社区（只限草稿或已退回；移出的社区结束覆盖，其中的成员单位随之退出）/ Change the covered communities (DRAFT or REJECTED only; removed communities' coverage ends, and so do the memberships located there)",
    permission: "update:Committee",
    errors: {},
    args: { input: t.arg({ type: SetCoverageInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
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
        const after = await updateVersioned(
          scope,
          "Committee",
          before,
          input.version,
          { updatedAt: now },
          "setCoverage",
        );
        for (const coverage of active.filter((c) => toEnd.includes(c.communityId))) {
          assertCanWrite(scope, "end", "CommitteeCommunity", coverage, "communityIds");
          const ended = await scope.tx.committeeCommunity.update({
            where: { id: coverage.id },
            data: { endedAt: now, version: { increment: 1 } },
          });
          scope.audit({
            action: "setCoverage",
            entityType: "CommitteeCommunity",
            entityId: coverage.id,
            streetId: coverage.streetId,
            before: coverage,
            after: ended,
          });
        }
        await addCoverage(scope, before, toAdd, "setCoverage", now);
        if (toEnd.length > 0) {
          // Members located in a community no longer covered leave with it.
          const outside = await scope.tx.membership.findMany({
            where: {
              committeeId: before.id,
              toDate: null,
              organization: {
                OR: [{ communityId: { in: toEnd } }, { unit: { communityId: { in: toEnd } } }],
              },
            },
          });
          await endMemberships(scope, outside, "setCoverage", beijingDate(now));
        }
        return after;
      }),
  }),
);

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
