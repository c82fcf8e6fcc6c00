import {
  assertAllowedTransition,
  DomainError,
  forbidden,
  invalid,
  invariant,
  type TransitionTable,
} from "../errors/domain-error.js";
import { ACTIVE_SEAT_STATUSES, assertSeatStructure, type SeatShape } from "../seats/rules.js";
import { deriveManagementMode, type ManagementMode, type Superior } from "../units/rules.js";

/**
 * Committee rules (DESIGN.md: Committee, Membership, invariants 2, 3 and 5; workflow
 * "Committee"). Plain functions, no database: the resolvers load the facts and call these.
 */

export type CommitteeStatusName = "DRAFT" | "SUBMITTED" | "APPROVED" | "REJECTED" | "FILED" | "DISSOLVED";
export type CommitteeKindName = "COMMUNITY" | "JOINT";

/**
 * The committee workflow: DRAFT → SUBMITTED (to the street) → APPROVED (街道党工委审批) → FILED
 * (区委组织部备案) → DISSOLVED; SUBMITTED → REJECTED → DRAFT; SUBMITTED → DRAFT (the submission withdrawn).
 */
export const committeeTransitions: TransitionTable<CommitteeStatusName> = {
  DRAFT: ["SUBMITTED"],
  SUBMITTED: ["APPROVED", "REJECTED", "DRAFT"],
  APPROVED: ["FILED"],
  REJECTED: ["DRAFT"],
  FILED: ["DISSOLVED"],
  DISSOLVED: [],
};

/** The transitions allowed from `from`. */
export function allowedTransitions(from: CommitteeStatusName): CommitteeStatusName[] {
  return [...committeeTransitions[from]];
}

/** Throws INVALID_TRANSITION (with the transitions allowed from `from`) unless `from → to` is allowed. */
export const assertTransition = (from: CommitteeStatusName, to: CommitteeStatusName) =>
  assertAllowedTransition("大党委 Committee", committeeTransitions, from, to);

/** The lifecycle timestamp a transition into `to` sets (the database checks they agree with the status). */
export function transitionTimestamps(to: CommitteeStatusName, now: Date): Record<string, Date> {
  switch (to) {
    case "SUBMITTED":
      return { submittedAt: now };
    case "APPROVED":
      return { approvedAt: now };
    case "REJECTED":
      return { rejectedAt: now };
    case "FILED":
      return { filedAt: now };
    case "DISSOLVED":
      return { dissolvedAt: now };
    default:
      return {};
  }
}

/** Coverage can be changed only while the committee is being prepared (DRAFT) or after a rejection. */
export function assertCoverageEditable(status: CommitteeStatusName): void {
  if (status !== "DRAFT" && status !== "REJECTED") {
    throw invariant(
      "communityIds",
      `大党委状态为 ${status}，只有草稿或已退回的大党委可以调整覆盖社区`,
      `The committee is ${status}; coverage can change only in DRAFT or REJECTED`,
    );
  }
}

export interface CommunityFact {
  id: string;
  streetId: string;
}

/**
 * Invariant 2 for a proposed coverage: a COMMUNITY committee covers exactly one community, a JOINT
 * committee at least two; all of the committee's own street; each given once; none already covered
 * by another active committee (`coveredElsewhere`: ids of communities actively covered by another
 * committee). Every refusal names the field `communityIds`.
 */
export function assertCoverage(
  kind: CommitteeKindName,
  committeeStreetId: string,
  communities: readonly CommunityFact[],
  coveredElsewhere: ReadonlySet<string>,
): void {
  const field = "communityIds";
  const ids = communities.map((c) => c.id);
  if (new Set(ids).size !== ids.length) {
    throw invalid(field, "覆盖社区有重复", "A community is listed more than once");
  }
  if (kind === "COMMUNITY" && communities.length !== 1) {
    throw invariant(field, "社区党委须覆盖且只覆盖1个社区", "A community committee covers exactly one community");
  }
  if (kind === "JOINT" && communities.length < 2) {
    throw invariant(field, "联合党委须覆盖至少2个社区", "A joint committee covers at least two communities");
  }
  for (const c of communities) {
    if (c.streetId !== committeeStreetId) {
      throw invariant(
        field,
        "覆盖社区须属于大党委所在街道",
        "Every covered community must be in the committee's own street",
      );
    }
  }
  for (const c of communities) {
    if (coveredElsewhere.has(c.id)) {
      throw invariant(
        field,
        "该社区已被另一个大党委覆盖",
        "The community is already covered by another active committee",
      );
    }
  }
}

