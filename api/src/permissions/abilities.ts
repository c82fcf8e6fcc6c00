/**
 * Every permission rule of Gongjian, in one place (DESIGN.md, "Permissions"). The API builds
 * a request's ability from these functions, the tests assert them, and the console receives
 * the same packed rules through `viewer` and uses this file's names.
 *
 * Rules are CASL rules over Prisma models. Every row condition is on the row's own scope
 * columns (`streetId`, `committeeId`, `organizationId`, `managementMode`, …; the database keeps them
 * consistent with composite foreign keys), so the same rule filters in SQL (`accessibleBy`)
 * and checks a loaded row in memory, and a related row can be checked without loading its
 * parents. The ids a scope reaches (e.g. the organisations whose superior a SUPERIOR_ORG is)
 * are looked up once per request (`ScopeFacts`) and passed in.
 *
 * Browser-safe: imports only CASL, no Prisma runtime.
 */
import { type Ability, AbilityBuilder, type RawRuleOf } from "@casl/ability";
import { createPrismaAbility } from "@casl/prisma/runtime";

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

import type { Action } from "./actions.js";

export { type Action, actions } from "./actions.js";

export const subjects = [
  "District",
  "Street",
  "Community",
  "Unit",
  "PartyOrganization",
  "Committee",
  "CommitteeCommunity",
  "Membership",
  "Person",
  "PersonPrivate",
  "Seat",
  "SeatAttestation",
  "Meeting",
  "AgendaItem",
  "Attendance",
  "MeetingAttendee",
  "Resolution",
  "FundingPlan",
  "FundingIncome",
  "ContributionRatio",
  "Contribution",
  "Assessment",
  "VolunteerTeam",
  "VolunteerTeamMember",
  "VolunteerActivity",
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
} as const;

/** Fields of a subject that no grant may ever write directly (scope, bookkeeping). */
export const protectedFields = [
  "id",
  "version",
  "createdAt",
  "updatedAt",
  "streetId",
  "committeeId",
  "districtId",
  "managementMode",
] as const;

const inIds = (ids: string[] | undefined) => ({ in: ids ?? [] });

/** Committee-scoped subjects (rows carry committeeId and streetId). */
const committeeScoped = [
  "CommitteeCommunity",
  "Membership",
  "Seat",
  "SeatAttestation",
  "Meeting",
  "AgendaItem",
  "Attendance",
  "MeetingAttendee",
  "Resolution",
  "FundingPlan",
  "FundingIncome",
  "ContributionRatio",
  "Contribution",
  "Assessment",
  "VolunteerTeam",
  "VolunteerTeamMember",
  "VolunteerActivity",
] as const satisfies readonly Subject[];

/** Assessment fields without the personal remarks. */
const assessmentFields = [
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
  "version",
  "createdAt",
  "updatedAt",
];

/**
 * 通报: an assessment reaches the organisation it concerns (its `organizationId`: the member
 * organisation, the seat's source organisation, or the assessed person's workplace organisation)
 * only once notified; then that organisation's liaison and superior read all of it, remarks
 * included. Before, only the assessing side (committee staff, street, district) reads it.
 */
const notifiedTo = (organizationIds: string[] | undefined) => ({
  organizationId: inIds(organizationIds),
  notifiedAt: { not: null },
});

/** A person's name and post, without personal data: what the organisations a person belongs to may read. */
const personPublic = ["id", "name", "gender", "position", "workplaceKind", "workplaceOrganizationId"];

/** Public data of a committee that members' liaisons and superior organisations may read. */
const committeePublic = [
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

/** Ids a grant's scope reaches, looked up once per request by `api/src/permissions/scope.ts`. */
/** Plan statuses a member unit may see: adopted, or adopted once (superseded by a revision, closed). */
export const PUBLISHED_PLAN_STATUSES = ["ADOPTED", "SUPERSEDED", "CLOSED"] as const;

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
  /** UNIT_LIAISON, SUPERIOR_ORG: the committees that notified a result to their organisations (通报). */
  notifyingCommitteeIds?: string[];
  /** SUPERIOR_ORG: the subordinate organisations, their units, memberships, seats and committees. */
  subordinateOrganizationIds?: string[];
  subordinateUnitIds?: string[];
  subordinateMembershipIds?: string[];
  subordinateCommitteeIds?: string[];
  subordinatePersonIds?: string[];
}

export type AppAbility = Ability<[Action, Subject | Record<string, unknown>], Record<string, unknown>>;
type Builder = AbilityBuilder<AppAbility>;
type Can = Builder["can"];

/** 区委组织部: read all; file committees and seats; manage streets and communities. */
export function districtAdmin(can: Can, grant: Extract<Grant, { role: "DISTRICT_ADMIN" }>, facts: ScopeFacts) {
  const inDistrict = { streetId: inIds(facts.streetIds) };
  can("read", "District", { id: grant.districtId });
  can("read", "Street", { districtId: grant.districtId });
  can(["create", "update"], "Street", { districtId: grant.districtId });
  can(["read", "create", "update"], "Community", inDistrict);
  for (const subject of ["Unit", "PartyOrganization", "Committee", "Person", ...committeeScoped] as const) {
    if (subject !== "Assessment") can("read", subject, inDistrict);
  }
  can("read", "Assessment", assessmentFields, inDistrict);
  can("file", ["Committee", "Seat"], inDistrict);
  can("read", "AuditEvent");
}

