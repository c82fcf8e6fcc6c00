/**
 * Resolutions (issue 15): subject areas (议事范围) and the 议事原则 with teeth, through the API and the
 * database; each refusal checks that nothing was written.
 */
import { toGlobalId } from "@gongjian/api/data/ids";
import {
  assertConsulted,
  assertDecidedByVote,
  assertPrincipleInputs,
  assertUrgentMeeting,
  assertUrgentReport,
  hasMajority,
  hasQuorum,
  tally,
  urgentReportOverdue,
  type Vote,
} from "@gongjian/api/meetings/principles";
import { resolutionSubjectArea } from "@gongjian/api/meetings/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";
import { thrown } from "../support/errors.js";
import { jointWorkInput } from "../support/joint-work.js";

describe("subject area rules (no database)", () => {
  it("takes the area given, else the agenda item's, and refuses a resolution with neither", () => {
    expect(resolutionSubjectArea("COMMUNITY_CULTURE", "OTHER")).toBe("COMMUNITY_CULTURE");
    expect(resolutionSubjectArea(undefined, "PUBLIC_SECURITY")).toBe("PUBLIC_SECURITY");
    expect(resolutionSubjectArea(null, "PARTY_BUILDING")).toBe("PARTY_BUILDING");
    expect(thrown(() => resolutionSubjectArea(null, null))).toMatchObject({ code: "VALIDATION", field: "subjectArea" });
  });
});

