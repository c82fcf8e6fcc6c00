/**
 * The meeting commands: schedule, update, record as held (with the seat holders' attendance), cancel,
 * add agenda items. Resolutions: resolution-commands.ts. One plain function per write, `(scope, input) => row`: the checks,
 * then `createChecked` / `updateVersioned`, which do the ability check, the write and the audit event.
 * 列席 (attending organisations of an extended meeting): attendee-commands.ts.
 */
import { fromGlobalId } from "../data/ids.js";
import {
  createChecked,
  loadForWrite,
  loadReadable,
  lockRow,
  type MutationScope,
  updateVersioned,
} from "../data/mutation.js";
import { changesOf } from "../data/validation.js";
import { assertNoSeatAttendance } from "./coordination-rules.js";
import {
  type AttendanceStatusName,
  activeSeatStatuses,
  assertAttendance,
  assertCommitteeWorking,
  assertHeldAtNotFuture,
  assertMeetingEditable,
  assertMeetingKindAllowed,
  assertMeetingTransition,
  type MeetingKindName,
  nextAgendaPositions,
  type SubjectAreaName,
} from "./rules.js";

type Meeting = Awaited<ReturnType<typeof loadReadable<"Meeting">>>;

/**
 * A meeting a write refers to, locked until the transaction ends: concurrent changes to one meeting
 * (agenda, resolutions, attendees) take turns, so each one's checks see the previous one's writes.
 * A missing id locks nothing and reveals nothing; one outside the caller's scope is NOT_FOUND.
 */
export async function lockedMeeting(scope: MutationScope, id: string, field = "meetingId") {
  await lockRow(scope, "Meeting", id);
  return loadReadable(scope, "Meeting", id, field);
}

/** Appends agenda items after the meeting's existing ones (positions max + 1, …), each audited. */
async function appendAgenda(
  scope: MutationScope,
  meeting: Meeting,
  items: readonly { title: string; description?: string | null | undefined; subjectArea: SubjectAreaName }[],
  action: string,
  field: string,
) {
  const existing = await scope.tx.agendaItem.findMany({ where: { meetingId: meeting.id }, select: { position: true } });
  const positions = nextAgendaPositions(
    existing.map((a) => a.position),
    items.length,
  );
  const created = [];
  for (const [i, item] of items.entries()) {
    const row = {
      meetingId: meeting.id,
      committeeId: meeting.committeeId,
      streetId: meeting.streetId,
      position: positions[i] as number,
      title: item.title,
      description: item.description ?? null,
      subjectArea: item.subjectArea,
    };
    created.push(
      await createChecked(scope, "AgendaItem", row, {
        action,
        refusal: ["无权编排该会议的议程", "Not allowed to change this meeting's agenda", field],
      }),
    );
  }
  return created;
}

/** What a meeting is planned with, whoever convenes it (ScheduleMeetingInput, ScheduleCoordinationMeetingInput). */
interface MeetingPlan {
  title: string;
  scheduledAt: Date;
  location?: string | null;
  agenda?: readonly { title: string; description?: string | null; subjectArea: SubjectAreaName }[] | null;
}

/** Creates a SCHEDULED meeting of `convener` (a committee, or the street itself) with its agenda, under `action`. */
async function createMeeting(
  scope: MutationScope,
  convener: { committeeId: string | null; streetId: string; kind: MeetingKindName },
  plan: MeetingPlan,
  options: { action: string; refusal: [zh: string, en: string, field: string] },
) {
  const row = {
    ...convener,
    status: "SCHEDULED" as const,
    title: plan.title,
    scheduledAt: plan.scheduledAt,
    location: plan.location ?? null,
  };
  const created = await createChecked(scope, "Meeting", row, options);
  await appendAgenda(scope, created, plan.agenda ?? [], options.action, "agenda");
  return created;
}

export async function scheduleMeeting(
  scope: MutationScope,
  input: MeetingPlan & { committeeId: string; kind: MeetingKindName },
) {
  const committeeId = fromGlobalId("Committee", input.committeeId, "committeeId");
  const committee = await loadReadable(scope, "Committee", committeeId, "committeeId");
  assertCommitteeWorking(committee.status);
  assertMeetingKindAllowed(input.kind, committee.kind);
  return createMeeting(scope, { committeeId: committee.id, streetId: committee.streetId, kind: input.kind }, input, {
    action: "scheduleMeeting",
    refusal: ["无权为该大党委安排会议", "Not allowed to schedule meetings of this committee", "committeeId"],
  });
}

