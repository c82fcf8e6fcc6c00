/**
 * The nouns of the permission rules (abilities.ts re-exports them): roles and their grants, the
 * subjects (Prisma models), the field groups the rules name, and the ids a grant's scope reaches.
 *
 * Browser-safe: no imports beyond the action list.
 */
export { type Action, actions } from "./actions.js";

export const roles = [
  "DISTRICT_ADMIN",
  "STREET_ADMIN",
  "COMMITTEE_STAFF",
  "UNIT_LIAISON",
  "SUPERIOR_ORG",
  "ANALYST",
] as const;
export type Role = (typeof roles)[number];

/** A grant is a role with its scope; a token carries one or more. */
export type Grant =
  | { role: "DISTRICT_ADMIN"; districtId: string }
  | { role: "STREET_ADMIN"; streetId: string }
  | { role: "COMMITTEE_STAFF"; committeeId: string }
  | { role: "UNIT_LIAISON"; unitId: string }
  | { role: "SUPERIOR_ORG"; organizationCode: string }
  | { role: "ANALYST"; districtId: string; streetId?: string | undefined };

/** The subjects a committee's own people and its street manage wholesale (rows carry committeeId and streetId). */
export const committeeManaged = [
  "SeatAttestation",
  "Meeting",
  "AgendaItem",
  "Attendance",
  "MeetingAttendee",
  "Resolution",
  "ResolutionVote",
  "ResolutionConsultation",
  "FundingPlan",
  "FundingIncome",
  "ContributionRatio",
  "Assessment",
  "VolunteerTeam",
  "VolunteerTeamMember",
  "VolunteerActivity",
  "RulesDocument",
  "JointWorkItem",
  "JointWorkParticipant",
  "JointWorkProgress",
  "FundingBudgetLine",
  "Expense",
] as const;

/** Committee-scoped subjects (rows carry committeeId and streetId). */
export const committeeScoped = [
  "CommitteeCommunity",
  "Membership",
  "Seat",
  "Contribution",
  ...committeeManaged,
] as const;

export const subjects = [
  "District",
  "Street",
  "Community",
  "Unit",
  "PartyOrganization",
  "Committee",
  "Person",
  "PersonPrivate",
  ...committeeScoped,
  "AuditEvent",
] as const;
export type Subject = (typeof subjects)[number];

// Field groups named after what they are for.
export const fields = {
  /** 隶属关系: only the superior side may change them. */
  affiliation: ["superiorId", "superiorExternalCode", "superiorExternalName", "superiorDistrictCode"],
  /** Organisation profile a co-managing committee or street may keep current. */
  organizationProfile: ["name", "partyMemberCount", "secretaryName"],
  /** Participation in a committee (共建职责、资源、承诺), co-managed for DUAL members. */
  participation: ["responsibilities", "resourcesOffered", "serviceCommitments"],
  /** The unit's contact, kept current by its liaison. */
  unitContact: ["contactName", "contactPhone", "contactEmail", "address"],
  /** Personal data: PersonPrivate as a whole, and assessment remarks. */
  personal: ["idNumber", "phone", "homeAddress"],
  assessmentRemarks: ["remarks"],
  /**
   * Who a person payee is (支出的个人收款方), and the voucher file that would name them: personal
   * data, read only by the committee's side (STREET_ADMIN, COMMITTEE_STAFF in scope) on rows paying a person.
   */
  expensePayee: ["payeePersonId", "voucherFileName", "voucherFileContentType", "voucherFileSize", "voucherFileData"],
  /** The secretary approval threshold of a committee and the resolution that set it (书记审批限额). */
  expenseThreshold: ["expenseThresholdFen", "expenseThresholdResolutionId"],
} as const;

/** Bookkeeping columns of every versioned record. */
const stampColumns = ["version", "createdAt", "updatedAt"] as const;

/** Fields of a subject that no grant may ever write directly (scope, bookkeeping). */
export const protectedFields = [
  "id",
  ...stampColumns,
  "streetId",
  "committeeId",
  "districtId",
  "managementMode",
] as const;

/** Assessment fields without the personal remarks. */
export const assessmentFields = [
  "id",
  "kind",
  "committeeId",
  "streetId",
  "year",
  "membershipId",
  "seatId",
  "personId",
  "organizationId",
  "score",
  "points",
  "grade",
  "assessedAt",
  "notifiedAt",
  ...stampColumns,
];

/** Expense fields without the person payee and the voucher file (what other roles read on a row paying a person). */
export const expensePublicFields = [
  "id",
  "planId",
  "committeeId",
  "streetId",
  "spentOn",
  "amountFen",
  "category",
  "purpose",
  "jointWorkItemId",
  "status",
  "approvalKind",
  "resolutionId",
  "approverPersonId",
  "approvalThresholdFen",
  "approvedAt",
  "rejectedAt",
  "rejectionReason",
  "paidAt",
  "payeeKind",
  "payeeUnitId",
  "payeeName",
  "voucherNumber",
  "reversesId",
  ...stampColumns,
];

/** Payee kinds whose payee is not a person: their rows are read whole. */
export const NON_PERSON_PAYEES = ["UNIT", "OTHER"] as const;

/** Expense statuses a member unit sees: approved (committed) and paid. */
export const PUBLISHED_EXPENSE_STATUSES = ["APPROVED", "PAID"] as const;

/** A person's name and post, without personal data: what the organisations a person belongs to may read. */
export const personPublic = ["id", "name", "gender", "position", "workplaceKind", "workplaceOrganizationId"];

/** Public data of a committee that members' liaisons and superior organisations may read. */
export const committeePublic = [
  "id",
  "code",
  "name",
  "kind",
  "status",
  "streetId",
  "termStart",
  "termEnd",
  "filedAt",
  "meetingCadence",
];

/** Plan statuses a member unit may see: adopted, or adopted once (superseded by a revision, closed). */
export const PUBLISHED_PLAN_STATUSES = ["ADOPTED", "SUPERSEDED", "CLOSED"] as const;

/** Ids a grant's scope reaches, looked up once per request by `api/src/permissions/scope.ts`. */
export interface ScopeFacts {
  /** Streets of the district (DISTRICT_ADMIN, ANALYST). */
  streetIds: string[];
  /** COMMITTEE_STAFF: the committee's street and its member organisations. */
  committeeStreetId?: string | undefined;
  memberOrganizationIds?: string[];
  /** UNIT_LIAISON: the unit's street, organisations, memberships and committees. */
  unitStreetId?: string | undefined;
  unitOrganizationIds?: string[];
  unitMembershipIds?: string[];
  unitCommitteeIds?: string[];
  /** UNIT_LIAISON: the adopted (or since superseded or closed) plans of the unit's committees. */
  unitPublishedPlanIds?: string[];
  /** UNIT_LIAISON: the people of the unit's organisations (seats it sent, in-service members working there). */
  unitPersonIds?: string[];
  /** UNIT_LIAISON: the joint work items the unit's organisations take part in (共建事项). */
  unitJointWorkItemIds?: string[];
  /** UNIT_LIAISON, SUPERIOR_ORG: the committees that notified a result to their organisations (通报). */
  notifyingCommitteeIds?: string[];
  /** SUPERIOR_ORG: the subordinate organisations, their units, memberships, seats and committees. */
  subordinateOrganizationIds?: string[];
  subordinateUnitIds?: string[];
  subordinateMembershipIds?: string[];
  subordinateCommitteeIds?: string[];
  subordinatePersonIds?: string[];
}
