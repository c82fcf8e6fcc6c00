import { fromGlobalId, toGlobalId } from "@gongjian/api/data/ids";
import {
  ACTIVE_SEAT_STATUSES,
  allowedSeatSources,
  assertAttestations,
  assertCommitteeTakesNominations,
  assertCongressRecord,
  assertNominationKeepsStructure,
  assertPersonMayTakeSeat,
  assertSeatHolderIsPartyMember,
  assertSeatSource,
  assertSeatStructure,
  assertSeatTransition,
  assertStaysMemberWhileSeated,
  assertTerm,
  QUALIFICATIONS,
  type SeatShape,
  type SeatStatusName,
  seatStructureViolations,
  seatTransitionData,
  seatTransitions,
} from "@gongjian/api/seats/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, foreignStreet, setupApp, type TestApp } from "../support/app.js";
import { thrown } from "../support/errors.js";

describe("seat rules (no database)", () => {
  const community = new Set(["community-org"]);
  const seat = (role: SeatShape["role"], sourceOrganizationId = "unit-org"): SeatShape => ({
    role,
    sourceOrganizationId,
  });

  it("allows exactly the workflow's transitions and reports the allowed ones otherwise", () => {
    const statuses: SeatStatusName[] = ["NOMINATED", "APPROVED", "FILED", "REJECTED", "ENDED"];
    const allowed = new Set([
      "NOMINATED>APPROVED",
      "NOMINATED>REJECTED",
      "APPROVED>FILED",
      "APPROVED>ENDED",
      "FILED>ENDED",
    ]);
    for (const from of statuses) {
      for (const to of statuses) {
        if (allowed.has(`${from}>${to}`)) expect(() => assertSeatTransition(from, to)).not.toThrow();
        else {
          const error = thrown(() => assertSeatTransition(from, to));
          expect(error).toMatchObject({ code: "INVALID_TRANSITION", field: "status" });
          expect(error.allowed).toEqual([...seatTransitions[from]]);
        }
      }
    }
  });

  it("writes the lifecycle timestamp of each status (the database checks they agree)", () => {
    const now = new Date("2026-05-01T02:00:00.000Z");
    expect(seatTransitionData("APPROVED", now)).toEqual({ status: "APPROVED", approvedAt: now });
    expect(seatTransitionData("FILED", now)).toEqual({ status: "FILED", filedAt: now });
    expect(seatTransitionData("ENDED", now)).toEqual({ status: "ENDED", endedAt: now });
    expect(seatTransitionData("REJECTED", now, "不符合条件")).toEqual({
      status: "REJECTED",
      rejectedAt: now,
      rejectionReason: "不符合条件",
    });
  });

  it("requires each of the three qualifications exactly once", () => {
    const all = QUALIFICATIONS.map((qualification) => ({ qualification }));
    expect(() => assertAttestations(all)).not.toThrow();
    const missing = thrown(() => assertAttestations(all.slice(0, 2)));
    expect(missing).toMatchObject({ code: "INVARIANT", field: "attestations" });
    expect(missing.messageEn).toContain("AVAILABILITY");
    expect(thrown(() => assertAttestations([]))).toMatchObject({ code: "INVARIANT", field: "attestations" });
    expect(thrown(() => assertAttestations([...all, { qualification: "ENTHUSIASM" }]))).toMatchObject({
      code: "VALIDATION",
      field: "attestations",
    });
  });

  it("keeps the structure's upper limits when a seat is added", () => {
    const filled = [seat("SECRETARY"), seat("DEPUTY_FULL_TIME", "community-org"), seat("DEPUTY_PART_TIME")];
    expect(() => assertNominationKeepsStructure(filled, seat("MEMBER"), community)).not.toThrow();
    expect(() => assertNominationKeepsStructure(filled, seat("DEPUTY_PART_TIME"), community)).not.toThrow();
    expect(thrown(() => assertNominationKeepsStructure(filled, seat("SECRETARY"), community))).toMatchObject({
      code: "INVARIANT",
      field: "role",
      messageEn: "There can be only one secretary",
    });
    expect(
      thrown(() => assertNominationKeepsStructure(filled, seat("DEPUTY_FULL_TIME", "community-org"), community)),
    ).toMatchObject({ code: "INVARIANT", field: "role", messageEn: "There can be only one full-time deputy" });
    const three = [...filled, seat("DEPUTY_PART_TIME")];
    expect(thrown(() => assertNominationKeepsStructure(three, seat("DEPUTY_PART_TIME"), community))).toMatchObject({
      code: "INVARIANT",
      field: "role",
      messageEn: "At most 3 deputies in all",
    });
    expect(
      thrown(() => assertNominationKeepsStructure([seat("SECRETARY")], seat("DEPUTY_FULL_TIME"), community)),
    ).toMatchObject({ code: "INVARIANT", field: "sourceOrganizationId" });
  });

  it("appoints an executive deputy only from the community organisation, and only under a unit's secretary", () => {
    const unitSecretary = [seat("SECRETARY"), seat("DEPUTY_FULL_TIME", "community-org")];
    expect(() =>
      assertNominationKeepsStructure(unitSecretary, seat("EXECUTIVE_DEPUTY", "community-org"), community),
    ).not.toThrow();
    expect(
      thrown(() => assertNominationKeepsStructure(unitSecretary, seat("EXECUTIVE_DEPUTY"), community)),
    ).toMatchObject({
      code: "INVARIANT",
      field: "sourceOrganizationId",
      messageEn: "The executive deputy is the community party secretary of a covered community",
    });
    const communitySecretary = [seat("SECRETARY", "community-org")];
    expect(
      thrown(() =>
        assertNominationKeepsStructure(communitySecretary, seat("EXECUTIVE_DEPUTY", "community-org"), community),
      ),
    ).toMatchObject({
      code: "INVARIANT",
      field: "role",
      messageEn: "There is no executive deputy when the secretary comes from the community party organisation",
    });
    // Nor may a community secretary be nominated over an executive deputy already seated.
    expect(
      thrown(() =>
        assertNominationKeepsStructure(
          [seat("EXECUTIVE_DEPUTY", "community-org")],
          seat("SECRETARY", "community-org"),
          community,
        ),
      ),
    ).toMatchObject({ code: "INVARIANT", field: "role" });
  });

  it("does not blame a new seat for a violation that was there before it", () => {
    // The full-time deputy's community is no longer covered: other seats may still be filled.
    const stale = [seat("SECRETARY"), seat("DEPUTY_FULL_TIME", "formerly-covered-org")];
    expect(seatStructureViolations(stale, community, { complete: false })).toHaveLength(1);
    expect(() => assertNominationKeepsStructure(stale, seat("MEMBER"), community)).not.toThrow();
    expect(thrown(() => assertNominationKeepsStructure(stale, seat("SECRETARY"), community))).toMatchObject({
      field: "role",
    });
  });

  it("checks the complete structure for submission (assertSeatStructure)", () => {
    expect(() =>
      assertSeatStructure(
        [seat("SECRETARY"), seat("DEPUTY_FULL_TIME", "community-org"), seat("DEPUTY_PART_TIME")],
        community,
        { complete: true },
      ),
    ).not.toThrow();
    expect(() => assertSeatStructure([seat("SECRETARY")], community, { complete: false })).not.toThrow();
    expect(seatStructureViolations([seat("SECRETARY")], community, { complete: true }).map((e) => e.field)).toEqual([
      "role",
      "role",
    ]);
  });

  it("takes the seat's source from the members or the covered communities' organisations", () => {
    const members = new Set(["unit-org"]);
    expect(() =>
      assertSeatSource(
        { sourceOrganizationId: "unit-org", role: "MEMBER", production: "NOMINATED" },
        members,
        community,
      ),
    ).not.toThrow();
    expect(() =>
      assertSeatSource(
        { sourceOrganizationId: "community-org", role: "MEMBER", production: "EX_OFFICIO" },
        members,
        community,
      ),
    ).not.toThrow();
    expect(
      thrown(() =>
        assertSeatSource(
          { sourceOrganizationId: "elsewhere", role: "MEMBER", production: "NOMINATED" },
          members,
          community,
        ),
      ),
    ).toMatchObject({ code: "INVARIANT", field: "sourceOrganizationId" });
    expect(
      thrown(() =>
        assertSeatSource(
          { sourceOrganizationId: "unit-org", role: "MEMBER", production: "EX_OFFICIO" },
          members,
          community,
        ),
      ),
    ).toMatchObject({ code: "INVARIANT", field: "production" });
  });

  it("gives a person one active seat per committee, none once deregistered", () => {
    const person = { id: "p1", endedAt: null };
    expect(() => assertPersonMayTakeSeat(person, [{ personId: "p2" }])).not.toThrow();
    expect(thrown(() => assertPersonMayTakeSeat(person, [{ personId: "p1" }]))).toMatchObject({
      code: "INVARIANT",
      field: "personId",
    });
    expect(thrown(() => assertPersonMayTakeSeat({ id: "p1", endedAt: new Date() }, []))).toMatchObject({
      code: "INVARIANT",
      field: "personId",
    });
  });

  it("refuses dissolved committees and backwards terms", () => {
    expect(() => assertCommitteeTakesNominations("FILED")).not.toThrow();
    expect(thrown(() => assertCommitteeTakesNominations("DISSOLVED"))).toMatchObject({
      code: "INVARIANT",
      field: "committeeId",
    });
    const d = (s: string) => new Date(`${s}T00:00:00.000Z`);
    expect(() => assertTerm(d("2026-01-01"), d("2030-12-31"))).not.toThrow();
    expect(() => assertTerm(null, d("2030-12-31"))).not.toThrow();
    expect(thrown(() => assertTerm(d("2026-01-01"), d("2025-12-31")))).toMatchObject({
      code: "VALIDATION",
      field: "termEnd",
    });
  });
});

