import { z } from "zod";
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { versionedRecordInput } from "../data/inputs.js";
import {
  loadForWrite,
  loadReadable,
  lockRow,
  type MutationScope,
  runMutation,
  updateVersioned,
} from "../data/mutation.js";
import { defineMutation } from "../data/mutation-field.js";
import { globalId, optionalText, text, versionField } from "../data/validation.js";
import { forbidden, notFound } from "../errors/domain-error.js";
import type { Action } from "../permissions/abilities.js";
import { QualificationEnum, SeatProductionEnum, SeatRoleEnum } from "../system/enums.js";
import {
  ACTIVE_SEAT_STATUSES,
  assertAttestations,
  assertCommitteeTakesNominations,
  assertNominationKeepsStructure,
  assertPersonMayTakeSeat,
  assertSeatSource,
  assertSeatTransition,
  assertTerm,
  type SeatStatusName,
  seatTransitionData,
} from "./rules.js";
import { Seat } from "./types.js";

const SeatAttestationInput = builder.inputType("SeatAttestationInput", {
  description: "一项任职条件的证明 / Attestation of one qualification",
  fields: (t) => ({
    qualification: t.field({ type: QualificationEnum, required: true, description: "条件 / Qualification" }),
    attestedBy: t.string({ required: true, description: "证明人 / Attested by", validate: text(100) }),
    evidence: t.string({ description: "依据 / Evidence", validate: optionalText(500) }),
  }),
});

const NominateSeatInput = builder.inputType("NominateSeatInput", {
  description:
    "推选大党委委员（须证明三项任职条件）/ Nominate a person to a committee seat (all three qualifications attested)",
  fields: (t) => ({
    committeeId: t.id({ required: true, description: "大党委 / Committee", validate: globalId }),
    personId: t.id({ required: true, description: "被推选人员 / Person nominated", validate: globalId }),
    sourceOrganizationId: t.id({
      required: true,
      description:
        "来自的党组织（成员单位或所覆盖社区的社区党组织）/ Organisation the person comes from (a member or a covered community's organisation)",
      validate: globalId,
    }),
    role: t.field({ type: SeatRoleEnum, required: true, description: "职务 / Role" }),
    production: t.field({
      type: SeatProductionEnum,
      required: true,
      description: "产生方式 / How the seat is produced",
    }),
    termStart: t.field({
      type: "Date",
      description: "任期开始（缺省为大党委任期）/ Term start (defaults to the committee's term)",
    }),
    termEnd: t.field({
      type: "Date",
      description: "任期结束（缺省为大党委任期）/ Term end (defaults to the committee's term)",
    }),
    attestations: t.field({
      type: [SeatAttestationInput],
      required: true,
      description:
        "任职条件证明（热心事务、组织协调能力、能正常参加活动各一项）/ Attestations (one for each of the three qualifications)",
      validate: z.array(z.unknown()).max(10),
    }),
  }),
});

const SeatTransitionInput = versionedRecordInput(
  "SeatTransitionInput",
  "职务状态变更 / A change of a seat's status",
  "职务 / Seat",
);

const RejectSeatInput = builder.inputType("RejectSeatInput", {
  description: "不批准推选 / Reject a nomination",
  fields: (t) => ({
    id: t.id({ required: true, description: "职务 / Seat", validate: globalId }),
    version: t.int(versionField),
    reason: t.string({ required: true, description: "理由 / Reason", validate: text(500) }),
  }),
});