describe("议事原则 rules (no database)", () => {
  const votes = (...choices: Vote["choice"][]): Vote[] => choices.map((choice, i) => ({ personId: `p${i}`, choice }));
  const present = (n: number) => new Set(Array.from({ length: n }, (_, i) => `p${i}`));

  it("has a quorum with more than half of the active seats present: exactly half is not enough", () => {
    expect(hasQuorum(3, 6)).toBe(false);
    expect(hasQuorum(4, 6)).toBe(true);
    expect(hasQuorum(3, 5)).toBe(true);
    expect(hasQuorum(2, 5)).toBe(false);
    expect(hasQuorum(0, 0)).toBe(false);
  });

  it("is carried by more than half of the votes cast: a tie is not", () => {
    expect(hasMajority(tally(votes("FOR", "FOR", "AGAINST")))).toBe(true);
    expect(hasMajority(tally(votes("FOR", "AGAINST")))).toBe(false);
    expect(hasMajority(tally(votes("FOR", "FOR", "ABSTAIN", "ABSTAIN")))).toBe(false);
    expect(tally(votes("FOR", "AGAINST", "ABSTAIN", "FOR"))).toEqual({ votesFor: 2, votesAgainst: 1, votesAbstain: 1 });
  });

  it("要事共决: quorum, every present seat holder voting once, majority", () => {
    expect(assertDecidedByVote(votes("FOR", "FOR", "FOR", "ABSTAIN"), present(4), 6)).toEqual({
      votesFor: 3,
      votesAgainst: 0,
      votesAbstain: 1,
    });
    const noQuorum = thrown(() => assertDecidedByVote(votes("FOR", "FOR", "FOR"), present(3), 6));
    expect(noQuorum).toMatchObject({ code: "INVARIANT", field: "votes" });
    expect(noQuorum.messageZh).toMatch(/法定人数/);
    expect(thrown(() => assertDecidedByVote([], present(4), 6))).toMatchObject({ code: "VALIDATION", field: "votes" });
    expect(thrown(() => assertDecidedByVote(votes("FOR", "FOR", "FOR"), present(4), 6))).toMatchObject({
      code: "INVARIANT",
      field: "votes",
    });
    const outsider = [...votes("FOR", "FOR", "FOR"), { personId: "x", choice: "FOR" as const }];
    expect(thrown(() => assertDecidedByVote(outsider, present(4), 6))).toMatchObject({
      code: "INVARIANT",
      field: "votes.3.personId",
    });
    const twice = [...votes("FOR", "FOR", "FOR"), { personId: "p0", choice: "FOR" as const }];
    expect(thrown(() => assertDecidedByVote(twice, present(4), 6)).field).toBe("votes.3.personId");
    const tie = thrown(() => assertDecidedByVote(votes("FOR", "FOR", "AGAINST", "AGAINST"), present(4), 6));
    expect(tie).toMatchObject({ code: "INVARIANT", field: "votes" });
    expect(tie.messageEn).toMatch(/not more than half/);
  });

  it("急事共商 at an emergency or extended meeting only", () => {
    expect(() => assertUrgentMeeting("EMERGENCY")).not.toThrow();
    expect(() => assertUrgentMeeting("EXTENDED")).not.toThrow();
    expect(thrown(() => assertUrgentMeeting("REGULAR"))).toMatchObject({ code: "INVARIANT", field: "principle" });
  });

  it("大事共议: at least one member organisation consulted, each once", () => {
    const members = new Set(["o1", "o2"]);
    expect(() => assertConsulted([{ organizationId: "o1", position: "同意" }], members)).not.toThrow();
    expect(thrown(() => assertConsulted([], members))).toMatchObject({ code: "VALIDATION", field: "consultations" });
    expect(thrown(() => assertConsulted([{ organizationId: "o3", position: "同意" }], members))).toMatchObject({
      code: "INVARIANT",
      field: "consultations.0.organizationId",
    });
    const twice = [
      { organizationId: "o1", position: "同意" },
      { organizationId: "o1", position: "反对" },
    ];
    expect(thrown(() => assertConsulted(twice, members)).field).toBe("consultations.1.organizationId");
  });

  it("keeps votes to 要事共决 and consultations to 大事共议", () => {
    expect(() => assertPrincipleInputs("IMPORTANT_MATTERS_DECIDED", 3, 0)).not.toThrow();
    expect(() => assertPrincipleInputs("MAJOR_MATTERS_DISCUSSED", 0, 2)).not.toThrow();
    expect(thrown(() => assertPrincipleInputs("PRACTICAL_MATTERS_DONE", 1, 0)).field).toBe("votes");
    expect(thrown(() => assertPrincipleInputs("URGENT_MATTERS_CONSULTED", 0, 1)).field).toBe("consultations");
  });

  it("reports an urgent decision once, to a later held regular meeting of its committee; overdue once one was held", () => {
    const urgent = {
      principle: "URGENT_MATTERS_CONSULTED" as const,
      adoptedAt: new Date("2026-03-01T02:00:00Z"),
      reportedAtMeetingId: null,
    };
    const regular = {
      kind: "REGULAR" as const,
      status: "HELD" as const,
      heldAt: new Date("2026-03-10T06:00:00Z"),
      committeeId: "c1",
    };
    expect(() => assertUrgentReport(urgent, regular, "c1")).not.toThrow();
    expect(thrown(() => assertUrgentReport(urgent, regular, "c2")).field).toBe("meetingId");
    expect(thrown(() => assertUrgentReport(urgent, { ...regular, kind: "EXTENDED" }, "c1")).field).toBe("meetingId");
    expect(thrown(() => assertUrgentReport(urgent, { ...regular, status: "SCHEDULED" }, "c1")).field).toBe("meetingId");
    const earlier = { ...regular, heldAt: new Date("2026-02-20T06:00:00Z") };
    expect(thrown(() => assertUrgentReport(urgent, earlier, "c1")).field).toBe("meetingId");
    expect(thrown(() => assertUrgentReport({ ...urgent, reportedAtMeetingId: "m" }, regular, "c1")).field).toBe("id");
    const other = { ...urgent, principle: "MAJOR_MATTERS_DISCUSSED" as const };
    expect(thrown(() => assertUrgentReport(other, regular, "c1"))).toMatchObject({ code: "INVARIANT", field: "id" });
    expect(urgentReportOverdue(urgent, null)).toBe(false);
    expect(urgentReportOverdue(urgent, regular.heldAt)).toBe(true);
    expect(urgentReportOverdue({ ...urgent, reportedAtMeetingId: "m" }, regular.heldAt)).toBe(false);
    expect(urgentReportOverdue(other, regular.heldAt)).toBeNull();
  });
});

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let staff: string;
let seatHolders: string[];
let memberOrgs: string[];
let nonMember: { id: string };
let nonMemberPerson: string;

