/**
 * Resolutions and the 议事原则 with teeth (issue 15): adopting a resolution checks what its principle
 * requires (要事共决: the vote of the seat holders present, quorum and majority; 急事共商: an emergency or
 * extended meeting; 大事共议: member organisations consulted) and writes the resolution with its votes or
 * consultations in one transaction; reporting an urgent decision to a later regular meeting is a step.
 */
import { beijingDate } from "@gongjian/domain/calendar";
import { fromGlobalId } from "../data/ids.js";
import { createChecked, loadReadable, type MutationScope } from "../data/mutation.js";
import { versionedStep } from "../data/steps.js";
import { invariant } from "../errors/domain-error.js";
import { createItem, type ItemInput } from "../joint-work/commands.js";
import { lockedMeeting } from "./commands.js";
import { assertCoordinationPrinciple } from "./coordination-rules.js";
import {
  assertConsulted,
  assertDecidedByVote,
  assertJointWorkGiven,
  assertPrincipleInputs,
  assertUrgentMeeting,
  assertUrgentReport,
  type Consultation,
  type PrincipleName,
  type Vote,
  type VoteChoiceName,
} from "./principles.js";
import {
  activeSeatStatuses,
  assertResolutionAllowed,
  assertResolutionNumberFree,
  resolutionSubjectArea,
  type SubjectAreaName,
} from "./rules.js";

type Meeting = Awaited<ReturnType<typeof lockedMeeting>>;

/** The seat holders recorded PRESENT at a meeting. */
async function presentSeatHolders(scope: MutationScope, meetingId: string): Promise<Set<string>> {
  const rows = await scope.tx.attendance.findMany({
    where: { meetingId, status: "PRESENT" },
    select: { personId: true },
  });
  return new Set(rows.map((r) => r.personId));
}

/**
 * The committee's active seats when the meeting was held (by person): nominated before it, and then
 * NOMINATED, APPROVED or FILED, or ended or rejected only after it. Nominated holders count, as they attend.
 */
async function activeSeatsAt(scope: MutationScope, committeeId: string, heldAt: Date): Promise<number> {
  const seats = await scope.tx.seat.findMany({
    where: {
      committeeId,
      nominatedAt: { lte: heldAt },
      OR: [
        { status: { in: [...activeSeatStatuses] } },
        { status: "ENDED", endedAt: { gt: heldAt } },
        { status: "REJECTED", rejectedAt: { gt: heldAt } },
      ],
    },
    select: { personId: true },
    distinct: ["personId"],
  });
  return seats.length;
}

/** The organisations that were members of the committee on the day the meeting was held (Beijing). */
export async function membersOn(scope: MutationScope, committeeId: string, heldAt: Date): Promise<Set<string>> {
  const day = beijingDate(heldAt);
  const rows = await scope.tx.membership.findMany({
    where: { committeeId, fromDate: { lte: day }, OR: [{ toDate: null }, { toDate: { gte: day } }] },
    select: { organizationId: true },
  });
  return new Set(rows.map((r) => r.organizationId));
}