describe("issue 14 seat rules (no database)", () => {
  it("seats only party members, and keeps a seated person a member (item 1)", () => {
    expect(() => assertSeatHolderIsPartyMember({ isPartyMember: true })).not.toThrow();
    expect(thrown(() => assertSeatHolderIsPartyMember({ isPartyMember: false }))).toMatchObject({
      code: "INVARIANT",
      field: "personId",
      messageEn: "Only a party member may hold a seat on a committee",
    });
    expect(() => assertStaysMemberWhileSeated(false, 0)).not.toThrow();
    expect(() => assertStaysMemberWhileSeated(true, 2)).not.toThrow();
    expect(() => assertStaysMemberWhileSeated(undefined, 2)).not.toThrow();
    expect(thrown(() => assertStaysMemberWhileSeated(false, 1))).toMatchObject({
      code: "INVARIANT",
      field: "isPartyMember",
    });
  });

  it("takes each role from the sources the mechanism assigns, and a nominated seat's congress (item 6)", () => {
    expect(allowedSeatSources("SECRETARY", "NOMINATED")).toEqual(["COMMUNITY", "RESIDENT_UNIT"]);
    expect(allowedSeatSources("EXECUTIVE_DEPUTY", "NOMINATED")).toEqual(["COMMUNITY"]);
    expect(allowedSeatSources("DEPUTY_FULL_TIME", "NOMINATED")).toEqual(["COMMUNITY"]);
    expect(allowedSeatSources("DEPUTY_PART_TIME", "NOMINATED")).toEqual(["RESIDENT_UNIT"]);
    expect(allowedSeatSources("MEMBER", "NOMINATED")).toEqual(["RESIDENT_UNIT"]);
    expect(allowedSeatSources("MEMBER", "EX_OFFICIO")).toEqual(["COMMUNITY"]);
    expect(allowedSeatSources("DEPUTY_PART_TIME", "EX_OFFICIO")).toEqual([]);
    const members = new Set(["unit-org"]);
    const community = new Set(["community-org"]);
    const source = (role: SeatShape["role"], sourceOrganizationId: string, production = "NOMINATED" as const) =>
      thrown(() => assertSeatSource({ role, sourceOrganizationId, production }, members, community));
    expect(source("DEPUTY_PART_TIME", "community-org")).toMatchObject({ field: "sourceOrganizationId" });
    expect(source("MEMBER", "community-org")).toMatchObject({ field: "sourceOrganizationId" });
    expect(source("EXECUTIVE_DEPUTY", "unit-org")).toMatchObject({ field: "sourceOrganizationId" });
    expect(
      thrown(() =>
        assertSeatSource(
          { role: "DEPUTY_PART_TIME", sourceOrganizationId: "community-org", production: "EX_OFFICIO" },
          members,
          community,
        ),
      ),
    ).toMatchObject({ code: "INVARIANT", field: "production" });
    expect(() =>
      assertSeatSource(
        { role: "SECRETARY", sourceOrganizationId: "unit-org", production: "NOMINATED" },
        members,
        community,
      ),
    ).not.toThrow();

    const today = new Date("2026-06-01T00:00:00.000Z");
    const day = new Date("2026-05-20T00:00:00.000Z");
    expect(() =>
      assertCongressRecord("NOMINATED", { congressDate: day, congressReference: "〔2026〕1号" }, today),
    ).not.toThrow();
    expect(() => assertCongressRecord("EX_OFFICIO", {}, today)).not.toThrow();
    const congress = (production: "NOMINATED" | "EX_OFFICIO", record: object) =>
      thrown(() => assertCongressRecord(production, record, today));
    expect(congress("NOMINATED", { congressReference: "〔2026〕1号" })).toMatchObject({ field: "congressDate" });
    expect(congress("NOMINATED", { congressDate: day, congressReference: " " })).toMatchObject({
      field: "congressReference",
    });
    expect(
      congress("NOMINATED", { congressDate: new Date("2026-06-02T00:00:00.000Z"), congressReference: "1" }),
    ).toMatchObject({ code: "VALIDATION", field: "congressDate" });
    expect(congress("EX_OFFICIO", { congressDate: day, congressReference: "1" })).toMatchObject({
      field: "congressDate",
    });
  });
});