/** What replacing the active coverage `current` by `wanted` does: which communities to end, which to add. */
export function coverageChange(
  current: readonly string[],
  wanted: readonly string[],
): { toEnd: string[]; toAdd: string[] } {
  const now = new Set(current);
  const next = new Set(wanted);
  return {
    toEnd: current.filter((id) => !next.has(id)),
    toAdd: [...next].filter((id) => !now.has(id)),
  };
}

/**
 * Submission (DRAFT → SUBMITTED) needs the full seat structure over the active seats
 * (nominated, approved or filed); the full-time deputy comes from a community party
 * organisation of a covered community.
 */
export function assertSubmittable(
  seats: readonly (SeatShape & { status: string })[],
  communityOrganizationIds: ReadonlySet<string>,
): void {
  const active = seats.filter((s) => (ACTIVE_SEAT_STATUSES as readonly string[]).includes(s.status));
  assertSeatStructure(active, communityOrganizationIds, { complete: true });
}

export function assertTerm(termStart: Date | null | undefined, termEnd: Date | null | undefined): void {
  if (termStart && termEnd && termEnd < termStart) {
    throw invalid("termEnd", "任期结束不能早于任期开始", "The term cannot end before it starts");
  }
}

// ---------------------------------------------------------------- memberships

/** The organisation facts membership rules need. */
export interface OrganizationFact {
  id: string;
  streetId: string;
  /** Its own community (community organisation) or its unit's community. */
  communityId: string | null;
  endedAt: Date | null;
  managementMode: ManagementMode;
  superior: Superior;
}

/**
 * Invariant 3: the membership's mode is the organisation's mode, which follows from its
 * affiliation. A stored mode that disagrees with the affiliation is refused, never copied.
 */
export function membershipModeFor(org: OrganizationFact): ManagementMode {
  const derived = deriveManagementMode(org.streetId, org.superior);
  if (derived !== org.managementMode) {
    throw invariant(
      "organizationId",
      `党组织登记的管理方式（${org.managementMode}）与其隶属关系推出的（${derived}）不一致，请先更正隶属关系`,
      `The organisation's stored management mode (${org.managementMode}) disagrees with its affiliation (${derived}); correct the affiliation first`,
    );
  }
  return derived;
}

/**
 * An organisation may join a committee when the committee is not dissolved, the organisation
 * has not ended, it is located in a community the committee actively covers, and it is not
 * already an active member.
 */
export function assertMembershipEligible(input: {
  committeeStatus: CommitteeStatusName;
  organization: OrganizationFact;
  coveredCommunityIds: ReadonlySet<string>;
  alreadyMember: boolean;
}): void {
  const { organization: org } = input;
  if (input.committeeStatus === "DISSOLVED") {
    throw invariant("committeeId", "大党委已撤销，不能增加成员单位", "The committee is dissolved; it takes no members");
  }
  if (org.endedAt) {
    throw invariant("organizationId", "党组织已撤销，不能成为成员单位", "The organisation has ended");
  }
  if (!org.communityId || !input.coveredCommunityIds.has(org.communityId)) {
    throw invariant(
      "organizationId",
      "党组织不在该大党委覆盖的社区内",
      "The organisation is not located in a community the committee covers",
    );
  }
  if (input.alreadyMember) {
    throw invariant("organizationId", "该党组织已是该大党委的成员单位", "The organisation is already a member");
  }
}

/** A membership that has ended is history: it cannot change. */
export function assertMembershipActive(toDate: Date | null): void {
  if (toDate) {
    throw invariant("id", "成员身份已结束，不能修改", "The membership has ended and cannot change");
  }
}

/** Ending a membership: only an active one, on a date not before it began. */
export function assertMembershipEnd(fromDate: Date, currentToDate: Date | null, toDate: Date): void {
  if (currentToDate) {
    throw new DomainError("INVALID_TRANSITION", "成员身份已结束", "The membership has already ended", {
      field: "id",
      allowed: [],
    });
  }
  if (toDate < fromDate) {
    throw invalid("toDate", "退出日期不能早于加入日期", "The end date cannot be before the start date");
  }
}

export { beijingDate } from "@gongjian/domain/calendar";

/** The later of two dates (an end date is never before the start). */
export function laterOf(a: Date, b: Date): Date {
  return a > b ? a : b;
}

