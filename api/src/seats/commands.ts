/** The seat writes: nominate (with attestations), then approve, reject, file, end. Called by mutations.ts and tests. */
import { beijingDate } from "@gongjian/domain/calendar";
import { assertSeparationOfDuties } from "../committees/rules.js";
import { allowsSelfApproval } from "../committees/transition-commands.js";
import { fromGlobalId } from "../data/ids.js";
import type { RowOf } from "../data/models.js";
import {
  createChecked,
  loadForWrite,
  loadReadable,
  lockRow,
  type MutationScope,
  updateVersioned,
} from "../data/mutation.js";
import { forbidden, notFound } from "../errors/domain-error.js";
import type { Action } from "../permissions/abilities.js";
import type { NominateSeat, RejectSeat, SeatTransition } from "./inputs.js";
import { assertSeatHolderStillMember } from "./party-membership.js";
import {
  ACTIVE_SEAT_STATUSES,
  assertAttestations,
  assertCommitteeTakesNominations,
  assertCongressRecord,
  assertNominationKeepsStructure,
  assertPersonMayTakeSeat,
  assertSeatHolderIsPartyMember,
  assertSeatSource,
  assertSeatTransition,
  assertTerm,
  type SeatStatusName,
  seatTransitionData,
} from "./rules.js";

/** Organisations a committee's seats may come from: its active members and its covered communities' organisations. */
export async function seatSources(scope: MutationScope, committeeId: string) {
  const [memberships, coverages] = await Promise.all([
    scope.tx.membership.findMany({
      where: { committeeId, toDate: null, organization: { endedAt: null } },
      select: { organizationId: true },
    }),
    scope.tx.committeeCommunity.findMany({ where: { committeeId, endedAt: null }, select: { communityId: true } }),
  ]);
  const communityOrganizations = await scope.tx.partyOrganization.findMany({
    where: { communityId: { in: coverages.map((c) => c.communityId) }, unitId: null, endedAt: null },
    select: { id: true },
  });
  return {
    members: new Set(memberships.map((m) => m.organizationId)),
    community: new Set(communityOrganizations.map((o) => o.id)),
  };
}

const MAY_NOT_NOMINATE: [string, string, string] = [
  "无权为该大党委推选委员",
  "Not allowed to nominate to this committee",
  "committeeId",
];
const MAY_NOT_ATTEST: [string, string, string] = [
  "无权记录任职条件证明",
  "Not allowed to record attestations",
  "attestations",
];

/**
 * Nominates a party member to a seat, from a source the role allows, recording the party congress
 * that chose a nominated seat and the three qualification attestations.
 */
export async function nominateSeat(scope: MutationScope, input: NominateSeat): Promise<RowOf<"Seat">> {
  const { guard } = scope.ctx;
  const committeeId = fromGlobalId("Committee", input.committeeId, "committeeId");
  const personId = fromGlobalId("Person", input.personId, "personId");
  const sourceOrganizationId = fromGlobalId("PartyOrganization", input.sourceOrganizationId, "sourceOrganizationId");
  // Nominations to one committee take turns: each reads the active seats the previous one
  // committed, so the structure (one secretary, at most three deputies, …) holds under any
  // interleaving; the partial unique indexes are the database's own last line. The person's row
  // is locked too, so that a change of their party membership waits for the nomination.
  await lockRow(scope, "Committee", committeeId);
  const committee = await loadReadable(scope, "Committee", committeeId, "committeeId");
  await lockRow(scope, "Person", personId);
  const person = await loadReadable(scope, "Person", personId, "personId");
  const organization = await scope.tx.partyOrganization.findFirst({
    where: { AND: [{ id: sourceOrganizationId }, guard.where("PartyOrganization")] },
    select: { id: true },
  });
  if (!organization) throw notFound("PartyOrganization", "sourceOrganizationId");

  const row = {
    committeeId: committee.id,
    streetId: committee.streetId,
    personId: person.id,
    sourceOrganizationId: organization.id,
    role: input.role,
    production: input.production,
    status: "NOMINATED" as const,
    termStart: input.termStart ?? committee.termStart,
    termEnd: input.termEnd ?? committee.termEnd,
    congressDate: input.congressDate ?? null,
    congressReference: input.congressReference?.trim() || null,
    nominatedBy: scope.ctx.identity?.id ?? null,
  };
  if (!guard.can("nominate", "Seat", row)) throw forbidden(...MAY_NOT_NOMINATE);
  assertCommitteeTakesNominations(committee.status);
  assertSeatHolderIsPartyMember(person);
  assertAttestations(input.attestations);
  assertTerm(row.termStart, row.termEnd);
  assertCongressRecord(row.production, row, beijingDate(new Date()));
  const sources = await seatSources(scope, committee.id);
  assertSeatSource(row, sources.members, sources.community);
  const active = await scope.tx.seat.findMany({
    where: { committeeId: committee.id, status: { in: [...ACTIVE_SEAT_STATUSES] } },
    select: { personId: true, role: true, sourceOrganizationId: true },
  });
  assertPersonMayTakeSeat(person, active);
  assertNominationKeepsStructure(active, row, sources.community);

  const attestations = input.attestations.map((a) => ({
    committeeId: row.committeeId,
    streetId: row.streetId,
    qualification: a.qualification,
    attestedBy: a.attestedBy,
    evidence: a.evidence ?? null,
  }));
  for (const attestation of attestations) {
    if (!guard.can("create", "SeatAttestation", attestation)) {
      throw forbidden(...MAY_NOT_ATTEST);
    }
  }
  const created = await createChecked(scope, "Seat", row, {
    action: "nominateSeat",
    ability: "nominate",
    refusal: MAY_NOT_NOMINATE,
  });
  for (const attestation of attestations) {
    const saved = { ...attestation, seatId: created.id };
    await createChecked(scope, "SeatAttestation", saved, { action: "nominateSeat", refusal: MAY_NOT_ATTEST });
  }
  return created;
}

/** One step of the seat workflow: load with the action's rule, check the transition, write with the version. */
async function transition(
  scope: MutationScope,
  input: { id: string; version: number },
  action: Action,
  to: SeatStatusName,
  auditAction: string,
  reason?: string,
): Promise<RowOf<"Seat">> {
  const before = await loadForWrite(scope, "Seat", fromGlobalId("Seat", input.id), action);
  assertSeatTransition(before.status, to);
  let audited = auditAction;
  if (to === "APPROVED") {
    // Separation of duties: the nominator does not approve, unless the district allows it (audited as such).
    const self = assertSeparationOfDuties(
      "seat",
      before.nominatedBy,
      scope.ctx.identity?.id ?? "",
      await allowsSelfApproval(scope, before.streetId),
    );
    if (self) audited = "approveSeatByNominator";
    // Approval confirms a party member: one who is no longer (recorded before the rule) is refused.
    await assertSeatHolderStillMember(scope, before.personId);
  }
  return updateVersioned(scope, "Seat", before, input.version, seatTransitionData(to, new Date(), reason), audited);
}

export const approveSeat = (scope: MutationScope, input: SeatTransition) =>
  transition(scope, input, "approve", "APPROVED", "approveSeat");

export const rejectSeat = (scope: MutationScope, input: RejectSeat) =>
  transition(scope, input, "reject", "REJECTED", "rejectSeat", input.reason);

export const fileSeat = (scope: MutationScope, input: SeatTransition) =>
  transition(scope, input, "file", "FILED", "fileSeat");

export const endSeat = (scope: MutationScope, input: SeatTransition) =>
  transition(scope, input, "end", "ENDED", "endSeat");