const gid = (type: string, id: string) => toGlobalId(type, id);
const fromGid = (id: string) => Buffer.from(id, "base64").toString("utf8").split(":").slice(1).join(":");
const past = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const resultFields = (type: string, fields: string) =>
  `__typename ... on ${type} { ${fields} } ... on Error { code messageZh messageEn field } ... on DomainError { allowed }`;

async function mutate(name: string, inputType: string, fields: string, input: Record<string, unknown>, token = staff) {
  const { data, errors } = await t.gql(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`,
    { input },
    token,
  );
  expect(errors).toBeUndefined();
  return data[name];
}
const meetingFields = resultFields("Meeting", "id version status agendaItems { id subjectArea }");
const resolutionFields = resultFields(
  "Resolution",
  `id version number principle subjectArea votesFor votesAgainst votesAbstain agendaItem { id }
   votes { choice person { id } } consultations { position organization { id } }
   reportedAtMeeting { id } reportedAt reportOverdue`,
);
const adopt = (input: Record<string, unknown>, token = staff) =>
  mutate("adoptResolution", "AdoptResolutionInput", resolutionFields, input, token);

/** A meeting of the joint committee held `daysAgo` days ago with the first `present` seat holders present. */
async function heldMeeting(title: string, present: number, kind = "REGULAR", daysAgo = 1) {
  const scheduled = await mutate("scheduleMeeting", "ScheduleMeetingInput", meetingFields, {
    committeeId: gid("Committee", scope.joint.id),
    kind,
    title,
    scheduledAt: past(daysAgo + 1),
    agenda: [{ title: "议题一", subjectArea: "COMMUNITY_CULTURE" }],
  });
  const attendance = seatHolders.map((p, i) => ({
    personId: gid("Person", p),
    status: i < present ? "PRESENT" : "ABSENT",
  }));
  const held = await mutate("recordMeetingHeld", "RecordMeetingHeldInput", meetingFields, {
    id: scheduled.id,
    version: scheduled.version,
    heldAt: past(daysAgo),
    attendance,
  });
  expect(held.status).toBe("HELD");
  return held as { id: string; version: number; agendaItems: { id: string; subjectArea: string }[] };
}

/** Everything adopting or reporting a resolution can write, to show a refused one wrote nothing. */
async function snapshot() {
  const p = t.db.prisma;
  return {
    resolutions: await p.resolution.findMany({
      orderBy: { id: "asc" },
      select: { id: true, version: true, reportedAtMeetingId: true },
    }),
    votes: await p.resolutionVote.count(),
    consultations: await p.resolutionConsultation.count(),
    audits: await p.auditEvent.count(),
  };
}

const voteOf = (personId: string, choice: string) => ({ personId: gid("Person", personId), choice });

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  staff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }], "staff-joint");
  const seats = await t.db.prisma.seat.findMany({
    where: { committeeId: scope.joint.id, status: { in: ["NOMINATED", "APPROVED", "FILED"] } },
    orderBy: { id: "asc" },
  });
  // An even number of active seats, so that exactly half can be present: one seat ends when odd.
  if (seats.length % 2 === 1) {
    const last = seats.pop();
    await t.db.prisma.seat.update({
      where: { id: String(last?.id) },
      data: { status: "ENDED", endedAt: new Date(Date.now() - 30 * 86_400_000) },
    });
  }
  seatHolders = seats.map((s) => s.personId);
  expect(new Set(seatHolders).size).toBe(seatHolders.length);
  expect(seatHolders.length).toBeGreaterThanOrEqual(4);
  memberOrgs = (
    await t.db.prisma.membership.findMany({
      where: { committeeId: scope.joint.id, toDate: null },
      orderBy: { id: "asc" },
      take: 2,
    })
  ).map((m) => m.organizationId);
  nonMember = await t.db.prisma.partyOrganization.findFirstOrThrow({
    where: { streetId: scope.street.id, memberships: { none: { committeeId: scope.joint.id } } },
  });
  nonMemberPerson = (
    await t.db.prisma.person.findFirstOrThrow({
      where: { streetId: scope.street.id, id: { notIn: seatHolders } },
      orderBy: { id: "asc" },
    })
  ).id;
});
afterAll(async () => {
  await t?.close();
});

describe("subject areas (议事范围)", () => {
  it("records the agenda item's area, and a resolution takes it unless one is given", async () => {
    const meeting = await heldMeeting("议事范围", seatHolders.length);
    expect(meeting.agendaItems[0]?.subjectArea).toBe("COMMUNITY_CULTURE");
    const consultations = [{ organizationId: gid("PartyOrganization", scope.directOrg.id), position: "同意" }];
    const base = {
      meetingId: meeting.id,
      title: "决议",
      text: "内容",
      principle: "MAJOR_MATTERS_DISCUSSED",
      consultations,
    };
    const inherited = await adopt({ ...base, number: "S-1", agendaItemId: meeting.agendaItems[0]?.id });
    expect(inherited).toMatchObject({ __typename: "Resolution", subjectArea: "COMMUNITY_CULTURE" });
    const given = await adopt({ ...base, number: "S-2", subjectArea: "PARTY_BUILDING" });
    expect(given).toMatchObject({ __typename: "Resolution", subjectArea: "PARTY_BUILDING" });
    const row = await t.db.prisma.resolution.findUniqueOrThrow({ where: { id: fromGid(given.id) } });
    expect(row.subjectArea).toBe("PARTY_BUILDING");
  });

  it("refuses a resolution with neither an area nor an agenda item, writing nothing", async () => {
    const meeting = await heldMeeting("无议事范围", seatHolders.length);
    const before = await snapshot();
    const refused = await adopt({
      meetingId: meeting.id,
      number: "S-3",
      title: "决议",
      text: "内容",
      principle: "MAJOR_MATTERS_DISCUSSED",
      consultations: [{ organizationId: gid("PartyOrganization", scope.directOrg.id), position: "同意" }],
    });
    expect(refused).toMatchObject({ __typename: "DomainError", code: "VALIDATION", field: "subjectArea" });
    expect(refused.messageZh).toMatch(/议事范围/);
    expect(await snapshot()).toEqual(before);
  });

  it("filters resolutions by subject area like plain SQL", async () => {
    const district = await t.token([{ role: "DISTRICT_ADMIN", districtId: scope.district.id }], "district");
    for (const area of ["PUBLIC_SECURITY", "PARTY_BUILDING", "OTHER"]) {
      const { data, errors } = await t.gql(
        `query($filter: ResolutionFilter) { resolutions(filter: $filter, first: 1) { totalCount } }`,
        { filter: { subjectArea: { equals: area } } },
        district,
      );
      expect(errors).toBeUndefined();
      const [row] = await t.db.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Resolution" WHERE "subjectArea" = $1::"SubjectArea"`,
        [area],
      );
      expect(data.resolutions.totalCount).toBe(row?.n);
    }
  });
});

