import type { MutationScope } from "../data/mutation.js";
import type { Action, Subject } from "../permissions/abilities.js";
import { ACTIVE_SEAT_STATUSES } from "../seats/rules.js";
import { chinaToday, leavingDayOnTeamEnd } from "../volunteers/rules.js";
import { beijingDate } from "./rules.js";
import { changeChecked, endMemberships } from "./writes.js";

const ACTION = "dissolveCommittee";

/**
 * What dissolving a committee (撤销) ends (`dissolutionEffects` counts the same rows beforehand, for the console), in the same transaction as the status change, each row
 * checked against the caller's rules and audited:
 * - its coverage of communities (the communities may join another committee), its memberships and seats;
 * - its SCHEDULED meetings are CANCELLED (HELD meetings and their resolutions stay as records);
 * - its ADOPTED funding plan is CLOSED (income and contributions stay readable on it). DRAFT revisions
 *   stay drafts: the database lets only adopted plans (with a resolution) be closed, and a draft of a
 *   dissolved committee can never be adopted (no meeting, hence no resolution, and no active members);
 * - its active volunteer teams end and their active members leave (as `endVolunteerTeam` does).
 */
export async function endCommitteeActivities(
  scope: MutationScope,
  committeeId: string,
  now: Date,
  day: Date = beijingDate(now),
): Promise<void> {
  const { tx } = scope;
  const change = (
    ability: Action,
    subject: Subject,
    row: { id: string; streetId: string; version: number },
    data: object,
  ) => changeChecked(scope, ability, subject, row, data as Record<string, unknown>, ACTION);

  for (const coverage of await tx.committeeCommunity.findMany({ where: { committeeId, endedAt: null } })) {
    await change("end", "CommitteeCommunity", coverage, { endedAt: now });
  }

  const memberships = await tx.membership.findMany({ where: { committeeId, toDate: null } });
  // Memberships end on the day the dissolution takes effect (never before they began).
  await endMemberships(scope, memberships, ACTION, day);

  for (const seat of await tx.seat.findMany({ where: { committeeId, status: { in: [...ACTIVE_SEAT_STATUSES] } } })) {
    await change("end", "Seat", seat, { status: "ENDED", endedAt: now });
  }

  for (const meeting of await tx.meeting.findMany({ where: { committeeId, status: "SCHEDULED" } })) {
    await change("update", "Meeting", meeting, { status: "CANCELLED" });
  }

  for (const plan of await tx.fundingPlan.findMany({ where: { committeeId, status: "ADOPTED" } })) {
    await change("close", "FundingPlan", plan, { status: "CLOSED", closedAt: now });
  }

  const today = chinaToday(now);
  for (const team of await tx.volunteerTeam.findMany({ where: { committeeId, endedAt: null } })) {
    await change("end", "VolunteerTeam", team, { endedAt: now });
    for (const member of await tx.volunteerTeamMember.findMany({ where: { teamId: team.id, leftOn: null } })) {
      await change("end", "VolunteerTeamMember", member, { leftOn: leavingDayOnTeamEnd(member.joinedOn, today) });
    }
  }
}

/** What dissolving would end or close, counted with the same conditions as `endCommitteeActivities`. */
export async function dissolutionEffects(scope: Pick<MutationScope, "tx">, committeeId: string) {
  const { tx } = scope;
  const [coverages, memberships, seats, scheduledMeetings, adoptedPlans, volunteerTeams] = await Promise.all([
    tx.committeeCommunity.count({ where: { committeeId, endedAt: null } }),
    tx.membership.count({ where: { committeeId, toDate: null } }),
    tx.seat.count({ where: { committeeId, status: { in: [...ACTIVE_SEAT_STATUSES] } } }),
    tx.meeting.count({ where: { committeeId, status: "SCHEDULED" } }),
    tx.fundingPlan.count({ where: { committeeId, status: "ADOPTED" } }),
    tx.volunteerTeam.count({ where: { committeeId, endedAt: null } }),
  ]);
  return { coverages, memberships, seats, scheduledMeetings, adoptedPlans, volunteerTeams };
}
