/** Meetings: schedule, update, record as held (with attendance), cancel. Agenda items and resolutions: agenda-mutations.ts. */
import { z } from "zod";
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { versionedRecordInput } from "../data/inputs.js";
import { createChecked, loadForWrite, loadReadable, runMutation, updateVersioned } from "../data/mutation.js";
import { globalId, optionalText, text, versionField } from "../data/validation.js";
import { invalid } from "../errors/domain-error.js";
import { AttendanceStatusEnum, MeetingKindEnum } from "../system/enums.js";
import {
  activeSeatStatuses,
  assertAttendance,
  assertCommitteeWorking,
  assertHeldAtNotFuture,
  assertMeetingEditable,
  assertMeetingKindAllowed,
  assertMeetingTransition,
  nextAgendaPositions,
} from "./rules.js";
import { Meeting } from "./types.js";

const AgendaItemInput = builder.inputType("AgendaItemInput", {
  description: "议程事项 / Agenda item",
  fields: (t) => ({
    title: t.string({ required: true, description: "事项 / Title", validate: text(200) }),
    description: t.string({ description: "说明 / Description", validate: optionalText(2000) }),
  }),
});

const ScheduleMeetingInput = builder.inputType("ScheduleMeetingInput", {
  description: "安排会议 / Schedule a meeting",
  fields: (t) => ({
    committeeId: t.id({ required: true, description: "大党委 / Committee", validate: globalId }),
    kind: t.field({
      type: MeetingKindEnum,
      required: true,
      description: "会议类型（紧急会议只限联合党委）/ Kind (emergency meetings: joint committees only)",
    }),
    title: t.string({ required: true, description: "会议名称 / Title", validate: text(200) }),
    scheduledAt: t.field({ type: "DateTime", required: true, description: "计划时间 / Scheduled at" }),
    location: t.string({ description: "地点 / Location", validate: optionalText(200) }),
    agenda: t.field({
      type: [AgendaItemInput],
      description: "议程（按顺序编号 1..n）/ Agenda (numbered 1..n in this order)",
      validate: z.array(z.unknown()).max(50),
    }),
  }),
});

const UpdateMeetingInput = builder.inputType("UpdateMeetingInput", {
  description: "修改已安排的会议（只写给出的字段）/ Update a scheduled meeting (only the fields given)",
  fields: (t) => ({
    id: t.id({ required: true, description: "会议 / Meeting", validate: globalId }),
    version: t.int(versionField),
    title: t.string({ description: "会议名称 / Title", validate: text(200).nullish() }),
    scheduledAt: t.field({ type: "DateTime", description: "计划时间 / Scheduled at" }),
    location: t.string({ description: "地点（null 清除）/ Location (null clears it)", validate: optionalText(200) }),
  }),
});

const AttendanceInput = builder.inputType("AttendanceInput", {
  description: "一名委员的出席情况 / One member's attendance",
  fields: (t) => ({
    personId: t.id({
      required: true,
      description: "人员（须在该大党委任职）/ Person (must hold a seat)",
      validate: globalId,
    }),
    status: t.field({ type: AttendanceStatusEnum, required: true, description: "出席情况 / Attendance" }),
    note: t.string({ description: "备注 / Note", validate: optionalText(200) }),
  }),
});

const RecordMeetingHeldInput = builder.inputType("RecordMeetingHeldInput", {
  description: "登记会议已召开（含出席情况）/ Record that a meeting was held (with attendance)",
  fields: (t) => ({
    id: t.id({ required: true, description: "会议 / Meeting", validate: globalId }),
    version: t.int(versionField),
    heldAt: t.field({ type: "DateTime", required: true, description: "召开时间 / Held at" }),
    minutes: t.string({ description: "会议纪要 / Minutes", validate: optionalText(20_000) }),
    attendance: t.field({
      type: [AttendanceInput],
      required: true,
      description: "出席情况（每人一条）/ Attendance (one entry per person)",
      validate: z.array(z.unknown()).max(200),
    }),
  }),
});

const CancelMeetingInput = versionedRecordInput(
  "CancelMeetingInput",
  "取消已安排的会议 / Cancel a scheduled meeting",
  "会议 / Meeting",
);