describe("要事共决: the vote of the seat holders present", () => {
  const base = (meetingId: string, number: string) => ({
    meetingId,
    number,
    title: "关于增补委员的决议",
    text: "经表决通过。",
    principle: "IMPORTANT_MATTERS_DECIDED",
    subjectArea: "PARTY_BUILDING",
  });

  it("records each present seat holder's vote and derives the counts", async () => {
    const half = seatHolders.length / 2;
    const meeting = await heldMeeting("要事共决：过半数出席", half + 1);
    const voters = seatHolders.slice(0, half + 1);
    const before = await snapshot();
    const adopted = await adopt({
      ...base(meeting.id, "I-1"),
      votes: voters.map((p, i) => voteOf(p, i === 0 ? "AGAINST" : "FOR")),
    });
    expect(adopted).toMatchObject({
      __typename: "Resolution",
      votesFor: half,
      votesAgainst: 1,
      votesAbstain: 0,
      reportOverdue: null,
    });
    expect(adopted.votes).toHaveLength(half + 1);
    const rows = await t.db.prisma.resolutionVote.findMany({ where: { resolutionId: fromGid(adopted.id) } });
    expect(rows.map((r) => r.personId).sort()).toEqual([...voters].sort());
    expect(rows.filter((r) => r.choice === "AGAINST").map((r) => r.personId)).toEqual([voters[0]]);
    const after = await snapshot();
    expect(after.votes).toBe(before.votes + half + 1);
    expect(after.audits).toBe(before.audits + 1 + half + 1);
  });

  it("refuses exactly half of the seats present (no quorum), writing nothing", async () => {
    const half = seatHolders.length / 2;
    const meeting = await heldMeeting("要事共决：恰好半数出席", half);
    const before = await snapshot();
    const refused = await adopt({
      ...base(meeting.id, "I-2"),
      votes: seatHolders.slice(0, half).map((p) => voteOf(p, "FOR")),
    });
    expect(refused).toMatchObject({ __typename: "DomainError", code: "INVARIANT", field: "votes" });
    expect(refused.messageZh).toMatch(/未达到法定人数/);
    expect(refused.messageEn).toMatch(/no quorum/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses no vote, a missing voter, an absent voter and a tie, writing nothing", async () => {
    const meeting = await heldMeeting("要事共决：表决不合规", seatHolders.length);
    const before = await snapshot();
    const none = await adopt(base(meeting.id, "I-3"));
    expect(none).toMatchObject({ __typename: "DomainError", code: "VALIDATION", field: "votes" });
    const missing = await adopt({
      ...base(meeting.id, "I-3"),
      votes: seatHolders.slice(1).map((p) => voteOf(p, "FOR")),
    });
    expect(missing).toMatchObject({ code: "INVARIANT", field: "votes" });
    const tie = await adopt({
      ...base(meeting.id, "I-3"),
      votes: seatHolders.map((p, i) => voteOf(p, i % 2 === 0 ? "FOR" : "AGAINST")),
    });
    expect(tie).toMatchObject({ code: "INVARIANT", field: "votes" });
    expect(tie.messageZh).toMatch(/未获通过/);
    const stranger = await adopt({
      ...base(meeting.id, "I-3"),
      votes: [...seatHolders.slice(1), nonMemberPerson].map((p) => voteOf(p, "FOR")),
    });
    expect(stranger).toMatchObject({ code: "INVARIANT", field: `votes.${seatHolders.length - 1}.personId` });
    expect(await snapshot()).toEqual(before);
  });
});

describe("急事共商: emergency or extended meetings, reported to the next regular meeting", () => {
  const base = (meetingId: string, number: string) => ({
    meetingId,
    number,
    title: "关于应急处置工作分工的决议",
    text: "各成员单位按分工出人出车。",
    principle: "URGENT_MATTERS_CONSULTED",
    subjectArea: "PUBLIC_SECURITY",
  });
  const report = (input: Record<string, unknown>, token = staff) =>
    mutate("reportUrgentResolution", "ReportUrgentResolutionInput", resolutionFields, input, token);

  it("refuses 急事共商 at a regular meeting, writing nothing", async () => {
    const meeting = await heldMeeting("党委会不作急事共商", 2);
    const before = await snapshot();
    const refused = await adopt(base(meeting.id, "U-1"));
    expect(refused).toMatchObject({ __typename: "DomainError", code: "INVARIANT", field: "principle" });
    expect(await snapshot()).toEqual(before);
  });

  it("takes it at an emergency meeting, pending until a regular meeting is held, then overdue until reported", async () => {
    const emergency = await heldMeeting("紧急会议", 2, "EMERGENCY", 0.6);
    const extended = await heldMeeting("扩大会", 2, "EXTENDED", 0.6);
    const atExtended = await adopt(base(extended.id, "U-2"));
    expect(atExtended).toMatchObject({ __typename: "Resolution", reportOverdue: false });
    const urgent = await adopt(base(emergency.id, "U-3"));
    expect(urgent).toMatchObject({ __typename: "Resolution", reportOverdue: false, reportedAtMeeting: null });

    const earlier = await heldMeeting("更早的党委会", 2, "REGULAR", 0.8);
    const extendedLater = await heldMeeting("其后的扩大会", 2, "EXTENDED", 0.4);
    const regular = await heldMeeting("其后的党委会", 2, "REGULAR", 0.3);
    const overdue = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Resolution { reportOverdue } } }`,
      { id: urgent.id },
      staff,
    );
    expect(overdue.data.node.reportOverdue).toBe(true);

    const before = await snapshot();
    const stale = await report({ id: urgent.id, version: urgent.version + 1, meetingId: regular.id });
    expect(stale).toMatchObject({ __typename: "DomainError", code: "CONFLICT", field: "version" });
    const toEarlier = await report({ id: urgent.id, version: urgent.version, meetingId: earlier.id });
    expect(toEarlier).toMatchObject({ code: "INVARIANT", field: "meetingId" });
    const toExtended = await report({ id: urgent.id, version: urgent.version, meetingId: extendedLater.id });
    expect(toExtended).toMatchObject({ code: "INVARIANT", field: "meetingId" });
    const liaison = await t.token([{ role: "UNIT_LIAISON", unitId: String(scope.directOrg.unitId) }], "liaison");
    const byLiaison = await report({ id: urgent.id, version: urgent.version, meetingId: regular.id }, liaison);
    expect(byLiaison).toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot()).toEqual(before);

    const reported = await report({ id: urgent.id, version: urgent.version, meetingId: regular.id });
    expect(reported).toMatchObject({
      __typename: "Resolution",
      reportedAtMeeting: { id: regular.id },
      reportOverdue: false,
      version: urgent.version + 1,
    });
    const row = await t.db.prisma.resolution.findUniqueOrThrow({ where: { id: fromGid(urgent.id) } });
    expect(row.reportedAtMeetingId).toBe(fromGid(regular.id));
    const again = await report({ id: urgent.id, version: reported.version, meetingId: regular.id });
    expect(again).toMatchObject({ code: "INVARIANT", field: "id" });
    const notUrgent = await adopt({
      meetingId: regular.id,
      number: "U-4",
      title: "实事",
      text: "内容",
      principle: "PRACTICAL_MATTERS_DONE",
      subjectArea: "OTHER",
      jointWork: jointWorkInput(memberOrgs),
    });
    const refused = await report({ id: notUrgent.id, version: notUrgent.version, meetingId: regular.id });
    expect(refused).toMatchObject({ code: "INVARIANT", field: "id" });
  });
});

describe("大事共议: the member organisations consulted", () => {
  const base = (meetingId: string, number: string) => ({
    meetingId,
    number,
    title: "关于年度共建工作计划的决议",
    text: "征求成员单位意见后通过。",
    principle: "MAJOR_MATTERS_DISCUSSED",
    subjectArea: "COMMUNITY_BUILDING",
  });

  it("records each organisation's position", async () => {
    const meeting = await heldMeeting("大事共议", 2, "EXTENDED");
    const adopted = await adopt({
      ...base(meeting.id, "M-1"),
      consultations: memberOrgs.map((o, i) => ({
        organizationId: gid("PartyOrganization", o),
        position: i === 0 ? "同意，可提供场地。" : "原则同意，建议分阶段实施。",
      })),
    });
    expect(adopted).toMatchObject({ __typename: "Resolution", principle: "MAJOR_MATTERS_DISCUSSED" });
    const rows = await t.db.prisma.resolutionConsultation.findMany({
      where: { resolutionId: fromGid(adopted.id) },
      orderBy: { organizationId: "asc" },
    });
    expect(rows.map((r) => r.organizationId)).toEqual([...memberOrgs].sort());
    expect(rows.map((r) => r.position)).toContain("同意，可提供场地。");
  });

  it("refuses no consultation and a non-member organisation, writing nothing", async () => {
    const meeting = await heldMeeting("大事共议：不合规", 2, "EXTENDED");
    const before = await snapshot();
    const none = await adopt(base(meeting.id, "M-2"));
    expect(none).toMatchObject({ __typename: "DomainError", code: "VALIDATION", field: "consultations" });
    const outsider = await adopt({
      ...base(meeting.id, "M-2"),
      consultations: [
        { organizationId: gid("PartyOrganization", memberOrgs[0] as string), position: "同意" },
        { organizationId: gid("PartyOrganization", nonMember.id), position: "同意" },
      ],
    });
    expect(outsider).toMatchObject({ code: "INVARIANT", field: "consultations.1.organizationId" });
    const blank = await adopt({
      ...base(meeting.id, "M-2"),
      consultations: [{ organizationId: gid("PartyOrganization", memberOrgs[0] as string), position: "  " }],
    });
    expect(blank).toMatchObject({ code: "VALIDATION" });
    const withVotes = await adopt({
      ...base(meeting.id, "M-2"),
      principle: "PRACTICAL_MATTERS_DONE",
      consultations: [{ organizationId: gid("PartyOrganization", memberOrgs[0] as string), position: "同意" }],
    });
    expect(withVotes).toMatchObject({ code: "VALIDATION", field: "consultations" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("street coordination meetings (街道工作协调会议)", () => {
  let streetAdmin: string;
  const coordination = (input: Record<string, unknown>, token: string) =>
    mutate(
      "scheduleCoordinationMeeting",
      "ScheduleCoordinationMeetingInput",
      resultFields("Meeting", "id version kind status committee { id } street { id } agendaItems { id }"),
      input,
      token,
    );
  const held = (year?: number) =>
    t.gql(
      `query($id: ID!, $year: Int) { node(id: $id) { ... on Street { coordinationMeetingHeld(year: $year) coordinationMeetings { id kind } } } }`,
      { id: gid("Street", scope.street.id), year },
      streetAdmin,
    );

  beforeAll(async () => {
    streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }], "street-admin");
  });

  it("is the street's: convened by its street admin, no committee, the street's organisations attending", async () => {
    const thisYear = Number(
      new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()),
    );
    const scheduled = await coordination(
      {
        streetId: gid("Street", scope.street.id),
        title: "街道工作协调会议",
        scheduledAt: past(0.2),
        agenda: [{ title: "研究街道共建事项", subjectArea: "COMMUNITY_BUILDING" }],
      },
      streetAdmin,
    );
    expect(scheduled).toMatchObject({
      __typename: "Meeting",
      kind: "COORDINATION",
      committee: null,
      street: { id: gid("Street", scope.street.id) },
    });
    const row = await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: fromGid(scheduled.id) } });
    expect(row.committeeId).toBeNull();
    const agenda = await t.db.prisma.agendaItem.findFirstOrThrow({ where: { meetingId: row.id } });
    expect(agenda.committeeId).toBeNull();

    // Seat holders' attendance is a committee's: refused, nothing written.
    const before = await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: row.id } });
    const withSeats = await mutate(
      "recordMeetingHeld",
      "RecordMeetingHeldInput",
      meetingFields,
      {
        id: scheduled.id,
        version: scheduled.version,
        heldAt: past(0.1),
        attendance: [{ personId: gid("Person", seatHolders[0] as string), status: "PRESENT" }],
      },
      streetAdmin,
    );
    expect(withSeats).toMatchObject({ __typename: "DomainError", code: "INVARIANT", field: "attendance" });
    expect(await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: row.id } })).toEqual(before);
    const recorded = await mutate(
      "recordMeetingHeld",
      "RecordMeetingHeldInput",
      meetingFields,
      { id: scheduled.id, version: scheduled.version, heldAt: past(0.1), attendance: [] },
      streetAdmin,
    );
    expect(recorded).toMatchObject({ __typename: "Meeting", status: "HELD" });

    const attendee = await mutate(
      "addMeetingAttendee",
      "AddMeetingAttendeeInput",
      resultFields("MeetingAttendee", "id organization { id }"),
      {
        meetingId: scheduled.id,
        organizationId: gid("PartyOrganization", nonMember.id),
        representativeName: "王志强",
        representativePost: "党支部书记",
      },
      streetAdmin,
    );
    expect(attendee).toMatchObject({ __typename: "MeetingAttendee" });

    // 大事共议 consults organisations of the street (members of no committee included).
    const consulted = await adopt(
      {
        meetingId: scheduled.id,
        number: "C-1",
        title: "关于街道共建项目清单的决议",
        text: "内容",
        principle: "MAJOR_MATTERS_DISCUSSED",
        subjectArea: "COMMUNITY_BUILDING",
        consultations: [{ organizationId: gid("PartyOrganization", nonMember.id), position: "同意，提供场地。" }],
      },
      streetAdmin,
    );
    expect(consulted).toMatchObject({ __typename: "Resolution", principle: "MAJOR_MATTERS_DISCUSSED" });
    const resolution = await t.db.prisma.resolution.findUniqueOrThrow({ where: { id: fromGid(consulted.id) } });
    expect(resolution.committeeId).toBeNull();

    const snap = await snapshot();
    for (const principle of ["IMPORTANT_MATTERS_DECIDED", "URGENT_MATTERS_CONSULTED"]) {
      const refused = await adopt(
        { meetingId: scheduled.id, number: "C-2", title: "决议", text: "内容", principle, subjectArea: "OTHER" },
        streetAdmin,
      );
      expect(refused).toMatchObject({ __typename: "DomainError", code: "INVARIANT", field: "principle" });
    }
    expect(await snapshot()).toEqual(snap);

    const { data } = await held(thisYear);
    expect(data.node.coordinationMeetingHeld).toBe(true);
    expect(data.node.coordinationMeetings.map((m: { id: string }) => m.id)).toContain(scheduled.id);
    expect((await held()).data.node.coordinationMeetingHeld).toBe(true);
    const [sql] = await t.db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Meeting" WHERE "streetId" = $1 AND kind = 'COORDINATION' AND status = 'HELD'
         AND extract(year FROM "heldAt" AT TIME ZONE 'Asia/Shanghai') = 2000`,
      [scope.street.id],
    );
    expect(sql?.n).toBe(0);
    expect((await held(2000)).data.node.coordinationMeetingHeld).toBe(false);
  });

  it("is refused to committee staff, other streets and through scheduleMeeting; read by the district, not by committees", async () => {
    const before = await t.db.prisma.meeting.count();
    const input = { streetId: gid("Street", scope.street.id), title: "协调会", scheduledAt: past(0.5) };
    expect(await coordination(input, staff)).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });
    const district = await t.token([{ role: "DISTRICT_ADMIN", districtId: scope.district.id }], "district");
    expect(await coordination(input, district)).toMatchObject({ code: "FORBIDDEN" });
    const other = await t.db.prisma.street.findFirst({ where: { id: { not: scope.street.id } } });
    if (other) {
      const otherAdmin = await t.token([{ role: "STREET_ADMIN", streetId: other.id }], "other-street");
      expect(await coordination(input, otherAdmin)).toMatchObject({ code: "NOT_FOUND", field: "streetId" });
    }
    const viaCommittee = await mutate("scheduleMeeting", "ScheduleMeetingInput", meetingFields, {
      committeeId: gid("Committee", scope.joint.id),
      kind: "COORDINATION",
      title: "协调会",
      scheduledAt: past(0.5),
    });
    expect(viaCommittee).toMatchObject({ code: "INVARIANT", field: "kind" });
    expect(await t.db.prisma.meeting.count()).toBe(before);

    const meeting = await t.db.prisma.meeting.findFirstOrThrow({ where: { kind: "COORDINATION" } });
    const read = (token: string) =>
      t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: gid("Meeting", meeting.id) }, token);
    expect((await read(district)).data.node).toEqual({ id: gid("Meeting", meeting.id) });
    expect((await read(staff)).data.node).toBeNull();
  });
});
