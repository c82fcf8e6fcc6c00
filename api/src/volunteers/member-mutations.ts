/** A volunteer team's members (join, leave) and the activities it records. */
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
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
import {
  assertCanLeave,
  assertNotActiveMember,
  assertNotBeforeFounding,
  assertNotFutureDay,
  assertTeamActive,
  serviceHours,
} from "./rules.js";
import { VolunteerActivity, VolunteerTeamMember } from "./types.js";
import { loadPerson } from "./writes.js";

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
