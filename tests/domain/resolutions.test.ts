/**
 * Resolutions (issue 15): subject areas (议事范围) and the 议事原则 with teeth, through the API and the
 * database; each refusal checks that nothing was written.
 */
import { toGlobalId } from "@gongjian/api/data/ids";
import { resolutionSubjectArea } from "@gongjian/api/meetings/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";
import { thrown } from "../support/errors.js";

describe("subject area rules (no database)", () => {
  it("takes the area given, else the agenda item's, and refuses a resolution with neither", () => {
    expect(resolutionSubjectArea("COMMUNITY_CULTURE", "OTHER")).toBe("COMMUNITY_CULTURE");
    expect(resolutionSubjectArea(undefined, "PUBLIC_SECURITY")).toBe("PUBLIC_SECURITY");
    expect(resolutionSubjectArea(null, "PARTY_BUILDING")).toBe("PARTY_BUILDING");
    expect(thrown(() => resolutionSubjectArea(null, null))).toMatchObject({ code: "VALIDATION", field: "subjectArea" });
  });
});

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let staff: string;
let seatHolders: string[];

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
  "id number principle subjectArea votesFor votesAgainst votesAbstain agendaItem { id }",
);
const adopt = (input: Record<string, unknown>, token = staff) =>
  mutate("adoptResolution", "AdoptResolutionInput", resolutionFields, input, token);

/** A meeting of the joint committee held yesterday with the first `present` seat holders present. */
async function heldMeeting(title: string, present: number, kind = "REGULAR", absent = 0) {
  const scheduled = await mutate("scheduleMeeting", "ScheduleMeetingInput", meetingFields, {
    committeeId: gid("Committee", scope.joint.id),
    kind,
    title,
    scheduledAt: past(2),
    agenda: [{ title: "议题一", subjectArea: "COMMUNITY_CULTURE" }],
  });
  const attendance = [
    ...seatHolders.slice(0, present).map((p) => ({ personId: gid("Person", p), status: "PRESENT" })),
    ...seatHolders.slice(present, present + absent).map((p) => ({ personId: gid("Person", p), status: "ABSENT" })),
  ];
  const held = await mutate("recordMeetingHeld", "RecordMeetingHeldInput", meetingFields, {
    id: scheduled.id,
    version: scheduled.version,
    heldAt: past(1),
    attendance,
  });
  expect(held.status).toBe("HELD");
  return held as { id: string; version: number; agendaItems: { id: string; subjectArea: string }[] };
}

/** Everything adopting a resolution can write, to show a refused one wrote nothing. */
async function snapshot() {
  const p = t.db.prisma;
  return {
    resolutions: await p.resolution.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true } }),
    audits: await p.auditEvent.count(),
  };
}

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  staff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }], "staff-joint");
  const seats = await t.db.prisma.seat.findMany({
    where: { committeeId: scope.joint.id, status: { in: ["NOMINATED", "APPROVED", "FILED"] } },
    orderBy: { id: "asc" },
  });
  seatHolders = seats.map((s) => s.personId);
  expect(seatHolders.length).toBeGreaterThanOrEqual(5);
});
afterAll(async () => {
  await t?.close();
});

describe("subject areas (议事范围)", () => {
  it("records the agenda item's area, and a resolution takes it unless one is given", async () => {
    const meeting = await heldMeeting("议事范围", seatHolders.length);
    expect(meeting.agendaItems[0]?.subjectArea).toBe("COMMUNITY_CULTURE");
    const base = { meetingId: meeting.id, title: "决议", text: "内容", principle: "MAJOR_MATTERS_DISCUSSED" };
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
