import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { versionedRecordInput } from "../data/inputs.js";
import {
  createChecked,
  loadForWrite,
  loadReadable,
  lockRow,
  type MutationScope,
  runMutation,
  updateVersioned,
} from "../data/mutation.js";
import { globalId, nonNegativeInt, optionalText, text, versionField } from "../data/validation.js";
import { forbidden, invalid, notFound } from "../errors/domain-error.js";
import { assertCommitteeWorking } from "../meetings/rules.js";
import { VolunteerTeamKindEnum } from "../system/enums.js";
import {
  assertCanLeave,
  assertNotActiveMember,
  assertNotBeforeFounding,
  assertNotFutureDay,
  assertTeamActive,
  assertTeamCanEnd,
  chinaToday,
  leavingDayOnTeamEnd,
  serviceHours,
} from "./rules.js";
import { VolunteerActivity, VolunteerTeam, VolunteerTeamMember } from "./types.js";

const CreateVolunteerTeamInput = builder.inputType("CreateVolunteerTeamInput", {
  description: "成立志愿服务队 / Found a volunteer team",
  fields: (t) => ({
    committeeId: t.id({ required: true, description: "大党委 / Committee", validate: globalId }),
    name: t.string({ required: true, description: "名称 / Name", validate: text(200) }),
    kind: t.field({ type: VolunteerTeamKindEnum, required: true, description: "类型 / Kind" }),
    leaderId: t.id({ description: "队长 / Leader", validate: globalId.nullish() }),
    foundedOn: t.field({ type: "Date", description: "成立日期 / Founded on" }),
  }),
});

const UpdateVolunteerTeamInput = builder.inputType("UpdateVolunteerTeamInput", {
  description: "修改志愿服务队（只写给出的字段）/ Update a volunteer team (only the fields given)",
  fields: (t) => ({
    id: t.id({ required: true, description: "服务队 / Team", validate: globalId }),
    version: t.int(versionField),
    name: t.string({ description: "名称 / Name", validate: text(200).nullish() }),
    kind: t.field({ type: VolunteerTeamKindEnum, description: "类型 / Kind" }),
    leaderId: t.id({ description: "队长（null 清除）/ Leader (null clears it)", validate: globalId.nullish() }),
    foundedOn: t.field({ type: "Date", description: "成立日期（null 清除）/ Founded on (null clears it)" }),
  }),
});

const EndVolunteerTeamInput = versionedRecordInput(
  "EndVolunteerTeamInput",
  "解散志愿服务队（在队队员随之退出）/ End a volunteer team (its active members leave)",
  "服务队 / Team",
);

const AddTeamMemberInput = builder.inputType("AddTeamMemberInput", {
  description: "吸收队员 / Add a member to a team",
  fields: (t) => ({
    teamId: t.id({ required: true, description: "服务队 / Team", validate: globalId }),
    personId: t.id({ required: true, description: "人员 / Person", validate: globalId }),
    joinedOn: t.field({ type: "Date", required: true, description: "加入日期 / Joined on" }),
  }),
});

const RemoveTeamMemberInput = builder.inputType("RemoveTeamMemberInput", {
  description: "队员退出 / A member leaves the team",
  fields: (t) => ({
    id: t.id({ required: true, description: "队员记录 / Membership record", validate: globalId }),
    version: t.int(versionField),
    leftOn: t.field({ type: "Date", required: true, description: "退出日期 / Left on" }),
  }),
});

const RecordVolunteerActivityInput = builder.inputType("RecordVolunteerActivityInput", {
  description: "登记志愿服务活动 / Record a volunteer activity",
  fields: (t) => ({
    teamId: t.id({ required: true, description: "服务队 / Team", validate: globalId }),
    title: t.string({ required: true, description: "活动名称 / Title", validate: text(200) }),
    heldOn: t.field({ type: "Date", required: true, description: "活动日期（不晚于今天）/ Held on (not after today)" }),
    location: t.string({ description: "地点 / Location", validate: optionalText(200) }),
    participantCount: t.int({
      required: true,
      description: "参加人数（≥ 0）/ Participants (≥ 0)",
      validate: nonNegativeInt,
    }),
    serviceHours: t.field({
      type: "Decimal",
      required: true,
      description: "服务时长（小时，≥ 0，最多1位小数）/ Service hours (≥ 0, at most 1 decimal place)",
      validate: serviceHours,
    }),
    description: t.string({ description: "内容 / Description", validate: optionalText(2000) }),
  }),
});