/** 街道党工委: manage committees of the street, approve or reject, manage units and DIRECT organisations. */
export function streetAdmin(can: Can, grant: Extract<Grant, { role: "STREET_ADMIN" }>) {
  const inStreet = { streetId: grant.streetId };
  can("read", "Street", { id: grant.streetId });
  can("read", "Community", inStreet);
  can("update", "Community", ["name", "households", "population"], inStreet);
  can(["read", "create", "update", "end"], "Unit", inStreet);
  can("read", "PartyOrganization", inStreet);
  can(["create", "update", "end", "delete"], "PartyOrganization", { ...inStreet, managementMode: "DIRECT" });
  can("update", "PartyOrganization", [...fields.organizationProfile], { ...inStreet, managementMode: "DUAL" });
  can(["read", "create", "update", "submit", "approve", "reject", "dissolve"], "Committee", inStreet);
  can(["read", "create", "update", "end"], "CommitteeCommunity", inStreet);
  can(["read", "create", "end"], "Membership", inStreet);
  can("update", "Membership", { ...inStreet, managementMode: "DIRECT" });
  can("update", "Membership", [...fields.participation], { ...inStreet, managementMode: "DUAL" });
  can(["read", "create", "update", "end"], "Person", inStreet);
  can(["read", "create", "update"], "PersonPrivate", inStreet);
  can(["read", "nominate", "approve", "reject", "end", "update"], "Seat", inStreet);
  for (const subject of committeeScoped) {
    if (["Membership", "Seat", "CommitteeCommunity", "Contribution"].includes(subject)) continue;
    can("manage", subject, inStreet);
  }
  // Acknowledging a pledge is the member unit's own act (its liaison), not the street's.
  can(["read", "create", "update", "delete", "receive"], "Contribution", inStreet);
}

/** 大党委专职工作人员: run one committee. */
export function committeeStaff(can: Can, grant: Extract<Grant, { role: "COMMITTEE_STAFF" }>, facts: ScopeFacts) {
  const inCommittee = { committeeId: grant.committeeId };
  const street = { streetId: facts.committeeStreetId ?? "" };
  can("read", "Committee", { id: grant.committeeId });
  can("update", "Committee", ["name", "termStart", "termEnd"], { id: grant.committeeId, status: "DRAFT" });
  // The committee chooses how often its regular meeting is held (每月或每季度), whatever its status.
  can("update", "Committee", ["meetingCadence"], { id: grant.committeeId });
  can("read", "Street", { id: facts.committeeStreetId ?? "" });
  can("read", "Community", street);
  can("read", "Unit", street);
  can("read", "PartyOrganization", street);
  can("update", "PartyOrganization", { id: inIds(facts.memberOrganizationIds), managementMode: "DIRECT" });
  can("update", "PartyOrganization", [...fields.organizationProfile], {
    id: inIds(facts.memberOrganizationIds),
    managementMode: "DUAL",
  });
  can(["read", "create", "end"], "Membership", inCommittee);
  can("update", "Membership", { ...inCommittee, managementMode: "DIRECT" });
  can("update", "Membership", [...fields.participation], { ...inCommittee, managementMode: "DUAL" });
  can("read", "CommitteeCommunity", inCommittee);
  can(["read", "create", "update"], "Person", street);
  can(["read", "create", "update"], "PersonPrivate", street);
  can(["read", "nominate", "update", "end"], "Seat", inCommittee);
  can("submit", "Committee", { id: grant.committeeId });
  for (const subject of [
    "SeatAttestation",
    "Meeting",
    "AgendaItem",
    "Attendance",
    "MeetingAttendee",
    "Resolution",
    "FundingPlan",
    "FundingIncome",
    "ContributionRatio",
    "Assessment",
    "VolunteerTeam",
    "VolunteerTeamMember",
    "VolunteerActivity",
  ] as const) {
    can("manage", subject, inCommittee);
  }
  can(["read", "create", "update", "delete", "receive"], "Contribution", inCommittee);
}

