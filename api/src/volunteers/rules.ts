import { z } from "zod";
import { invalid, invalidTransition, invariant } from "../errors/domain-error.js";

/**
 * Volunteer teams of the service alliance (党员服务联盟): party-member volunteers, youth
 * volunteers, legal service, help for the elderly and disabled. Plain functions, no database.
 */

/** Service hours: a non-negative decimal with at most one decimal place (Decimal(8,1)). */
export const serviceHours = z
  .string()
  .trim()
  .regex(/^\d{1,7}(\.\d)?$/, "服务时长须为不小于0、最多1位小数的数 / service hours: ≥ 0 with at most 1 decimal place");

/** Whether `value` is valid service hours (see `serviceHours`). */
export function isServiceHours(value: string): boolean {
  return serviceHours.safeParse(value).success;
}

/** Today's calendar date in China (UTC+8) as a Date at 00:00 UTC, the way `Date` columns are stored. */
export function chinaToday(now: Date): Date {
  const shifted = new Date(now.getTime() + 8 * 3_600_000);
  return new Date(`${shifted.toISOString().slice(0, 10)}T00:00:00.000Z`);
}

const dayText = (d: Date) => d.toISOString().slice(0, 10);

/** An ended team (解散) accepts no members, activities or changes. */
export function assertTeamActive(team: { endedAt: Date | null }, field = "teamId"): void {
  if (team.endedAt) {
    throw invariant(
      field,
      `该服务队已于 ${dayText(team.endedAt)} 解散，不能再增加队员、活动或修改`,
      `The team ended on ${dayText(team.endedAt)}; it accepts no members, activities or changes`,
    );
  }
}

/** Ending a team: only an active team can end (an ended one has no transitions left). */
export function assertTeamCanEnd(team: { endedAt: Date | null }): void {
  if (team.endedAt) throw invalidTransition("服务队 VolunteerTeam", "ENDED", "ENDED", []);
}

/** A person is an active member of a team at most once. */
export function assertNotActiveMember(personId: string, activeMemberIds: ReadonlySet<string>): void {
  if (activeMemberIds.has(personId)) {
    throw invariant("personId", "此人已是该服务队的在队队员", "This person is already an active member of the team");
  }
}

/** Nothing happens in a team before it was founded: a member joins, an activity is held on or after that day. */
export function assertNotBeforeFounding(date: Date, foundedOn: Date | null, field: string): void {
  if (foundedOn && date.getTime() < foundedOn.getTime()) {
    throw invalid(
      field,
      `日期不能早于服务队成立日期 ${dayText(foundedOn)}`,
      `The date cannot be before the team was founded (${dayText(foundedOn)})`,
    );
  }
}

/** Activities are recorded after they took place: `heldOn` is not after today (China time). */
export function assertNotFutureDay(date: Date, now: Date, field: string): void {
  if (date.getTime() > chinaToday(now).getTime()) {
    throw invalid(field, "日期不能晚于今天", "The date cannot be later than today");
  }
}

/** Leaving a team: only an active member leaves, on or after the day they joined. */
export function assertCanLeave(member: { joinedOn: Date; leftOn: Date | null }, leftOn: Date): void {
  if (member.leftOn) throw invalidTransition("队员 VolunteerTeamMember", "LEFT", "LEFT", []);
  if (leftOn.getTime() < member.joinedOn.getTime()) {
    throw invalid(
      "leftOn",
      `退出日期不能早于加入日期 ${dayText(member.joinedOn)}`,
      `The leaving date cannot be before the joining date (${dayText(member.joinedOn)})`,
    );
  }
}

/** When a team ends, its active members leave on that day (or on the day they joined, if later). */
export function leavingDayOnTeamEnd(joinedOn: Date, endDay: Date): Date {
  return joinedOn.getTime() > endDay.getTime() ? joinedOn : endDay;
}
