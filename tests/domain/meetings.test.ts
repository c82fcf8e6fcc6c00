import { toGlobalId } from "@gongjian/api/data/ids";
import {
  assertAttendance,
  assertCommitteeWorking,
  assertHeldAtNotFuture,
  assertMeetingEditable,
  assertMeetingKindAllowed,
  assertMeetingTransition,
  assertResolutionAllowed,
  assertResolutionNumberFree,
  meetingTransitions,
  nextAgendaPositions,
} from "@gongjian/api/meetings/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";
import { thrown } from "../support/errors.js";
import { jointWorkInput } from "../support/joint-work.js";

describe("meeting rules (no database)", () => {
  it("follows SCHEDULED → HELD | CANCELLED; held and cancelled meetings are final", () => {
    expect(() => assertMeetingTransition("SCHEDULED", "HELD")).not.toThrow();
    expect(() => assertMeetingTransition("SCHEDULED", "CANCELLED")).not.toThrow();
    const fromCancelled = thrown(() => assertMeetingTransition("CANCELLED", "HELD"));
    expect(fromCancelled).toMatchObject({ code: "INVALID_TRANSITION", allowed: [] });
    expect(thrown(() => assertMeetingTransition("HELD", "CANCELLED")).allowed).toEqual([]);
    expect(thrown(() => assertMeetingTransition("SCHEDULED", "SCHEDULED")).allowed).toEqual(["HELD", "CANCELLED"]);
    expect(meetingTransitions.HELD).toEqual([]);
  });

  it("lets only a joint committee convene an emergency meeting", () => {
    expect(() => assertMeetingKindAllowed("EMERGENCY", "JOINT")).not.toThrow();
    expect(thrown(() => assertMeetingKindAllowed("EMERGENCY", "COMMUNITY"))).toMatchObject({
      code: "INVARIANT",
      field: "kind",
    });
    for (const kind of ["REGULAR", "EXTENDED"] as const) {
      expect(() => assertMeetingKindAllowed(kind, "COMMUNITY")).not.toThrow();
      expect(() => assertMeetingKindAllowed(kind, "JOINT")).not.toThrow();
    }
  });

  it("refuses work for dissolved or rejected committees only", () => {
    for (const status of ["DRAFT", "SUBMITTED", "APPROVED", "FILED"] as const) {
      expect(() => assertCommitteeWorking(status)).not.toThrow();
    }
    for (const status of ["DISSOLVED", "REJECTED"] as const) {
      expect(thrown(() => assertCommitteeWorking(status))).toMatchObject({ code: "INVARIANT", field: "committeeId" });
    }
  });

  it("numbers agenda items after the existing ones", () => {
    expect(nextAgendaPositions([], 3)).toEqual([1, 2, 3]);
    expect(nextAgendaPositions([1, 2, 5], 2)).toEqual([6, 7]);
    expect(nextAgendaPositions([3], 0)).toEqual([]);
  });

  it("checks attendance: seat holders only, nobody twice, someone present", () => {
    const seats = new Set(["a", "b"]);
    expect(() =>
      assertAttendance(
        [
          { personId: "a", status: "PRESENT" },
          { personId: "b", status: "EXCUSED" },
        ],
        seats,
      ),
    ).not.toThrow();
    expect(
      thrown(() =>
        assertAttendance(
          [
            { personId: "a", status: "PRESENT" },
            { personId: "a", status: "ABSENT" },
          ],
          seats,
        ),
      ),
    ).toMatchObject({ code: "VALIDATION", field: "attendance.1.personId" });
    expect(
      thrown(() =>
        assertAttendance(
          [
            { personId: "a", status: "PRESENT" },
            { personId: "x", status: "PRESENT" },
          ],
          seats,
        ),
      ),
    ).toMatchObject({ code: "INVARIANT", field: "attendance.1.personId" });
    expect(thrown(() => assertAttendance([{ personId: "a", status: "ABSENT" }], seats))).toMatchObject({
      code: "VALIDATION",
      field: "attendance",
    });
    expect(thrown(() => assertAttendance([], seats)).field).toBe("attendance");
  });

  it("keeps held times in the past, edits to scheduled meetings, resolutions to held meetings", () => {
    const now = new Date("2026-06-01T08:00:00Z");
    expect(() => assertHeldAtNotFuture(new Date("2026-06-01T07:00:00Z"), now)).not.toThrow();
    expect(() => assertHeldAtNotFuture(new Date("2026-06-01T08:04:00Z"), now)).not.toThrow();
    expect(thrown(() => assertHeldAtNotFuture(new Date("2026-06-02T08:00:00Z"), now)).field).toBe("heldAt");
    expect(() => assertMeetingEditable("SCHEDULED")).not.toThrow();
    expect(thrown(() => assertMeetingEditable("HELD")).code).toBe("INVARIANT");
    expect(thrown(() => assertMeetingEditable("CANCELLED", "meetingId")).field).toBe("meetingId");
    expect(() => assertResolutionAllowed("HELD")).not.toThrow();
    expect(thrown(() => assertResolutionAllowed("SCHEDULED"))).toMatchObject({ code: "INVARIANT", field: "meetingId" });
    expect(thrown(() => assertResolutionAllowed("CANCELLED")).code).toBe("INVARIANT");
    expect(() => assertResolutionNumberFree("〔2026〕9号", ["〔2026〕1号"])).not.toThrow();
    expect(thrown(() => assertResolutionNumberFree("〔2026〕1号", ["〔2026〕1号"])).field).toBe("number");
  });
});

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let staff: string;
let streetAdmin: string;
let communityStaff: string;
let liaison: string;
let community: { id: string };
let seatHolders: string[];
let outsider: string;

