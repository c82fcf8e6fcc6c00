import { invalid, invalidTransition, invariant } from "../errors/domain-error.js";

/**
 * Assessment rules (DESIGN.md "Assessment"; 实施意见: 成员单位参与情况纳入党建目标考核, 委员考核
 * 结果通报其所在单位, 在职党员年度鉴定, 积分量化考核). Plain functions, no database.
 */

export type AssessmentKindName = "UNIT_PARTICIPATION" | "COMMITTEE_MEMBER" | "ANNUAL_APPRAISAL" | "POINTS";
export type CommitteeStatusName = "DRAFT" | "SUBMITTED" | "APPROVED" | "REJECTED" | "FILED" | "DISSOLVED";
export type SeatStatusName = "NOMINATED" | "APPROVED" | "FILED" | "REJECTED" | "ENDED";

/** Which subject each kind assesses (the Assessment_subject_matches_kind CHECK). */
export const subjectOfKind: Readonly<Record<AssessmentKindName, "membershipId" | "seatId" | "personId">> = {
  UNIT_PARTICIPATION: "membershipId",
  COMMITTEE_MEMBER: "seatId",
  ANNUAL_APPRAISAL: "personId",
  POINTS: "personId",
};

export interface SubjectIds {
  membershipId?: string | null | undefined;
  seatId?: string | null | undefined;
  personId?: string | null | undefined;
}

/**
 * The kind decides the subject: exactly the id the kind requires is given (a membership for
 * UNIT_PARTICIPATION, a seat for COMMITTEE_MEMBER, a person otherwise), no other. Returns the
 * field of that id.
 */
export function assertSubjectForKind(
  kind: AssessmentKindName,
  ids: SubjectIds,
): "membershipId" | "seatId" | "personId" {
  const required = subjectOfKind[kind];
  if (!ids[required]) {
    throw invalid(required, `${kind} 类考核须给出 ${required}`, `A ${kind} assessment needs ${required}`);
  }
  for (const other of ["membershipId", "seatId", "personId"] as const) {
    if (other !== required && ids[other]) {
      throw invalid(
        other,
        `${kind} 类考核的对象是 ${required}，不能给出 ${other}`,
        `A ${kind} assessment is of a ${required}; ${other} cannot be given`,
      );
    }
  }
  return required;
}

/** "85.5" → 8550 hundredths; a score is 0–100 with at most two decimals, otherwise null. */
export function scoreHundredths(text: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(String(text).trim());
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return hundredths <= 10_000 ? hundredths : null;
}

export function isValidScore(text: string): boolean {
  return scoreHundredths(text) !== null;
}

