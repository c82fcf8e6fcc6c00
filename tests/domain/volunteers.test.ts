import { toGlobalId } from "@gongjian/api/data/ids";
import {
  assertCanLeave,
  assertNotActiveMember,
  assertNotBeforeFounding,
  assertNotFutureDay,
  assertTeamActive,
  assertTeamCanEnd,
  chinaToday,
  isServiceHours,
  leavingDayOnTeamEnd,
} from "@gongjian/api/volunteers/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";
import { thrown } from "../support/errors.js";

const d = (text: string) => new Date(`${text}T00:00:00.000Z`);

describe("volunteer rules (no database)", () => {
  it("accepts service hours ≥ 0 with at most one decimal place", () => {
    for (const ok of ["0", "0.5", "12", "12.5", "1234567.9"]) expect(isServiceHours(ok)).toBe(true);
    for (const bad of ["-1", "1.25", "abc", "", "1.", ".5", "12345678"]) expect(isServiceHours(bad)).toBe(false);
  });

  it("takes today's date in China time", () => {
    expect(chinaToday(new Date("2026-06-01T15:59:00Z"))).toEqual(d("2026-06-01"));
    expect(chinaToday(new Date("2026-06-01T16:00:00Z"))).toEqual(d("2026-06-02"));
  });

  it("refuses members, activities and changes for an ended team; ending twice has no transition", () => {
    expect(() => assertTeamActive({ endedAt: null })).not.toThrow();
    expect(thrown(() => assertTeamActive({ endedAt: new Date() }))).toMatchObject({
      code: "INVARIANT",
      field: "teamId",
    });
    expect(() => assertTeamCanEnd({ endedAt: null })).not.toThrow();
    expect(thrown(() => assertTeamCanEnd({ endedAt: new Date() }))).toMatchObject({
      code: "INVALID_TRANSITION",
      allowed: [],
    });
  });

  it("keeps a person an active member at most once", () => {
    expect(() => assertNotActiveMember("p1", new Set(["p2"]))).not.toThrow();
    expect(thrown(() => assertNotActiveMember("p1", new Set(["p1"])))).toMatchObject({
      code: "INVARIANT",
      field: "personId",
    });
  });

  it("orders dates: not before founding, not in the future, leaving after joining", () => {
    expect(() => assertNotBeforeFounding(d("2026-01-02"), d("2026-01-01"), "joinedOn")).not.toThrow();
    expect(() => assertNotBeforeFounding(d("2020-01-01"), null, "joinedOn")).not.toThrow();
    expect(thrown(() => assertNotBeforeFounding(d("2025-12-31"), d("2026-01-01"), "heldOn")).field).toBe("heldOn");
    const now = new Date("2026-06-01T10:00:00Z");
    expect(() => assertNotFutureDay(d("2026-06-01"), now, "heldOn")).not.toThrow();
    expect(thrown(() => assertNotFutureDay(d("2026-06-02"), now, "heldOn")).code).toBe("VALIDATION");
    expect(() => assertCanLeave({ joinedOn: d("2026-01-01"), leftOn: null }, d("2026-01-01"))).not.toThrow();
    expect(thrown(() => assertCanLeave({ joinedOn: d("2026-01-02"), leftOn: null }, d("2026-01-01"))).field).toBe(
      "leftOn",
    );
    expect(
      thrown(() => assertCanLeave({ joinedOn: d("2026-01-01"), leftOn: d("2026-02-01") }, d("2026-03-01"))),
    ).toMatchObject({ code: "INVALID_TRANSITION", allowed: [] });
    expect(leavingDayOnTeamEnd(d("2026-01-01"), d("2026-05-01"))).toEqual(d("2026-05-01"));
    expect(leavingDayOnTeamEnd(d("2026-06-01"), d("2026-05-01"))).toEqual(d("2026-06-01"));
  });
});

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let staff: string;
let streetAdmin: string;
let communityStaff: string;
let liaison: string;
let community: { id: string };
let people: string[];

