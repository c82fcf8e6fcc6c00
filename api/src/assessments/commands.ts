/**
 * The writes of assessments (考核), one plain function each: `(scope, input) => row`. The checks
 * are the pure rules in rules.ts; the write and its audit event go through `createChecked` and
 * `updateVersioned`, inside the mutation's transaction (`runMutation`).
 */
import { fromGlobalId } from "../data/ids.js";
import { createChecked, loadForWrite, loadReadable, type MutationScope, updateVersioned } from "../data/mutation.js";
import { changesOf } from "../data/validation.js";
import type { RecordAssessment, UpdateAssessment, VersionedRecord } from "./inputs.js";
import {
  type AssessmentKindName,
  assertCommitteeAssessing,
  assertInServicePartyMember,
  assertMembershipAssessable,
  assertNotifiable,
  assertNotNotified,
  assertNotYetAssessed,
  assertPersonOfCommittee,
  assertResultFits,
  assertSeatAssessable,
  assertSubjectForKind,
  assessedOrganizationId,
  parseScore,
} from "./rules.js";

type SubjectField = "membershipId" | "seatId" | "personId";
interface Subject {
  membershipId: string | null;
  seatId: string | null;
  personId: string | null;
  organizationId: string | null;
}

/** A score as given ("85.5", null to clear, undefined to leave) as stored ("85.50"). */
const storedScore = (score: string | null | undefined) =>
  score === null || score === undefined ? score : parseScore(score);

/** The subject of a new assessment, loaded through the read rules: its ids and the organisation it concerns. */
async function loadSubject(
  scope: MutationScope,
  input: RecordAssessment,
  field: SubjectField,
  committeeId: string,
): Promise<Subject> {
  const globalSubjectId = String(input[field]);
  if (field === "membershipId") {
    const id = fromGlobalId("Membership", globalSubjectId, field);
    const membership = await loadReadable(scope, "Membership", id, field);
    assertMembershipAssessable(membership, committeeId, input.year);
    const organizationId = assessedOrganizationId(input.kind, { membershipOrganizationId: membership.organizationId });
    return { membershipId: id, seatId: null, personId: null, organizationId };
  }
  if (field === "seatId") {
    const id = fromGlobalId("Seat", globalSubjectId, field);
    const seat = await loadReadable(scope, "Seat", id, field);
    assertSeatAssessable(seat, committeeId);
    const organizationId = assessedOrganizationId(input.kind, { seatSourceOrganizationId: seat.sourceOrganizationId });
    return { membershipId: null, seatId: id, personId: seat.personId, organizationId };
  }
  const id = fromGlobalId("Person", globalSubjectId, field);
  const person = await loadReadable(scope, "Person", id, field);
  if (input.kind === "ANNUAL_APPRAISAL") assertInServicePartyMember(person);
  const [covers, seats] = await Promise.all([
    person.residenceCommunityId
      ? scope.tx.committeeCommunity.count({ where: { committeeId, communityId: person.residenceCommunityId } })
      : Promise.resolve(0),
    scope.tx.seat.count({ where: { committeeId, personId: id } }),
  ]);
  assertPersonOfCommittee(covers + seats > 0);
  const organizationId = assessedOrganizationId(input.kind, {
    personWorkplaceOrganizationId: person.workplaceOrganizationId,
  });
  return { membershipId: null, seatId: null, personId: id, organizationId };
}

/** 登记考核结果: one assessment of a kind per subject, committee and year, of a committee that assesses. */
export async function recordAssessment(scope: MutationScope, input: RecordAssessment) {
  const field = assertSubjectForKind(input.kind, input);
  const result = { score: storedScore(input.score) ?? null, points: input.points ?? null, grade: input.grade ?? null };
  assertResultFits(input.kind, result);
  const committeeId = fromGlobalId("Committee", input.committeeId, "committeeId");
  const committee = await loadReadable(scope, "Committee", committeeId, "committeeId");
  assertCommitteeAssessing(committee.status);
  const subject = await loadSubject(scope, input, field, committeeId);
  const existing = await scope.tx.assessment.count({
    where: { committeeId, year: input.year, kind: input.kind, [field]: subject[field] },
  });
  assertNotYetAssessed(existing, input.year);
  const row = {
    kind: input.kind,
    committeeId,
    streetId: committee.streetId,
    year: input.year,
    ...subject,
    ...result,
    remarks: input.remarks ?? null,
  };
  return createChecked(scope, "Assessment", row, {
    action: "recordAssessment",
    refusal: ["无权登记该考核", "Not allowed to record this assessment", "committeeId"],
  });
}

/** 修改考核结果: the fields given, while the result is not yet notified, still fitting its kind. */
export async function updateAssessment(scope: MutationScope, input: UpdateAssessment) {
  const data = changesOf({ ...input, score: storedScore(input.score) }, ["score", "points", "grade", "remarks"]);
  const before = await loadForWrite(
    scope,
    "Assessment",
    fromGlobalId("Assessment", input.id),
    "update",
    Object.keys(data),
  );
  assertNotNotified(before.notifiedAt);
  const kept = {
    score: before.score === null ? null : before.score.toFixed(2),
    points: before.points,
    grade: before.grade,
  };
  assertResultFits(before.kind as AssessmentKindName, { ...kept, ...data } as typeof kept);
  return updateVersioned(scope, "Assessment", before, input.version, data, "updateAssessment");
}

/** 通报测评结果: once, to the organisation the assessment concerns (and so to its liaison and superior). */
export async function notifyAssessment(scope: MutationScope, input: VersionedRecord) {
  const before = await loadForWrite(scope, "Assessment", fromGlobalId("Assessment", input.id), "update", [
    "notifiedAt",
  ]);
  assertNotifiable(before.notifiedAt, before.organizationId);
  return updateVersioned(scope, "Assessment", before, input.version, { notifiedAt: new Date() }, "notifyAssessment");
}