/** A person referenced by an input, read through the caller's rules (foreign → NOT_FOUND). */
async function loadPerson(scope: MutationScope, id: string, field: string) {
  const person = await scope.tx.person.findFirst({
    where: { AND: [{ id: fromGlobalId("Person", id, field) }, scope.ctx.guard.where("Person")] },
    select: { id: true },
  });
  if (!person) throw notFound("Person", field);
  return person.id;
}

/**
 * The team a member or activity is added to, read through the caller's rules. Its row is locked
 * first, so concurrent changes to one team take turns and each sees the latest members and state.
 */
async function loadTeam(scope: MutationScope, globalTeamId: string) {
  const id = fromGlobalId("VolunteerTeam", globalTeamId, "teamId");
  await lockRow(scope, "VolunteerTeam", id);
  const team = await loadReadable(scope, "VolunteerTeam", id, "teamId");
  return team;
}

builder.mutationField("createVolunteerTeam", (t) =>
  t.field({
    type: VolunteerTeam,
    description: "成立志愿服务队（党员服务联盟）/ Found a volunteer team (service alliance)",
    permission: "create:VolunteerTeam",
    errors: {},
    args: { input: t.arg({ type: CreateVolunteerTeamInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const committeeId = fromGlobalId("Committee", input.committeeId, "committeeId");
        const committee = await loadReadable(scope, "Committee", committeeId, "committeeId");
        const row = {
          committeeId: committee.id,
          streetId: committee.streetId,
          name: input.name,
          kind: input.kind,
          leaderId: null as string | null,
          foundedOn: input.foundedOn ?? null,
        };
        assertCommitteeWorking(committee.status);
        if (input.leaderId) row.leaderId = await loadPerson(scope, input.leaderId, "leaderId");
        const created = await createChecked(scope, "VolunteerTeam", row, {
          action: "createVolunteerTeam",
          refusal: ["无权为该大党委成立服务队", "Not allowed to found teams of this committee", "committeeId"],
        });
        return created;
      }),
  }),
);

builder.mutationField("updateVolunteerTeam", (t) =>
  t.field({
    type: VolunteerTeam,
    description: "修改志愿服务队 / Update a volunteer team",
    permission: "update:VolunteerTeam",
    errors: {},
    args: { input: t.arg({ type: UpdateVolunteerTeamInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const id = fromGlobalId("VolunteerTeam", input.id);
        const data: Record<string, unknown> = {};
        if (input.name !== undefined) data.name = input.name;
        if (input.kind !== undefined) data.kind = input.kind;
        if (input.foundedOn !== undefined) data.foundedOn = input.foundedOn;
        if (input.leaderId !== undefined) data.leaderId = input.leaderId;
        if (data.name === null || data.kind === null) {
          throw invalid(data.name === null ? "name" : "kind", "名称和类型不能为空", "Name and kind cannot be empty");
        }
        if (Object.keys(data).length === 0) throw invalid("id", "没有要修改的字段", "Nothing to change");
        const before = await loadForWrite(scope, "VolunteerTeam", id, "update", Object.keys(data));
        assertTeamActive(before, "id");
        if (input.leaderId) data.leaderId = await loadPerson(scope, input.leaderId, "leaderId");
        return updateVersioned(scope, "VolunteerTeam", before, input.version, data, "updateVolunteerTeam");
      }),
  }),
);

builder.mutationField("endVolunteerTeam", (t) =>
  t.field({
    type: VolunteerTeam,
    description: "解散志愿服务队（在队队员随之退出）/ End a volunteer team (its active members leave)",
    permission: "end:VolunteerTeam",
    errors: {},
    args: { input: t.arg({ type: EndVolunteerTeamInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const before = await loadForWrite(scope, "VolunteerTeam", fromGlobalId("VolunteerTeam", input.id), "end");
        assertTeamCanEnd(before);
        const now = new Date();
        const after = await updateVersioned(
          scope,
          "VolunteerTeam",
          before,
          input.version,
          { endedAt: now },
          "endVolunteerTeam",
        );
        const active = await scope.tx.volunteerTeamMember.findMany({ where: { teamId: before.id, leftOn: null } });
        for (const member of active) {
          if (!ctx.guard.can("end", "VolunteerTeamMember", member)) {
            throw forbidden("无权让队员退出", "Not allowed to end team memberships", "id");
          }
          const left = await scope.tx.volunteerTeamMember.update({
            where: { id: member.id },
            data: { leftOn: leavingDayOnTeamEnd(member.joinedOn, chinaToday(now)), version: { increment: 1 } },
          });
          scope.audit({
            action: "endVolunteerTeam",
            entityType: "VolunteerTeamMember",
            entityId: member.id,
            streetId: member.streetId,
            before: member,
            after: left,
          });
        }
        return after;
      }),
  }),
);

builder.mutationField("addTeamMember", (t) =>
  t.field({
    type: VolunteerTeamMember,
    description: "吸收队员（同一人在同一服务队只能有一条在队记录）/ Add a member (a person is an active member once)",
    permission: "create:VolunteerTeamMember",
    errors: {},
    args: { input: t.arg({ type: AddTeamMemberInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const team = await loadTeam(scope, input.teamId);
        const personId = await loadPerson(scope, input.personId, "personId");
        const row = {
          teamId: team.id,
          committeeId: team.committeeId,
          streetId: team.streetId,
          personId,
          joinedOn: input.joinedOn,
        };
        assertTeamActive(team);
        assertNotBeforeFounding(input.joinedOn, team.foundedOn, "joinedOn");
        const active = await scope.tx.volunteerTeamMember.findMany({
          where: { teamId: team.id, personId, leftOn: null },
          select: { personId: true },
        });
        assertNotActiveMember(personId, new Set(active.map((m) => m.personId)));
        const created = await createChecked(scope, "VolunteerTeamMember", row, {
          action: "addTeamMember",
          refusal: ["无权为该服务队吸收队员", "Not allowed to add members to this team", "teamId"],
        });
        return created;
      }),
  }),
);

builder.mutationField("removeTeamMember", (t) =>
  t.field({
    type: VolunteerTeamMember,
    description: "队员退出服务队 / A member leaves the team",
    permission: "end:VolunteerTeamMember",
    errors: {},
    args: { input: t.arg({ type: RemoveTeamMemberInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const before = await loadForWrite(
          scope,
          "VolunteerTeamMember",
          fromGlobalId("VolunteerTeamMember", input.id),
          "end",
        );
        assertCanLeave(before, input.leftOn);
        return updateVersioned(
          scope,
          "VolunteerTeamMember",
          before,
          input.version,
          { leftOn: input.leftOn },
          "removeTeamMember",
        );
      }),
  }),
);

builder.mutationField("recordVolunteerActivity", (t) =>
  t.field({
    type: VolunteerActivity,
    description: "登记志愿服务活动 / Record a volunteer activity",
    permission: "create:VolunteerActivity",
    errors: {},
    args: { input: t.arg({ type: RecordVolunteerActivityInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const team = await loadTeam(scope, input.teamId);
        const row = {
          teamId: team.id,
          committeeId: team.committeeId,
          streetId: team.streetId,
          title: input.title,
          heldOn: input.heldOn,
          location: input.location ?? null,
          participantCount: input.participantCount,
          serviceHours: input.serviceHours.trim(),
          description: input.description ?? null,
        };
        assertTeamActive(team);
        assertNotBeforeFounding(input.heldOn, team.foundedOn, "heldOn");
        assertNotFutureDay(input.heldOn, new Date(), "heldOn");
        const created = await createChecked(scope, "VolunteerActivity", row, {
          action: "recordVolunteerActivity",
          refusal: ["无权为该服务队登记活动", "Not allowed to record activities of this team", "teamId"],
        });
        return created;
      }),
  }),
);