const gid = (type: string, id: string) => toGlobalId(type, id);
/** The database id inside a global ID. */
const fromGid = (id: string) => Buffer.from(id, "base64").toString("utf8").split(":").slice(1).join(":");
const errorFields = "... on Error { code messageZh messageEn field } ... on DomainError { allowed }";
const teamFields = `__typename ... on VolunteerTeam { id name kind foundedOn endedAt version leader { id }
  activeMemberCount totalServiceHours members { id leftOn } } ${errorFields}`;
const memberFields = `__typename ... on VolunteerTeamMember { id joinedOn leftOn version person { id } team { id } } ${errorFields}`;
const activityFields = `__typename ... on VolunteerActivity { id title heldOn participantCount serviceHours team { id } } ${errorFields}`;

const mutate = (name: string, inputType: string, fields: string, input: Record<string, unknown>, token: string) =>
  t.gql(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`, { input }, token);
const createTeam = (input: Record<string, unknown>, token = staff) =>
  mutate("createVolunteerTeam", "CreateVolunteerTeamInput", teamFields, input, token);
const updateTeam = (input: Record<string, unknown>, token = staff) =>
  mutate("updateVolunteerTeam", "UpdateVolunteerTeamInput", teamFields, input, token);
const endTeam = (input: Record<string, unknown>, token = staff) =>
  mutate("endVolunteerTeam", "EndVolunteerTeamInput", teamFields, input, token);
const addMember = (input: Record<string, unknown>, token = staff) =>
  mutate("addTeamMember", "AddTeamMemberInput", memberFields, input, token);
const removeMember = (input: Record<string, unknown>, token = staff) =>
  mutate("removeTeamMember", "RemoveTeamMemberInput", memberFields, input, token);
const recordActivity = (input: Record<string, unknown>, token = staff) =>
  mutate("recordVolunteerActivity", "RecordVolunteerActivityInput", activityFields, input, token);

async function snapshot() {
  const p = t.db.prisma;
  return {
    teams: await p.volunteerTeam.findMany({
      orderBy: { id: "asc" },
      select: { id: true, version: true, endedAt: true },
    }),
    members: await p.volunteerTeamMember.findMany({
      orderBy: { id: "asc" },
      select: { id: true, version: true, leftOn: true },
    }),
    activities: await p.volunteerActivity.count(),
    audits: await p.auditEvent.count(),
  };
}

async function newTeam(name: string, token = staff) {
  const { data, errors } = await createTeam(
    { committeeId: gid("Committee", scope.joint.id), name, kind: "YOUTH_VOLUNTEERS", foundedOn: "2025-03-01" },
    token,
  );
  expect(errors).toBeUndefined();
  expect(data.createVolunteerTeam.__typename).toBe("VolunteerTeam");
  return data.createVolunteerTeam as { id: string; version: number };
}

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  community = await t.db.prisma.committee.findFirstOrThrow({
    where: { kind: "COMMUNITY", status: "FILED" },
    orderBy: { code: "asc" },
  });
  staff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }], "staff-joint");
  communityStaff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: community.id }], "staff-community");
  streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }], "street-admin");
  liaison = await t.token([{ role: "UNIT_LIAISON", unitId: String(scope.directOrg.unitId) }], "liaison");
  const persons = await t.db.prisma.person.findMany({
    where: { streetId: scope.street.id },
    orderBy: { id: "asc" },
    take: 5,
  });
  people = persons.map((p) => p.id);
});
afterAll(async () => {
  await t?.close();
});

describe("volunteer teams", () => {
  it("lets committee staff found a team with a leader, audited with the committee's scope", async () => {
    const before = await snapshot();
    const { data, errors } = await createTeam({
      committeeId: gid("Committee", scope.joint.id),
      name: "法律援助服务队",
      kind: "LEGAL_SERVICE",
      leaderId: gid("Person", people[0] as string),
      foundedOn: "2026-01-15",
    });
    expect(errors).toBeUndefined();
    expect(data.createVolunteerTeam).toMatchObject({
      __typename: "VolunteerTeam",
      name: "法律援助服务队",
      kind: "LEGAL_SERVICE",
      foundedOn: "2026-01-15",
      endedAt: null,
      version: 1,
      leader: { id: gid("Person", people[0] as string) },
      activeMemberCount: 0,
      totalServiceHours: "0.0",
    });
    const after = await snapshot();
    expect(after.teams.length).toBe(before.teams.length + 1);
    expect(after.audits).toBe(before.audits + 1);
    const row = await t.db.prisma.volunteerTeam.findUniqueOrThrow({
      where: { id: fromGid(data.createVolunteerTeam.id) },
    });
    expect(row).toMatchObject({ committeeId: scope.joint.id, streetId: scope.joint.streetId });
  });

  it("lets the street admin found a team too, but not the unit liaison (FORBIDDEN)", async () => {
    const byStreet = await createTeam(
      { committeeId: gid("Committee", community.id), name: "助老助残服务队", kind: "ELDERLY_DISABLED_ASSISTANCE" },
      streetAdmin,
    );
    expect(byStreet.data.createVolunteerTeam).toMatchObject({ __typename: "VolunteerTeam", foundedOn: null });
    const before = await snapshot();
    const byLiaison = await createTeam(
      { committeeId: gid("Committee", scope.joint.id), name: "联络人的队伍", kind: "OTHER" },
      liaison,
    );
    expect(byLiaison.data.createVolunteerTeam).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });
    expect(await snapshot()).toEqual(before);
  });

  it("answers another committee (and a foreign leader) with NOT_FOUND and writes nothing", async () => {
    const before = await snapshot();
    const foreign = await createTeam({ committeeId: gid("Committee", community.id), name: "越权", kind: "OTHER" });
    expect(foreign.data.createVolunteerTeam).toMatchObject({ code: "NOT_FOUND", field: "committeeId" });
    const ghost = await createTeam({
      committeeId: gid("Committee", scope.joint.id),
      name: "队长不存在",
      kind: "OTHER",
      leaderId: gid("Person", "00000000-0000-4000-8000-000000000000"),
    });
    expect(ghost.data.createVolunteerTeam).toMatchObject({ code: "NOT_FOUND", field: "leaderId" });
    expect(await snapshot()).toEqual(before);
  });

  it("updates a team with its version; a stale version is CONFLICT and keeps the newer data", async () => {
    const team = await newTeam("待改名的队伍");
    const first = await updateTeam({
      id: team.id,
      version: team.version,
      name: "青春志愿服务队",
      leaderId: gid("Person", people[1] as string),
    });
    expect(first.data.updateVolunteerTeam).toMatchObject({
      name: "青春志愿服务队",
      version: team.version + 1,
      leader: { id: gid("Person", people[1] as string) },
    });
    const before = await snapshot();
    const stale = await updateTeam({ id: team.id, version: team.version, name: "过期" });
    expect(stale.data.updateVolunteerTeam).toMatchObject({ code: "CONFLICT", field: "version" });
    expect(await snapshot()).toEqual(before);
    const cleared = await updateTeam({ id: team.id, version: team.version + 1, leaderId: null });
    expect(cleared.data.updateVolunteerTeam).toMatchObject({ leader: null, name: "青春志愿服务队" });
  });
});

describe("team members", () => {
  it("adds a member, refuses the same person twice while active, and lets them leave and rejoin", async () => {
    const team = await newTeam("队员管理测试队");
    const person = gid("Person", people[2] as string);
    const before = await snapshot();
    const added = await addMember({ teamId: team.id, personId: person, joinedOn: "2026-02-01" });
    expect(added.data.addTeamMember).toMatchObject({
      __typename: "VolunteerTeamMember",
      joinedOn: "2026-02-01",
      leftOn: null,
      person: { id: person },
      team: { id: team.id },
    });
    const afterAdd = await snapshot();
    expect(afterAdd.members.length).toBe(before.members.length + 1);
    expect(afterAdd.audits).toBe(before.audits + 1);

    const duplicate = await addMember({ teamId: team.id, personId: person, joinedOn: "2026-03-01" });
    expect(duplicate.data.addTeamMember).toMatchObject({
      __typename: "DomainError",
      code: "INVARIANT",
      field: "personId",
    });
    expect(await snapshot()).toEqual(afterAdd);

    const member = added.data.addTeamMember;
    const early = await removeMember({ id: member.id, version: member.version, leftOn: "2026-01-01" });
    expect(early.data.removeTeamMember).toMatchObject({ code: "VALIDATION", field: "leftOn" });
    expect(await snapshot()).toEqual(afterAdd);

    const left = await removeMember({ id: member.id, version: member.version, leftOn: "2026-04-30" });
    expect(left.data.removeTeamMember).toMatchObject({ leftOn: "2026-04-30", version: member.version + 1 });
    const afterLeave = await snapshot();
    const again = await removeMember({ id: member.id, version: member.version + 1, leftOn: "2026-05-30" });
    expect(again.data.removeTeamMember).toMatchObject({ code: "INVALID_TRANSITION", allowed: [] });
    expect(await snapshot()).toEqual(afterLeave);

    const rejoined = await addMember({ teamId: team.id, personId: person, joinedOn: "2026-06-01" });
    expect(rejoined.data.addTeamMember.__typename).toBe("VolunteerTeamMember");
  });

  it("adds the same person only once when two additions arrive at the same time", async () => {
    const team = await newTeam("并发加人测试队");
    const input = { teamId: team.id, personId: gid("Person", people[4] as string), joinedOn: "2026-02-01" };
    const results = await Promise.all([addMember(input), addMember(input)]);
    const outcomes = results.map((r) => r.data.addTeamMember.__typename as string).sort();
    expect(outcomes).toEqual(["DomainError", "VolunteerTeamMember"]);
    const refused = results.find((r) => r.data.addTeamMember.__typename === "DomainError");
    expect(refused?.data.addTeamMember).toMatchObject({ code: "INVARIANT", field: "personId" });
    expect(
      await t.db.prisma.volunteerTeamMember.count({ where: { teamId: fromGid(team.id), personId: people[4] } }),
    ).toBe(1);
  });

  it("refuses a joining date before the team was founded and a stale version on leaving", async () => {
    const team = await newTeam("日期测试队");
    const before = await snapshot();
    const early = await addMember({
      teamId: team.id,
      personId: gid("Person", people[3] as string),
      joinedOn: "2024-01-01",
    });
    expect(early.data.addTeamMember).toMatchObject({ code: "VALIDATION", field: "joinedOn" });
    expect(await snapshot()).toEqual(before);
    const added = await addMember({
      teamId: team.id,
      personId: gid("Person", people[3] as string),
      joinedOn: "2026-01-01",
    });
    const member = added.data.addTeamMember;
    const afterAdd = await snapshot();
    const stale = await removeMember({ id: member.id, version: member.version + 3, leftOn: "2026-02-01" });
    expect(stale.data.removeTeamMember).toMatchObject({ code: "CONFLICT", field: "version" });
    expect(await snapshot()).toEqual(afterAdd);
  });

  it("answers another committee's team with NOT_FOUND and refuses the liaison", async () => {
    const team = await newTeam("他委不能加人");
    const before = await snapshot();
    const input = { teamId: team.id, personId: gid("Person", people[4] as string), joinedOn: "2026-01-01" };
    expect((await addMember(input, communityStaff)).data.addTeamMember).toMatchObject({
      code: "NOT_FOUND",
      field: "teamId",
    });
    // The liaison may not even read volunteer teams: the team is NOT_FOUND for it.
    expect((await addMember(input, liaison)).data.addTeamMember).toMatchObject({ code: "NOT_FOUND", field: "teamId" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("volunteer activities", () => {
  it("records an activity with participants and service hours", async () => {
    const team = await newTeam("活动测试队");
    const before = await snapshot();
    const { data, errors } = await recordActivity({
      teamId: team.id,
      title: "四点半课堂",
      heldOn: "2026-03-12",
      location: "社区党群服务中心",
      participantCount: 12,
      serviceHours: "30.5",
    });
    expect(errors).toBeUndefined();
    expect(data.recordVolunteerActivity).toMatchObject({
      __typename: "VolunteerActivity",
      heldOn: "2026-03-12",
      participantCount: 12,
      serviceHours: "30.5",
      team: { id: team.id },
    });
    const after = await snapshot();
    expect(after.activities).toBe(before.activities + 1);
    expect(after.audits).toBe(before.audits + 1);
    const second = await recordActivity({
      teamId: team.id,
      title: "关爱留守儿童",
      heldOn: "2026-04-01",
      participantCount: 0,
      serviceHours: "0",
    });
    expect(second.data.recordVolunteerActivity).toMatchObject({ participantCount: 0, serviceHours: "0" });
    const totals = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on VolunteerTeam { totalServiceHours activities { id } } } }`,
      { id: team.id },
      staff,
    );
    expect(totals.data.node).toMatchObject({ totalServiceHours: "30.5" });
    expect(totals.data.node.activities).toHaveLength(2);
  });

  it("refuses a negative participant count, too many decimals and a future date, writing nothing", async () => {
    const team = await newTeam("校验测试队");
    const base = { teamId: team.id, title: "活动", heldOn: "2026-03-01", participantCount: 5, serviceHours: "10" };
    const before = await snapshot();
    const negative = await recordActivity({ ...base, participantCount: -1 });
    expect(negative.data.recordVolunteerActivity).toMatchObject({ __typename: "DomainError", code: "VALIDATION" });
    expect(negative.data.recordVolunteerActivity.field).toMatch(/participantCount/);
    const decimals = await recordActivity({ ...base, serviceHours: "1.25" });
    expect(decimals.data.recordVolunteerActivity).toMatchObject({ code: "VALIDATION" });
    expect(decimals.data.recordVolunteerActivity.field).toMatch(/serviceHours/);
    const negativeHours = await recordActivity({ ...base, serviceHours: "-2" });
    expect(negativeHours.data.recordVolunteerActivity).toMatchObject({ code: "VALIDATION" });
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const later = await recordActivity({ ...base, heldOn: tomorrow });
    expect(later.data.recordVolunteerActivity).toMatchObject({ code: "VALIDATION", field: "heldOn" });
    expect(await snapshot()).toEqual(before);
  });

  it("answers another committee's team with NOT_FOUND", async () => {
    const team = await newTeam("他委不能登记活动");
    const before = await snapshot();
    const foreign = await recordActivity(
      { teamId: team.id, title: "越权活动", heldOn: "2026-03-01", participantCount: 1, serviceHours: "1" },
      communityStaff,
    );
    expect(foreign.data.recordVolunteerActivity).toMatchObject({ code: "NOT_FOUND", field: "teamId" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("ending a team", () => {
  it("ends the team and its active memberships; an ended team accepts no members, activities or changes", async () => {
    const team = await newTeam("将解散的队伍");
    const a = await addMember({
      teamId: team.id,
      personId: gid("Person", people[0] as string),
      joinedOn: "2026-01-01",
    });
    const b = await addMember({
      teamId: team.id,
      personId: gid("Person", people[1] as string),
      joinedOn: "2026-01-01",
    });
    await removeMember({ id: b.data.addTeamMember.id, version: 1, leftOn: "2026-02-01" });
    const before = await snapshot();
    const ended = await endTeam({ id: team.id, version: team.version });
    expect(ended.data.endVolunteerTeam).toMatchObject({ __typename: "VolunteerTeam", activeMemberCount: 0 });
    expect(ended.data.endVolunteerTeam.endedAt).not.toBeNull();
    const after = await snapshot();
    // The team and the one active member changed, each with an audit event; the member who had left is untouched.
    expect(after.audits).toBe(before.audits + 2);
    const rows = await t.db.prisma.volunteerTeamMember.findMany({ where: { teamId: fromGid(team.id) } });
    expect(rows.every((r) => r.leftOn !== null)).toBe(true);
    expect(
      rows
        .find((r) => r.id === fromGid(b.data.addTeamMember.id))
        ?.leftOn?.toISOString()
        .slice(0, 10),
    ).toBe("2026-02-01");
    expect(a.data.addTeamMember.__typename).toBe("VolunteerTeamMember");

    const version = ended.data.endVolunteerTeam.version;
    const member = await addMember({
      teamId: team.id,
      personId: gid("Person", people[2] as string),
      joinedOn: "2026-05-01",
    });
    expect(member.data.addTeamMember).toMatchObject({ code: "INVARIANT", field: "teamId" });
    const activity = await recordActivity({
      teamId: team.id,
      title: "解散后的活动",
      heldOn: "2026-05-01",
      participantCount: 3,
      serviceHours: "6",
    });
    expect(activity.data.recordVolunteerActivity).toMatchObject({ code: "INVARIANT", field: "teamId" });
    const rename = await updateTeam({ id: team.id, version, name: "改名" });
    expect(rename.data.updateVolunteerTeam).toMatchObject({ code: "INVARIANT", field: "id" });
    const again = await endTeam({ id: team.id, version });
    expect(again.data.endVolunteerTeam).toMatchObject({ code: "INVALID_TRANSITION", allowed: [] });
    expect(await snapshot()).toEqual(after);
  });
});

describe("volunteer lists", () => {
  it("lists the committee's teams with filters, and its activities by team and date", async () => {
    const p = t.db.prisma;
    const teams = await t.gql(
      `query($filter: VolunteerTeamFilter) { volunteerTeams(filter: $filter, first: 100) { totalCount
        edges { node { id kind activeMemberCount totalServiceHours } } } }`,
      { filter: { kind: { equals: "PARTY_MEMBER_VOLUNTEERS" }, endedAt: { present: false } } },
      staff,
    );
    expect(teams.errors).toBeUndefined();
    const expected = await p.volunteerTeam.findMany({
      where: { committeeId: scope.joint.id, kind: "PARTY_MEMBER_VOLUNTEERS", endedAt: null },
      include: { members: true, activities: true },
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(teams.data.volunteerTeams.totalCount).toBe(expected.length);
    for (const edge of teams.data.volunteerTeams.edges) {
      const row = expected.find((r) => r.id === fromGid(edge.node.id));
      expect(row).toBeDefined();
      expect(edge.node.activeMemberCount).toBe(row?.members.filter((m) => m.leftOn === null).length);
      const tenths = row?.activities.reduce((s, a) => s + Math.round(Number(a.serviceHours) * 10), 0) ?? 0;
      expect(edge.node.totalServiceHours).toBe((tenths / 10).toFixed(1));
    }

    const team = expected[0];
    const activities = await t.gql(
      `query($filter: VolunteerActivityFilter) { volunteerActivities(filter: $filter, first: 100) { totalCount
        edges { node { heldOn team { id } } } } }`,
      {
        filter: {
          teamId: { equals: gid("VolunteerTeam", team?.id as string) },
          heldOn: { gte: "2026-01-01T00:00:00Z", lte: "2026-06-30T00:00:00Z" },
        },
      },
      staff,
    );
    expect(activities.errors).toBeUndefined();
    const expectedActivities = await p.volunteerActivity.count({
      where: { teamId: team?.id, heldOn: { gte: d("2026-01-01"), lte: d("2026-06-30") } },
    });
    expect(activities.data.volunteerActivities.totalCount).toBe(expectedActivities);

    // Another committee's staff see none of these teams.
    const other = await t.gql(
      `query($filter: VolunteerTeamFilter) { volunteerTeams(filter: $filter) { totalCount } }`,
      { filter: { committeeId: { equals: gid("Committee", scope.joint.id) } } },
      communityStaff,
    );
    expect(other.data.volunteerTeams.totalCount).toBe(0);
  });
});
