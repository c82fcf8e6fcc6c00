import { invalid, invalidTransition, invariant } from "../errors/domain-error.js";

/**
 * Meeting rules (DESIGN.md "Meeting"; 实施意见: 党委会 monthly or quarterly, 扩大会 in principle
 * monthly, and "遇有重大问题，联合党委党委会可随时召开"). Plain functions, no database.
 */

export type MeetingKindName = "REGULAR" | "EXTENDED" | "EMERGENCY";
export type MeetingStatusName = "SCHEDULED" | "HELD" | "CANCELLED";
export type CommitteeKindName = "COMMUNITY" | "JOINT";
export type CommitteeStatusName = "DRAFT" | "SUBMITTED" | "APPROVED" | "REJECTED" | "FILED" | "DISSOLVED";
export type AttendanceStatusName = "PRESENT" | "ABSENT" | "EXCUSED";

/** The meeting workflow: SCHEDULED → HELD | CANCELLED; both are final. */
export const meetingTransitions: Readonly<Record<MeetingStatusName, readonly MeetingStatusName[]>> = {
  SCHEDULED: ["HELD", "CANCELLED"],
  HELD: [],
  CANCELLED: [],
};

/** Throws INVALID_TRANSITION (with the transitions allowed from `from`) unless `from → to` is allowed. */
export function assertMeetingTransition(from: MeetingStatusName, to: MeetingStatusName): void {
  const allowed = meetingTransitions[from];
  if (!allowed.includes(to)) throw invalidTransition("会议 Meeting", from, to, [...allowed]);
}

/** Committees that are dissolved or rejected do no more work (no meetings, no teams). */
export function assertCommitteeWorking(status: CommitteeStatusName, field = "committeeId"): void {
  if (status === "DISSOLVED" || status === "REJECTED") {
    throw invariant(
      field,
      `大党委状态为 ${status}（已撤销或已退回），不能开展此项工作`,
      `The committee is ${status} (dissolved or rejected) and cannot do this`,
    );
  }
}

/** Only a JOINT committee may convene an emergency meeting (联合党委党委会可随时召开). */
export function assertMeetingKindAllowed(kind: MeetingKindName, committeeKind: CommitteeKindName): void {
  if (kind === "EMERGENCY" && committeeKind !== "JOINT") {
    throw invariant(
      "kind",
      "只有联合党委可以随时召开紧急会议",
      "Only a joint committee may convene an emergency meeting",
    );
  }
}

/** Details of a meeting (title, time, place, agenda) may change only while it is scheduled. */
export function assertMeetingEditable(status: MeetingStatusName, field = "id"): void {
  if (status !== "SCHEDULED") {
    throw invariant(
      field,
      `会议状态为 ${status}，只有已安排（SCHEDULED）的会议可以修改`,
      `The meeting is ${status}; only a SCHEDULED meeting can be changed`,
    );
  }
}

/** Resolutions are adopted only at a meeting that was held. */
export function assertResolutionAllowed(status: MeetingStatusName): void {
  if (status !== "HELD") {
    throw invariant(
      "meetingId",
      `会议状态为 ${status}，只有已召开（HELD）的会议可以形成决议`,
      `The meeting is ${status}; resolutions are adopted only at a HELD meeting`,
    );
  }
}

/** Positions of new agenda items after the existing ones: max + 1, max + 2, … (1, 2, … when empty). */
export function nextAgendaPositions(existing: readonly number[], count: number): number[] {
  const start = existing.reduce((max, p) => Math.max(max, p), 0) + 1;
  return Array.from({ length: count }, (_, i) => start + i);
}

/** A meeting cannot be recorded as held at a time still to come (a few minutes of clock skew allowed). */
export function assertHeldAtNotFuture(heldAt: Date, now: Date): void {
  if (heldAt.getTime() > now.getTime() + 5 * 60_000) {
    throw invalid("heldAt", "召开时间不能晚于当前时间", "A meeting cannot be recorded as held in the future");
  }
}

export interface AttendanceEntry {
  personId: string;
  status: AttendanceStatusName;
}

/**
 * Attendance of a held meeting: at least one person present, nobody twice, and every attendee
 * holds an active seat (NOMINATED, APPROVED or FILED) on the committee (`seatHolders`).
 */
export function assertAttendance(entries: readonly AttendanceEntry[], seatHolders: ReadonlySet<string>): void {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.personId)) {
      throw invalid(
        `attendance.${i}.personId`,
        "出席记录中同一人重复出现",
        "The same person appears twice in the attendance",
      );
    }
    seen.add(entry.personId);
  });
  entries.forEach((entry, i) => {
    if (!seatHolders.has(entry.personId)) {
      throw invariant(
        `attendance.${i}.personId`,
        "出席人员须在该大党委担任职务（已推选、已审批或已备案）",
        "Every attendee must hold an active seat (nominated, approved or filed) on the committee",
      );
    }
  });
  if (!entries.some((entry) => entry.status === "PRESENT")) {
    throw invalid("attendance", "已召开的会议至少须有一人出席", "A held meeting needs at least one person present");
  }
}

/** Seat statuses that count as holding a seat. */
export const activeSeatStatuses = ["NOMINATED", "APPROVED", "FILED"] as const;

/** Resolution numbers are unique within a meeting. */
export function assertResolutionNumberFree(number: string, existing: readonly string[]): void {
  if (existing.includes(number)) {
    throw invariant(
      "number",
      `本次会议已有编号为 ${number} 的决议`,
      `The meeting already has a resolution numbered ${number}`,
    );
  }
}