// ---------------------------------------------------------------- through HTTP

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let streetAdmin: string;
let districtAdmin: string;
let jointStaff: string;
let foreign: { personId: string; organizationId: string };

const seatFields = `__typename
  ... on Seat { id role status production version approvedAt filedAt rejectedAt rejectionReason endedAt allowedTransitions
    congressDate congressReference
    attestations { qualification attestedBy } person { id } sourceOrganization { id } committee { id } }
  ... on Error { code messageZh messageEn field }
  ... on DomainError { allowed }`;

const NOMINATE = `mutation($input: NominateSeatInput!) { nominateSeat(input: $input) { ${seatFields} } }`;
const step = (name: string, input = "SeatTransitionInput") =>
  `mutation($input: ${input}!) { ${name}(input: $input) { ${seatFields} } }`;

const attestations = (qualifications: readonly string[] = QUALIFICATIONS) =>
  qualifications.map((qualification) => ({ qualification, attestedBy: "社区党委", evidence: "党员大会推选记录" }));

const active = { in: [...ACTIVE_SEAT_STATUSES] };

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  // Distinct people: the staff nominate, the street approves (separation of duties, issue 21 finding 5).
  streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }], "street-admin");
  districtAdmin = await t.token([{ role: "DISTRICT_ADMIN", districtId: scope.district.id }]);
  jointStaff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }], "joint-staff");
  // A second street of the district, outside every grant above but the district's.
  const { street, organization } = await foreignStreet(t.db, scope.district.id, "SEATS");
  const person = await t.db.prisma.person.create({
    data: { name: "外街道人员", gender: "FEMALE", streetId: street.id },
  });
  foreign = { personId: person.id, organizationId: organization.id };
});
afterAll(async () => {
  await t?.close();
});

/** Row counts that a refused mutation must leave as they were. */
const counts = async () => ({
  seats: await t.db.prisma.seat.count(),
  attestations: await t.db.prisma.seatAttestation.count(),
  audits: await t.db.prisma.auditEvent.count(),
});

/** Persons of the street with no active seat on the committee, not yet used by a test. */
const used = new Set<string>();
async function freePerson(committeeId: string) {
  const person = await t.db.prisma.person.findFirstOrThrow({
    where: {
      streetId: scope.street.id,
      endedAt: null,
      isPartyMember: true,
      id: { notIn: [...used] },
      seats: { none: { committeeId, status: active } },
    },
    orderBy: { name: "asc" },
  });
  used.add(person.id);
  return person;
}

async function memberOrganization(committeeId: string) {
  return t.db.prisma.partyOrganization.findFirstOrThrow({
    where: { unitId: { not: null }, endedAt: null, memberships: { some: { committeeId, toDate: null } } },
    orderBy: { code: "asc" },
  });
}

async function communityOrganization(committeeId: string) {
  return t.db.prisma.partyOrganization.findFirstOrThrow({
    where: {
      unitId: null,
      endedAt: null,
      community: { coverages: { some: { committeeId, endedAt: null } } },
    },
    orderBy: { code: "asc" },
  });
}

async function nominate(
  token: string,
  fields: {
    committeeId: string;
    personId: string;
    sourceOrganizationId: string;
    role?: string;
    production?: string;
    attestations?: unknown[];
    congressDate?: string | null;
    congressReference?: string | null;
  },
) {
  const production = fields.production ?? "NOMINATED";
  // A nominated seat records the party congress that chose it (unless the test says otherwise).
  const congress =
    production === "NOMINATED" ? { congressDate: "2026-03-15", congressReference: "党代会决议〔2026〕1号" } : {};
  const { data, errors } = await t.gql(
    NOMINATE,
    {
      input: {
        committeeId: toGlobalId("Committee", fields.committeeId),
        personId: toGlobalId("Person", fields.personId),
        sourceOrganizationId: toGlobalId("PartyOrganization", fields.sourceOrganizationId),
        role: fields.role ?? "MEMBER",
        production,
        attestations: fields.attestations ?? attestations(),
        ...congress,
        ...("congressDate" in fields ? { congressDate: fields.congressDate } : {}),
        ...("congressReference" in fields ? { congressReference: fields.congressReference } : {}),
      },
    },
    token,
  );
  expect(errors).toBeUndefined();
  return data.nominateSeat;
}