/**
 * 街道工作协调会议: a meeting of the street itself (no committee), with its agenda; the organisations of
 * the street attend (addMeetingAttendee) and it adopts resolutions like a committee's meeting.
 */
export async function scheduleCoordinationMeeting(scope: MutationScope, input: MeetingPlan & { streetId: string }) {
  const street = await loadReadable(scope, "Street", fromGlobalId("Street", input.streetId, "streetId"), "streetId");
  return createMeeting(scope, { committeeId: null, streetId: street.id, kind: "COORDINATION" }, input, {
    action: "scheduleCoordinationMeeting",
    refusal: ["无权召开该街道的工作协调会议", "Not allowed to convene this street's coordination meeting", "streetId"],
  });
}

export async function updateMeeting(
  scope: MutationScope,
  input: { id: string; version: number; title?: string | null; scheduledAt?: Date | null; location?: string | null },
) {
  const id = fromGlobalId("Meeting", input.id);
  const data = changesOf(input, ["title", "scheduledAt", "location"], {
    title: ["会议名称", "The title"],
    scheduledAt: ["会议时间", "The time"],
  });
  const before = await loadForWrite(scope, "Meeting", id, "update", Object.keys(data));
  assertMeetingEditable(before.status);
  return updateVersioned(scope, "Meeting", before, input.version, data, "updateMeeting");
}

export async function recordMeetingHeld(
  scope: MutationScope,
  input: {
    id: string;
    version: number;
    heldAt: Date;
    minutes?: string | null;
    attendance: readonly { personId: string; status: AttendanceStatusName; note?: string | null }[];
  },
) {
  const id = fromGlobalId("Meeting", input.id);
  const entries = input.attendance.map((a, i) => ({
    personId: fromGlobalId("Person", a.personId, `attendance.${i}.personId`),
    status: a.status,
    note: a.note ?? null,
  }));
  const data = { status: "HELD" as const, heldAt: input.heldAt, minutes: input.minutes ?? null };
  const before = await loadForWrite(scope, "Meeting", id, "update", Object.keys(data));
  assertMeetingTransition(before.status, "HELD");
  assertHeldAtNotFuture(input.heldAt, new Date());
  const committeeId = before.committeeId;
  if (committeeId === null) assertNoSeatAttendance(entries.length);
  else {
    const seats = await scope.tx.seat.findMany({
      where: {
        AND: [
          { committeeId, personId: { in: entries.map((e) => e.personId) }, status: { in: [...activeSeatStatuses] } },
          scope.ctx.guard.where("Seat"),
        ],
      },
      select: { personId: true },
    });
    // Attendance is the seat holders' only: 列席 attendees are recorded apart (addMeetingAttendee).
    assertAttendance(entries, new Set(seats.map((s) => s.personId)));
  }
  const after = await updateVersioned(scope, "Meeting", before, input.version, data, "recordMeetingHeld");
  for (const entry of entries) {
    const row = { meetingId: id, committeeId: after.committeeId, streetId: after.streetId, ...entry };
    await createChecked(scope, "Attendance", row, {
      action: "recordMeetingHeld",
      refusal: ["无权登记出席情况", "Not allowed to record attendance", "attendance"],
    });
  }
  return after;
}

export async function cancelMeeting(scope: MutationScope, input: { id: string; version: number }) {
  const before = await loadForWrite(scope, "Meeting", fromGlobalId("Meeting", input.id), "update", ["status"]);
  assertMeetingTransition(before.status, "CANCELLED");
  return updateVersioned(scope, "Meeting", before, input.version, { status: "CANCELLED" }, "cancelMeeting");
}

export async function addAgendaItem(
  scope: MutationScope,
  input: { meetingId: string; title: string; description?: string | null; subjectArea: SubjectAreaName },
) {
  const meeting = await lockedMeeting(scope, fromGlobalId("Meeting", input.meetingId, "meetingId"));
  assertMeetingEditable(meeting.status, "meetingId");
  const [created] = await appendAgenda(scope, meeting, [input], "addAgendaItem", "meetingId");
  return created as NonNullable<typeof created>;
}
