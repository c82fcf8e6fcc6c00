import type { MutationScope } from "../data/mutation.js";
import type { Subject } from "../permissions/abilities.js";
import { ACTIVE_SEAT_STATUSES } from "../seats/rules.js";
import { chinaToday, leavingDayOnTeamEnd } from "../volunteers/rules.js";
import { beijingDate } from "./rules.js";
import { assertCanWrite, endMemberships } from "./writes.js";

const ACTION = "dissolveCommittee";

/**
 * What dissolving a committee (撤销) ends, in the same transaction as the status change, each row
 * checked against the caller's rules and audited:
 * - its coverage of communities (the communities may join another committee), its memberships and seats;
 * - its SCHEDULED meetings are CANCELLED (HELD meetings and their resolutions stay as records);
 * - its ADOPTED funding plan is CLOSED (income and contributions stay readable on it). DRAFT revisions
 *   stay drafts: the database lets only adopted plans (with a resolution) be closed, and a draft of a
 *   dissolved committee can never be adopted (no meeting, hence no resolution, and no active members);
 * - its active volunteer teams end and their active members leave (as `endVolunteerTeam` does).
 */
export async function endCommitteeActivities(scope: MutationScope, committeeId: string, now: Date): Promise<void> {
  const { tx } = scope;
  const audit = (entityType: Subject, before: { id: string; streetId: string }, after: object) =>
    scope.audit({ action: ACTION, entityType, entityId: before.id, streetId: before.streetId, before, after });

  for (const coverage of await tx.committeeCommunity.findMany({ where: { committeeId, endedAt: null } })) {
    assertCanWrite(scope, "end", "CommitteeCommunity", coverage, "id");
    const ended = await tx.committeeCommunity.update({
      where: { id: coverage.id },
      data: { endedAt: now, version: { increment: 1 } },
    });
    audit("CommitteeCommunity", coverage, ended);
  }

  const memberships = await tx.membership.findMany({ where: { committeeId, toDate: null } });
  await endMemberships(scope, memberships, ACTION, beijingDate(now));

  const seats = await tx.seat.findMany({ where: { committeeId, status: { in: [...ACTIVE_SEAT_STATUSES] } } });
  for (const seat of seats) {
    assertCanWrite(scope, "end", "Seat", seat, "id");
    const ended = await tx.seat.update({
      where: { id: seat.id },
      data: { status: "ENDED", endedAt: now, version: { increment: 1 } },
    });
    audit("Seat", seat, ended);
  }

  for (const meeting of await tx.meeting.findMany({ where: { committeeId, status: "SCHEDULED" } })) {
    assertCanWrite(scope, "update", "Meeting", meeting, "id");
    const cancelled = await tx.meeting.update({
      where: { id: meeting.id },
      data: { status: "CANCELLED", version: { increment: 1 } },
    });
    audit("Meeting", meeting, cancelled);
  }

  for (const plan of await tx.fundingPlan.findMany({ where: { committeeId, status: "ADOPTED" } })) {
    assertCanWrite(scope, "close", "FundingPlan", plan, "id");
    const closed = await tx.fundingPlan.update({
      where: { id: plan.id },
      data: { status: "CLOSED", closedAt: now, version: { increment: 1 } },
    });
    audit("FundingPlan", plan, closed);
  }

  const today = chinaToday(now);
  for (const team of await tx.volunteerTeam.findMany({ where: { committeeId, endedAt: null } })) {
    assertCanWrite(scope, "end", "VolunteerTeam", team, "id");
    const ended = await tx.volunteerTeam.update({
      where: { id: team.id },
      data: { endedAt: now, version: { increment: 1 } },
    });
    audit("VolunteerTeam", team, ended);
    for (const member of await tx.volunteerTeamMember.findMany({ where: { teamId: team.id, leftOn: null } })) {
      assertCanWrite(scope, "end", "VolunteerTeamMember", member, "id");
      const left = await tx.volunteerTeamMember.update({
        where: { id: member.id },
        data: { leftOn: leavingDayOnTeamEnd(member.joinedOn, today), version: { increment: 1 } },
      });
      audit("VolunteerTeamMember", member, left);
    }
  }
}