// ---------------------------------------------------------------- workflow clarity (issue 21, finding 5)

/**
 * Separation of duties (职责分离): who submitted a committee (or nominated a seat) does not approve it.
 * `preparedBy` is the submitter or nominator recorded on the row (null on rows from before the rule:
 * nobody is known, nothing to refuse). A district may allow it for very small streets
 * (`District.allowSelfApproval`); the approval is then audited as such. Returns whether the approver
 * is the one who prepared it (then the caller records the approval under its own audit action).
 */
export function assertSeparationOfDuties(
  what: "committee" | "seat",
  preparedBy: string | null,
  approverId: string,
  allowSelfApproval: boolean,
): boolean {
  if (preparedBy === null || preparedBy !== approverId) return false;
  if (allowSelfApproval) return true;
  throw what === "committee"
    ? forbidden(
        "职责分离：报审人不能审批自己报审的大党委，请由街道党工委的另一位同志审批",
        "Separation of duties: whoever submitted a committee may not approve it; another member of the street working committee must approve",
        "id",
      )
    : forbidden(
        "职责分离：推选人不能审批自己提出的推选，请由街道党工委的另一位同志审批",
        "Separation of duties: whoever nominated a seat may not approve it; another member of the street working committee must approve",
        "id",
      );
}

/**
 * A committee may be deleted only as a DRAFT, and only by whoever set it up (`createdBy`; on a draft set
 * up before the API recorded it, nobody is known, and the street's rule alone decides).
 */
export function assertDeletableDraft(status: CommitteeStatusName, createdBy: string | null, actorId: string): void {
  if (status !== "DRAFT") {
    throw new DomainError(
      "INVALID_TRANSITION",
      "只有草稿状态的大党委可以删除；已报审的请先撤回",
      "Only a draft committee can be deleted; withdraw a submitted one first",
      { field: "id", allowed: [] },
    );
  }
  if (createdBy !== null && createdBy !== actorId) {
    throw forbidden(
      "只有设立该大党委草稿的人可以删除它",
      "Only whoever set up this draft committee may delete it",
      "id",
    );
  }
}

/**
 * A submission may be withdrawn (back to DRAFT) by whoever submitted it or set the committee up (when
 * neither is recorded, as on rows from before the API recorded them, the `submit` rule alone decides).
 */
export function assertMayWithdraw(submittedBy: string | null, createdBy: string | null, actorId: string): void {
  if (submittedBy === null && createdBy === null) return;
  if (actorId !== submittedBy && actorId !== createdBy) {
    throw forbidden(
      "只有报审人或设立人可以撤回报审",
      "Only whoever submitted the committee or set it up may withdraw the submission",
      "id",
    );
  }
}

/** What a draft still holds that deleting it would lose: it must have none of these records. */
export function assertNothingRecordedOnDraft(records: Record<string, number>): void {
  const names: Record<string, [string, string]> = {
    meetings: ["会议", "meetings"],
    fundingPlans: ["经费方案", "funding plans"],
    assessments: ["考核", "assessments"],
    volunteerTeams: ["志愿服务队", "volunteer teams"],
    rulesDocuments: ["制度", "rules documents"],
    jointWorkItems: ["共建事项", "joint work items"],
    contributions: ["出资", "contributions"],
  };
  const held = Object.entries(records).filter(([, n]) => n > 0);
  if (held.length > 0) {
    throw invariant(
      "id",
      `该草稿已有${held.map(([k]) => names[k]?.[0] ?? k).join("、")}记录，不能删除`,
      `The draft already has ${held.map(([k]) => names[k]?.[1] ?? k).join(", ")}; it cannot be deleted`,
    );
  }
}

/** A committee's name is unique among the street's committees that are not dissolved. */
export function assertNameFree(taken: boolean): void {
  if (taken) {
    throw invariant(
      "name",
      "本街道已有同名的大党委（未撤销），请换一个名称",
      "The street already has an active committee of that name; choose another",
    );
  }
}

/** The date a dissolution takes effect: not in the future, not before the committee was filed. */
export function assertDissolutionDate(day: Date, today: Date, filedOn: Date | null): void {
  if (day > today) {
    throw invalid("dissolvedOn", "撤销日期不能晚于今天", "The dissolution date cannot be in the future");
  }
  if (filedOn && day < filedOn) {
    throw invalid("dissolvedOn", "撤销日期不能早于备案日期", "The dissolution date cannot be before the filing date");
  }
}
