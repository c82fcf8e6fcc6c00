import {
  assertAllowedTransition,
  assertEachOnceFrom,
  invalid,
  invariant,
  type TransitionTable,
} from "../errors/domain-error.js";

/**
 * Meeting rules (DESIGN.md "Meeting"; 实施意见: 党委会 monthly or quarterly, 扩大会 in principle
 * monthly, and "遇有重大问题，联合党委党委会可随时召开"). Plain functions, no database.
 */

export type MeetingKindName = "REGULAR" | "EXTENDED" | "EMERGENCY" | "COORDINATION";
export type MeetingStatusName = "SCHEDULED" | "HELD" | "CANCELLED";
export type CommitteeKindName = "COMMUNITY" | "JOINT";
export type CommitteeStatusName = "DRAFT" | "SUBMITTED" | "APPROVED" | "REJECTED" | "FILED" | "DISSOLVED";
export type AttendanceStatusName = "PRESENT" | "ABSENT" | "EXCUSED";
export type SubjectAreaName =
  | "COMMUNITY_BUILDING"
  | "COMMUNITY_SERVICE"
  | "COMMUNITY_CULTURE"
  | "COMMUNITY_SELF_GOVERNANCE"
  | "SPIRITUAL_CIVILISATION"
  | "PUBLIC_SECURITY"
  | "PARTY_BUILDING"
  | "OTHER";

/**
 * A resolution's subject area (议事范围): the one given, else its agenda item's; a resolution without
 * either is refused (VALIDATION on `subjectArea`).
 */
export function resolutionSubjectArea(
  given: SubjectAreaName | null | undefined,
  agendaItemArea: SubjectAreaName | null,
): SubjectAreaName {
  const area = given ?? agendaItemArea;
  if (area === null) {
    throw invalid(
      "subjectArea",
      "请选择议事范围（或指明对应议程）",
      "Give the subject area (or the agenda item it comes from)",
    );
  }
  return area;
}

/** The meeting workflow: SCHEDULED → HELD | CANCELLED; both are final. */
export const meetingTransitions: TransitionTable<MeetingStatusName> = {
  SCHEDULED: ["HELD", "CANCELLED"],
  HELD: [],
  CANCELLED: [],
};

/** Throws INVALID_TRANSITION (with the transitions allowed from `from`) unless `from → to` is allowed. */
export const assertMeetingTransition = (from: MeetingStatusName, to: MeetingStatusName) =>
  assertAllowedTransition("会议 Meeting", meetingTransitions, from, to);

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

/**
 * Only a JOINT committee may convene an emergency meeting (联合党委党委会可随时召开); a coordination meeting
 * is a street's, never a committee's (scheduleCoordinationMeeting).
 */
export function assertMeetingKindAllowed(kind: MeetingKindName, committeeKind: CommitteeKindName): void {
  if (kind === "COORDINATION") {
    throw invariant(
      "kind",
      "街道工作协调会议由街道召开，不属于大党委",
      "A coordination meeting is the street's, not a committee's",
    );
  }
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
  assertEachOnceFrom(
    "attendance",
    entries,
    "personId",
    seatHolders,
    ["出席记录中同一人重复出现", "The same person appears twice in the attendance"],
    [
      "出席人员须在该大党委担任职务（已推选、已审批或已备案）",
      "Every attendee must hold an active seat (nominated, approved or filed) on the committee",
    ],
  );
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

/** 列席 is recorded for extended meetings (扩大会) and coordination meetings that were not cancelled. */
export function assertAttendeesAllowed(kind: MeetingKindName, status: MeetingStatusName): void {
  if (kind !== "EXTENDED" && kind !== "COORDINATION") {
    throw invariant(
      "meetingId",
      "只有扩大会和街道工作协调会议登记参会单位",
      "Attending organisations are recorded for extended and coordination meetings only",
    );
  }
  if (status === "CANCELLED") {
    throw invariant(
      "meetingId",
      "会议已取消，不能变更列席单位",
      "The meeting was cancelled; its attendees cannot change",
    );
  }
}

/**
 * An attending organisation is a party organisation located in one of the committee's covered
 * communities (its own community, or its unit's), member or not, and not ended.
 */
export function assertAttendeeLocated(
  organization: { communityId: string | null; unitCommunityId: string | null; endedAt: Date | null },
  coveredCommunityIds: ReadonlySet<string>,
): void {
  const community = organization.communityId ?? organization.unitCommunityId;
  if (organization.endedAt !== null || community === null || !coveredCommunityIds.has(community)) {
    throw invariant(
      "organizationId",
      "列席党组织须位于该大党委覆盖的社区",
      "The attending organisation must be located in a community the committee covers",
    );
  }
}

export type Representative =
  | { personId: string; representativeName: null; representativePost: null }
  | { personId: null; representativeName: string; representativePost: string };

/** A representative is a registered person, or the name and post of someone not registered: exactly one. */
export function representativeOf(input: {
  personId?: string | null;
  representativeName?: string | null;
  representativePost?: string | null;
}): Representative {
  const name = input.representativeName?.trim() || null;
  const post = input.representativePost?.trim() || null;
  if (input.personId) {
    if (name !== null || post !== null) {
      throw invalid(
        "personId",
        "代表为已登记人员，或未登记者的姓名和职务，二者只能选一",
        "A representative is a registered person or a name and post, not both",
      );
    }
    return { personId: input.personId, representativeName: null, representativePost: null };
  }
  if (name === null && post === null) {
    throw invalid(
      "personId",
      "须指明代表：已登记的人员，或未登记者的姓名和职务",
      "Name the representative: a registered person, or the name and post of someone not registered",
    );
  }
  if (name === null) throw invalid("representativeName", "未登记的代表须写明姓名", "Give the representative's name");
  if (post === null) throw invalid("representativePost", "未登记的代表须写明职务", "Give the representative's post");
  return { personId: null, representativeName: name, representativePost: post };
}

/** Nobody is recorded twice at one meeting (a person once; a name once per organisation). */
interface RepresentativeRow {
  organizationId: string;
  personId: string | null;
  representativeName: string | null;
}

export function assertRepresentativeNew(candidate: RepresentativeRow, existing: readonly RepresentativeRow[]): void {
  const same = existing.some((e) =>
    candidate.personId !== null
      ? e.personId === candidate.personId
      : e.personId === null &&
        e.organizationId === candidate.organizationId &&
        e.representativeName === candidate.representativeName,
  );
  if (same) {
    throw invariant(
      candidate.personId !== null ? "personId" : "representativeName",
      "该代表已登记列席本次会议",
      "This representative is already recorded at the meeting",
    );
  }
}
