/** Committees: create, update and set the communities they cover. Workflow transitions: transition-mutations.ts. */
import { z } from "zod";
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { loadForWrite, loadReadable, type MutationScope, runMutation, updateVersioned } from "../data/mutation.js";
import { changesOf, code, globalId, text, versionField } from "../data/validation.js";
import { forbidden, invalid, invariant, notFound } from "../errors/domain-error.js";
import { CommitteeKindEnum, RegularMeetingCadenceEnum } from "../system/enums.js";
import { committeeIdField } from "./inputs.js";
import {
  assertCoverage,
  assertCoverageEditable,
  assertTerm,
  beijingDate,
  type CommitteeKindName,
  type CommunityFact,
  coverageChange,
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
    meetingCadence: t.field({
      type: RegularMeetingCadenceEnum,
      description: "党委会召开周期（每月或每季度）/ How often the regular meeting is held (monthly or quarterly)",
    }),
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
        const data = changesOf(input, ["name", "termStart", "termEnd", "meetingCadence"], {
          meetingCadence: ["党委会召开周期", "The meeting cadence"],
        });
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