async function move(token: string, mutation: string, seat: { id: string; version: number }, extra = {}) {
  const input = mutation === "rejectSeat" ? "RejectSeatInput" : "SeatTransitionInput";
  const { data, errors } = await t.gql(
    step(mutation, input),
    { input: { id: seat.id, version: seat.version, ...extra } },
    token,
  );
  expect(errors).toBeUndefined();
  return data[mutation];
}

/** A fresh MEMBER nomination on the joint committee (by its staff). */
async function nominatedMember() {
  const person = await freePerson(scope.joint.id);
  const seat = await nominate(jointStaff, {
    committeeId: scope.joint.id,
    personId: person.id,
    sourceOrganizationId: (await memberOrganization(scope.joint.id)).id,
  });
  expect(seat.__typename).toBe("Seat");
  return seat as { id: string; version: number; status: string };
}

describe("seat workflow", () => {
  it("separation of duties: whoever nominated a seat does not approve it; another clerk does (issue 21, finding 5)", async () => {
    const person = await freePerson(scope.joint.id);
    const seat = await nominate(streetAdmin, {
      committeeId: scope.joint.id,
      personId: person.id,
      sourceOrganizationId: (await memberOrganization(scope.joint.id)).id,
    });
    expect(seat).toMatchObject({ __typename: "Seat", status: "NOMINATED" });
    const row = await t.db.prisma.seat.findFirstOrThrow({
      where: { personId: person.id, committeeId: scope.joint.id, status: "NOMINATED" },
    });
    expect(row.nominatedBy).toBe("street-admin");
    const self = await move(streetAdmin, "approveSeat", seat);
    expect(self).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN", field: "id" });
    expect(self.messageZh).toContain("职责分离");
    expect((await t.db.prisma.seat.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("NOMINATED");
    const colleague = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }], "street-admin-2");
    expect(await move(colleague, "approveSeat", seat)).toMatchObject({ status: "APPROVED" });
  });

  it("nominates with three attestations, then approves, files and ends, each with its audit event", async () => {
    const before = await counts();
    const person = await freePerson(scope.joint.id);
    const org = await memberOrganization(scope.joint.id);
    const seat = await nominate(jointStaff, {
      committeeId: scope.joint.id,
      personId: person.id,
      sourceOrganizationId: org.id,
    });
    expect(seat).toMatchObject({
      __typename: "Seat",
      role: "MEMBER",
      status: "NOMINATED",
      production: "NOMINATED",
      version: 1,
      allowedTransitions: ["APPROVED", "REJECTED"],
      person: { id: toGlobalId("Person", person.id) },
      sourceOrganization: { id: toGlobalId("PartyOrganization", org.id) },
      committee: { id: toGlobalId("Committee", scope.joint.id) },
    });
    expect(seat.attestations.map((a: { qualification: string }) => a.qualification).sort()).toEqual(
      [...QUALIFICATIONS].sort(),
    );
    expect(await counts()).toEqual({
      seats: before.seats + 1,
      attestations: before.attestations + 3,
      audits: before.audits + 4,
    });
    const row = await t.db.prisma.seat.findFirstOrThrow({
      where: { personId: person.id, committeeId: scope.joint.id, status: "NOMINATED" },
    });
    expect(row).toMatchObject({
      streetId: scope.joint.streetId,
      termStart: scope.joint.termStart,
      termEnd: scope.joint.termEnd,
    });
    const saved = await t.db.prisma.seatAttestation.findMany({ where: { seatId: row.id } });
    expect(saved.every((a) => a.committeeId === row.committeeId && a.streetId === row.streetId)).toBe(true);

    const approved = await move(streetAdmin, "approveSeat", seat);
    expect(approved).toMatchObject({ status: "APPROVED", version: 2, allowedTransitions: ["FILED", "ENDED"] });
    expect(approved.approvedAt).not.toBeNull();
    const filed = await move(districtAdmin, "fileSeat", approved);
    expect(filed).toMatchObject({ status: "FILED", version: 3, allowedTransitions: ["ENDED"] });
    expect(filed.filedAt).not.toBeNull();
    const ended = await move(jointStaff, "endSeat", filed);
    expect(ended).toMatchObject({ status: "ENDED", version: 4, allowedTransitions: [] });
    expect(ended.endedAt).not.toBeNull();

    const events = await t.db.prisma.auditEvent.findMany({
      where: { entityType: "Seat", entityId: row.id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["nominateSeat", "approveSeat", "fileSeat", "endSeat"]);
    expect(events[1]?.changedFields).toEqual(["approvedAt", "status"]);
  });

  it("lets the street reject a nomination with a reason; a rejected seat is final", async () => {
    const seat = await nominatedMember();
    const rejected = await move(streetAdmin, "rejectSeat", seat, { reason: "未能正常参加活动" });
    expect(rejected).toMatchObject({ status: "REJECTED", rejectionReason: "未能正常参加活动", allowedTransitions: [] });
    expect(rejected.rejectedAt).not.toBeNull();

    const before = await counts();
    const again = await move(streetAdmin, "approveSeat", rejected);
    expect(again).toMatchObject({ __typename: "DomainError", code: "INVALID_TRANSITION", allowed: [] });
    expect(await counts()).toEqual(before);
    expect((await t.db.prisma.seat.findFirstOrThrow({ where: { id: dbId(rejected) } })).status).toBe("REJECTED");
  });

  it("refuses an out-of-order transition with the allowed ones and writes nothing", async () => {
    const seat = await nominatedMember();
    const before = await counts();
    const filed = await move(districtAdmin, "fileSeat", seat);
    expect(filed).toMatchObject({
      __typename: "DomainError",
      code: "INVALID_TRANSITION",
      field: "status",
      allowed: ["APPROVED", "REJECTED"],
    });
    const ended = await move(jointStaff, "endSeat", seat);
    expect(ended).toMatchObject({ code: "INVALID_TRANSITION", allowed: ["APPROVED", "REJECTED"] });
    expect(await counts()).toEqual(before);
    expect(await t.db.prisma.seat.findUniqueOrThrow({ where: { id: dbId(seat) } })).toMatchObject({
      status: "NOMINATED",
      version: 1,
      filedAt: null,
      endedAt: null,
    });
  });

  it("refuses a stale version with CONFLICT and keeps the newer state", async () => {
    const seat = await nominatedMember();
    const approved = await move(streetAdmin, "approveSeat", seat);
    expect(approved.status).toBe("APPROVED");
    const before = await counts();
    const stale = await move(districtAdmin, "fileSeat", seat); // version 1, the seat is at 2
    expect(stale).toMatchObject({ __typename: "DomainError", code: "CONFLICT", field: "version" });
    expect(await counts()).toEqual(before);
    expect(await t.db.prisma.seat.findUniqueOrThrow({ where: { id: dbId(seat) } })).toMatchObject({
      status: "APPROVED",
      version: 2,
      filedAt: null,
    });
  });

  it("does not let committee staff approve (FORBIDDEN) and writes nothing", async () => {
    const seat = await nominatedMember();
    const before = await counts();
    const refused = await move(jointStaff, "approveSeat", seat);
    expect(refused).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });
    const rejected = await move(jointStaff, "rejectSeat", seat, { reason: "无权" });
    expect(rejected).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });
    const filed = await move(streetAdmin, "fileSeat", { ...seat, version: seat.version });
    expect(filed).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
    expect(await t.db.prisma.seat.findUniqueOrThrow({ where: { id: dbId(seat) } })).toMatchObject({
      status: "NOMINATED",
      version: 1,
      approvedAt: null,
    });
  });
});