const meetingFields = `__typename
  ... on Meeting { id kind status title scheduledAt heldAt location minutes version
    agendaItems { id position title } attendances { status person { id } } resolutions { id number } }
  ... on Error { code messageZh messageEn field }
  ... on DomainError { allowed }`;
const resultFields = (type: string, fields: string) =>
  `__typename ... on ${type} { ${fields} } ... on Error { code messageZh messageEn field } ... on DomainError { allowed }`;

const schedule = (input: Record<string, unknown>, token: string) =>
  t.gql(
    `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ${meetingFields} } }`,
    { input },
    token,
  );
const recordHeld = (input: Record<string, unknown>, token: string) =>
  t.gql(
    `mutation($input: RecordMeetingHeldInput!) { recordMeetingHeld(input: $input) { ${meetingFields} } }`,
    { input },
    token,
  );
const cancel = (input: Record<string, unknown>, token: string) =>
  t.gql(
    `mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { ${meetingFields} } }`,
    { input },
    token,
  );
const updateMeeting = (input: Record<string, unknown>, token: string) =>
  t.gql(
    `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { ${meetingFields} } }`,
    { input },
    token,
  );
const adopt = (input: Record<string, unknown>, token: string) =>
  t.gql(
    `mutation($input: AdoptResolutionInput!) { adoptResolution(input: $input) { ${resultFields(
      "Resolution",
      "id number title principle votesFor votesAgainst votesAbstain adoptedAt agendaItem { id } meeting { id }",
    )} } }`,
    { input },
    token,
  );
const addAgenda = (input: Record<string, unknown>, token: string) =>
  t.gql(
    `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { ${resultFields(
      "AgendaItem",
      "id position title description meeting { id }",
    )} } }`,
    { input },
    token,
  );

/** Everything a meeting mutation can write, to show a refused one wrote nothing. */
async function snapshot() {
  const p = t.db.prisma;
  const meetings = await p.meeting.findMany({
    orderBy: { id: "asc" },
    select: { id: true, version: true, status: true },
  });
  return {
    meetings,
    agendaItems: await p.agendaItem.count(),
    attendances: await p.attendance.count(),
    resolutions: await p.resolution.count(),
    attendees: await p.meetingAttendee.findMany({ orderBy: { id: "asc" } }),
    audits: await p.auditEvent.count(),
  };
}

const gid = (type: string, id: string) => toGlobalId(type, id);
/** The database id inside a global ID. */
const fromGid = (id: string) => Buffer.from(id, "base64").toString("utf8").split(":").slice(1).join(":");
const jointId = () => gid("Committee", scope.joint.id);
const past = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function newMeeting(title: string, token = staff, committeeId = jointId()) {
  const { data, errors } = await schedule(
    {
      committeeId,
      kind: "REGULAR",
      title,
      scheduledAt: past(2),
      agenda: [{ title: "议题一", subjectArea: "PARTY_BUILDING" }],
    },
    token,
  );
  expect(errors).toBeUndefined();
  expect(data.scheduleMeeting.__typename).toBe("Meeting");
  return data.scheduleMeeting as { id: string; version: number; agendaItems: { id: string }[] };
}

/** A meeting recorded as held with the first `present` seat holders present (one by default). */
async function heldMeeting(title: string, present = 1, kind = "REGULAR") {
  const scheduled = await schedule(
    {
      committeeId: jointId(),
      kind,
      title,
      scheduledAt: past(2),
      agenda: [{ title: "议题一", subjectArea: "PARTY_BUILDING" }],
    },
    staff,
  );
  const meeting = scheduled.data.scheduleMeeting;
  const { data } = await recordHeld(
    {
      id: meeting.id,
      version: meeting.version,
      heldAt: past(1),
      attendance: seatHolders.slice(0, present).map((p) => ({ personId: gid("Person", p), status: "PRESENT" })),
    },
    staff,
  );
  expect(data.recordMeetingHeld.status).toBe("HELD");
  return data.recordMeetingHeld as { id: string; version: number; agendaItems: { id: string }[] };
}

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  const p = t.db.prisma;
  community = await p.committee.findFirstOrThrow({
    where: { kind: "COMMUNITY", status: "FILED" },
    orderBy: { code: "asc" },
  });
  staff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }], "staff-joint");
  communityStaff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: community.id }], "staff-community");
  streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }], "street-admin");
  liaison = await t.token([{ role: "UNIT_LIAISON", unitId: String(scope.directOrg.unitId) }], "liaison");
  const seats = await p.seat.findMany({
    where: { committeeId: scope.joint.id, status: { in: ["NOMINATED", "APPROVED", "FILED"] } },
    orderBy: { id: "asc" },
  });
  seatHolders = seats.map((s) => s.personId);
  expect(seatHolders.length).toBeGreaterThanOrEqual(3);
  const other = await p.person.findFirstOrThrow({
    where: {
      streetId: scope.street.id,
      seats: { none: { committeeId: scope.joint.id, status: { in: ["NOMINATED", "APPROVED", "FILED"] } } },
    },
    orderBy: { id: "asc" },
  });
  outsider = other.id;
});
afterAll(async () => {
  await t?.close();
});

