import {
  allowedTransitions,
  assertCoverage,
  assertCoverageEditable,
  assertMembershipEligible,
  assertMembershipEnd,
  assertSubmittable,
  assertTerm,
  assertTransition,
  beijingDate,
  type CommitteeStatusName,
  committeeTransitions,
  coverageChange,
  membershipModeFor,
  type OrganizationFact,
  transitionTimestamps,
} from "@gongjian/api/committees/rules";
import { toGlobalId } from "@gongjian/api/data/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";
import { thrown } from "../support/errors.js";

// ---------------------------------------------------------------- rules (no database)

const statuses: CommitteeStatusName[] = ["DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "FILED", "DISSOLVED"];

describe("committee rules", () => {
  it("allows exactly the workflow's transitions and names the allowed ones otherwise", () => {
    const allowedPairs = statuses.flatMap((from) =>
      statuses.filter((to) => committeeTransitions[from].includes(to)).map((to) => `${from}>${to}`),
    );
    expect(allowedPairs.sort()).toEqual(
      [
        "DRAFT>SUBMITTED",
        "SUBMITTED>APPROVED",
        "SUBMITTED>REJECTED",
        "SUBMITTED>DRAFT",
        "REJECTED>DRAFT",
        "APPROVED>FILED",
        "FILED>DISSOLVED",
      ].sort(),
    );
    for (const from of statuses) {
      for (const to of statuses) {
        if (committeeTransitions[from].includes(to)) {
          expect(() => assertTransition(from, to)).not.toThrow();
        } else {
          const error = thrown(() => assertTransition(from, to));
          expect(error.code).toBe("INVALID_TRANSITION");
          expect(error.allowed).toEqual(allowedTransitions(from));
          expect(error.messageZh).toContain(from);
          expect(error.messageEn).toContain(to);
        }
      }
    }
    expect(allowedTransitions("DISSOLVED")).toEqual([]);
  });

  it("sets the lifecycle timestamp that goes with each status", () => {
    const now = new Date("2026-03-01T02:00:00Z");
    expect(transitionTimestamps("SUBMITTED", now)).toEqual({ submittedAt: now });
    expect(transitionTimestamps("APPROVED", now)).toEqual({ approvedAt: now });
    expect(transitionTimestamps("REJECTED", now)).toEqual({ rejectedAt: now });
    expect(transitionTimestamps("FILED", now)).toEqual({ filedAt: now });
    expect(transitionTimestamps("DISSOLVED", now)).toEqual({ dissolvedAt: now });
    expect(transitionTimestamps("DRAFT", now)).toEqual({});
  });

  it("checks a coverage: one community for COMMUNITY, two or more of the own street for JOINT, none taken", () => {
    const a = { id: "a", streetId: "s1" };
    const b = { id: "b", streetId: "s1" };
    const foreign = { id: "x", streetId: "s2" };
    const none = new Set<string>();
    expect(() => assertCoverage("COMMUNITY", "s1", [a], none)).not.toThrow();
    expect(() => assertCoverage("JOINT", "s1", [a, b], none)).not.toThrow();
    const cases: [string, () => void, string][] = [
      ["community over two", () => assertCoverage("COMMUNITY", "s1", [a, b], none), "INVARIANT"],
      ["community over none", () => assertCoverage("COMMUNITY", "s1", [], none), "INVARIANT"],
      ["joint over one", () => assertCoverage("JOINT", "s1", [a], none), "INVARIANT"],
      ["other street", () => assertCoverage("JOINT", "s1", [a, foreign], none), "INVARIANT"],
      ["covered elsewhere", () => assertCoverage("JOINT", "s1", [a, b], new Set(["b"])), "INVARIANT"],
      ["duplicate", () => assertCoverage("JOINT", "s1", [a, a], none), "VALIDATION"],
    ];
    for (const [, fn, code] of cases) {
      const error = thrown(fn);
      expect(error.code).toBe(code);
      expect(error.field).toBe("communityIds");
    }
  });

  it("allows coverage changes only in DRAFT or REJECTED", () => {
    for (const status of statuses) {
      if (status === "DRAFT" || status === "REJECTED") expect(() => assertCoverageEditable(status)).not.toThrow();
      else expect(thrown(() => assertCoverageEditable(status)).code).toBe("INVARIANT");
    }
  });

  it("computes which coverage rows a replacement ends and adds", () => {
    expect(coverageChange(["a", "b"], ["b", "c"])).toEqual({ toEnd: ["a"], toAdd: ["c"] });
    expect(coverageChange(["a", "b"], ["a", "b"])).toEqual({ toEnd: [], toAdd: [] });
    expect(coverageChange([], ["a"])).toEqual({ toEnd: [], toAdd: ["a"] });
  });

  it("requires the full seat structure over active seats to submit", () => {
    const community = new Set(["community-org"]);
    const full = [
      { role: "SECRETARY" as const, sourceOrganizationId: "unit-org", status: "NOMINATED" },
      { role: "DEPUTY_FULL_TIME" as const, sourceOrganizationId: "community-org", status: "APPROVED" },
      { role: "DEPUTY_PART_TIME" as const, sourceOrganizationId: "unit-org", status: "FILED" },
    ];
    expect(() => assertSubmittable(full, community)).not.toThrow();
    // A rejected or ended seat does not count.
    const withEnded = full.map((s, i) => (i === 0 ? { ...s, status: "ENDED" } : s));
    expect(thrown(() => assertSubmittable(withEnded, community))).toMatchObject({ code: "INVARIANT", field: "role" });
    expect(thrown(() => assertSubmittable(full.slice(0, 2), community)).code).toBe("INVARIANT");
    const fromUnit = full.map((s) => (s.role === "DEPUTY_FULL_TIME" ? { ...s, sourceOrganizationId: "unit-org" } : s));
    expect(thrown(() => assertSubmittable(fromUnit, community))).toMatchObject({
      code: "INVARIANT",
      field: "sourceOrganizationId",
    });
  });

  const org = (over: Partial<OrganizationFact> = {}): OrganizationFact => ({
    id: "o",
    streetId: "s1",
    communityId: "c1",
    endedAt: null,
    managementMode: "DIRECT",
    superior: { kind: "none" },
    ...over,
  });

  it("derives a membership's mode from the affiliation and refuses a stored mode that disagrees", () => {
    expect(membershipModeFor(org())).toBe("DIRECT");
    expect(membershipModeFor(org({ superior: { kind: "local", streetId: "s1" } }))).toBe("DIRECT");
    expect(membershipModeFor(org({ managementMode: "DUAL", superior: { kind: "local", streetId: "s2" } }))).toBe(
      "DUAL",
    );
    expect(
      membershipModeFor(
        org({ managementMode: "DUAL", superior: { kind: "external", code: "X", districtCode: "210103" } }),
      ),
    ).toBe("DUAL");
    const error = thrown(() =>
      membershipModeFor(org({ superior: { kind: "external", code: "X", districtCode: "210103" } })),
    );
    expect(error).toMatchObject({ code: "INVARIANT", field: "organizationId" });
  });

  it("admits an organisation only when it is active, located in a covered community and not yet a member", () => {
    const ok = { committeeStatus: "DRAFT" as const, organization: org(), coveredCommunityIds: new Set(["c1"]) };
    expect(() => assertMembershipEligible({ ...ok, alreadyMember: false })).not.toThrow();
    expect(thrown(() => assertMembershipEligible({ ...ok, alreadyMember: true })).field).toBe("organizationId");
    expect(
      thrown(() =>
        assertMembershipEligible({ ...ok, organization: org({ endedAt: new Date() }), alreadyMember: false }),
      ).code,
    ).toBe("INVARIANT");
    expect(
      thrown(() => assertMembershipEligible({ ...ok, organization: org({ communityId: "c2" }), alreadyMember: false }))
        .field,
    ).toBe("organizationId");
    expect(
      thrown(() => assertMembershipEligible({ ...ok, committeeStatus: "DISSOLVED", alreadyMember: false })).field,
    ).toBe("committeeId");
  });

  it("ends a membership once, not before it began", () => {
    const from = new Date("2026-01-10T00:00:00Z");
    expect(() => assertMembershipEnd(from, null, new Date("2026-02-01T00:00:00Z"))).not.toThrow();
    expect(thrown(() => assertMembershipEnd(from, new Date("2026-02-01T00:00:00Z"), from))).toMatchObject({
      code: "INVALID_TRANSITION",
      allowed: [],
    });
    expect(thrown(() => assertMembershipEnd(from, null, new Date("2026-01-01T00:00:00Z")))).toMatchObject({
      code: "VALIDATION",
      field: "toDate",
    });
  });

  it("checks the term order and computes Beijing calendar dates", () => {
    expect(() => assertTerm(new Date("2026-01-01"), new Date("2028-12-31"))).not.toThrow();
    expect(() => assertTerm(null, new Date("2028-12-31"))).not.toThrow();
    expect(thrown(() => assertTerm(new Date("2026-01-01"), new Date("2025-12-31"))).field).toBe("termEnd");
    expect(beijingDate(new Date("2026-01-01T17:00:00Z")).toISOString()).toBe("2026-01-02T00:00:00.000Z");
    expect(beijingDate(new Date("2026-01-01T15:59:00Z")).toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });
});

// ---------------------------------------------------------------- through the API

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let streetAdmin: string;
let districtAdmin: string;

const errorFields = "... on Error { code messageZh messageEn field } ... on DomainError { allowed }";
const committeeFields = `__typename ... on Committee { id committeeCode: code kind status version submittedAt approvedAt rejectedAt
  rejectionReason filedAt filingNumber dissolvedAt dissolvedOn dissolutionReason allowedTransitions activeCoverages { community { id } } } ${errorFields}`;
const membershipFields = `__typename ... on Membership { id managementMode fromDate toDate active responsibilities version
  organization { id } } ${errorFields}`;

const gid = (type: string, id: string) => toGlobalId(type, id);

/** Everything the committees domain writes, and the audit log, for "nothing was written" checks. */
async function dbState() {
  const p = t.db.prisma;
  return {
    committees: await p.committee.findMany({ orderBy: { id: "asc" } }),
    coverages: await p.committeeCommunity.findMany({ orderBy: { id: "asc" } }),
    memberships: await p.membership.findMany({ orderBy: { id: "asc" } }),
    seats: await p.seat.findMany({ orderBy: { id: "asc" } }),
    organizations: await p.partyOrganization.count(),
    audit: await p.auditEvent.count(),
  };
}

/** Runs a refused operation and checks that it wrote nothing. */
async function refused<T>(run: () => Promise<T>): Promise<T> {
  const before = await dbState();
  const result = await run();
  expect(await dbState()).toEqual(before);
  return result;
}

const mutate = (name: string, inputType: string, fields: string) => (input: object, token: string) =>
  t.gql(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`, { input }, token).then((r) => {
    expect(r.errors).toBeUndefined();
    return r.data[name];
  });

const createCommittee = mutate("createCommittee", "CreateCommitteeInput", committeeFields);
const setCoverage = mutate("setCoverage", "SetCoverageInput", committeeFields);
const updateCommittee = mutate("updateCommittee", "UpdateCommitteeInput", committeeFields);
const submit = mutate("submitCommittee", "CommitteeTransitionInput", committeeFields);
const approve = mutate("approveCommittee", "CommitteeTransitionInput", committeeFields);
const reject = mutate("rejectCommittee", "RejectCommitteeInput", committeeFields);
const reopen = mutate("reopenCommittee", "CommitteeTransitionInput", committeeFields);
const file = mutate("fileCommittee", "FileCommitteeInput", committeeFields);
const dissolve = mutate("dissolveCommittee", "DissolveCommitteeInput", committeeFields);
const addMembership = mutate("addMembership", "AddMembershipInput", membershipFields);
const updateMembership = mutate("updateMembership", "UpdateMembershipInput", membershipFields);
const endMembership = mutate("endMembership", "EndMembershipInput", membershipFields);

/** The state shared by the lifecycle tests, in order. */
const s = {
  /** The two communities of the demo's FILED two-community joint committee, freed by dissolving it. */
  freed: [] as string[],
  oldJointId: "",
  draftId: "",
  draftCommunityId: "",
  newId: "",
  version: 0,
  otherStreetCommunityId: "",
  otherStreetOrgId: "",
  otherStreetId: "",
  dualMembershipId: "",
};

const communityOrgOf = (communityId: string) =>
  t.db.prisma.partyOrganization.findFirstOrThrow({ where: { communityId }, orderBy: { code: "asc" } });

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }], "street-admin");
  districtAdmin = await t.token([{ role: "DISTRICT_ADMIN", districtId: scope.district.id }], "district-admin");

  // A second street with one community and one organisation, outside the street admin's scope.
  const p = t.db.prisma;
  const street = await p.street.create({
    data: { districtId: scope.district.id, code: "TEST-ST-2", name: "测试第二街道" },
  });
  const community = await p.community.create({ data: { streetId: street.id, code: "TEST-C-2", name: "测试社区" } });
  const org = await p.partyOrganization.create({
    data: {
      code: "TEST-ORG-2",
      name: "测试社区党委",
      level: "COMMITTEE",
      communityId: community.id,
      streetId: street.id,
    },
  });
  s.otherStreetId = street.id;
  s.otherStreetCommunityId = community.id;
  s.otherStreetOrgId = org.id;
});
afterAll(async () => {
  await t?.close();
});

describe("committee lists", () => {
  it("lists the street's committees with filters and orderings", async () => {
    const { data, errors } = await t.gql(
      `{ committees(filter: { status: { in: [DRAFT, SUBMITTED] } }, orderBy: [{ field: CODE, direction: DESC }]) {
          totalCount edges { node { code status kind } } } }`,
      {},
      streetAdmin,
    );
    expect(errors).toBeUndefined();
    const expected = await t.db.prisma.committee.findMany({
      where: { streetId: scope.street.id, status: { in: ["DRAFT", "SUBMITTED"] } },
      orderBy: { code: "desc" },
    });
    expect(data.committees.totalCount).toBe(expected.length);
    expect(data.committees.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(
      expected.map((c) => c.code),
    );
  });

  it("lists a committee's active memberships by management mode", async () => {
    const { data, errors } = await t.gql(
      `query($c: ID!) { memberships(filter: { committeeId: { equals: $c }, toDate: { present: false }, managementMode: { equals: DUAL } },
          orderBy: [{ field: FROM_DATE, direction: ASC }]) { totalCount edges { node { managementMode toDate active } } } }`,
      { c: gid("Committee", scope.joint.id) },
      streetAdmin,
    );
    expect(errors).toBeUndefined();
    const count = await t.db.prisma.membership.count({
      where: { committeeId: scope.joint.id, toDate: null, managementMode: "DUAL" },
    });
    expect(count).toBeGreaterThan(0);
    expect(data.memberships.totalCount).toBe(count);
    for (const edge of data.memberships.edges) {
      expect(edge.node).toEqual({ managementMode: "DUAL", toDate: null, active: true });
    }
  });

  it("shows another street's admin nothing", async () => {
    const other = await t.token([{ role: "STREET_ADMIN", streetId: s.otherStreetId }]);
    const { data } = await t.gql("{ committees { totalCount } memberships { totalCount } }", {}, other);
    expect(data).toEqual({ committees: { totalCount: 0 }, memberships: { totalCount: 0 } });
  });
});

describe("committee lifecycle", () => {
  it("only the street dissolves a filed committee, ending its coverage, memberships, seats, teams, scheduled meetings and adopted plan", async () => {
    const p = t.db.prisma;
    const filedJoint = await p.committee.findMany({
      where: { streetId: scope.street.id, kind: "JOINT", status: "FILED" },
      include: { coverages: { where: { endedAt: null } } },
      orderBy: { code: "asc" },
    });
    const pair = filedJoint.find((c) => c.coverages.length === 2);
    if (!pair) throw new Error("the demo has a filed joint committee over two communities");
    s.oldJointId = pair.id;
    s.freed = pair.coverages.map((c) => c.communityId);

    const denied = await refused(() =>
      dissolve({ id: gid("Committee", pair.id), version: pair.version, reason: "社区调整" }, districtAdmin),
    );
    expect(denied).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });

    // Activities that must end with the committee: a scheduled meeting, an open plan, a team with a member.
    const activeSeat = await p.seat.findFirstOrThrow({
      where: { committeeId: pair.id, status: { in: ["APPROVED", "FILED"] } },
    });
    const scheduled = await p.meeting.create({
      data: {
        committeeId: pair.id,
        streetId: pair.streetId,
        kind: "REGULAR",
        title: "撤销前安排的会议",
        scheduledAt: new Date(Date.now() + 7 * 86_400_000),
      },
    });
    const team = await p.volunteerTeam.create({
      data: { committeeId: pair.id, streetId: pair.streetId, name: "撤销前的服务队", kind: "OTHER" },
    });
    await p.volunteerTeamMember.create({
      data: {
        teamId: team.id,
        committeeId: pair.id,
        streetId: pair.streetId,
        personId: activeSeat.personId,
        joinedOn: new Date("2026-01-05T00:00:00Z"),
      },
    });
    const heldBefore = await p.meeting.count({ where: { committeeId: pair.id, status: "HELD" } });
    const [memberships, seats, meetings, plans, teams, teamMembers, audit] = [
      await p.membership.count({ where: { committeeId: pair.id, toDate: null } }),
      await p.seat.count({ where: { committeeId: pair.id, status: { in: ["NOMINATED", "APPROVED", "FILED"] } } }),
      await p.meeting.count({ where: { committeeId: pair.id, status: "SCHEDULED" } }),
      await p.fundingPlan.count({ where: { committeeId: pair.id, status: "ADOPTED" } }),
      await p.volunteerTeam.count({ where: { committeeId: pair.id, endedAt: null } }),
      await p.volunteerTeamMember.count({ where: { committeeId: pair.id, leftOn: null } }),
      await p.auditEvent.count(),
    ];
    expect(memberships).toBeGreaterThan(0);
    expect(seats).toBeGreaterThan(0);
    expect(meetings).toBeGreaterThan(0);
    expect(plans).toBeGreaterThan(0);
    expect(teams).toBeGreaterThan(0);
    expect(teamMembers).toBeGreaterThan(0);
    // What dissolving would end, counted by the API beforehand (issue 21, finding 5): the console shows it.
    const preview = await t.gql(
      "query($id: ID!) { dissolutionPreview(id: $id) { coverages memberships seats volunteerTeams scheduledMeetings adoptedPlans } }",
      { id: gid("Committee", pair.id) },
      streetAdmin,
    );
    expect(preview.errors).toBeUndefined();
    expect(preview.data.dissolutionPreview).toEqual({
      coverages: 2,
      memberships,
      seats,
      volunteerTeams: teams,
      scheduledMeetings: meetings,
      adoptedPlans: plans,
    });
    const previewDenied = await t.gql(
      "query($id: ID!) { dissolutionPreview(id: $id) { seats } }",
      { id: gid("Committee", pair.id) },
      districtAdmin,
    );
    expect(previewDenied.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    // A reason is required, and the date may not lie in the future.
    const noReason = await t.gql(
      `mutation($input: DissolveCommitteeInput!) { dissolveCommittee(input: $input) { ${committeeFields} } }`,
      { input: { id: gid("Committee", pair.id), version: pair.version, reason: "  " } },
      streetAdmin,
    );
    expect(noReason.data.dissolveCommittee).toMatchObject({ __typename: "DomainError", field: "reason" });
    const future = await refused(() =>
      dissolve(
        { id: gid("Committee", pair.id), version: pair.version, reason: "社区调整", dissolvedOn: "2999-01-01" },
        streetAdmin,
      ),
    );
    expect(future).toMatchObject({ code: "VALIDATION", field: "dissolvedOn" });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    const result = await dissolve(
      { id: gid("Committee", pair.id), version: pair.version, reason: "两社区合并，另组联合党委", dissolvedOn: today },
      streetAdmin,
    );
    // The reason and the date are stored, and the audit event carries them (the history shows them).
    expect(result).toMatchObject({ dissolutionReason: "两社区合并，另组联合党委", dissolvedOn: today });
    const dissolvedEvent = await p.auditEvent.findFirstOrThrow({
      where: { action: "dissolveCommittee", entityType: "Committee", entityId: pair.id },
    });
    expect(dissolvedEvent.changedFields).toEqual(expect.arrayContaining(["dissolutionReason", "dissolvedOn"]));
    expect(dissolvedEvent.after).toMatchObject({ dissolutionReason: "两社区合并，另组联合党委" });
    expect(result).toMatchObject({
      __typename: "Committee",
      status: "DISSOLVED",
      version: pair.version + 1,
      allowedTransitions: [],
      activeCoverages: [],
    });
    expect(result.dissolvedAt).not.toBeNull();
    expect(await p.committeeCommunity.count({ where: { committeeId: pair.id, endedAt: null } })).toBe(0);
    expect(await p.membership.count({ where: { committeeId: pair.id, toDate: null } })).toBe(0);
    expect(
      await p.seat.count({ where: { committeeId: pair.id, status: { in: ["NOMINATED", "APPROVED", "FILED"] } } }),
    ).toBe(0);
    expect(await p.seat.count({ where: { committeeId: pair.id, status: "ENDED", endedAt: null } })).toBe(0);
    expect(await p.meeting.count({ where: { committeeId: pair.id, status: "SCHEDULED" } })).toBe(0);
    expect((await p.meeting.findUniqueOrThrow({ where: { id: scheduled.id } })).status).toBe("CANCELLED");
    expect(await p.meeting.count({ where: { committeeId: pair.id, status: "HELD" } })).toBe(heldBefore);
    expect(await p.fundingPlan.count({ where: { committeeId: pair.id, status: "ADOPTED" } })).toBe(0);
    expect(await p.fundingPlan.count({ where: { committeeId: pair.id, status: "CLOSED", closedAt: null } })).toBe(0);
    expect(await p.volunteerTeam.count({ where: { committeeId: pair.id, endedAt: null } })).toBe(0);
    expect(await p.volunteerTeamMember.count({ where: { committeeId: pair.id, leftOn: null } })).toBe(0);
    expect(await p.auditEvent.count()).toBe(
      audit + 1 + 2 + memberships + seats + meetings + plans + teams + teamMembers,
    );
    const events = await p.auditEvent.findMany({
      where: { action: "dissolveCommittee" },
      select: { entityType: true },
    });
    expect(new Set(events.map((e) => e.entityType))).toEqual(
      new Set([
        "Committee",
        "CommitteeCommunity",
        "Membership",
        "Seat",
        "Meeting",
        "FundingPlan",
        "VolunteerTeam",
        "VolunteerTeamMember",
      ]),
    );

    const again = await refused(() =>
      dissolve({ id: gid("Committee", pair.id), version: pair.version + 1, reason: "再次撤销" }, streetAdmin),
    );
    expect(again).toMatchObject({ code: "INVALID_TRANSITION", allowed: [] });
  });

  const newInput = (over: object = {}) => ({
    streetId: gid("Street", scope.street.id),
    code: "TEST-JOINT-01",
    name: "测试联合党委",
    kind: "JOINT",
    communityIds: s.freed.map((id) => gid("Community", id)),
    termStart: "2026-01-01",
    termEnd: "2028-12-31",
    ...over,
  });

  it("refuses a joint committee over one community", async () => {
    const result = await refused(() =>
      createCommittee(newInput({ communityIds: [gid("Community", s.freed[0] as string)] }), streetAdmin),
    );
    expect(result).toMatchObject({ __typename: "DomainError", code: "INVARIANT", field: "communityIds" });
    expect(result.messageZh).toMatch(/至少2个/);
  });

  it("refuses a community committee over two communities", async () => {
    const result = await refused(() => createCommittee(newInput({ kind: "COMMUNITY" }), streetAdmin));
    expect(result).toMatchObject({ code: "INVARIANT", field: "communityIds" });
  });

  it("refuses a community of another street: unknown to the street admin, and outside the committee's street", async () => {
    const ids = [gid("Community", s.freed[0] as string), gid("Community", s.otherStreetCommunityId)];
    const unseen = await refused(() => createCommittee(newInput({ communityIds: ids }), streetAdmin));
    expect(unseen).toMatchObject({ code: "NOT_FOUND", field: "communityIds" });

    const bothStreets = await t.token([
      { role: "STREET_ADMIN", streetId: scope.street.id },
      { role: "STREET_ADMIN", streetId: s.otherStreetId },
    ]);
    const foreign = await refused(() => createCommittee(newInput({ communityIds: ids }), bothStreets));
    expect(foreign).toMatchObject({ code: "INVARIANT", field: "communityIds" });
    expect(foreign.messageEn).toMatch(/own street/);
  });

  it("refuses a community already covered by another committee", async () => {
    const draft = await t.db.prisma.committee.findFirstOrThrow({
      where: { streetId: scope.street.id, status: "DRAFT" },
      include: { coverages: { where: { endedAt: null } } },
    });
    s.draftId = draft.id;
    s.draftCommunityId = (draft.coverages[0] as { communityId: string }).communityId;
    const result = await refused(() =>
      createCommittee(
        newInput({ communityIds: [gid("Community", s.freed[0] as string), gid("Community", s.draftCommunityId)] }),
        streetAdmin,
      ),
    );
    expect(result).toMatchObject({ code: "INVARIANT", field: "communityIds" });
    expect(result.messageZh).toMatch(/已被另一个大党委覆盖/);
  });

  it("refuses an existing code, a reversed term and a caller who may not create committees", async () => {
    const existing = await t.db.prisma.committee.findFirstOrThrow({ where: { id: scope.joint.id } });
    expect(await refused(() => createCommittee(newInput({ code: existing.code }), streetAdmin))).toMatchObject({
      code: "INVARIANT",
      field: "code",
    });
    expect(
      await refused(() => createCommittee(newInput({ termStart: "2028-01-01", termEnd: "2026-01-01" }), streetAdmin)),
    ).toMatchObject({ code: "VALIDATION", field: "termEnd" });
    expect(await refused(() => createCommittee(newInput(), districtAdmin))).toMatchObject({
      code: "FORBIDDEN",
      field: "streetId",
    });
  });

  it("creates a joint committee as a draft over the two free communities, with an audit event per row", async () => {
    const audit = await t.db.prisma.auditEvent.count();
    const result = await createCommittee(newInput(), streetAdmin);
    expect(result).toMatchObject({
      __typename: "Committee",
      committeeCode: "TEST-JOINT-01",
      kind: "JOINT",
      status: "DRAFT",
      version: 1,
      allowedTransitions: ["SUBMITTED"],
      submittedAt: null,
    });
    expect(result.activeCoverages.map((c: { community: { id: string } }) => c.community.id).sort()).toEqual(
      s.freed.map((id) => gid("Community", id)).sort(),
    );
    s.newId = (await t.db.prisma.committee.findUniqueOrThrow({ where: { code: "TEST-JOINT-01" } })).id;
    s.version = 1;
    expect(await t.db.prisma.auditEvent.count()).toBe(audit + 3);
    const row = await t.db.prisma.committee.findUniqueOrThrow({ where: { id: s.newId } });
    expect(row.streetId).toBe(scope.street.id);
  });

  it("refuses a transition out of order with the allowed ones, and a submission without the seat structure", async () => {
    const id = gid("Committee", s.newId);
    const early = await refused(() => approve({ id, version: s.version }, streetAdmin));
    expect(early).toMatchObject({ code: "INVALID_TRANSITION", field: "status", allowed: ["SUBMITTED"] });
    const early2 = await refused(() => file({ id, version: s.version, filingNumber: "备-1" }, districtAdmin));
    expect(early2).toMatchObject({ code: "INVALID_TRANSITION", allowed: ["SUBMITTED"] });

    const incomplete = await refused(() => submit({ id, version: s.version }, streetAdmin));
    expect(incomplete).toMatchObject({ code: "INVARIANT", field: "role" });
    expect(incomplete.messageEn).toMatch(/secretary/i);
  });

  it("updates a draft's name; refuses a stale version", async () => {
    const id = gid("Committee", s.newId);
    const renamed = await updateCommittee({ id, version: s.version, name: "测试联合党委（新）" }, streetAdmin);
    expect(renamed).toMatchObject({ __typename: "Committee", version: s.version + 1 });
    s.version += 1;
    const stale = await refused(() => updateCommittee({ id, version: s.version - 1, name: "旧" }, streetAdmin));
    expect(stale).toMatchObject({ code: "CONFLICT", field: "version" });
  });

  it("manages memberships: mode from the affiliation, refusals for foreign, uncovered, repeated and inconsistent", async () => {
    const p = t.db.prisma;
    const committeeId = gid("Committee", s.newId);
    const inFreed = {
      OR: [{ communityId: { in: s.freed } }, { unit: { communityId: { in: s.freed } } }],
      endedAt: null,
    };
    const dual = await p.partyOrganization.findFirstOrThrow({
      where: { ...inFreed, managementMode: "DUAL" },
      orderBy: { code: "asc" },
    });
    const direct = await p.partyOrganization.findFirstOrThrow({
      where: { ...inFreed, managementMode: "DIRECT", unitId: { not: null } },
      orderBy: { code: "asc" },
    });

    const audit = await p.auditEvent.count();
    const addedDual = await addMembership(
      { committeeId, organizationId: gid("PartyOrganization", dual.id), responsibilities: "共建职责" },
      streetAdmin,
    );
    expect(addedDual).toMatchObject({ __typename: "Membership", managementMode: "DUAL", toDate: null, active: true });
    const addedDirect = await addMembership(
      { committeeId, organizationId: gid("PartyOrganization", direct.id), fromDate: "2026-02-01" },
      streetAdmin,
    );
    expect(addedDirect).toMatchObject({ managementMode: "DIRECT", fromDate: "2026-02-01" });
    expect(await p.auditEvent.count()).toBe(audit + 2);
    s.dualMembershipId = (
      await p.membership.findFirstOrThrow({ where: { committeeId: s.newId, organizationId: dual.id } })
    ).id;

    // Already an active member.
    expect(
      await refused(() =>
        addMembership({ committeeId, organizationId: gid("PartyOrganization", dual.id) }, streetAdmin),
      ),
    ).toMatchObject({ code: "INVARIANT", field: "organizationId" });
    // An organisation of the street located in a community the committee does not cover.
    const uncovered = await p.partyOrganization.findFirstOrThrow({ where: { communityId: s.draftCommunityId } });
    expect(
      await refused(() =>
        addMembership({ committeeId, organizationId: gid("PartyOrganization", uncovered.id) }, streetAdmin),
      ),
    ).toMatchObject({ code: "INVARIANT", field: "organizationId" });
    // An organisation of another street: out of scope, like a missing one.
    const foreign = await refused(() =>
      addMembership({ committeeId, organizationId: gid("PartyOrganization", s.otherStreetOrgId) }, streetAdmin),
    );
    const missing = await refused(() =>
      addMembership(
        { committeeId, organizationId: gid("PartyOrganization", "00000000-0000-4000-8000-000000000000") },
        streetAdmin,
      ),
    );
    expect(foreign).toMatchObject({ code: "NOT_FOUND", field: "organizationId" });
    expect(foreign).toEqual(missing);
    // The staff of another committee cannot even see this one.
    const otherStaff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }]);
    expect(
      await refused(() =>
        addMembership({ committeeId, organizationId: gid("PartyOrganization", direct.id) }, otherStaff),
      ),
    ).toMatchObject({ code: "NOT_FOUND", field: "committeeId" });
    // A stored mode that disagrees with the affiliation (external superior, stored DIRECT).
    const unit = await p.unit.findFirstOrThrow({ where: { communityId: s.freed[0] as string } });
    const inconsistent = await p.partyOrganization.create({
      data: {
        code: "TEST-INCONSISTENT",
        name: "测试不一致党支部",
        level: "BRANCH",
        unitId: unit.id,
        streetId: unit.streetId,
        managementMode: "DIRECT",
        superiorExternalCode: "EXT-SUP-9",
        superiorDistrictCode: "210103",
      },
    });
    const bad = await refused(() =>
      addMembership({ committeeId, organizationId: gid("PartyOrganization", inconsistent.id) }, streetAdmin),
    );
    expect(bad).toMatchObject({ code: "INVARIANT", field: "organizationId" });
    expect(bad.messageEn).toMatch(/affiliation/);
  });

  it("lets the street edit a DUAL member's participation but not its other fields; refuses a stale version", async () => {
    const p = t.db.prisma;
    const m = await p.membership.findUniqueOrThrow({ where: { id: s.dualMembershipId } });
    const id = gid("Membership", m.id);
    const ok = await updateMembership(
      { id, version: m.version, serviceCommitments: "每月一次义诊", responsibilities: "医疗服务" },
      streetAdmin,
    );
    expect(ok).toMatchObject({ __typename: "Membership", responsibilities: "医疗服务", version: m.version + 1 });
    const notParticipation = await refused(() =>
      updateMembership({ id, version: m.version + 1, fromDate: "2026-01-05" }, streetAdmin),
    );
    expect(notParticipation).toMatchObject({ code: "FORBIDDEN", field: "fromDate" });
    const stale = await refused(() =>
      updateMembership({ id, version: m.version, responsibilities: "旧" }, streetAdmin),
    );
    expect(stale).toMatchObject({ code: "CONFLICT" });
  });

  it("replaces the coverage of a draft: removed communities end, their members leave", async () => {
    const p = t.db.prisma;
    // Free one more community by dissolving the demo's filed COMMUNITY committee.
    const single = await p.committee.findFirstOrThrow({
      where: { streetId: scope.street.id, kind: "COMMUNITY", status: "FILED" },
      include: { coverages: { where: { endedAt: null } } },
    });
    await dissolve({ id: gid("Committee", single.id), version: single.version, reason: "社区调整" }, streetAdmin);
    const third = (single.coverages[0] as { communityId: string }).communityId;
    const id = gid("Committee", s.newId);
    const all = [...s.freed, third].map((c) => gid("Community", c));

    const grown = await setCoverage({ id, version: s.version, communityIds: all }, streetAdmin);
    expect(grown).toMatchObject({ __typename: "Committee", version: s.version + 1 });
    expect(grown.activeCoverages).toHaveLength(3);
    s.version += 1;
    const org = await communityOrgOf(third);
    const member = await addMembership(
      { committeeId: id, organizationId: gid("PartyOrganization", org.id) },
      streetAdmin,
    );
    expect(member).toMatchObject({ __typename: "Membership", toDate: null });

    const stale = await refused(() =>
      setCoverage({ id, version: s.version - 1, communityIds: all.slice(0, 2) }, streetAdmin),
    );
    expect(stale).toMatchObject({ code: "CONFLICT" });
    const tooFew = await refused(() =>
      setCoverage({ id, version: s.version, communityIds: all.slice(0, 1) }, streetAdmin),
    );
    expect(tooFew).toMatchObject({ code: "INVARIANT", field: "communityIds" });
    const taken = await refused(() =>
      setCoverage(
        { id, version: s.version, communityIds: [...all.slice(0, 2), gid("Community", s.draftCommunityId)] },
        streetAdmin,
      ),
    );
    expect(taken).toMatchObject({ code: "INVARIANT", field: "communityIds" });

    const ownStaff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: s.newId }]);
    const staff = await refused(() => setCoverage({ id, version: s.version, communityIds: all.slice(0, 2) }, ownStaff));
    expect(staff).toMatchObject({ code: "FORBIDDEN", field: "communityIds" });

    const audit = await p.auditEvent.count();
    const shrunk = await setCoverage({ id, version: s.version, communityIds: all.slice(0, 2) }, streetAdmin);
    expect(shrunk.activeCoverages).toHaveLength(2);
    s.version += 1;
    const ended = await p.committeeCommunity.findFirstOrThrow({ where: { committeeId: s.newId, communityId: third } });
    expect(ended.endedAt).not.toBeNull();
    const left = await p.membership.findFirstOrThrow({ where: { committeeId: s.newId, organizationId: org.id } });
    expect(left.toDate).not.toBeNull();
    // Committee version, one coverage ended, one membership ended.
    expect(await p.auditEvent.count()).toBe(audit + 3);
  });

  it("submits once the seat structure is complete; coverage is then fixed", async () => {
    const p = t.db.prisma;
    const people = await p.person.findMany({ where: { streetId: scope.street.id }, orderBy: { id: "asc" }, take: 3 });
    const communityOrg = await communityOrgOf(s.freed[0] as string);
    const unitOrg = await p.partyOrganization.findFirstOrThrow({
      where: { unit: { communityId: { in: s.freed } } },
      orderBy: { code: "asc" },
    });
    const seat = (role: "SECRETARY" | "DEPUTY_FULL_TIME" | "DEPUTY_PART_TIME", i: number, orgId: string) => ({
      committeeId: s.newId,
      streetId: scope.street.id,
      personId: (people[i] as { id: string }).id,
      sourceOrganizationId: orgId,
      role,
      production: "NOMINATED" as const,
    });
    // Seats come from the seats domain; here they are written directly as test data.
    await p.seat.createMany({
      data: [
        seat("SECRETARY", 0, unitOrg.id),
        seat("DEPUTY_FULL_TIME", 1, communityOrg.id),
        seat("DEPUTY_PART_TIME", 2, unitOrg.id),
      ],
    });
    const id = gid("Committee", s.newId);
    const audit = await p.auditEvent.count();
    const submitted = await submit({ id, version: s.version }, streetAdmin);
    expect(submitted).toMatchObject({
      __typename: "Committee",
      status: "SUBMITTED",
      allowedTransitions: ["APPROVED", "REJECTED", "DRAFT"],
    });
    expect(submitted.submittedAt).not.toBeNull();
    expect(await p.auditEvent.count()).toBe(audit + 1);
    s.version += 1;

    const fixed = await refused(() =>
      setCoverage({ id, version: s.version, communityIds: s.freed.map((c) => gid("Community", c)) }, streetAdmin),
    );
    expect(fixed).toMatchObject({ code: "INVARIANT", field: "communityIds" });
  });

  it("refuses approval by committee staff, of another committee (not found) or of this one (forbidden)", async () => {
    const id = gid("Committee", s.newId);
    const otherStaff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }]);
    const ownStaff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: s.newId }]);
    expect(await refused(() => approve({ id, version: s.version }, otherStaff))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refused(() => approve({ id, version: s.version }, ownStaff))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refused(() => submit({ id, version: s.version }, ownStaff))).toMatchObject({
      code: "INVALID_TRANSITION",
      allowed: ["APPROVED", "REJECTED", "DRAFT"],
    });
  });

  it("rejects with a reason, reopens as a draft, and submits again", async () => {
    const id = gid("Committee", s.newId);
    const rejected = await reject({ id, version: s.version, reason: "成员单位代表性不足" }, streetAdmin);
    expect(rejected).toMatchObject({
      status: "REJECTED",
      rejectionReason: "成员单位代表性不足",
      allowedTransitions: ["DRAFT"],
    });
    expect(rejected.rejectedAt).not.toBeNull();
    s.version += 1;
    const ownStaff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: s.newId }]);
    expect(await refused(() => reopen({ id, version: s.version }, ownStaff))).toMatchObject({ code: "FORBIDDEN" });
    const reopened = await reopen({ id, version: s.version }, streetAdmin);
    expect(reopened).toMatchObject({ status: "DRAFT", allowedTransitions: ["SUBMITTED"] });
    s.version += 1;
    const again = await submit({ id, version: s.version }, ownStaff);
    expect(again).toMatchObject({ status: "SUBMITTED" });
    s.version += 1;
  });

  it("approves (street), files (district only), refuses a stale version and out-of-order steps", async () => {
    const id = gid("Committee", s.newId);
    const stale = await refused(() => approve({ id, version: s.version - 1 }, streetAdmin));
    expect(stale).toMatchObject({ code: "CONFLICT", field: "version" });
    const approved = await approve({ id, version: s.version }, streetAdmin);
    expect(approved).toMatchObject({ status: "APPROVED", allowedTransitions: ["FILED"] });
    expect(approved.approvedAt).not.toBeNull();
    s.version += 1;

    expect(
      await refused(() => file({ id, version: s.version, filingNumber: "沈和组备〔2026〕1号" }, streetAdmin)),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(await refused(() => dissolve({ id, version: s.version, reason: "测试" }, streetAdmin))).toMatchObject({
      code: "INVALID_TRANSITION",
      allowed: ["FILED"],
    });
    const filed = await file({ id, version: s.version, filingNumber: "沈和组备〔2026〕1号" }, districtAdmin);
    expect(filed).toMatchObject({
      status: "FILED",
      filingNumber: "沈和组备〔2026〕1号",
      allowedTransitions: ["DISSOLVED"],
    });
    expect(filed.filedAt).not.toBeNull();
    s.version += 1;
    expect(await refused(() => approve({ id, version: s.version }, streetAdmin))).toMatchObject({
      code: "INVALID_TRANSITION",
      allowed: ["DISSOLVED"],
    });
  });

  it("ends a membership once; a dissolved committee takes no members", async () => {
    const p = t.db.prisma;
    const m = await p.membership.findUniqueOrThrow({ where: { id: s.dualMembershipId } });
    const id = gid("Membership", m.id);
    const early = await refused(() => endMembership({ id, version: m.version, toDate: "2020-01-01" }, streetAdmin));
    expect(early).toMatchObject({ code: "VALIDATION", field: "toDate" });
    const ended = await endMembership({ id, version: m.version }, streetAdmin);
    expect(ended).toMatchObject({ __typename: "Membership", active: false });
    expect(ended.toDate).not.toBeNull();
    const twice = await refused(() => endMembership({ id, version: m.version + 1 }, streetAdmin));
    expect(twice).toMatchObject({ code: "INVALID_TRANSITION", allowed: [] });
    const edit = await refused(() =>
      updateMembership({ id, version: m.version + 1, responsibilities: "改" }, streetAdmin),
    );
    expect(edit).toMatchObject({ code: "INVARIANT" });

    const c = await p.committee.findUniqueOrThrow({ where: { id: s.newId } });
    const dissolved = await dissolve(
      { id: gid("Committee", c.id), version: c.version, reason: "测试撤销" },
      streetAdmin,
    );
    expect(dissolved).toMatchObject({ status: "DISSOLVED", activeCoverages: [] });
    expect(await p.membership.count({ where: { committeeId: s.newId, toDate: null } })).toBe(0);
    expect(await p.seat.count({ where: { committeeId: s.newId, status: { not: "ENDED" } } })).toBe(0);
    const late = await refused(() =>
      addMembership(
        { committeeId: gid("Committee", c.id), organizationId: gid("PartyOrganization", m.organizationId) },
        streetAdmin,
      ),
    );
    expect(late).toMatchObject({ code: "INVARIANT", field: "committeeId" });
  });
});