/** The database id of a seat returned by the API. */
const dbId = (seat: { id: string }) => fromGlobalId("Seat", seat.id);

describe("nomination refusals (nothing written)", () => {
  async function expectRefused(
    fields: Parameters<typeof nominate>[1],
    expected: { code: string; field: string; messageEn?: string },
    token = jointStaff,
  ) {
    const before = await counts();
    const result = await nominate(token, fields);
    expect(result).toMatchObject({ __typename: "DomainError", ...expected });
    expect(result.messageZh.length).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
    return result;
  }

  it("refuses a second secretary", async () => {
    expect(
      await t.db.prisma.seat.count({ where: { committeeId: scope.joint.id, role: "SECRETARY", status: active } }),
    ).toBe(1);
    const person = await freePerson(scope.joint.id);
    await expectRefused(
      {
        committeeId: scope.joint.id,
        personId: person.id,
        sourceOrganizationId: (await memberOrganization(scope.joint.id)).id,
        role: "SECRETARY",
      },
      { code: "INVARIANT", field: "role", messageEn: "There can be only one secretary" },
    );
  });

  it("refuses a second full-time deputy", async () => {
    const person = await freePerson(scope.joint.id);
    await expectRefused(
      {
        committeeId: scope.joint.id,
        personId: person.id,
        sourceOrganizationId: (await communityOrganization(scope.joint.id)).id,
        role: "DEPUTY_FULL_TIME",
        production: "EX_OFFICIO",
      },
      { code: "INVARIANT", field: "role", messageEn: "There can be only one full-time deputy" },
    );
  });

  it("accepts part-time deputies up to 3 deputies in all and refuses the one making 4", async () => {
    const deputies = () =>
      t.db.prisma.seat.count({
        where: { committeeId: scope.joint.id, role: { in: ["DEPUTY_FULL_TIME", "DEPUTY_PART_TIME"] }, status: active },
      });
    const org = await memberOrganization(scope.joint.id);
    while ((await deputies()) < 3) {
      const seat = await nominate(jointStaff, {
        committeeId: scope.joint.id,
        personId: (await freePerson(scope.joint.id)).id,
        sourceOrganizationId: org.id,
        role: "DEPUTY_PART_TIME",
      });
      expect(seat).toMatchObject({ __typename: "Seat", role: "DEPUTY_PART_TIME" });
    }
    expect(await deputies()).toBe(3);
    await expectRefused(
      {
        committeeId: scope.joint.id,
        personId: (await freePerson(scope.joint.id)).id,
        sourceOrganizationId: org.id,
        role: "DEPUTY_PART_TIME",
      },
      { code: "INVARIANT", field: "role", messageEn: "At most 3 deputies in all" },
    );
    expect(await deputies()).toBe(3);
  });

  it("takes the full-time deputy only from a covered community's party organisation", async () => {
    // A filed single-community committee: its full-time deputy's term ends first.
    const committee = await t.db.prisma.committee.findFirstOrThrow({
      where: { kind: "COMMUNITY", status: "FILED", streetId: scope.street.id },
      orderBy: { code: "asc" },
    });
    const staff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: committee.id }]);
    const fullTime = await t.db.prisma.seat.findFirstOrThrow({
      where: { committeeId: committee.id, role: "DEPUTY_FULL_TIME", status: active },
    });
    const ended = await move(staff, "endSeat", { id: toGlobalId("Seat", fullTime.id), version: fullTime.version });
    expect(ended).toMatchObject({ __typename: "Seat", status: "ENDED" });

    const unitOrg = await memberOrganization(committee.id);
    await expectRefused(
      {
        committeeId: committee.id,
        personId: (await freePerson(committee.id)).id,
        sourceOrganizationId: unitOrg.id,
        role: "DEPUTY_FULL_TIME",
      },
      { code: "INVARIANT", field: "sourceOrganizationId" },
      staff,
    );
    const seat = await nominate(staff, {
      committeeId: committee.id,
      personId: (await freePerson(committee.id)).id,
      sourceOrganizationId: (await communityOrganization(committee.id)).id,
      role: "DEPUTY_FULL_TIME",
      production: "EX_OFFICIO",
    });
    expect(seat).toMatchObject({ __typename: "Seat", role: "DEPUTY_FULL_TIME", status: "NOMINATED" });
  });

  it("refuses a nomination missing an attestation, or attesting one twice", async () => {
    const person = await freePerson(scope.joint.id);
    const fields = {
      committeeId: scope.joint.id,
      personId: person.id,
      sourceOrganizationId: (await memberOrganization(scope.joint.id)).id,
    };
    await expectRefused(
      { ...fields, attestations: attestations(["ENTHUSIASM", "COORDINATION"]) },
      { code: "INVARIANT", field: "attestations" },
    );
    await expectRefused({ ...fields, attestations: [] }, { code: "INVARIANT", field: "attestations" });
    await expectRefused(
      { ...fields, attestations: attestations([...QUALIFICATIONS, "AVAILABILITY"]) },
      { code: "VALIDATION", field: "attestations" },
    );
  });

  it("answers a person or organisation outside the caller's scope with NOT_FOUND", async () => {
    const org = await memberOrganization(scope.joint.id);
    await expectRefused(
      { committeeId: scope.joint.id, personId: foreign.personId, sourceOrganizationId: org.id },
      { code: "NOT_FOUND", field: "personId" },
    );
    await expectRefused(
      {
        committeeId: scope.joint.id,
        personId: (await freePerson(scope.joint.id)).id,
        sourceOrganizationId: foreign.organizationId,
      },
      { code: "NOT_FOUND", field: "sourceOrganizationId" },
    );
    // The same answer as for a record that does not exist.
    const missing = await nominate(jointStaff, {
      committeeId: scope.joint.id,
      personId: "00000000-0000-4000-8000-000000000000",
      sourceOrganizationId: org.id,
    });
    const foreignResult = await nominate(jointStaff, {
      committeeId: scope.joint.id,
      personId: foreign.personId,
      sourceOrganizationId: org.id,
    });
    expect(foreignResult).toEqual(missing);
    // Another committee's staff cannot reach this committee at all.
    const other = await t.db.prisma.committee.findFirstOrThrow({
      where: { id: { not: scope.joint.id }, streetId: scope.street.id },
      orderBy: { code: "asc" },
    });
    await expectRefused(
      {
        committeeId: scope.joint.id,
        personId: (await freePerson(scope.joint.id)).id,
        sourceOrganizationId: org.id,
      },
      { code: "NOT_FOUND", field: "committeeId" },
      await t.token([{ role: "COMMITTEE_STAFF", committeeId: other.id }]),
    );
  });

  it("refuses a source organisation that is neither a member nor a covered community's organisation", async () => {
    const outsider = await t.db.prisma.partyOrganization.findFirstOrThrow({
      where: {
        streetId: scope.street.id,
        unitId: { not: null },
        memberships: { none: { committeeId: scope.joint.id, toDate: null } },
      },
      orderBy: { code: "asc" },
    });
    await expectRefused(
      {
        committeeId: scope.joint.id,
        personId: (await freePerson(scope.joint.id)).id,
        sourceOrganizationId: outsider.id,
      },
      { code: "INVARIANT", field: "sourceOrganizationId" },
    );
  });

  it("refuses an ex officio seat from a unit's organisation", async () => {
    await expectRefused(
      {
        committeeId: scope.joint.id,
        personId: (await freePerson(scope.joint.id)).id,
        sourceOrganizationId: (await memberOrganization(scope.joint.id)).id,
        production: "EX_OFFICIO",
      },
      { code: "INVARIANT", field: "production" },
    );
  });

  it("refuses a person who already holds an active seat on the committee", async () => {
    const holder = await t.db.prisma.seat.findFirstOrThrow({
      where: { committeeId: scope.joint.id, role: "MEMBER", status: "FILED" },
      orderBy: { nominatedAt: "asc" },
    });
    await expectRefused(
      {
        committeeId: scope.joint.id,
        personId: holder.personId,
        sourceOrganizationId: (await memberOrganization(scope.joint.id)).id,
      },
      { code: "INVARIANT", field: "personId" },
    );
  });

  it("refuses nominations to a dissolved committee", async () => {
    const committee = await t.db.prisma.committee.findFirstOrThrow({
      where: { status: "SUBMITTED", streetId: scope.street.id },
      orderBy: { code: "asc" },
    });
    // The committee workflow is another domain's: put the committee in the state directly.
    await t.db.prisma.committee.update({
      where: { id: committee.id },
      data: { status: "DISSOLVED", dissolvedAt: new Date() },
    });
    await expectRefused(
      {
        committeeId: committee.id,
        personId: (await freePerson(committee.id)).id,
        sourceOrganizationId: (await communityOrganization(committee.id)).id,
      },
      { code: "INVARIANT", field: "committeeId" },
      streetAdmin,
    );
  });

  it("does not let an analyst nominate", async () => {
    const analyst = await t.token([{ role: "ANALYST", districtId: scope.district.id }]);
    await expectRefused(
      {
        committeeId: scope.joint.id,
        personId: (await freePerson(scope.joint.id)).id,
        sourceOrganizationId: (await memberOrganization(scope.joint.id)).id,
      },
      { code: "FORBIDDEN", field: "committeeId" },
      analyst,
    );
  });
});

