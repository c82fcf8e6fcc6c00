/** The volunteer commands: teams (found, update, end), their members (join, leave) and activities. */

import { fromGlobalId } from "../data/ids.js";
import { createChecked, lockRow, type MutationScope, updateVersioned } from "../data/mutation.js";
import { loadReferenced, loadTarget, scopeUnder } from "../data/references.js";
import { versionedStep } from "../data/steps.js";
import { changesOf } from "../data/validation.js";
import { forbidden } from "../errors/domain-error.js";
import { assertCommitteeWorking } from "../meetings/rules.js";
import type {
  AddTeamMemberInput,
  CreateVolunteerTeamInput,
  EndVolunteerTeamInput,
  RecordVolunteerActivityInput,
  RemoveTeamMemberInput,
  UpdateVolunteerTeamInput,
} from "./inputs.js";
import {
  assertCanLeave,
  assertNotActiveMember,
  assertNotBeforeFounding,
  assertNotFutureDay,
  assertTeamActive,
  assertTeamCanEnd,
  chinaToday,
  leavingDayOnTeamEnd,
} from "./rules.js";

/** A person an input names (leader, member), read through the caller's rules; returns the id. */
async function personId(scope: MutationScope, globalId: string, field: string) {
  return (await loadReferenced(scope, "Person", globalId, field)).id;
}

/**
 * The team a member or activity is added to, read through the caller's rules. Its row is locked
 * first, so concurrent changes to one team take turns and each sees the latest members and state.
 */
async function loadTeam(scope: MutationScope, globalTeamId: string) {
  await lockRow(scope, "VolunteerTeam", fromGlobalId("VolunteerTeam", globalTeamId, "teamId"));
  const team = await loadReferenced(scope, "VolunteerTeam", globalTeamId, "teamId");
  assertTeamActive(team);
  return team;
}

export async function createVolunteerTeam(scope: MutationScope, input: typeof CreateVolunteerTeamInput.$inferInput) {
  const committee = await loadReferenced(scope, "Committee", input.committeeId, "committeeId");
  assertCommitteeWorking(committee.status);
  const row = {
    ...scopeUnder(committee),
    name: input.name,
    kind: input.kind,
    leaderId: input.leaderId ? await personId(scope, input.leaderId, "leaderId") : null,
    foundedOn: input.foundedOn ?? null,
  };
  return createChecked(scope, "VolunteerTeam", row, {
    action: "createVolunteerTeam",
    refusal: ["无权为该大党委成立服务队", "Not allowed to found teams of this committee", "committeeId"],
  });
}

export async function updateVolunteerTeam(scope: MutationScope, input: typeof UpdateVolunteerTeamInput.$inferInput) {
  const data = changesOf(input, ["name", "kind", "foundedOn", "leaderId"], {
    name: ["名称", "Name"],
    kind: ["类型", "Kind"],
  });
  const before = await loadTarget(scope, "VolunteerTeam", input.id, "update", { fields: Object.keys(data) });
  assertTeamActive(before, "id");
  if (input.leaderId) data.leaderId = await personId(scope, input.leaderId, "leaderId");
  return updateVersioned(scope, "VolunteerTeam", before, input.version, data, "updateVolunteerTeam");
}

/** Ends a team; its active members leave the same day (or the day they joined, if later), each audited. */
export async function endVolunteerTeam(scope: MutationScope, input: typeof EndVolunteerTeamInput.$inferInput) {
  const now = new Date();
  const after = await versionedStep(scope, "VolunteerTeam", input, {
    action: "end",
    audit: "endVolunteerTeam",
    check: assertTeamCanEnd,
    data: () => ({ endedAt: now }),
  });
  const active = await scope.tx.volunteerTeamMember.findMany({ where: { teamId: after.id, leftOn: null } });
  for (const member of active) {
    if (!scope.ctx.guard.can("end", "VolunteerTeamMember", member)) {
      throw forbidden("无权让队员退出", "Not allowed to end team memberships", "id");
    }
    const leftOn = leavingDayOnTeamEnd(member.joinedOn, chinaToday(now));
    await updateVersioned(scope, "VolunteerTeamMember", member, member.version, { leftOn }, "endVolunteerTeam");
  }
  return after;
}

export async function addTeamMember(scope: MutationScope, input: typeof AddTeamMemberInput.$inferInput) {
  const team = await loadTeam(scope, input.teamId);
  const person = await personId(scope, input.personId, "personId");
  assertNotBeforeFounding(input.joinedOn, team.foundedOn, "joinedOn");
  const active = await scope.tx.volunteerTeamMember.findMany({
    where: { teamId: team.id, personId: person, leftOn: null },
    select: { personId: true },
  });
  assertNotActiveMember(person, new Set(active.map((m) => m.personId)));
  const row = {
    teamId: team.id,
    ...scopeUnder(team),
    personId: person,
    joinedOn: input.joinedOn,
  };
  return createChecked(scope, "VolunteerTeamMember", row, {
    action: "addTeamMember",
    refusal: ["无权为该服务队吸收队员", "Not allowed to add members to this team", "teamId"],
  });
}

export function removeTeamMember(scope: MutationScope, input: typeof RemoveTeamMemberInput.$inferInput) {
  return versionedStep(scope, "VolunteerTeamMember", input, {
    action: "end",
    audit: "removeTeamMember",
    check: (member) => assertCanLeave(member, input.leftOn),
    data: () => ({ leftOn: input.leftOn }),
  });
}

export async function recordVolunteerActivity(
  scope: MutationScope,
  input: typeof RecordVolunteerActivityInput.$inferInput,
) {
  const team = await loadTeam(scope, input.teamId);
  assertNotBeforeFounding(input.heldOn, team.foundedOn, "heldOn");
  assertNotFutureDay(input.heldOn, new Date(), "heldOn");
  const row = {
    teamId: team.id,
    ...scopeUnder(team),
    title: input.title,
    heldOn: input.heldOn,
    location: input.location ?? null,
    participantCount: input.participantCount,
    serviceHours: input.serviceHours.trim(),
    description: input.description ?? null,
  };
  return createChecked(scope, "VolunteerActivity", row, {
    action: "recordVolunteerActivity",
    refusal: ["无权为该服务队登记活动", "Not allowed to record activities of this team", "teamId"],
  });
}
