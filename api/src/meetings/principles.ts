import { assertEachOnceFrom, invalid, invariant } from "../errors/domain-error.js";
import type { MeetingKindName, MeetingStatusName } from "./rules.js";

/**
 * The 议事原则 with teeth (issue 15 item 2; 实施意见: "大事共议、实事共办、要事共决、急事共商"). Plain
 * functions, no database: what each principle requires of a resolution before it is recorded.
 */

export type PrincipleName =
  | "MAJOR_MATTERS_DISCUSSED"
  | "PRACTICAL_MATTERS_DONE"
  | "IMPORTANT_MATTERS_DECIDED"
  | "URGENT_MATTERS_CONSULTED";
export type VoteChoiceName = "FOR" | "AGAINST" | "ABSTAIN";

export interface Vote {
  personId: string;
  choice: VoteChoiceName;
}
export interface Tally {
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
}

/** The counts of a list of votes. */
export function tally(votes: readonly Vote[]): Tally {
  const count = (choice: VoteChoiceName) => votes.filter((v) => v.choice === choice).length;
  return { votesFor: count("FOR"), votesAgainst: count("AGAINST"), votesAbstain: count("ABSTAIN") };
}

/** 法定人数: more than half of the committee's active seats are present (present × 2 > active seats). */
export function hasQuorum(present: number, activeSeats: number): boolean {
  return present * 2 > activeSeats;
}

/** 过半数: more than half of the votes cast are for (for × 2 > votes cast). */
export function hasMajority(t: Tally): boolean {
  return t.votesFor * 2 > t.votesFor + t.votesAgainst + t.votesAbstain;
}

/**
 * Votes recorded on a resolution are the seat holders present at the meeting (列席 attendees never vote),
 * each once. `presentSeatHolders` are the people recorded PRESENT.
 */
export function assertVotersPresent(votes: readonly Vote[], presentSeatHolders: ReadonlySet<string>): void {
  assertEachOnceFrom(
    "votes",
    votes,
    "personId",
    presentSeatHolders,
    ["同一委员只能表决一次", "A seat holder votes once"],
    [
      "只有出席会议的委员可以表决（列席人员不参加表决）",
      "Only seat holders present at the meeting vote (attendees do not)",
    ],
  );
}

/**
 * 要事共决: a valid vote of the seat holders present. The meeting had a quorum (more than half of the
 * committee's active seats present), every seat holder present voted (for, against or abstaining), and
 * more than half of the votes cast are for. Anything less is refused: the matter was not decided.
 */
export function assertDecidedByVote(votes: readonly Vote[], present: ReadonlySet<string>, activeSeats: number): Tally {
  if (!hasQuorum(present.size, activeSeats)) {
    throw invariant(
      "votes",
      `要事共决须过半数委员出席：出席 ${present.size} 人，委员 ${activeSeats} 人，未达到法定人数`,
      `要事共决 needs more than half of the seats present: ${present.size} present of ${activeSeats} seats, no quorum`,
    );
  }
  if (votes.length === 0) {
    throw invalid("votes", "要事共决须登记出席委员的表决情况", "要事共决 needs the votes of the seat holders present");
  }
  assertVotersPresent(votes, present);
  if (votes.length !== present.size) {
    throw invariant(
      "votes",
      `出席的 ${present.size} 名委员须全部登记表决意见（赞成、反对或弃权），现登记 ${votes.length} 人`,
      `Every one of the ${present.size} seat holders present votes (for, against or abstain); ${votes.length} recorded`,
    );
  }
  const counts = tally(votes);
  if (!hasMajority(counts)) {
    throw invariant(
      "votes",
      `赞成票 ${counts.votesFor} 票未超过表决票数 ${votes.length} 的半数，事项未获通过`,
      `${counts.votesFor} votes for is not more than half of the ${votes.length} votes cast; the matter was not adopted`,
    );
  }
  return counts;
}

/** 急事共商 is taken at an emergency meeting (紧急会议) or an extended meeting (扩大会). */
export function assertUrgentMeeting(kind: MeetingKindName): void {
  if (kind !== "EMERGENCY" && kind !== "EXTENDED") {
    throw invariant(
      "principle",
      "急事共商只能在紧急会议或扩大会上作出",
      "急事共商 is decided at an emergency or an extended meeting only",
    );
  }
}