builder.mutationField("scheduleMeeting", (t) =>
  t.field({
    type: Meeting,
    description:
      "安排会议（党委会、扩大会；紧急会议只限联合党委）/ Schedule a meeting (regular, extended; emergency meetings for joint committees only)",
    permission: "create:Meeting",
    errors: {},
    args: { input: t.arg({ type: ScheduleMeetingInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const committeeId = fromGlobalId("Committee", input.committeeId, "committeeId");
        const committee = await loadReadable(scope, "Committee", committeeId, "committeeId");
        const row = {
          committeeId: committee.id,
          streetId: committee.streetId,
          kind: input.kind,
          status: "SCHEDULED" as const,
          title: input.title,
          scheduledAt: input.scheduledAt,
          location: input.location ?? null,
        };
        assertCommitteeWorking(committee.status);
        assertMeetingKindAllowed(input.kind, committee.kind);
        const created = await createChecked(scope, "Meeting", row, {
          action: "scheduleMeeting",
          refusal: ["无权为该大党委安排会议", "Not allowed to schedule meetings of this committee", "committeeId"],
        });
        const agenda = input.agenda ?? [];
        const positions = nextAgendaPositions([], agenda.length);
        for (const [i, item] of agenda.entries()) {
          const itemRow = {
            meetingId: created.id,
            committeeId: created.committeeId,
            streetId: created.streetId,
            position: positions[i] as number,
            title: item.title,
            description: item.description ?? null,
          };
          await createChecked(scope, "AgendaItem", itemRow, {
            action: "scheduleMeeting",
            refusal: ["无权编排议程", "Not allowed to set the agenda", "agenda"],
          });
        }
        return created;
      }),
  }),
);

builder.mutationField("updateMeeting", (t) =>
  t.field({
    type: Meeting,
    description: "修改已安排的会议 / Update a scheduled meeting",
    permission: "update:Meeting",
    errors: {},
    args: { input: t.arg({ type: UpdateMeetingInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const id = fromGlobalId("Meeting", input.id);
        const data: Record<string, unknown> = {};
        if (input.title !== undefined) data.title = input.title;
        if (input.scheduledAt !== undefined) data.scheduledAt = input.scheduledAt;
        if (input.location !== undefined) data.location = input.location;
        if (data.title === null || data.scheduledAt === null) {
          throw invalid(
            data.title === null ? "title" : "scheduledAt",
            "会议名称和时间不能为空",
            "Title and time cannot be empty",
          );
        }
        if (Object.keys(data).length === 0) throw invalid("id", "没有要修改的字段", "Nothing to change");
        const before = await loadForWrite(scope, "Meeting", id, "update", Object.keys(data));
        assertMeetingEditable(before.status);
        return updateVersioned(scope, "Meeting", before, input.version, data, "updateMeeting");
      }),
  }),
);

builder.mutationField("recordMeetingHeld", (t) =>
  t.field({
    type: Meeting,
    description:
      "登记会议已召开：时间、纪要和委员出席情况 / Record that a meeting was held: time, minutes and the members' attendance",
    permission: "update:Meeting",
    errors: {},
    args: { input: t.arg({ type: RecordMeetingHeldInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
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
        const seats = await scope.tx.seat.findMany({
          where: {
            AND: [
              {
                committeeId: before.committeeId,
                personId: { in: entries.map((e) => e.personId) },
                status: { in: [...activeSeatStatuses] },
              },
              ctx.guard.where("Seat"),
            ],
          },
          select: { personId: true },
        });
        assertAttendance(entries, new Set(seats.map((s) => s.personId)));
        const after = await updateVersioned(scope, "Meeting", before, input.version, data, "recordMeetingHeld");
        for (const entry of entries) {
          const row = { meetingId: id, committeeId: after.committeeId, streetId: after.streetId, ...entry };
          await createChecked(scope, "Attendance", row, {
            action: "recordMeetingHeld",
            refusal: ["无权登记出席情况", "Not allowed to record attendance", "attendance"],
          });
        }
        return after;
      }),
  }),
);

builder.mutationField("cancelMeeting", (t) =>
  t.field({
    type: Meeting,
    description: "取消已安排的会议 / Cancel a scheduled meeting",
    permission: "update:Meeting",
    errors: {},
    args: { input: t.arg({ type: CancelMeetingInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const before = await loadForWrite(scope, "Meeting", fromGlobalId("Meeting", input.id), "update", ["status"]);
        assertMeetingTransition(before.status, "CANCELLED");
        return updateVersioned(scope, "Meeting", before, input.version, { status: "CANCELLED" }, "cancelMeeting");
      }),
  }),
);