describe("scheduling meetings", () => {
  it("lets committee staff schedule a meeting with its agenda numbered 1..n, audited", async () => {
    const before = await snapshot();
    const { data, errors } = await schedule(
      {
        committeeId: jointId(),
        kind: "EXTENDED",
        title: "2026年10月党委扩大会",
        scheduledAt: future(10),
        location: "社区党群服务中心",
        agenda: [
          { title: "通报共建项目进展", description: "各成员单位通报", subjectArea: "COMMUNITY_BUILDING" },
          { title: "研究冬季送温暖活动", subjectArea: "COMMUNITY_SERVICE" },
        ],
      },
      staff,
    );
    expect(errors).toBeUndefined();
    expect(data.scheduleMeeting).toMatchObject({
      __typename: "Meeting",
      kind: "EXTENDED",
      status: "SCHEDULED",
      heldAt: null,
      location: "社区党群服务中心",
      version: 1,
    });
    expect(
      data.scheduleMeeting.agendaItems.map((a: { position: number; title: string }) => [a.position, a.title]),
    ).toEqual([
      [1, "通报共建项目进展"],
      [2, "研究冬季送温暖活动"],
    ]);
    const after = await snapshot();
    expect(after.meetings.length).toBe(before.meetings.length + 1);
    expect(after.agendaItems).toBe(before.agendaItems + 2);
    expect(after.audits).toBe(before.audits + 3);
    const row = await t.db.prisma.meeting.findFirstOrThrow({ where: { title: "2026年10月党委扩大会" } });
    expect(row).toMatchObject({ committeeId: scope.joint.id, streetId: scope.joint.streetId });
    const events = await t.db.prisma.auditEvent.findMany({ where: { action: "scheduleMeeting" } });
    expect(events.map((e) => e.entityType).sort()).toEqual(["AgendaItem", "AgendaItem", "Meeting"]);
    expect(events.every((e) => e.actorId === "staff-joint" && e.streetId === scope.joint.streetId)).toBe(true);
  });

  it("lets a joint committee convene an emergency meeting, and the street admin schedule one too", async () => {
    const emergency = await schedule(
      { committeeId: jointId(), kind: "EMERGENCY", title: "防汛紧急会议", scheduledAt: future(1) },
      staff,
    );
    expect(emergency.data.scheduleMeeting).toMatchObject({ __typename: "Meeting", kind: "EMERGENCY", agendaItems: [] });
    const byStreet = await schedule(
      {
        committeeId: gid("Committee", community.id),
        kind: "REGULAR",
        title: "街道安排的党委会",
        scheduledAt: future(5),
      },
      streetAdmin,
    );
    expect(byStreet.data.scheduleMeeting).toMatchObject({ __typename: "Meeting", kind: "REGULAR" });
  });

  it("refuses an emergency meeting for a COMMUNITY committee and writes nothing", async () => {
    const before = await snapshot();
    const { data } = await schedule(
      {
        committeeId: gid("Committee", community.id),
        kind: "EMERGENCY",
        title: "紧急会议",
        scheduledAt: future(1),
        agenda: [{ title: "紧急事项", subjectArea: "PUBLIC_SECURITY" }],
      },
      communityStaff,
    );
    expect(data.scheduleMeeting).toMatchObject({ __typename: "DomainError", code: "INVARIANT", field: "kind" });
    expect(data.scheduleMeeting.messageZh).toMatch(/联合党委/);
    expect(data.scheduleMeeting.messageEn).toMatch(/joint committee/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a meeting for a rejected committee and writes nothing", async () => {
    const submitted = await t.db.prisma.committee.findFirstOrThrow({ where: { status: "SUBMITTED" } });
    // Arrange: the street has turned the proposal down.
    await t.db.prisma.committee.update({
      where: { id: submitted.id },
      data: { status: "REJECTED", rejectedAt: new Date(), rejectionReason: "测试" },
    });
    const before = await snapshot();
    const { data } = await schedule(
      { committeeId: gid("Committee", submitted.id), kind: "REGULAR", title: "党委会", scheduledAt: future(3) },
      streetAdmin,
    );
    expect(data.scheduleMeeting).toMatchObject({ __typename: "DomainError", code: "INVARIANT", field: "committeeId" });
    expect(await snapshot()).toEqual(before);
  });

  it("does not let a unit liaison schedule a meeting of its committee", async () => {
    const before = await snapshot();
    const { data } = await schedule(
      { committeeId: jointId(), kind: "REGULAR", title: "联络人安排的会议", scheduledAt: future(3) },
      liaison,
    );
    expect(data.scheduleMeeting).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });
    expect(await snapshot()).toEqual(before);
  });

  it("answers another committee exactly like a missing one (NOT_FOUND) and writes nothing", async () => {
    const before = await snapshot();
    const foreign = await schedule(
      { committeeId: gid("Committee", community.id), kind: "REGULAR", title: "越权会议", scheduledAt: future(3) },
      staff,
    );
    const missing = await schedule(
      {
        committeeId: gid("Committee", "00000000-0000-4000-8000-000000000000"),
        kind: "REGULAR",
        title: "越权会议",
        scheduledAt: future(3),
      },
      staff,
    );
    expect(foreign.data.scheduleMeeting).toMatchObject({
      __typename: "DomainError",
      code: "NOT_FOUND",
      field: "committeeId",
    });
    expect(foreign).toEqual(missing);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a wrong kind of global ID with a typed VALIDATION error", async () => {
    const before = await snapshot();
    const { data } = await schedule(
      { committeeId: gid("Unit", scope.joint.id), kind: "REGULAR", title: "会议", scheduledAt: future(3) },
      staff,
    );
    expect(data.scheduleMeeting).toMatchObject({ __typename: "DomainError", code: "VALIDATION", field: "committeeId" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("changing a scheduled meeting", () => {
  it("updates title, time and location with the version; a stale version is CONFLICT", async () => {
    const meeting = await newMeeting("待修改的会议");
    const first = await updateMeeting(
      { id: meeting.id, version: meeting.version, title: "已修改的会议", location: "二楼会议室" },
      staff,
    );
    expect(first.data.updateMeeting).toMatchObject({
      __typename: "Meeting",
      title: "已修改的会议",
      location: "二楼会议室",
      version: meeting.version + 1,
    });
    const before = await snapshot();
    const stale = await updateMeeting({ id: meeting.id, version: meeting.version, title: "过期的修改" }, staff);
    expect(stale.data.updateMeeting).toMatchObject({ __typename: "DomainError", code: "CONFLICT", field: "version" });
    expect(await snapshot()).toEqual(before);
    const row = await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: fromGid(meeting.id) } });
    expect(row.title).toBe("已修改的会议");
  });

  it("adds agenda items at the end", async () => {
    const meeting = await newMeeting("增加议程的会议");
    const before = await snapshot();
    const { data } = await addAgenda(
      { meetingId: meeting.id, title: "临时增加的议题", description: "说明", subjectArea: "OTHER" },
      staff,
    );
    expect(data.addAgendaItem).toMatchObject({ __typename: "AgendaItem", position: 2, title: "临时增加的议题" });
    expect(data.addAgendaItem.meeting.id).toBe(meeting.id);
    const after = await snapshot();
    expect(after.agendaItems).toBe(before.agendaItems + 1);
    expect(after.audits).toBe(before.audits + 1);
  });

  it("gives concurrent agenda additions consecutive positions", async () => {
    const meeting = await newMeeting("并发增加议程");
    const results = await Promise.all(
      ["甲", "乙", "丙"].map((title) => addAgenda({ meetingId: meeting.id, title, subjectArea: "OTHER" }, staff)),
    );
    const positions = results.map((r) => r.data.addAgendaItem.position as number).sort();
    expect(positions).toEqual([2, 3, 4]);
  });

  it("refuses to edit or extend the agenda of a held meeting and writes nothing", async () => {
    const meeting = await heldMeeting("已开过的会议");
    const before = await snapshot();
    const edit = await updateMeeting({ id: meeting.id, version: meeting.version, title: "改名" }, staff);
    expect(edit.data.updateMeeting).toMatchObject({ __typename: "DomainError", code: "INVARIANT", field: "id" });
    const agenda = await addAgenda({ meetingId: meeting.id, title: "会后补充议题", subjectArea: "OTHER" }, staff);
    expect(agenda.data.addAgendaItem).toMatchObject({
      __typename: "DomainError",
      code: "INVARIANT",
      field: "meetingId",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("does not let the unit liaison add agenda items (FORBIDDEN), nor another committee's staff (NOT_FOUND)", async () => {
    const meeting = await newMeeting("议程权限");
    const before = await snapshot();
    const byLiaison = await addAgenda({ meetingId: meeting.id, title: "联络人的议题", subjectArea: "OTHER" }, liaison);
    expect(byLiaison.data.addAgendaItem).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });
    const byOther = await addAgenda(
      { meetingId: meeting.id, title: "别的大党委", subjectArea: "OTHER" },
      communityStaff,
    );
    expect(byOther.data.addAgendaItem).toMatchObject({
      __typename: "DomainError",
      code: "NOT_FOUND",
      field: "meetingId",
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("holding and cancelling meetings", () => {
  it("records a meeting as held with its minutes and the seat holders' attendance, audited", async () => {
    const meeting = await newMeeting("召开的党委会");
    const before = await snapshot();
    const heldAt = past(1);
    const { data, errors } = await recordHeld(
      {
        id: meeting.id,
        version: meeting.version,
        heldAt,
        minutes: "会议由书记主持。",
        attendance: [
          { personId: gid("Person", seatHolders[0] as string), status: "PRESENT" },
          { personId: gid("Person", seatHolders[1] as string), status: "EXCUSED", note: "公出" },
          { personId: gid("Person", seatHolders[2] as string), status: "ABSENT" },
        ],
      },
      staff,
    );
    expect(errors).toBeUndefined();
    expect(data.recordMeetingHeld).toMatchObject({
      __typename: "Meeting",
      status: "HELD",
      heldAt,
      minutes: "会议由书记主持。",
      version: meeting.version + 1,
    });
    expect(data.recordMeetingHeld.attendances).toHaveLength(3);
    const after = await snapshot();
    expect(after.attendances).toBe(before.attendances + 3);
    expect(after.audits).toBe(before.audits + 4);
    const rows = await t.db.prisma.attendance.findMany({ where: { meetingId: fromGid(meeting.id) } });
    expect(rows.every((r) => r.committeeId === scope.joint.id && r.streetId === scope.joint.streetId)).toBe(true);
    expect(rows.find((r) => r.personId === seatHolders[1])).toMatchObject({ status: "EXCUSED", note: "公出" });
  });

  it("refuses an attendee without a seat on the committee and writes nothing", async () => {
    const meeting = await newMeeting("有非委员出席的会议");
    const before = await snapshot();
    const { data } = await recordHeld(
      {
        id: meeting.id,
        version: meeting.version,
        heldAt: past(1),
        attendance: [
          { personId: gid("Person", seatHolders[0] as string), status: "PRESENT" },
          { personId: gid("Person", outsider), status: "PRESENT" },
        ],
      },
      staff,
    );
    expect(data.recordMeetingHeld).toMatchObject({
      __typename: "DomainError",
      code: "INVARIANT",
      field: "attendance.1.personId",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses the same attendee twice, a future time and a stale version, writing nothing", async () => {
    const meeting = await newMeeting("出席记录有误的会议");
    const before = await snapshot();
    const person = gid("Person", seatHolders[0] as string);
    const twice = await recordHeld(
      {
        id: meeting.id,
        version: meeting.version,
        heldAt: past(1),
        attendance: [
          { personId: person, status: "PRESENT" },
          { personId: person, status: "ABSENT" },
        ],
      },
      staff,
    );
    expect(twice.data.recordMeetingHeld).toMatchObject({ code: "VALIDATION", field: "attendance.1.personId" });
    const later = await recordHeld(
      {
        id: meeting.id,
        version: meeting.version,
        heldAt: future(2),
        attendance: [{ personId: person, status: "PRESENT" }],
      },
      staff,
    );
    expect(later.data.recordMeetingHeld).toMatchObject({ code: "VALIDATION", field: "heldAt" });
    const stale = await recordHeld(
      {
        id: meeting.id,
        version: meeting.version + 7,
        heldAt: past(1),
        attendance: [{ personId: person, status: "PRESENT" }],
      },
      staff,
    );
    expect(stale.data.recordMeetingHeld).toMatchObject({ code: "CONFLICT", field: "version" });
    expect(await snapshot()).toEqual(before);
  });

  it("cancels a scheduled meeting; a cancelled meeting cannot be held (allowed: none)", async () => {
    const meeting = await newMeeting("将取消的会议");
    const cancelled = await cancel({ id: meeting.id, version: meeting.version }, staff);
    expect(cancelled.data.cancelMeeting).toMatchObject({ __typename: "Meeting", status: "CANCELLED" });
    const version = cancelled.data.cancelMeeting.version;
    const before = await snapshot();
    const { data } = await recordHeld(
      {
        id: meeting.id,
        version,
        heldAt: past(1),
        attendance: [{ personId: gid("Person", seatHolders[0] as string), status: "PRESENT" }],
      },
      staff,
    );
    expect(data.recordMeetingHeld).toMatchObject({
      __typename: "DomainError",
      code: "INVALID_TRANSITION",
      field: "status",
      allowed: [],
    });
    expect(data.recordMeetingHeld.messageEn).toMatch(/CANCELLED/);
    const again = await cancel({ id: meeting.id, version }, staff);
    expect(again.data.cancelMeeting).toMatchObject({ code: "INVALID_TRANSITION", allowed: [] });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to cancel a held meeting (allowed: none) and writes nothing", async () => {
    const meeting = await heldMeeting("开过后取消");
    const before = await snapshot();
    const { data } = await cancel({ id: meeting.id, version: meeting.version }, staff);
    expect(data.cancelMeeting).toMatchObject({ __typename: "DomainError", code: "INVALID_TRANSITION", allowed: [] });
    expect(await snapshot()).toEqual(before);
  });

  it("answers another committee's meeting with NOT_FOUND and lets the liaison change nothing", async () => {
    const meeting = await newMeeting("本委会议");
    const before = await snapshot();
    const foreign = await cancel({ id: meeting.id, version: meeting.version }, communityStaff);
    expect(foreign.data.cancelMeeting).toMatchObject({ __typename: "DomainError", code: "NOT_FOUND" });
    const byLiaison = await cancel({ id: meeting.id, version: meeting.version }, liaison);
    expect(byLiaison.data.cancelMeeting).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("resolutions", () => {
  it("records a resolution of a held meeting with its principle, votes and agenda item", async () => {
    // 要事共决: every seat holder present votes (issue 15); here all are present, one abstains.
    const meeting = await heldMeeting("形成决议的会议", seatHolders.length);
    const before = await snapshot();
    const { data, errors } = await adopt(
      {
        meetingId: meeting.id,
        number: "〔2026〕测1号",
        title: "关于开展冬季送温暖活动的决议",
        text: "同意开展活动，由各成员单位分工落实。",
        principle: "IMPORTANT_MATTERS_DECIDED",
        agendaItemId: meeting.agendaItems[0]?.id,
        votes: seatHolders.map((p, i) => ({ personId: gid("Person", p), choice: i === 0 ? "ABSTAIN" : "FOR" })),
      },
      staff,
    );
    expect(errors).toBeUndefined();
    const held = await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: fromGid(meeting.id) } });
    expect(data.adoptResolution).toMatchObject({
      __typename: "Resolution",
      number: "〔2026〕测1号",
      principle: "IMPORTANT_MATTERS_DECIDED",
      votesFor: seatHolders.length - 1,
      votesAgainst: 0,
      votesAbstain: 1,
      adoptedAt: held.heldAt?.toISOString(),
      agendaItem: { id: meeting.agendaItems[0]?.id },
      meeting: { id: meeting.id },
    });
    const after = await snapshot();
    expect(after.resolutions).toBe(before.resolutions + 1);
    // The resolution and one vote per seat holder present, each audited.
    expect(after.audits).toBe(before.audits + 1 + seatHolders.length);
  });

  it("refuses a resolution on a SCHEDULED meeting and writes nothing", async () => {
    const meeting = await newMeeting("尚未召开的会议");
    const before = await snapshot();
    const { data } = await adopt(
      {
        meetingId: meeting.id,
        number: "1",
        title: "决议",
        text: "内容",
        principle: "PRACTICAL_MATTERS_DONE",
        subjectArea: "OTHER",
      },
      staff,
    );
    expect(data.adoptResolution).toMatchObject({ __typename: "DomainError", code: "INVARIANT", field: "meetingId" });
    expect(data.adoptResolution.messageEn).toMatch(/HELD/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a duplicate number, another meeting's agenda item and negative votes, writing nothing", async () => {
    const meeting = await heldMeeting("决议编号重复");
    const other = await newMeeting("另一次会议");
    const base = {
      meetingId: meeting.id,
      title: "决议",
      text: "内容",
      principle: "PRACTICAL_MATTERS_DONE",
      subjectArea: "OTHER",
      jointWork: jointWorkInput([scope.directOrg.id, scope.dualOrg.id]),
    };
    const first = await adopt({ ...base, number: "A-1" }, staff);
    expect(first.data.adoptResolution.__typename).toBe("Resolution");
    const before = await snapshot();
    const duplicate = await adopt({ ...base, number: "A-1" }, staff);
    expect(duplicate.data.adoptResolution).toMatchObject({ code: "INVARIANT", field: "number" });
    const wrongAgenda = await adopt({ ...base, number: "A-2", agendaItemId: other.agendaItems[0]?.id }, staff);
    expect(wrongAgenda.data.adoptResolution).toMatchObject({ code: "INVARIANT", field: "agendaItemId" });
    const badVoter = await adopt(
      { ...base, number: "A-3", votes: [{ personId: "not-a-global-id", choice: "FOR" }] },
      staff,
    );
    expect(badVoter.data.adoptResolution).toMatchObject({ __typename: "DomainError", code: "VALIDATION" });
    expect(badVoter.data.adoptResolution.field).toMatch(/votes/);
    expect(await snapshot()).toEqual(before);
  });

  it("answers another committee's meeting with NOT_FOUND and refuses the liaison", async () => {
    const meeting = await heldMeeting("他委不能决议");
    const before = await snapshot();
    const input = {
      meetingId: meeting.id,
      number: "X",
      title: "决议",
      text: "内容",
      principle: "PRACTICAL_MATTERS_DONE",
      subjectArea: "PUBLIC_SECURITY",
      jointWork: jointWorkInput([scope.directOrg.id, scope.dualOrg.id]),
    };
    expect((await adopt(input, communityStaff)).data.adoptResolution).toMatchObject({ code: "NOT_FOUND" });
    expect((await adopt(input, liaison)).data.adoptResolution).toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("meeting and resolution lists", () => {
  const meetingsQuery = `query($filter: MeetingFilter, $orderBy: [MeetingOrderBy!]) {
    meetings(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { id kind status scheduledAt } } } }`;

  it("filters meetings by committee, kind, status and scheduled time, within the caller's scope", async () => {
    const p = t.db.prisma;
    const from = new Date("2026-03-01T00:00:00Z");
    const until = new Date("2026-06-30T23:59:59Z");
    const { data, errors } = await t.gql(
      meetingsQuery,
      {
        filter: {
          committeeId: { equals: jointId() },
          kind: { equals: "REGULAR" },
          status: { in: ["HELD"] },
          scheduledAt: { gte: from.toISOString(), lte: until.toISOString() },
        },
        orderBy: [{ field: "SCHEDULED_AT", direction: "ASC" }],
      },
      staff,
    );
    expect(errors).toBeUndefined();
    const expected = await p.meeting.findMany({
      where: {
        committeeId: scope.joint.id,
        kind: "REGULAR",
        status: "HELD",
        scheduledAt: { gte: from, lte: until },
      },
      orderBy: { scheduledAt: "asc" },
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(data.meetings.totalCount).toBe(expected.length);
    expect(data.meetings.edges.map((e: { node: { scheduledAt: string } }) => e.node.scheduledAt)).toEqual(
      expected.map((m) => m.scheduledAt.toISOString()),
    );

    // Committee staff see only their committee's meetings, whatever the filter says.
    const all = await t.gql(
      meetingsQuery,
      { filter: { committeeId: { equals: gid("Committee", community.id) } } },
      staff,
    );
    expect(all.data.meetings.totalCount).toBe(0);
    const mine = await t.gql(meetingsQuery, {}, staff);
    expect(mine.data.meetings.totalCount).toBe(await p.meeting.count({ where: { committeeId: scope.joint.id } }));
  });

  it("shows the unit liaison its committees' meetings without location or minutes", async () => {
    const { data, errors } = await t.gql(
      `query { meetings(first: 5) { totalCount edges { node { id title location minutes } } } }`,
      {},
      liaison,
    );
    expect(errors).toBeUndefined();
    const committees = await t.db.prisma.membership.findMany({
      where: { organization: { unitId: String(scope.directOrg.unitId) } },
      select: { committeeId: true },
    });
    expect(data.meetings.totalCount).toBe(
      await t.db.prisma.meeting.count({ where: { committeeId: { in: committees.map((c) => c.committeeId) } } }),
    );
    for (const edge of data.meetings.edges) expect(edge.node).toMatchObject({ location: null, minutes: null });
  });

  it("filters resolutions by committee, meeting and principle", async () => {
    const p = t.db.prisma;
    const { data, errors } = await t.gql(
      `query($filter: ResolutionFilter) { resolutions(filter: $filter, first: 100) { totalCount edges { node { principle meeting { id } } } } }`,
      { filter: { committeeId: { equals: jointId() }, principle: { equals: "URGENT_MATTERS_CONSULTED" } } },
      staff,
    );
    expect(errors).toBeUndefined();
    const expected = await p.resolution.count({
      where: { committeeId: scope.joint.id, principle: "URGENT_MATTERS_CONSULTED" },
    });
    expect(expected).toBeGreaterThan(0);
    expect(data.resolutions.totalCount).toBe(expected);
    const someMeeting = data.resolutions.edges[0].node.meeting.id as string;
    const byMeeting = await t.gql(
      `query($filter: ResolutionFilter) { resolutions(filter: $filter) { totalCount } }`,
      { filter: { meetingId: { equals: someMeeting } } },
      staff,
    );
    expect(byMeeting.data.resolutions.totalCount).toBe(
      await p.resolution.count({ where: { meetingId: fromGid(someMeeting) } }),
    );
  });
});

describe("列席: organisations attending an extended meeting (issue 14, item 3)", () => {
  const attendeeFields = resultFields(
    "MeetingAttendee",
    "id version representativeName representativePost organization { id } person { id } meeting { id }",
  );
  const addAttendee = (input: Record<string, unknown>, token: string) =>
    t.gql(
      `mutation($input: AddMeetingAttendeeInput!) { addMeetingAttendee(input: $input) { ${attendeeFields} } }`,
      { input },
      token,
    );
  const removeAttendee = (input: Record<string, unknown>, token: string) =>
    t.gql(
      `mutation($input: RemoveMeetingAttendeeInput!) { removeMeetingAttendee(input: $input) { ${attendeeFields} } }`,
      { input },
      token,
    );
  let memberOrg: { id: string };
  let nonMemberOrg: { id: string };
  let outsideOrg: { id: string };
  let representative: string;

  beforeAll(async () => {
    const p = t.db.prisma;
    const covered = (
      await p.committeeCommunity.findMany({ where: { committeeId: scope.joint.id, endedAt: null } })
    ).map((c) => c.communityId);
    const located = { OR: [{ communityId: { in: covered } }, { unit: { communityId: { in: covered } } }] };
    const member = { memberships: { some: { committeeId: scope.joint.id, toDate: null } } };
    memberOrg = await p.partyOrganization.findFirstOrThrow({
      where: { endedAt: null, ...located, ...member },
      orderBy: { code: "asc" },
    });
    // Arrange: an organisation located in a covered community that is no longer a member (its membership ended).
    const former = await p.membership.findFirstOrThrow({
      where: {
        committeeId: scope.joint.id,
        toDate: null,
        organizationId: { notIn: [memberOrg.id, scope.directOrg.id, scope.dualOrg.id] },
        organization: { endedAt: null, ...located, seatsFrom: { none: {} } },
      },
      orderBy: { id: "desc" },
    });
    await p.membership.update({ where: { id: former.id }, data: { toDate: new Date() } });
    nonMemberOrg = { id: former.organizationId };
    expect(await p.membership.count({ where: { organizationId: former.organizationId, toDate: null } })).toBe(0);
    outsideOrg = await p.partyOrganization.findFirstOrThrow({
      where: {
        streetId: scope.street.id,
        endedAt: null,
        OR: [{ communityId: { notIn: covered } }, { unit: { communityId: { notIn: covered } } }],
      },
      orderBy: { code: "asc" },
    });
    representative = outsider;
  });

  it("records a member and a non-member organisation with a registered and an unregistered representative, audited, and removes one", async () => {
    const meeting = await newMeetingOfKind("2026年扩大会（列席）", "EXTENDED");
    const before = await snapshot();
    const registered = await addAttendee(
      {
        meetingId: meeting.id,
        organizationId: gid("PartyOrganization", memberOrg.id),
        personId: gid("Person", representative),
      },
      staff,
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data.addMeetingAttendee).toMatchObject({
      __typename: "MeetingAttendee",
      representativeName: null,
      person: { id: gid("Person", representative) },
      organization: { id: gid("PartyOrganization", memberOrg.id) },
      meeting: { id: meeting.id },
      version: 1,
    });
    const named = await addAttendee(
      {
        meetingId: meeting.id,
        organizationId: gid("PartyOrganization", nonMemberOrg.id),
        representativeName: " 赵志刚 ",
        representativePost: "党支部书记",
      },
      staff,
    );
    expect(named.data.addMeetingAttendee).toMatchObject({
      __typename: "MeetingAttendee",
      representativeName: "赵志刚",
      representativePost: "党支部书记",
      person: null,
    });
    const after = await snapshot();
    expect(after.attendees.length).toBe(before.attendees.length + 2);
    expect(after.audits).toBe(before.audits + 2);
    const rows = await t.db.prisma.meetingAttendee.findMany({ where: { meetingId: fromGid(meeting.id) } });
    expect(rows.every((r) => r.committeeId === scope.joint.id && r.streetId === scope.joint.streetId)).toBe(true);
    const events = await t.db.prisma.auditEvent.findMany({
      where: { action: "addMeetingAttendee", entityId: { in: rows.map((r) => r.id) } },
    });
    expect(events.map((e) => e.entityType)).toEqual(["MeetingAttendee", "MeetingAttendee"]);

    // The meeting shows its attendees, apart from the seat holders' attendance.
    const shown = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Meeting { attendees { representativeName organization { id } } attendances { id } } } }`,
      { id: meeting.id },
      staff,
    );
    expect(shown.data.node.attendees).toHaveLength(2);
    expect(shown.data.node.attendances).toEqual([]);

    const removed = await removeAttendee({ id: named.data.addMeetingAttendee.id, version: 1 }, staff);
    expect(removed.data.removeMeetingAttendee).toMatchObject({
      __typename: "MeetingAttendee",
      id: named.data.addMeetingAttendee.id,
      representativeName: "赵志刚",
      representativePost: "党支部书记",
    });
    const end = await snapshot();
    expect(end.attendees.length).toBe(after.attendees.length - 1);
    expect(end.audits).toBe(after.audits + 1);
    const removal = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { action: "removeMeetingAttendee" } });
    expect(removal).toMatchObject({ entityType: "MeetingAttendee", after: null });
  });

  it("refuses attendees of a regular or cancelled meeting, and an organisation outside the covered communities, writing nothing", async () => {
    const regular = await newMeeting("不能列席的党委会");
    const extended = await newMeetingOfKind("列席范围", "EXTENDED");
    const cancelled = await newMeetingOfKind("已取消的扩大会", "EXTENDED");
    await cancel({ id: cancelled.id, version: cancelled.version }, staff);
    const before = await snapshot();
    const input = { organizationId: gid("PartyOrganization", memberOrg.id), personId: gid("Person", representative) };
    const notExtended = await addAttendee({ ...input, meetingId: regular.id }, staff);
    expect(notExtended.data.addMeetingAttendee).toMatchObject({
      __typename: "DomainError",
      code: "INVARIANT",
      field: "meetingId",
    });
    expect(notExtended.data.addMeetingAttendee.messageZh).toMatch(/扩大会/);
    expect(notExtended.data.addMeetingAttendee.messageEn).toMatch(/extended and coordination meetings only/);
    const wasCancelled = await addAttendee({ ...input, meetingId: cancelled.id }, staff);
    expect(wasCancelled.data.addMeetingAttendee).toMatchObject({ code: "INVARIANT", field: "meetingId" });
    const outside = await addAttendee(
      { ...input, meetingId: extended.id, organizationId: gid("PartyOrganization", outsideOrg.id) },
      staff,
    );
    expect(outside.data.addMeetingAttendee).toMatchObject({ code: "INVARIANT", field: "organizationId" });
    expect(outside.data.addMeetingAttendee.messageEn).toMatch(/community the committee covers/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a representative given twice, both ways or half, and the same person twice, writing nothing", async () => {
    const meeting = await newMeetingOfKind("代表有误的扩大会", "EXTENDED");
    const org = gid("PartyOrganization", memberOrg.id);
    const first = await addAttendee(
      { meetingId: meeting.id, organizationId: org, personId: gid("Person", representative) },
      staff,
    );
    expect(first.data.addMeetingAttendee.__typename).toBe("MeetingAttendee");
    const before = await snapshot();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ personId: gid("Person", representative) }, "INVARIANT", "personId"],
      [
        { personId: gid("Person", seatHolders[0] as string), representativeName: "王五", representativePost: "主任" },
        "VALIDATION",
        "personId",
      ],
      [{}, "VALIDATION", "personId"],
      [{ representativeName: "王五" }, "VALIDATION", "representativePost"],
      [{ representativePost: "主任" }, "VALIDATION", "representativeName"],
    ];
    for (const [representativeInput, code, field] of cases) {
      const { data } = await addAttendee({ meetingId: meeting.id, organizationId: org, ...representativeInput }, staff);
      expect({ representativeInput, result: data.addMeetingAttendee }).toMatchObject({
        result: { __typename: "DomainError", code, field },
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets neither the unit liaison nor another committee's staff record or remove attendees, and refuses a stale removal", async () => {
    const meeting = await newMeetingOfKind("列席权限", "EXTENDED");
    const added = await addAttendee(
      {
        meetingId: meeting.id,
        organizationId: gid("PartyOrganization", nonMemberOrg.id),
        representativeName: "李四",
        representativePost: "办公室主任",
      },
      staff,
    );
    const attendee = added.data.addMeetingAttendee;
    const before = await snapshot();
    const input = {
      meetingId: meeting.id,
      organizationId: gid("PartyOrganization", String(scope.directOrg.id)),
      representativeName: "联络人",
      representativePost: "联络人",
    };
    expect((await addAttendee(input, liaison)).data.addMeetingAttendee).toMatchObject({ code: "FORBIDDEN" });
    expect((await addAttendee(input, communityStaff)).data.addMeetingAttendee).toMatchObject({
      code: "NOT_FOUND",
      field: "meetingId",
    });
    expect(
      (await removeAttendee({ id: attendee.id, version: 1 }, communityStaff)).data.removeMeetingAttendee,
    ).toMatchObject({
      code: "NOT_FOUND",
    });
    // The liaison does not read attendee records at all: exactly like a missing one.
    expect((await removeAttendee({ id: attendee.id, version: 1 }, liaison)).data.removeMeetingAttendee).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await removeAttendee({ id: attendee.id, version: 2 }, staff)).data.removeMeetingAttendee).toMatchObject({
      code: "CONFLICT",
      field: "version",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("counts seat holders only toward votes: attendees never vote", async () => {
    const meeting = await heldMeeting("有列席的扩大会表决", seatHolders.length - 1, "EXTENDED");
    for (const name of ["甲代表", "乙代表", "丙代表"]) {
      const { data } = await addAttendee(
        {
          meetingId: meeting.id,
          organizationId: gid("PartyOrganization", nonMemberOrg.id),
          representativeName: name,
          representativePost: "党员代表",
        },
        staff,
      );
      expect(data.addMeetingAttendee.__typename).toBe("MeetingAttendee");
    }
    const base = {
      meetingId: meeting.id,
      title: "决议",
      text: "内容",
      principle: "IMPORTANT_MATTERS_DECIDED",
      subjectArea: "OTHER",
    };
    const before = await snapshot();
    // Seat holders who were not present (and 列席 representatives) do not vote.
    const absentVoter = await adopt(
      {
        ...base,
        number: "V-1",
        votes: seatHolders.map((p) => ({ personId: gid("Person", p), choice: "FOR" })),
      },
      staff,
    );
    expect(absentVoter.data.adoptResolution).toMatchObject({
      __typename: "DomainError",
      code: "INVARIANT",
      field: `votes.${seatHolders.length - 1}.personId`,
    });
    expect(await snapshot()).toEqual(before);
  });
});

async function newMeetingOfKind(title: string, kind: string) {
  const { data } = await schedule({ committeeId: jointId(), kind, title, scheduledAt: past(2) }, staff);
  expect(data.scheduleMeeting.__typename).toBe("Meeting");
  return data.scheduleMeeting as { id: string; version: number };
}
