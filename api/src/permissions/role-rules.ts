/**
 * The rules of each role (DESIGN.md, "Permissions"), one function a role; abilities.ts turns a
 * grant into its raw rules with them. Every row condition is on the row's own scope columns.
 *
 * Browser-safe: imports only CASL types.
 */
import type { Ability, AbilityBuilder } from "@casl/ability";
import {
  type Action,
  assessmentFields,
  committeeManaged,
  committeePublic,
  committeeScoped,
  expensePublicFields,
  fields,
  type Grant,
  NON_PERSON_PAYEES,
  PUBLISHED_EXPENSE_STATUSES,
  PUBLISHED_PLAN_STATUSES,
  personPublic,
  type ScopeFacts,
  type Subject,
} from "./subjects.js";

export type AppAbility = Ability<[Action, Subject | Record<string, unknown>], Record<string, unknown>>;
type Builder = AbilityBuilder<AppAbility>;
export type Can = Builder["can"];

const inIds = (ids: string[] | undefined) => ({ in: ids ?? [] });

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

/**
 * Expenses: every field of a row whose payee is not a person; a row paying a person without who it
 * is (the payee person and the voucher file are personal data).
 */
function readExpenses(can: Can, where: Record<string, unknown>) {
  can("read", "Expense", expensePublicFields, where);
  can("read", "Expense", { ...where, payeeKind: { in: [...NON_PERSON_PAYEES] } });
}

/** Read every unit, organisation, committee, person and committee-scoped row in a scope, assessments without the remarks. */
function readScope(can: Can, scope: Record<string, unknown>) {
  for (const subject of ["Unit", "PartyOrganization", "Committee", "Person", ...committeeScoped] as const) {
    if (subject !== "Assessment" && subject !== "Expense") can("read", subject, scope);
  }
  can("read", "Assessment", assessmentFields, scope);
  readExpenses(can, scope);
}

/** A member organisation may be managed wholly when DIRECT, and only its profile when DUAL (co-managed). */
function coManagedOrganizations(can: Can, where: Record<string, unknown>) {
  can("update", "PartyOrganization", { ...where, managementMode: "DIRECT" });
  can("update", "PartyOrganization", [...fields.organizationProfile], { ...where, managementMode: "DUAL" });
}

/** Memberships: joined and ended by the committee's side; participation only, when co-managed (DUAL). */
function coManagedMemberships(can: Can, where: Record<string, unknown>) {
  can(["read", "create", "end"], "Membership", where);
  can("update", "Membership", { ...where, managementMode: "DIRECT" });
  can("update", "Membership", [...fields.participation], { ...where, managementMode: "DUAL" });
}

/** The committee's own work (meetings, funding, assessments, volunteers…), and contributions but acknowledging them. */
function committeeWork(can: Can, where: Record<string, unknown>) {
  for (const subject of committeeManaged) can("manage", subject, where);
  // Acknowledging a pledge is the member unit's own act (its liaison), not the committee's or the street's.
  can(["read", "create", "update", "delete", "receive"], "Contribution", where);
}

/** What an organisation learns of the committees it takes part in, or that notified it a result. */
function publicCommittees(can: Can, ...committeeIds: (string[] | undefined)[]) {
  for (const ids of committeeIds) can("read", "Committee", committeePublic, { id: inIds(ids) });
}

/** 区委组织部: read all; file committees and seats; manage streets and communities. */
export function districtAdmin(can: Can, grant: Extract<Grant, { role: "DISTRICT_ADMIN" }>, facts: ScopeFacts) {
  const inDistrict = { streetId: inIds(facts.streetIds) };
  can("read", "District", { id: grant.districtId });
  // The district's one setting: whether very small streets may have one person submit and approve.
  can("update", "District", ["allowSelfApproval"], { id: grant.districtId });
  can("read", "Street", { districtId: grant.districtId });
  can(["create", "update"], "Street", { districtId: grant.districtId });
  can(["read", "create", "update"], "Community", inDistrict);
  readScope(can, inDistrict);
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
  can(["create", "end", "delete"], "PartyOrganization", { ...inStreet, managementMode: "DIRECT" });
  coManagedOrganizations(can, inStreet);
  can(["read", "create", "update", "submit", "approve", "reject", "dissolve"], "Committee", inStreet);
  // A draft set up in error is deleted (the API also requires that the deleter set it up).
  can("delete", "Committee", { ...inStreet, status: "DRAFT" });
  can(["read", "create", "update", "end"], "CommitteeCommunity", inStreet);
  coManagedMemberships(can, inStreet);
  can(["read", "create", "update", "end"], "Person", inStreet);
  can(["read", "create", "update"], "PersonPrivate", inStreet);
  can(["read", "nominate", "approve", "reject", "end", "update"], "Seat", inStreet);
  committeeWork(can, inStreet);
}