export interface Consultation {
  organizationId: string;
  position: string;
}

/**
 * 大事共议: at least one member organisation consulted, each once, each with its position in a sentence;
 * `members` are the organisations that were members of the committee when the meeting was held.
 */
export function assertConsulted(consultations: readonly Consultation[], members: ReadonlySet<string>): void {
  if (consultations.length === 0) {
    throw invalid(
      "consultations",
      "大事共议须登记至少一个成员单位的意见",
      "大事共议 needs the position of at least one member organisation consulted",
    );
  }
  assertEachOnceFrom(
    "consultations",
    consultations,
    "organizationId",
    members,
    ["同一成员单位的意见只登记一次", "An organisation's position is recorded once"],
    ["征求意见的党组织须为该大党委的成员单位", "An organisation consulted must be a member of the committee"],
  );
}

/** Votes and consultations belong to the principles that call for them. */
export function assertPrincipleInputs(principle: PrincipleName, votes: number, consultations: number): void {
  if (consultations > 0 && principle !== "MAJOR_MATTERS_DISCUSSED") {
    throw invalid(
      "consultations",
      "只有大事共议登记成员单位的意见",
      "Positions of organisations consulted are recorded for 大事共议 only",
    );
  }
  if (votes > 0 && principle !== "IMPORTANT_MATTERS_DECIDED") {
    throw invalid("votes", "只有要事共决登记表决情况", "Votes are recorded for 要事共决 only");
  }
}

/**
 * 实事共办 creates its joint work (共建事项, shared by at least two member organisations) with the
 * resolution; only 实事共办 carries it (other principles' joint work is created from the resolution later).
 */
export function assertJointWorkGiven(principle: PrincipleName, given: boolean): void {
  if (principle === "PRACTICAL_MATTERS_DONE" && !given) {
    throw invariant(
      "jointWork",
      "实事共办须同时建立共建事项（至少两个成员单位共同承担）",
      "实事共办 creates its joint work item (shared by at least two member organisations) with the resolution",
    );
  }
  if (principle !== "PRACTICAL_MATTERS_DONE" && given) {
    throw invalid(
      "jointWork",
      "只有实事共办随决议建立共建事项",
      "Only 实事共办 creates a joint work item with the resolution",
    );
  }
}

/**
 * 急事共商 is reported to the next regular meeting (党委会): the report names a HELD regular meeting of the
 * same committee held after the urgent decision was taken, and is made once.
 */
export function assertUrgentReport(
  resolution: { principle: PrincipleName; adoptedAt: Date; reportedAtMeetingId: string | null },
  meeting: { kind: MeetingKindName; status: MeetingStatusName; heldAt: Date | null; committeeId: string | null },
  committeeId: string | null,
): void {
  if (resolution.principle !== "URGENT_MATTERS_CONSULTED") {
    throw invariant("id", "只有急事共商的决议需要向党委会通报", "Only an urgent (急事共商) resolution is reported");
  }
  if (resolution.reportedAtMeetingId !== null) {
    throw invariant("id", "该决议已向党委会通报", "The resolution was already reported");
  }
  if (meeting.committeeId !== committeeId) {
    throw invariant("meetingId", "须向本大党委的党委会通报", "The report is made to a meeting of the same committee");
  }
  if (meeting.kind !== "REGULAR" || meeting.status !== "HELD" || meeting.heldAt === null) {
    throw invariant(
      "meetingId",
      "急事共商须向已召开的党委会（定期会议）通报",
      "An urgent decision is reported to a regular meeting that was held",
    );
  }
  if (meeting.heldAt.getTime() <= resolution.adoptedAt.getTime()) {
    throw invariant(
      "meetingId",
      "须向作出决定之后召开的党委会通报",
      "The report is made to a regular meeting held after the decision",
    );
  }
}

/**
 * Whether an urgent resolution's report is overdue: not reported, and a regular meeting of its committee
 * was held since (`nextRegularHeldAt`, the first one after the decision, or null).
 */
export function urgentReportOverdue(
  resolution: { principle: PrincipleName; reportedAtMeetingId: string | null },
  nextRegularHeldAt: Date | null,
): boolean | null {
  if (resolution.principle !== "URGENT_MATTERS_CONSULTED") return null;
  return resolution.reportedAtMeetingId === null && nextRegularHeldAt !== null;
}
