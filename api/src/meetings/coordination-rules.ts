import { beijingYearMonth } from "@gongjian/domain/calendar";
import { invariant } from "../errors/domain-error.js";
import type { MeetingKindName, MeetingStatusName } from "./rules.js";

/**
 * The street's coordination meetings (issue 15 item 5; doc 4: "街道党工委每年定期召开工作协调会议，组织辖区
 * 单位研究街道共建事项"): a meeting owned by a street, with no committee, attended by organisations of the
 * street. Plain functions, no database.
 */

/** An organisation taking part in a street's coordination meeting is one of the street's, not ended. */
export function assertStreetOrganization(
  organization: { streetId: string; endedAt: Date | null },
  streetId: string,
  field: string,
): void {
  if (organization.streetId !== streetId || organization.endedAt !== null) {
    throw invariant(field, "须为本街道的党组织（未撤销）", "The organisation must be one of the street's (not ended)");
  }
}

/**
 * A coordination meeting has no seats to vote nor emergencies to report: its resolutions are taken under
 * 大事共议 (the organisations of the street consulted) or 实事共办.
 */
export function assertCoordinationPrinciple(principle: string): void {
  if (principle === "IMPORTANT_MATTERS_DECIDED" || principle === "URGENT_MATTERS_CONSULTED") {
    throw invariant(
      "principle",
      "街道工作协调会议的决议只能按大事共议或实事共办作出（要事共决、急事共商属于大党委）",
      "A coordination meeting decides under 大事共议 or 实事共办 only (要事共决 and 急事共商 are a committee's)",
    );
  }
}

/** Seat holders' attendance is a committee's: a coordination meeting records its attending organisations instead. */
export function assertNoSeatAttendance(entries: number): void {
  if (entries > 0) {
    throw invariant(
      "attendance",
      "街道工作协调会议不登记委员出席，请登记参会单位",
      "A coordination meeting records its attending organisations, not seat holders' attendance",
    );
  }
}

/**
 * Whether the street held its yearly coordination meeting in `year` (Beijing time): a HELD meeting of kind
 * COORDINATION held that year.
 */
export function coordinationMeetingHeld(
  meetings: readonly { kind: MeetingKindName; status: MeetingStatusName; heldAt: Date | null }[],
  year: number,
): boolean {
  return meetings.some(
    (m) =>
      m.kind === "COORDINATION" && m.status === "HELD" && m.heldAt !== null && beijingYearMonth(m.heldAt).year === year,
  );
}
