/** Memberships of a committee: add, update, end. */
import { fromGlobalId } from "../data/ids.js";
import type { RowOf } from "../data/models.js";
import { createChecked, loadForWrite, loadReadable, type MutationScope, updateVersioned } from "../data/mutation.js";
import { changesOf } from "../data/validation.js";
import type { Superior } from "../units/rules.js";
import type { AddMembership, EndMembership, UpdateMembership } from "./inputs.js";
import {
  assertMembershipActive,
  assertMembershipEligible,
  assertMembershipEnd,
  beijingDate,
  laterOf,
  membershipModeFor,
  type OrganizationFact,
} from "./rules.js";
import { refusal } from "./writes.js";

/** The organisation's location and affiliation facts (its unit's community, its superior's street). */
async function organizationFact(
  scope: MutationScope,
  org: {
    id: string;
    streetId: string;
    unitId: string | null;
    communityId: string | null;
    endedAt: Date | null;
    managementMode: "DIRECT" | "DUAL";
    superiorId: string | null;
    superiorExternalCode: string | null;
    superiorDistrictCode: string | null;
  },
): Promise<OrganizationFact> {
  let communityId = org.communityId;
  let endedAt = org.endedAt;
  if (org.unitId) {
    // Only the unit's community and end are read, to locate the organisation.
    const unit = await scope.tx.unit.findUnique({
      where: { id: org.unitId },
      select: { communityId: true, endedAt: true },
    });
    communityId = communityId ?? unit?.communityId ?? null;
    endedAt = endedAt ?? unit?.endedAt ?? null;
  }
  let superior: Superior = { kind: "none" };
  if (org.superiorExternalCode) {
    superior = { kind: "external", code: org.superiorExternalCode, districtCode: org.superiorDistrictCode ?? "" };
  } else if (org.superiorId) {
    // The superior may be anywhere in the district: only its street is read.
    const sup = await scope.tx.partyOrganization.findUnique({
      where: { id: org.superiorId },
      select: { streetId: true },
    });
    superior = sup ? { kind: "local", streetId: sup.streetId } : { kind: "none" };
  }
  return { id: org.id, streetId: org.streetId, communityId, endedAt, managementMode: org.managementMode, superior };
}

/** Adds a member organisation; its management mode follows from the organisation's affiliation. */
export async function addMembership(scope: MutationScope, input: AddMembership): Promise<RowOf<"Membership">> {
  const committeeId = fromGlobalId("Committee", input.committeeId, "committeeId");
  const organizationId = fromGlobalId("PartyOrganization", input.organizationId, "organizationId");
  const committee = await loadReadable(scope, "Committee", committeeId, "committeeId");
  const org = await loadReadable(scope, "PartyOrganization", organizationId, "organizationId");
  const organization = await organizationFact(scope, org);
  const coverage = await scope.tx.committeeCommunity.findMany({
    where: { committeeId, endedAt: null },
    select: { communityId: true },
  });
  const existing = await scope.tx.membership.count({ where: { committeeId, organizationId, toDate: null } });
  assertMembershipEligible({
    committeeStatus: committee.status,
    organization,
    coveredCommunityIds: new Set(coverage.map((c) => c.communityId)),
    alreadyMember: existing > 0,
  });
  const row = {
    committeeId,
    organizationId,
    streetId: committee.streetId,
    managementMode: membershipModeFor(organization),
    fromDate: input.fromDate ?? beijingDate(new Date()),
    toDate: null,
    responsibilities: input.responsibilities ?? null,
    resourcesOffered: input.resourcesOffered ?? null,
    serviceCommitments: input.serviceCommitments ?? null,
  };
  return createChecked(scope, "Membership", row, {
    action: "addMembership",
    refusal: refusal("create", "Membership", "committeeId"),
  });
}

/** Updates a membership (participation fields only for dual-managed members: the field rules). */
export async function updateMembership(scope: MutationScope, input: UpdateMembership): Promise<RowOf<"Membership">> {
  const id = fromGlobalId("Membership", input.id);
  const data = changesOf(input, ["fromDate", "responsibilities", "resourcesOffered", "serviceCommitments"], {
    fromDate: ["加入日期", "The start date"],
  });
  const before = await loadForWrite(scope, "Membership", id, "update", Object.keys(data));
  assertMembershipActive(before.toDate);
  return updateVersioned(scope, "Membership", before, input.version, data, "updateMembership");
}

/** Ends a membership (default today in Beijing, never before it started). */
export async function endMembership(scope: MutationScope, input: EndMembership): Promise<RowOf<"Membership">> {
  const before = await loadForWrite(scope, "Membership", fromGlobalId("Membership", input.id), "end");
  const toDate = input.toDate ?? laterOf(beijingDate(new Date()), before.fromDate);
  assertMembershipEnd(before.fromDate, before.toDate, toDate);
  return updateVersioned(scope, "Membership", before, input.version, { toDate }, "endMembership");
}