/** 成员单位联络人: their unit's data and obligations; edit the unit's contact; acknowledge pledges. */
export function unitLiaison(can: Can, grant: Extract<Grant, { role: "UNIT_LIAISON" }>, facts: ScopeFacts) {
  const ownMemberships = { id: inIds(facts.unitMembershipIds) };
  const ofOwnMemberships = { membershipId: inIds(facts.unitMembershipIds) };
  const ofCommittees = { committeeId: inIds(facts.unitCommitteeIds) };
  can("read", "Unit", { id: grant.unitId });
  can("update", "Unit", [...fields.unitContact], { id: grant.unitId });
  can("read", "PartyOrganization", { id: inIds(facts.unitOrganizationIds) });
  can("read", "Membership", ownMemberships);
  can("read", "Committee", committeePublic, { id: inIds(facts.unitCommitteeIds) });
  can("read", "Committee", committeePublic, { id: inIds(facts.notifyingCommitteeIds) });
  can("read", "CommitteeCommunity", ofCommittees);
  can("read", "Community", { streetId: facts.unitStreetId ?? "" });
  can("read", "Street", { id: facts.unitStreetId ?? "" });
  can("read", "Meeting", ["id", "committeeId", "kind", "status", "title", "scheduledAt", "heldAt"], ofCommittees);
  can("read", "Resolution", ofCommittees);
  can("read", "FundingPlan", ["id", "committeeId", "year", "revision", "status", "budgetFen", "adoptedAt"], {
    ...ofCommittees,
    status: { in: [...PUBLISHED_PLAN_STATUSES] },
  });
  // Its own ratios, on published plans only: a draft's ratios are the committee's work in progress.
  can("read", "ContributionRatio", { ...ofOwnMemberships, planId: inIds(facts.unitPublishedPlanIds) });
  can(["read", "acknowledge"], "Contribution", ofOwnMemberships);
  // Results notified to the unit's organisations (its participation, the members it sent, the
  // annual appraisals of the in-service members working there), and whom they name.
  can("read", "Assessment", notifiedTo(facts.unitOrganizationIds));
  can("read", "Person", personPublic, { id: inIds(facts.unitPersonIds) });
}

/** 上级党组织: its subordinate organisations' participation, seats and assessments; their affiliation. */
export function superiorOrg(can: Can, _grant: Extract<Grant, { role: "SUPERIOR_ORG" }>, facts: ScopeFacts) {
  const subordinates = { id: inIds(facts.subordinateOrganizationIds) };
  can("read", "PartyOrganization", subordinates);
  can("update", "PartyOrganization", [...fields.affiliation], subordinates);
  can("read", "Unit", ["id", "name", "kind", "creditCode", "communityId", "streetId"], {
    id: inIds(facts.subordinateUnitIds),
  });
  can("read", "Membership", { organizationId: inIds(facts.subordinateOrganizationIds) });
  can("read", "Committee", committeePublic, { id: inIds(facts.subordinateCommitteeIds) });
  can("read", "Committee", committeePublic, { id: inIds(facts.notifyingCommitteeIds) });
  can("read", "Seat", { sourceOrganizationId: inIds(facts.subordinateOrganizationIds) });
  can("read", "Person", personPublic, { id: inIds(facts.subordinatePersonIds) });
  can("read", "Assessment", notifiedTo(facts.subordinateOrganizationIds));
}

/** 分析人员: read everything in scope except personal data. */
export function analyst(can: Can, grant: Extract<Grant, { role: "ANALYST" }>, facts: ScopeFacts) {
  const scope = { streetId: grant.streetId ? grant.streetId : inIds(facts.streetIds) };
  can("read", "District", { id: grant.districtId });
  can("read", "Street", grant.streetId ? { id: grant.streetId } : { districtId: grant.districtId });
  for (const subject of [
    "Community",
    "Unit",
    "PartyOrganization",
    "Committee",
    "Person",
    ...committeeScoped,
  ] as const) {
    if (subject !== "Assessment") can("read", subject, scope);
  }
  can("read", "Assessment", assessmentFields, scope);
  // Personal data (PersonPrivate, assessment remarks): never.
}

const byRole: { [R in Role]: (can: Can, grant: Extract<Grant, { role: R }>, facts: ScopeFacts) => void } = {
  DISTRICT_ADMIN: districtAdmin,
  STREET_ADMIN: streetAdmin,
  COMMITTEE_STAFF: committeeStaff,
  UNIT_LIAISON: unitLiaison,
  SUPERIOR_ORG: superiorOrg,
  ANALYST: analyst,
};

/** The raw rules of one grant; each rule keeps its own conditions and fields. */
export function rulesForGrant(grant: Grant, facts: ScopeFacts): RawRuleOf<AppAbility>[] {
  const builder = new AbilityBuilder<AppAbility>(createPrismaAbility);
  const define = byRole[grant.role] as (can: Can, grant: Grant, facts: ScopeFacts) => void;
  define(builder.can, grant, facts);
  // Scope and bookkeeping columns are never written directly, whatever the role (an inverted
  // rule that is the same for every grant, so it cannot narrow one grant by another's rules).
  builder.cannot(["create", "update"], subjects as unknown as Subject[], [...protectedFields]);
  return builder.rules;
}

/** The union of the grants' rules. */
export function rulesFor(grants: Grant[], factsByGrant: ScopeFacts[]): RawRuleOf<AppAbility>[] {
  return grants.flatMap((grant, i) => rulesForGrant(grant, factsByGrant[i] ?? { streetIds: [] }));
}

export function createAbility(rules: RawRuleOf<AppAbility>[]): AppAbility {
  return createPrismaAbility(rules) as unknown as AppAbility;
}