/** 大党委专职工作人员: run one committee. */
export function committeeStaff(can: Can, grant: Extract<Grant, { role: "COMMITTEE_STAFF" }>, facts: ScopeFacts) {
  const inCommittee = { committeeId: grant.committeeId };
  const street = { streetId: facts.committeeStreetId ?? "" };
  can("read", "Committee", { id: grant.committeeId });
  can("update", "Committee", ["name", "termStart", "termEnd"], { id: grant.committeeId, status: "DRAFT" });
  // The committee chooses how often its regular meeting is held (每月或每季度), whatever its status,
  // and sets its secretary's approval threshold for expenses by resolution (书记审批限额).
  can("update", "Committee", ["meetingCadence", ...fields.expenseThreshold], { id: grant.committeeId });
  can("read", "Street", { id: facts.committeeStreetId ?? "" });
  for (const subject of ["Community", "Unit", "PartyOrganization"] as const) can("read", subject, street);
  coManagedOrganizations(can, { id: inIds(facts.memberOrganizationIds) });
  coManagedMemberships(can, inCommittee);
  can("read", "CommitteeCommunity", inCommittee);
  can(["read", "create", "update"], "Person", street);
  can(["read", "create", "update"], "PersonPrivate", street);
  can(["read", "nominate", "update", "end"], "Seat", inCommittee);
  can("submit", "Committee", { id: grant.committeeId });
  committeeWork(can, inCommittee);
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
  publicCommittees(can, facts.unitCommitteeIds, facts.notifyingCommitteeIds);
  can("read", "CommitteeCommunity", ofCommittees);
  can("read", "Community", { streetId: facts.unitStreetId ?? "" });
  can("read", "Street", { id: facts.unitStreetId ?? "" });
  can("read", "Meeting", ["id", "committeeId", "kind", "status", "title", "scheduledAt", "heldAt"], ofCommittees);
  can("read", "Resolution", ofCommittees);
  // 大事共议: the organisations consulted and their positions (not the seat holders' votes).
  can("read", "ResolutionConsultation", ofCommittees);
  // 制度: the rules the committee works by bind its member organisations, so their liaisons read them (all versions).
  can("read", "RulesDocument", ofCommittees);
  // 共建事项: the items its organisations share, their participants and progress; it reports for its own.
  const ofOwnItems = { itemId: inIds(facts.unitJointWorkItemIds) };
  can("read", "JointWorkItem", { id: inIds(facts.unitJointWorkItemIds) });
  can("read", ["JointWorkParticipant", "JointWorkProgress"], ofOwnItems);
  can("create", "JointWorkProgress", { ...ofOwnItems, organizationId: inIds(facts.unitOrganizationIds) });
  can("read", "FundingPlan", ["id", "committeeId", "year", "revision", "status", "budgetFen", "adoptedAt"], {
    ...ofCommittees,
    status: { in: [...PUBLISHED_PLAN_STATUSES] },
  });
  // 收支两条线: the budget and the approved and paid spending of those plans (a person paid stays unnamed).
  const ofPublishedPlans = { planId: inIds(facts.unitPublishedPlanIds) };
  can("read", "FundingBudgetLine", ofPublishedPlans);
  readExpenses(can, { ...ofPublishedPlans, status: { in: [...PUBLISHED_EXPENSE_STATUSES] } });
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
  publicCommittees(can, facts.subordinateCommitteeIds, facts.notifyingCommitteeIds);
  can("read", "Seat", { sourceOrganizationId: inIds(facts.subordinateOrganizationIds) });
  can("read", "Person", personPublic, { id: inIds(facts.subordinatePersonIds) });
  can("read", "Assessment", notifiedTo(facts.subordinateOrganizationIds));
}

/** 分析人员: read everything in scope except personal data. */
export function analyst(can: Can, grant: Extract<Grant, { role: "ANALYST" }>, facts: ScopeFacts) {
  const scope = { streetId: grant.streetId ? grant.streetId : inIds(facts.streetIds) };
  can("read", "District", { id: grant.districtId });
  can("read", "Street", grant.streetId ? { id: grant.streetId } : { districtId: grant.districtId });
  can("read", "Community", scope);
  readScope(can, scope);
  // Personal data (PersonPrivate, assessment remarks): never.
}