/** The organisations of the street not ended when the meeting was held. */
export async function streetOrganizationsOn(
  scope: MutationScope,
  streetId: string,
  heldAt: Date,
): Promise<Set<string>> {
  const rows = await scope.tx.partyOrganization.findMany({
    where: { streetId, OR: [{ endedAt: null }, { endedAt: { gt: heldAt } }] },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}

/** What the principle requires, checked against the meeting; the vote's counts when there is one. */
async function checkPrinciple(
  scope: MutationScope,
  meeting: Meeting,
  principle: PrincipleName,
  votes: readonly Vote[],
  consultations: readonly Consultation[],
) {
  assertPrincipleInputs(principle, votes.length, consultations.length);
  const heldAt = meeting.heldAt ?? new Date();
  const committeeId = meeting.committeeId;
  if (committeeId === null) {
    // A street's coordination meeting: 大事共议 consults the organisations of the street.
    assertCoordinationPrinciple(principle);
    if (principle === "MAJOR_MATTERS_DISCUSSED") {
      assertConsulted(consultations, await streetOrganizationsOn(scope, meeting.streetId, heldAt));
    }
    return { votesFor: null, votesAgainst: null, votesAbstain: null };
  }
  if (principle === "IMPORTANT_MATTERS_DECIDED") {
    const [present, activeSeats] = await Promise.all([
      presentSeatHolders(scope, meeting.id),
      activeSeatsAt(scope, committeeId, heldAt),
    ]);
    return assertDecidedByVote(votes, present, activeSeats);
  }
  if (principle === "URGENT_MATTERS_CONSULTED") assertUrgentMeeting(meeting.kind);
  if (principle === "MAJOR_MATTERS_DISCUSSED") {
    assertConsulted(consultations, await membersOn(scope, committeeId, heldAt));
  }
  return { votesFor: null, votesAgainst: null, votesAbstain: null };
}

export async function adoptResolution(
  scope: MutationScope,
  input: {
    meetingId: string;
    number: string;
    title: string;
    text: string;
    principle: PrincipleName;
    subjectArea?: SubjectAreaName | null;
    agendaItemId?: string | null;
    votes?: readonly { personId: string; choice: VoteChoiceName }[] | null;
    consultations?: readonly { organizationId: string; position: string }[] | null;
    /** 实事共办: the joint work item created with the resolution. */
    jointWork?: ItemInput | null;
  },
) {
  const meeting = await lockedMeeting(scope, fromGlobalId("Meeting", input.meetingId, "meetingId"));
  let agendaItemId: string | null = null;
  let agendaItemArea: SubjectAreaName | null = null;
  if (input.agendaItemId) {
    const itemId = fromGlobalId("AgendaItem", input.agendaItemId, "agendaItemId");
    const item = await loadReadable(scope, "AgendaItem", itemId, "agendaItemId");
    if (item.meetingId !== meeting.id) {
      throw invariant("agendaItemId", "该议程不属于本次会议", "The agenda item belongs to another meeting");
    }
    agendaItemId = item.id;
    agendaItemArea = item.subjectArea;
  }
  const votes = (input.votes ?? []).map((v, i) => ({
    personId: fromGlobalId("Person", v.personId, `votes.${i}.personId`),
    choice: v.choice,
  }));
  const consultations = (input.consultations ?? []).map((c, i) => ({
    organizationId: fromGlobalId("PartyOrganization", c.organizationId, `consultations.${i}.organizationId`),
    position: c.position.trim(),
  }));
  const subjectArea = resolutionSubjectArea(input.subjectArea, agendaItemArea);
  assertResolutionAllowed(meeting.status);
  const numbers = await scope.tx.resolution.findMany({ where: { meetingId: meeting.id }, select: { number: true } });
  assertResolutionNumberFree(
    input.number,
    numbers.map((r) => r.number),
  );
  const counts = await checkPrinciple(scope, meeting, input.principle, votes, consultations);
  assertJointWorkGiven(input.principle, Boolean(input.jointWork));
  const scopeColumns = { committeeId: meeting.committeeId, streetId: meeting.streetId };
  const checked = {
    action: "adoptResolution",
    refusal: ["无权登记该会议的决议", "Not allowed to record resolutions of this meeting", "meetingId"],
  } satisfies Parameters<typeof createChecked>[3];
  const resolution = await createChecked(
    scope,
    "Resolution",
    {
      meetingId: meeting.id,
      ...scopeColumns,
      agendaItemId,
      number: input.number,
      title: input.title,
      text: input.text,
      principle: input.principle,
      subjectArea,
      ...counts,
      adoptedAt: meeting.heldAt ?? new Date(),
    },
    checked,
  );
  const under = { resolutionId: resolution.id, ...scopeColumns };
  for (const vote of votes) await createChecked(scope, "ResolutionVote", { ...under, ...vote }, checked);
  for (const c of consultations) await createChecked(scope, "ResolutionConsultation", { ...under, ...c }, checked);
  if (input.jointWork) {
    const origin = { originResolutionId: resolution.id };
    await createItem(scope, scopeColumns, input.jointWork, origin, "adoptResolution", "jointWork.participants");
  }
  return resolution;
}

/** 急事共商 reported to a later regular meeting (党委会) of the same committee that was held. */
export async function reportUrgentResolution(
  scope: MutationScope,
  input: { id: string; version: number; meetingId: string },
) {
  const meetingId = fromGlobalId("Meeting", input.meetingId, "meetingId");
  const meeting = await loadReadable(scope, "Meeting", meetingId, "meetingId");
  return versionedStep(scope, "Resolution", input, {
    action: "update",
    audit: "reportUrgentResolution",
    check: (before) => assertUrgentReport(before, meeting, before.committeeId),
    data: () => ({ reportedAtMeetingId: meeting.id, reportedAt: meeting.heldAt }),
  });
}