describe("seats list", () => {
  const LIST = `query($filter: SeatFilter, $orderBy: [SeatOrderBy!]) {
    seats(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { id role status person { id } } } } }`;

  it("filters by committee, role and status within the caller's scope", async () => {
    const filter = {
      committeeId: { equals: toGlobalId("Committee", scope.joint.id) },
      status: { in: ["NOMINATED", "APPROVED", "FILED"] },
    };
    const { data, errors } = await t.gql(LIST, { filter }, streetAdmin);
    expect(errors).toBeUndefined();
    const expected = await t.db.prisma.seat.count({ where: { committeeId: scope.joint.id, status: active } });
    expect(data.seats.totalCount).toBe(expected);
    expect(data.seats.edges[0].node.role).toBe("SECRETARY");

    const secretaries = await t.gql(LIST, { filter: { ...filter, role: { equals: "SECRETARY" } } }, jointStaff);
    expect(secretaries.data.seats.totalCount).toBe(1);
  });

  it("shows a committee's staff only its own committee's seats", async () => {
    const { data } = await t.gql(LIST, {}, jointStaff);
    const own = await t.db.prisma.seat.count({ where: { committeeId: scope.joint.id } });
    expect(data.seats.totalCount).toBe(own);
    const otherCommittee = await t.db.prisma.committee.findFirstOrThrow({
      where: { id: { not: scope.joint.id } },
      orderBy: { code: "asc" },
    });
    const foreignFilter = await t.gql(
      LIST,
      { filter: { committeeId: { equals: toGlobalId("Committee", otherCommittee.id) } } },
      jointStaff,
    );
    expect(foreignFilter.data.seats.totalCount).toBe(0);
  });

  it("shows a superior organisation only its subordinates' seats", async () => {
    const superior = await t.token([
      { role: "SUPERIOR_ORG", organizationCode: String(scope.dualOrg.superiorExternalCode) },
    ]);
    const subordinates = await t.db.prisma.partyOrganization.findMany({
      where: {
        OR: [
          { superiorExternalCode: scope.dualOrg.superiorExternalCode },
          { superior: { code: String(scope.dualOrg.superiorExternalCode) } },
        ],
      },
      select: { id: true },
    });
    const { data } = await t.gql(LIST, {}, superior);
    expect(data.seats.totalCount).toBe(
      await t.db.prisma.seat.count({ where: { sourceOrganizationId: { in: subordinates.map((o) => o.id) } } }),
    );
  });
});