/** Organisations a committee's seats may come from: its active members and its covered communities' organisations. */
async function seatSources(scope: MutationScope, committeeId: string) {
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

defineMutation("nominateSeat", {
  returns: Seat,
  description:
    "推选大党委委员，记录三项任职条件证明 / Nominate a committee member, recording the three qualification attestations",
  permission: "nominate:Seat",
  input: NominateSeatInput,
  run: async (scope, input, ctx) => {
    const committeeId = fromGlobalId("Committee", input.committeeId, "committeeId");
    const personId = fromGlobalId("Person", input.personId, "personId");
    const sourceOrganizationId = fromGlobalId("PartyOrganization", input.sourceOrganizationId, "sourceOrganizationId");
    // Nominations to one committee take turns: each reads the active seats the previous one
    // committed, so the structure (one secretary, at most three deputies, …) holds under any
    // interleaving; the partial unique indexes are the database's own last line.
    await lockRow(scope, "Committee", committeeId);
    const committee = await loadReadable(scope, "Committee", committeeId, "committeeId");
    const person = await loadReadable(scope, "Person", personId, "personId");
    const organization = await scope.tx.partyOrganization.findFirst({
      where: { AND: [{ id: sourceOrganizationId }, ctx.guard.where("PartyOrganization")] },
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
    };
    if (!ctx.guard.can("nominate", "Seat", row)) {
      throw forbidden("无权为该大党委推选委员", "Not allowed to nominate to this committee", "committeeId");
    }
    assertCommitteeTakesNominations(committee.status);
    assertAttestations(input.attestations);
    assertTerm(row.termStart, row.termEnd);
    const sources = await seatSources(scope, committee.id);
    assertSeatSource(row, sources.members, sources.community);
    const active = await scope.tx.seat.findMany({
      where: { committeeId: committee.id, status: { in: [...ACTIVE_SEAT_STATUSES] } },
      select: { personId: true, role: true, sourceOrganizationId: true },
    });
    assertPersonMayTakeSeat(person, active);
    assertNominationKeepsStructure(active, row, sources.community);

    const attestationRows = input.attestations.map((a) => ({
      committeeId: row.committeeId,
      streetId: row.streetId,
      qualification: a.qualification,
      attestedBy: a.attestedBy,
      evidence: a.evidence ?? null,
    }));
    for (const attestation of attestationRows) {
      if (!ctx.guard.can("create", "SeatAttestation", attestation)) {
        throw forbidden("无权记录任职条件证明", "Not allowed to record attestations", "attestations");
      }
    }
    const created = await scope.tx.seat.create({ data: row });
    scope.audit({
      action: "nominateSeat",
      entityType: "Seat",
      entityId: created.id,
      streetId: created.streetId,
      before: null,
      after: created,
    });
    for (const attestation of attestationRows) {
      const saved = await scope.tx.seatAttestation.create({ data: { ...attestation, seatId: created.id } });
      scope.audit({
        action: "nominateSeat",
        entityType: "SeatAttestation",
        entityId: saved.id,
        streetId: saved.streetId,
        before: null,
        after: saved,
      });
    }
    return created;
  },
});

/** One step of the seat workflow: load with the action's rule, check the transition, write with the version. */
async function transition(
  scope: MutationScope,
  input: { id: string; version: number },
  action: Action,
  to: SeatStatusName,
  auditAction: string,
  reason?: string,
) {
  const before = await loadForWrite(scope, "Seat", fromGlobalId("Seat", input.id), action);
  assertSeatTransition(before.status, to);
  return updateVersioned(scope, "Seat", before, input.version, seatTransitionData(to, new Date(), reason), auditAction);
}

defineMutation("approveSeat", {
  returns: Seat,
  description: "街道党工委审批推选 / The street working committee approves a nomination",
  permission: "approve:Seat",
  input: SeatTransitionInput,
  run: (scope, input) => transition(scope, input, "approve", "APPROVED", "approveSeat"),
});

defineMutation("rejectSeat", {
  returns: Seat,
  description: "街道党工委不批准推选 / The street working committee rejects a nomination",
  permission: "reject:Seat",
  input: RejectSeatInput,
  run: (scope, input) => transition(scope, input, "reject", "REJECTED", "rejectSeat", input.reason),
});

defineMutation("fileSeat", {
  returns: Seat,
  description: "区委组织部备案已审批的职务 / The district organisation department files an approved seat",
  permission: "file:Seat",
  input: SeatTransitionInput,
  run: (scope, input) => transition(scope, input, "file", "FILED", "fileSeat"),
});

defineMutation("endSeat", {
  returns: Seat,
  description: "职务届满或终止 / End a seat (term over or left)",
  permission: "end:Seat",
  input: SeatTransitionInput,
  run: (scope, input) => transition(scope, input, "end", "ENDED", "endSeat"),
});