/** A score as stored (two decimals): "85.5" → "85.50"; anything else is a VALIDATION error on `field`. */
export function parseScore(text: string, field = "score"): string {
  const hundredths = scoreHundredths(text);
  if (hundredths === null) {
    throw invalid(
      field,
      `得分须为0到100之间、最多2位小数的数：${text}`,
      `A score is a number from 0 to 100 with at most 2 decimals: ${text}`,
    );
  }
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

/**
 * Points belong to POINTS assessments (积分量化考核), which need them; other kinds need a
 * score or a grade.
 */
export function assertResultFits(
  kind: AssessmentKindName,
  result: { score: string | null; points: number | null; grade: string | null },
): void {
  if (kind === "POINTS") {
    if (result.points === null) {
      throw invalid("points", "积分考核须给出积分", "A POINTS assessment needs points");
    }
    return;
  }
  if (result.points !== null) {
    throw invalid(
      "points",
      `只有积分考核（POINTS）记积分，${kind} 不记`,
      `Only POINTS assessments have points, not ${kind}`,
    );
  }
  if (result.score === null && result.grade === null) {
    throw invalid("score", "考核须给出得分或等次", "An assessment needs a score or a grade");
  }
}

/** New assessments are recorded for committees that are approved, filed or dissolved (a past year's work). */
export function assertCommitteeAssessing(status: CommitteeStatusName, field = "committeeId"): void {
  if (status !== "APPROVED" && status !== "FILED" && status !== "DISSOLVED") {
    throw invariant(
      field,
      `大党委状态为 ${status}，尚未批准（或已退回），不能考核`,
      `The committee is ${status}: not approved (or rejected), so nothing is assessed yet`,
    );
  }
}

/** A member unit is assessed by its own committee for a year in which it was a member. */
export function assertMembershipAssessable(
  membership: { committeeId: string; fromDate: Date; toDate: Date | null },
  committeeId: string,
  year: number,
): void {
  if (membership.committeeId !== committeeId) {
    throw invariant("membershipId", "该成员单位不属于此大党委", "The member unit belongs to another committee");
  }
  const from = membership.fromDate.getUTCFullYear();
  const to = membership.toDate ? membership.toDate.getUTCFullYear() : Number.POSITIVE_INFINITY;
  if (year < from || year > to) {
    throw invariant("year", `该单位${year}年度不是成员单位`, `The unit was not a member in ${year}`);
  }
}

/** A committee member is assessed on a seat of that committee that was not rejected. */
export function assertSeatAssessable(seat: { committeeId: string; status: SeatStatusName }, committeeId: string): void {
  if (seat.committeeId !== committeeId) {
    throw invariant("seatId", "该职务不属于此大党委", "The seat belongs to another committee");
  }
  if (seat.status === "REJECTED") {
    throw invariant("seatId", "被退回的推选不能考核", "A rejected nomination is not assessed");
  }
}

/** The annual appraisal (年度鉴定) is of an in-service party member: a party member with a workplace organisation. */
export function assertInServicePartyMember(person: {
  isPartyMember: boolean;
  workplaceOrganizationId: string | null;
}): void {
  if (!person.isPartyMember || !person.workplaceOrganizationId) {
    throw invariant(
      "personId",
      "年度鉴定的对象须是登记了工作单位党组织的在职党员",
      "An annual appraisal is of an in-service party member with a recorded workplace organisation",
    );
  }
}

/** A person assessed by a committee lives in a community it covers or holds a seat on it. */
export function assertPersonOfCommittee(related: boolean): void {
  if (!related) {
    throw invariant(
      "personId",
      "此人既不住在该大党委覆盖的社区，也未在该大党委任职",
      "The person neither lives in a community the committee covers nor holds a seat on it",
    );
  }
}

/**
 * The organisation an assessment concerns (its result is notified to it and its superior):
 * the member's organisation, the seat's source organisation, or the person's workplace.
 */
export function assessedOrganizationId(
  kind: AssessmentKindName,
  subject: {
    membershipOrganizationId?: string | null;
    seatSourceOrganizationId?: string | null;
    personWorkplaceOrganizationId?: string | null;
  },
): string | null {
  switch (kind) {
    case "UNIT_PARTICIPATION":
      return subject.membershipOrganizationId ?? null;
    case "COMMITTEE_MEMBER":
      return subject.seatSourceOrganizationId ?? null;
    case "ANNUAL_APPRAISAL":
    case "POINTS":
      return subject.personWorkplaceOrganizationId ?? null;
  }
}

/** One assessment of a kind per subject, committee and year; a later change updates it. */
export function assertNotYetAssessed(existing: number, year: number): void {
  if (existing > 0) {
    throw invariant(
      "year",
      `该对象${year}年度已有此类考核，请修改原记录`,
      `This subject already has an assessment of this kind for ${year}; update it instead`,
    );
  }
}

/** A result that was notified (通报) stays as notified. */
export function assertNotNotified(notifiedAt: Date | null): void {
  if (notifiedAt !== null) {
    throw invariant("id", "考核结果已通报，不能再修改", "The result has been notified and can no longer be changed");
  }
}

/** A result is notified once, to an organisation (the assessed one and its superior). */
export function assertNotifiable(notifiedAt: Date | null, organizationId: string | null): void {
  if (notifiedAt !== null) throw invalidTransition("考核结果 Assessment", "NOTIFIED", "NOTIFIED", []);
  if (organizationId === null) {
    throw invariant("id", "该考核没有可通报的单位党组织", "The assessment has no organisation to notify");
  }
}