// ---------------------------------------------------------------- issue 14, items 1 and 6

describe("only party members sit on a committee (issue 14 item 1)", () => {
  const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { __typename
    ... on Person { id isPartyMember partyJoinedOn version } ... on Error { code field messageZh messageEn } } }`;

  async function updatePerson(personId: string, isPartyMember: boolean) {
    const person = await t.db.prisma.person.findUniqueOrThrow({ where: { id: personId } });
    const input = {
      id: toGlobalId("Person", personId),
      version: person.version,
      isPartyMember,
      ...(isPartyMember ? {} : { partyJoinedOn: null }),
    };
    const { data, errors } = await t.gql(UPDATE_PERSON, { input }, streetAdmin);
    expect(errors).toBeUndefined();
    return data.updatePerson;
  }

  /** Counts and the person's and seat's rows, which a refusal leaves as they were. */
  const snapshot = async (personId: string) => ({
    counts: await counts(),
    person: await t.db.prisma.person.findUniqueOrThrow({ where: { id: personId } }),
    seats: await t.db.prisma.seat.findMany({ where: { personId }, orderBy: { id: "asc" } }),
  });

  it("refuses nominating or approving a non-member for every role, and un-membering a seated person", async () => {
    const outsider = await t.db.prisma.person.findFirstOrThrow({
      where: { streetId: scope.street.id, isPartyMember: false, endedAt: null },
      orderBy: { name: "asc" },
    });
    const unitOrg = (await memberOrganization(scope.joint.id)).id;
    const communityOrg = (await communityOrganization(scope.joint.id)).id;
    const roles = [
      { role: "SECRETARY", sourceOrganizationId: unitOrg },
      { role: "EXECUTIVE_DEPUTY", sourceOrganizationId: communityOrg, production: "EX_OFFICIO" },
      { role: "DEPUTY_FULL_TIME", sourceOrganizationId: communityOrg, production: "EX_OFFICIO" },
      { role: "DEPUTY_PART_TIME", sourceOrganizationId: unitOrg },
      { role: "MEMBER", sourceOrganizationId: unitOrg },
    ];
    for (const fields of roles) {
      const before = await snapshot(outsider.id);
      const refused = await nominate(jointStaff, { committeeId: scope.joint.id, personId: outsider.id, ...fields });
      expect(refused, fields.role).toMatchObject({
        __typename: "DomainError",
        code: "INVARIANT",
        field: "personId",
        messageEn: "Only a party member may hold a seat on a committee",
        messageZh: "大党委职务只能由中共党员担任",
      });
      expect(await snapshot(outsider.id)).toEqual(before);
    }

    // Allowed: a party member (seated nowhere else) is nominated.
    const member = await t.db.prisma.person.findFirstOrThrow({
      where: {
        streetId: scope.street.id,
        endedAt: null,
        isPartyMember: true,
        id: { notIn: [...used] },
        seats: { none: { status: active } },
      },
      orderBy: { name: "asc" },
    });
    used.add(member.id);
    const seat = await nominate(jointStaff, {
      committeeId: scope.joint.id,
      personId: member.id,
      sourceOrganizationId: unitOrg,
    });
    expect(seat).toMatchObject({ __typename: "Seat", status: "NOMINATED" });

    // Refused while the seat is nominated: recording the holder as not a party member.
    const expectMembershipKept = async () => {
      const before = await snapshot(member.id);
      expect(await updatePerson(member.id, false)).toMatchObject({
        __typename: "DomainError",
        code: "INVARIANT",
        field: "isPartyMember",
      });
      expect(await snapshot(member.id)).toEqual(before);
      expect(before.person.isPartyMember).toBe(true);
    };
    await expectMembershipKept();

    // Approval of someone who is no longer a member (a record from before the rule, written directly) is refused.
    await t.db.prisma.person.update({ where: { id: member.id }, data: { isPartyMember: false, partyJoinedOn: null } });
    const beforeApproval = await snapshot(member.id);
    expect(await move(streetAdmin, "approveSeat", seat)).toMatchObject({
      __typename: "DomainError",
      code: "INVARIANT",
      field: "personId",
    });
    expect(await snapshot(member.id)).toEqual(beforeApproval);
    await t.db.prisma.person.update({ where: { id: member.id }, data: { isPartyMember: true } });

    // A member's nomination is approved, then filed; the membership stays fixed at each step.
    const approved = await move(streetAdmin, "approveSeat", seat);
    expect(approved).toMatchObject({ __typename: "Seat", status: "APPROVED" });
    await expectMembershipKept();
    const filed = await move(districtAdmin, "fileSeat", approved);
    expect(filed).toMatchObject({ __typename: "Seat", status: "FILED" });
    await expectMembershipKept();

    // Once the seat has ended, the person may be recorded as not a party member (with its audit event).
    expect(await move(jointStaff, "endSeat", filed)).toMatchObject({ status: "ENDED" });
    const audits = await t.db.prisma.auditEvent.count();
    expect(await updatePerson(member.id, false)).toMatchObject({ __typename: "Person", isPartyMember: false });
    expect(await t.db.prisma.auditEvent.count()).toBe(audits + 1);
  });
});

describe("seat sources and the party congress (issue 14 item 6)", () => {
  /** Nominates and expects a refusal that wrote nothing. */
  async function expectRefusal(fields: Parameters<typeof nominate>[1], expected: object) {
    const before = { counts: await counts(), seats: await t.db.prisma.seat.findMany({ orderBy: { id: "asc" } }) };
    expect(await nominate(jointStaff, fields)).toMatchObject({ __typename: "DomainError", ...expected });
    expect({ counts: await counts(), seats: await t.db.prisma.seat.findMany({ orderBy: { id: "asc" } }) }).toEqual(
      before,
    );
  }

  it("takes part-time deputies and nominated members from resident units, records the congress, refuses the rest", async () => {
    const committeeId = scope.joint.id;
    const unitOrg = (await memberOrganization(committeeId)).id;
    const communityOrg = (await communityOrganization(committeeId)).id;
    const fresh = async () => (await freePerson(committeeId)).id;

    // Allowed: a member nominated from a resident unit, with the congress that chose them; an ex officio member.
    const nominated = await nominate(jointStaff, {
      committeeId,
      personId: await fresh(),
      sourceOrganizationId: unitOrg,
      congressDate: "2026-04-28",
      congressReference: "社区党员代表大会〔2026〕2号",
    });
    expect(nominated).toMatchObject({
      __typename: "Seat",
      role: "MEMBER",
      congressDate: "2026-04-28",
      congressReference: "社区党员代表大会〔2026〕2号",
    });
    expect(await t.db.prisma.seat.findUniqueOrThrow({ where: { id: dbId(nominated) } })).toMatchObject({
      congressDate: new Date("2026-04-28T00:00:00.000Z"),
      congressReference: "社区党员代表大会〔2026〕2号",
    });
    const exOfficio = await nominate(jointStaff, {
      committeeId,
      personId: await fresh(),
      sourceOrganizationId: communityOrg,
      production: "EX_OFFICIO",
    });
    expect(exOfficio).toMatchObject({ __typename: "Seat", congressDate: null, congressReference: null });

    const person = await fresh();
    const source = { code: "INVARIANT", field: "sourceOrganizationId" };
    await expectRefusal(
      { committeeId, personId: person, sourceOrganizationId: communityOrg, role: "DEPUTY_PART_TIME" },
      { ...source, messageEn: "A part-time deputy comes from a resident member unit's party organisation" },
    );
    await expectRefusal(
      {
        committeeId,
        personId: person,
        sourceOrganizationId: communityOrg,
        role: "DEPUTY_PART_TIME",
        production: "EX_OFFICIO",
      },
      { code: "INVARIANT", field: "production" },
    );
    await expectRefusal({ committeeId, personId: person, sourceOrganizationId: communityOrg, role: "MEMBER" }, source);
    await expectRefusal(
      { committeeId, personId: person, sourceOrganizationId: unitOrg, role: "EXECUTIVE_DEPUTY" },
      source,
    );
    await expectRefusal(
      { committeeId, personId: person, sourceOrganizationId: unitOrg, role: "DEPUTY_FULL_TIME" },
      source,
    );

    // The congress: required for a nominated seat, not in the future, none for an ex officio one.
    const base = { committeeId, personId: person, sourceOrganizationId: unitOrg };
    await expectRefusal({ ...base, congressDate: null }, { code: "VALIDATION", field: "congressDate" });
    await expectRefusal({ ...base, congressReference: null }, { code: "VALIDATION", field: "congressReference" });
    await expectRefusal({ ...base, congressReference: "   " }, { code: "VALIDATION", field: "congressReference" });
    await expectRefusal({ ...base, congressDate: "2999-01-01" }, { code: "VALIDATION", field: "congressDate" });
    await expectRefusal(
      {
        ...base,
        sourceOrganizationId: communityOrg,
        production: "EX_OFFICIO",
        congressDate: "2026-04-28",
        congressReference: "1",
      },
      { code: "VALIDATION", field: "congressDate" },
    );
  });

  it("keeps the congress date and reference together in the database", async () => {
    const seat = await t.db.prisma.seat.findFirstOrThrow({
      where: { production: "NOMINATED", congressDate: { not: null } },
    });
    await expect(
      t.db.prisma.seat.update({ where: { id: seat.id }, data: { congressReference: null } }),
    ).rejects.toThrow(/Seat_congress_both_or_neither/);
    const exOfficio = await t.db.prisma.seat.findFirstOrThrow({ where: { production: "EX_OFFICIO" } });
    await expect(
      t.db.prisma.seat.update({
        where: { id: exOfficio.id },
        data: { congressDate: new Date("2026-01-01T00:00:00.000Z"), congressReference: "1" },
      }),
    ).rejects.toThrow(/Seat_congress_only_nominated/);
  });
});
