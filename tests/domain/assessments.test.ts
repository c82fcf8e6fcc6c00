import {
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
  isValidScore,
  parseScore,
} from "@gongjian/api/assessments/rules";
import { toGlobalId } from "@gongjian/api/data/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";
import { thrown } from "../support/errors.js";

// ---------------------------------------------------------------- rules (no database)

describe("assessment rules", () => {
  it("takes exactly the subject the kind requires", () => {
    expect(assertSubjectForKind("UNIT_PARTICIPATION", { membershipId: "m" })).toBe("membershipId");
    expect(assertSubjectForKind("COMMITTEE_MEMBER", { seatId: "s" })).toBe("seatId");
    expect(assertSubjectForKind("ANNUAL_APPRAISAL", { personId: "p" })).toBe("personId");
    expect(assertSubjectForKind("POINTS", { personId: "p", seatId: null })).toBe("personId");
    expect(thrown(() => assertSubjectForKind("UNIT_PARTICIPATION", { personId: "p" }))).toMatchObject({
      code: "VALIDATION",
      field: "membershipId",
    });
    expect(thrown(() => assertSubjectForKind("COMMITTEE_MEMBER", { seatId: "s", personId: "p" }))).toMatchObject({
      code: "VALIDATION",
      field: "personId",
    });
    expect(thrown(() => assertSubjectForKind("POINTS", { personId: "p", membershipId: "m" })).field).toBe(
      "membershipId",
    );
    expect(thrown(() => assertSubjectForKind("ANNUAL_APPRAISAL", {})).field).toBe("personId");
  });

  it("accepts scores from 0 to 100 with at most two decimals", () => {
    for (const [text, stored] of [
      ["0", "0.00"],
      ["100", "100.00"],
      ["100.00", "100.00"],
      ["85.5", "85.50"],
      ["59.99", "59.99"],
      ["7", "7.00"],
    ] as const) {
      expect(parseScore(text)).toBe(stored);
      expect(isValidScore(text)).toBe(true);
    }
    for (const text of ["100.01", "101", "85.555", "-1", "abc", "", "1e2", "85.", "1000"]) {
      expect(isValidScore(text)).toBe(false);
      expect(thrown(() => parseScore(text))).toMatchObject({ code: "VALIDATION", field: "score" });
    }
  });

  it("keeps points for POINTS assessments and needs a score or grade otherwise", () => {
    expect(() => assertResultFits("POINTS", { score: null, points: 10, grade: null })).not.toThrow();
    expect(thrown(() => assertResultFits("POINTS", { score: "80.00", points: null, grade: null })).field).toBe(
      "points",
    );
    expect(thrown(() => assertResultFits("UNIT_PARTICIPATION", { score: "80.00", points: 5, grade: null })).field).toBe(
      "points",
    );
    expect(thrown(() => assertResultFits("COMMITTEE_MEMBER", { score: null, points: null, grade: null })).field).toBe(
      "score",
    );
    expect(() => assertResultFits("ANNUAL_APPRAISAL", { score: null, points: null, grade: "EXCELLENT" })).not.toThrow();
  });

  it("finds the organisation to notify by kind", () => {
    const subject = {
      membershipOrganizationId: "m",
      seatSourceOrganizationId: "s",
      personWorkplaceOrganizationId: "w",
    };
    expect(assessedOrganizationId("UNIT_PARTICIPATION", subject)).toBe("m");
    expect(assessedOrganizationId("COMMITTEE_MEMBER", subject)).toBe("s");
    expect(assessedOrganizationId("ANNUAL_APPRAISAL", subject)).toBe("w");
    expect(assessedOrganizationId("POINTS", subject)).toBe("w");
    expect(assessedOrganizationId("POINTS", {})).toBeNull();
  });

  it("assesses members, seats and people of the committee only", () => {
    const membership = { committeeId: "c", fromDate: new Date("2024-03-01"), toDate: null };
    expect(() => assertMembershipAssessable(membership, "c", 2024)).not.toThrow();
    expect(() => assertMembershipAssessable(membership, "c", 2030)).not.toThrow();
    expect(thrown(() => assertMembershipAssessable(membership, "d", 2024)).field).toBe("membershipId");
    expect(thrown(() => assertMembershipAssessable(membership, "c", 2023)).field).toBe("year");
    expect(
      thrown(() => assertMembershipAssessable({ ...membership, toDate: new Date("2025-06-30") }, "c", 2026)).field,
    ).toBe("year");
    expect(() => assertSeatAssessable({ committeeId: "c", status: "FILED" }, "c")).not.toThrow();
    expect(() => assertSeatAssessable({ committeeId: "c", status: "ENDED" }, "c")).not.toThrow();
    expect(thrown(() => assertSeatAssessable({ committeeId: "c", status: "REJECTED" }, "c")).field).toBe("seatId");
    expect(thrown(() => assertSeatAssessable({ committeeId: "d", status: "FILED" }, "c")).field).toBe("seatId");
    expect(() => assertInServicePartyMember({ isPartyMember: true, workplaceOrganizationId: "w" })).not.toThrow();
    expect(thrown(() => assertInServicePartyMember({ isPartyMember: false, workplaceOrganizationId: "w" })).code).toBe(
      "INVARIANT",
    );
    expect(thrown(() => assertInServicePartyMember({ isPartyMember: true, workplaceOrganizationId: null })).code).toBe(
      "INVARIANT",
    );
    expect(() => assertPersonOfCommittee(true)).not.toThrow();
    expect(thrown(() => assertPersonOfCommittee(false)).field).toBe("personId");
  });

  it("assesses for approved, filed and dissolved committees; once per subject and year", () => {
    for (const s of ["APPROVED", "FILED", "DISSOLVED"] as const)
      expect(() => assertCommitteeAssessing(s)).not.toThrow();
    for (const s of ["DRAFT", "SUBMITTED", "REJECTED"] as const) {
      expect(thrown(() => assertCommitteeAssessing(s))).toMatchObject({ code: "INVARIANT", field: "committeeId" });
    }
    expect(() => assertNotYetAssessed(0, 2026)).not.toThrow();
    expect(thrown(() => assertNotYetAssessed(1, 2026))).toMatchObject({ code: "INVARIANT", field: "year" });
  });

  it("notifies once, to an organisation; a notified result is not changed", () => {
    expect(() => assertNotifiable(null, "o")).not.toThrow();
    expect(thrown(() => assertNotifiable(new Date(), "o"))).toMatchObject({ code: "INVALID_TRANSITION", allowed: [] });
    expect(thrown(() => assertNotifiable(null, null))).toMatchObject({ code: "INVARIANT" });
    expect(() => assertNotNotified(null)).not.toThrow();
    expect(thrown(() => assertNotNotified(new Date()))).toMatchObject({ code: "INVARIANT" });
  });
});

// ---------------------------------------------------------------- through the API

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let A: string;
let B: string;
let streetAdmin: string;
let staffA: string;
let staffB: string;

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  A = scope.joint.id;
  B = (
    await t.db.prisma.committee.findFirstOrThrow({
      where: { status: "FILED", id: { not: A } },
      orderBy: { code: "asc" },
    })
  ).id;
  streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }]);
  staffA = await t.token([{ role: "COMMITTEE_STAFF", committeeId: A }]);
  staffB = await t.token([{ role: "COMMITTEE_STAFF", committeeId: B }]);
});
afterAll(async () => {
  await t?.close();
});

const gid = toGlobalId;
const fields = `... on Assessment { id kind year score points grade remarks notifiedAt version
  committee { id } membership { id } seat { id } person { id } organization { id } }
  ... on Error { code messageZh messageEn field } ... on DomainError { allowed }`;
const inputTypes: Record<string, string> = {
  recordAssessment: "RecordAssessmentInput",
  updateAssessment: "UpdateAssessmentInput",
  notifyAssessment: "NotifyAssessmentInput",
};

async function mutate(name: string, input: Record<string, unknown>, token: string) {
  const { data, errors } = await t.gql(
    `mutation($input: ${inputTypes[name]}!) { ${name}(input: $input) { __typename ${fields} } }`,
    { input },
    token,
  );
  expect(errors).toBeUndefined();
  return data[name];
}

async function snapshot() {
  const rows = await t.db.prisma.assessment.findMany({ orderBy: { id: "asc" } });
  return JSON.stringify({
    rows: rows.map((r) => ({ ...r, score: r.score?.toString() ?? null })),
    audit: await t.db.prisma.auditEvent.count(),
  });
}

async function refused(
  name: string,
  input: Record<string, unknown>,
  token: string,
  expected: { code: string; field?: string | null; allowed?: string[] },
) {
  const before = await snapshot();
  const result = await mutate(name, input, token);
  expect(result).toMatchObject({ __typename: "DomainError", ...expected });
  expect(await snapshot()).toEqual(before);
  return result;
}

const auditCount = () => t.db.prisma.auditEvent.count();
const memberOf = (committeeId: string) =>
  t.db.prisma.membership.findFirstOrThrow({
    where: { committeeId, toDate: null, organization: { unitId: { not: null } } },
    orderBy: { id: "asc" },
  });
/** An in-service party member living in a community the committee covers. */
const residentOf = (committeeId: string, withWorkplace: boolean) =>
  t.db.prisma.person.findFirstOrThrow({
    where: {
      isPartyMember: true,
      workplaceOrganizationId: withWorkplace ? { not: null } : null,
      residenceCommunity: { coverages: { some: { committeeId } } },
      assessments: { none: { committeeId } },
    },
    orderBy: { id: "asc" },
  });

describe("recording assessments", () => {
  it("records each kind with the organisation its result is notified to, with an audit event", async () => {
    const membership = await t.db.prisma.membership.findFirstOrThrow({
      where: { committeeId: A, organizationId: scope.directOrg.id, toDate: null },
    });
    const seat = await t.db.prisma.seat.findFirstOrThrow({ where: { committeeId: A, status: "FILED" } });
    const person = await residentOf(A, true);
    let audits = await auditCount();

    const unit = await mutate(
      "recordAssessment",
      {
        kind: "UNIT_PARTICIPATION",
        committeeId: gid("Committee", A),
        year: 2026,
        membershipId: gid("Membership", membership.id),
        score: "92.5",
        grade: "EXCELLENT",
        remarks: "积极参与共建",
      },
      staffA,
    );
    expect(unit).toMatchObject({
      __typename: "Assessment",
      kind: "UNIT_PARTICIPATION",
      year: 2026,
      score: "92.5",
      points: null,
      grade: "EXCELLENT",
      remarks: "积极参与共建",
      notifiedAt: null,
      version: 1,
      committee: { id: gid("Committee", A) },
      membership: { id: gid("Membership", membership.id) },
      seat: null,
      person: null,
      organization: { id: gid("PartyOrganization", membership.organizationId) },
    });
    audits += 1;
    expect(await auditCount()).toBe(audits);
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(event).toMatchObject({ action: "recordAssessment", entityType: "Assessment" });
    expect((event.after as Record<string, unknown>).remarks).toBe("[已脱敏 redacted]");

    const member = await mutate(
      "recordAssessment",
      {
        kind: "COMMITTEE_MEMBER",
        committeeId: gid("Committee", A),
        year: 2026,
        seatId: gid("Seat", seat.id),
        score: "88",
      },
      staffA,
    );
    expect(member).toMatchObject({
      kind: "COMMITTEE_MEMBER",
      score: "88",
      seat: { id: gid("Seat", seat.id) },
      person: { id: gid("Person", seat.personId) },
      organization: { id: gid("PartyOrganization", seat.sourceOrganizationId) },
    });

    const appraisal = await mutate(
      "recordAssessment",
      {
        kind: "ANNUAL_APPRAISAL",
        committeeId: gid("Committee", A),
        year: 2026,
        personId: gid("Person", person.id),
        grade: "COMPETENT",
      },
      streetAdmin,
    );
    expect(appraisal).toMatchObject({
      kind: "ANNUAL_APPRAISAL",
      score: null,
      grade: "COMPETENT",
      person: { id: gid("Person", person.id) },
      organization: { id: gid("PartyOrganization", person.workplaceOrganizationId as string) },
    });

    const points = await mutate(
      "recordAssessment",
      {
        kind: "POINTS",
        committeeId: gid("Committee", A),
        year: 2025,
        personId: gid("Person", person.id),
        points: 120,
        score: "100",
      },
      staffA,
    );
    expect(points).toMatchObject({ kind: "POINTS", points: 120, score: "100" });
    audits += 3;
    expect(await auditCount()).toBe(audits);
    const rows = await t.db.prisma.assessment.findMany({
      where: { committeeId: A, year: { in: [2025, 2026] }, createdAt: { gte: event.at } },
    });
    for (const row of rows) expect(row.streetId).toBe(scope.joint.streetId);
  });

  it("refuses subjects that do not fit the kind, bad scores and points, writing nothing", async () => {
    const membership = await memberOf(A);
    const person = await residentOf(A, true);
    const base = { committeeId: gid("Committee", A), year: 2024 };
    const m = gid("Membership", membership.id);
    const p = gid("Person", person.id);
    await refused("recordAssessment", { ...base, kind: "UNIT_PARTICIPATION", personId: p, score: "80" }, staffA, {
      code: "VALIDATION",
      field: "membershipId",
    });
    await refused(
      "recordAssessment",
      { ...base, kind: "UNIT_PARTICIPATION", membershipId: m, personId: p, score: "80" },
      staffA,
      { code: "VALIDATION", field: "personId" },
    );
    await refused("recordAssessment", { ...base, kind: "COMMITTEE_MEMBER", personId: p, score: "80" }, staffA, {
      code: "VALIDATION",
      field: "seatId",
    });
    await refused("recordAssessment", { ...base, kind: "POINTS", personId: p, score: "80" }, staffA, {
      code: "VALIDATION",
      field: "points",
    });
    await refused(
      "recordAssessment",
      { ...base, kind: "UNIT_PARTICIPATION", membershipId: m, score: "80", points: 3 },
      staffA,
      {
        code: "VALIDATION",
        field: "points",
      },
    );
    await refused("recordAssessment", { ...base, kind: "UNIT_PARTICIPATION", membershipId: m }, staffA, {
      code: "VALIDATION",
      field: "score",
    });
    for (const score of ["100.01", "101", "85.555", "-1", "abc", "1e2"]) {
      const result = await refused(
        "recordAssessment",
        { ...base, kind: "UNIT_PARTICIPATION", membershipId: m, score },
        staffA,
        {
          code: "VALIDATION",
        },
      );
      expect(result.field).toMatch(/score$/);
    }
    await refused("recordAssessment", { ...base, kind: "POINTS", personId: p, points: -5 }, staffA, {
      code: "VALIDATION",
    });
  });

  it("refuses other committees' subjects, people unrelated to the committee, duplicates and unapproved committees", async () => {
    const foreignMembership = await memberOf(B);
    const foreignSeat = await t.db.prisma.seat.findFirstOrThrow({ where: { committeeId: B } });
    const base = { committeeId: gid("Committee", A), year: 2026, score: "80" };
    await refused(
      "recordAssessment",
      { ...base, kind: "UNIT_PARTICIPATION", membershipId: gid("Membership", foreignMembership.id) },
      staffA,
      { code: "NOT_FOUND", field: "membershipId" },
    );
    await refused(
      "recordAssessment",
      { ...base, kind: "UNIT_PARTICIPATION", membershipId: gid("Membership", foreignMembership.id) },
      streetAdmin,
      { code: "INVARIANT", field: "membershipId" },
    );
    await refused(
      "recordAssessment",
      { ...base, kind: "COMMITTEE_MEMBER", seatId: gid("Seat", foreignSeat.id) },
      streetAdmin,
      {
        code: "INVARIANT",
        field: "seatId",
      },
    );
    // A member of A assessed for a year before it joined.
    const own = await memberOf(A);
    await refused(
      "recordAssessment",
      { ...base, year: 2000, kind: "UNIT_PARTICIPATION", membershipId: gid("Membership", own.id) },
      staffA,
      { code: "INVARIANT", field: "year" },
    );
    const outsider = await t.db.prisma.person.findFirstOrThrow({
      where: {
        isPartyMember: true,
        workplaceOrganizationId: { not: null },
        residenceCommunity: { coverages: { none: { committeeId: A } } },
        seats: { none: { committeeId: A } },
      },
      orderBy: { id: "asc" },
    });
    await refused(
      "recordAssessment",
      { ...base, kind: "ANNUAL_APPRAISAL", personId: gid("Person", outsider.id) },
      streetAdmin,
      { code: "INVARIANT", field: "personId" },
    );
    const notInService = await residentOf(A, false);
    await refused(
      "recordAssessment",
      { ...base, kind: "ANNUAL_APPRAISAL", personId: gid("Person", notInService.id) },
      staffA,
      { code: "INVARIANT", field: "personId" },
    );
    // Already assessed for 2025 in the demo data.
    const assessed = await t.db.prisma.assessment.findFirstOrThrow({
      where: { committeeId: A, kind: "UNIT_PARTICIPATION", year: 2025 },
    });
    await refused(
      "recordAssessment",
      {
        ...base,
        year: 2025,
        kind: "UNIT_PARTICIPATION",
        membershipId: gid("Membership", assessed.membershipId as string),
      },
      staffA,
      { code: "INVARIANT", field: "year" },
    );
    const draft = await t.db.prisma.committee.findFirstOrThrow({
      where: { status: "DRAFT" },
      include: { memberships: true },
    });
    await refused(
      "recordAssessment",
      {
        ...base,
        committeeId: gid("Committee", draft.id),
        kind: "UNIT_PARTICIPATION",
        membershipId: gid("Membership", (draft.memberships[0] as { id: string }).id),
      },
      streetAdmin,
      { code: "INVARIANT", field: "committeeId" },
    );
    await refused(
      "recordAssessment",
      {
        ...base,
        committeeId: gid("Committee", B),
        kind: "UNIT_PARTICIPATION",
        membershipId: gid("Membership", foreignMembership.id),
      },
      staffA,
      { code: "NOT_FOUND", field: "committeeId" },
    );
    // Readers cannot record.
    const analyst = await t.token([{ role: "ANALYST", districtId: scope.district.id }]);
    await refused(
      "recordAssessment",
      { ...base, year: 2027, kind: "UNIT_PARTICIPATION", membershipId: gid("Membership", own.id) },
      analyst,
      { code: "FORBIDDEN" },
    );
  });
});

describe("updating and notifying assessments", () => {
  async function fresh(kind: "UNIT_PARTICIPATION" | "POINTS", year: number) {
    const input =
      kind === "UNIT_PARTICIPATION"
        ? { membershipId: gid("Membership", (await memberOf(A)).id), score: "70" }
        : { personId: gid("Person", (await residentOf(A, false)).id), points: 30 };
    const created = await mutate(
      "recordAssessment",
      { kind, committeeId: gid("Committee", A), year, ...input },
      staffA,
    );
    expect(created.__typename).toBe("Assessment");
    return created;
  }

  it("updates an assessment until it is notified, then notifies it once", async () => {
    const a = await fresh("UNIT_PARTICIPATION", 2027);
    let audits = await auditCount();
    const updated = await mutate(
      "updateAssessment",
      { id: a.id, version: 1, score: "95.25", grade: "EXCELLENT", remarks: "表现突出" },
      staffA,
    );
    expect(updated).toMatchObject({ score: "95.25", grade: "EXCELLENT", remarks: "表现突出", version: 2 });
    audits += 1;
    expect(await auditCount()).toBe(audits);
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(event.changedFields).toEqual(["grade", "remarks", "score"]);

    await refused("updateAssessment", { id: a.id, version: 1, score: "10" }, staffA, {
      code: "CONFLICT",
      field: "version",
    });
    await refused("updateAssessment", { id: a.id, version: 2, points: 5 }, staffA, {
      code: "VALIDATION",
      field: "points",
    });
    await refused("updateAssessment", { id: a.id, version: 2, score: null, grade: null }, staffA, {
      code: "VALIDATION",
      field: "score",
    });
    await refused("updateAssessment", { id: a.id, version: 2, score: "100.5" }, staffA, { code: "VALIDATION" });
    await refused("updateAssessment", { id: a.id, version: 2 }, staffA, { code: "VALIDATION", field: "id" });
    await refused("updateAssessment", { id: a.id, version: 2, score: "10" }, staffB, { code: "NOT_FOUND" });
    await refused("notifyAssessment", { id: a.id, version: 2 }, staffB, { code: "NOT_FOUND" });

    const notified = await mutate("notifyAssessment", { id: a.id, version: 2 }, staffA);
    expect(notified).toMatchObject({ __typename: "Assessment", version: 3 });
    expect(notified.notifiedAt).not.toBeNull();
    audits += 1;
    expect(await auditCount()).toBe(audits);
    await refused("notifyAssessment", { id: a.id, version: 3 }, staffA, { code: "INVALID_TRANSITION", allowed: [] });
    await refused("updateAssessment", { id: a.id, version: 3, score: "50" }, staffA, { code: "INVARIANT" });
  });

  it("refuses to notify a result with no organisation to notify", async () => {
    const a = await fresh("POINTS", 2027);
    expect(a.organization).toBeNull();
    await refused("notifyAssessment", { id: a.id, version: a.version }, staffA, { code: "INVARIANT" });
    // Points can change while not notified; POINTS keeps its points.
    const more = await mutate("updateAssessment", { id: a.id, version: a.version, points: 45 }, staffA);
    expect(more).toMatchObject({ points: 45, version: 2 });
    await refused("updateAssessment", { id: a.id, version: 2, points: null }, staffA, {
      code: "VALIDATION",
      field: "points",
    });
  });
});

describe("who sees assessments and their remarks", () => {
  const nodeQuery = `query($id: ID!) { node(id: $id) { ... on Assessment { score grade remarks notifiedAt committee { name } person { name idNumber phone homeAddress } } } }`;
  const view = async (id: string, token: string) => {
    const r = await t.gql(nodeQuery, { id }, token);
    expect(r.errors).toBeUndefined();
    return r.data.node;
  };
  const explain = async (id: string, token: string) =>
    (
      await t.gql(
        `query($id: ID) { explainAccess(action: "read", subject: "Assessment", id: $id) { allowed } }`,
        { id },
        token,
      )
    ).data.explainAccess.allowed;
  const list = `query($f: AssessmentFilter) { assessments(filter: $f, first: 200) { totalCount edges { node { id kind remarks notifiedAt organization { id } } } } }`;
  const listed = async (token: string, f: Record<string, unknown> = {}) => {
    const r = await t.gql(list, { f }, token);
    expect(r.errors).toBeUndefined();
    return r.data.assessments as {
      totalCount: number;
      edges: { node: { id: string; remarks: string | null; notifiedAt: string | null } }[];
    };
  };

  it("通报: the assessing side reads a result before notification, the organisation notified (liaison, superior) only after, remarks included", async () => {
    const membership = await t.db.prisma.membership.findFirstOrThrow({
      where: { committeeId: A, organizationId: scope.dualOrg.id, toDate: null },
    });
    const created = await mutate(
      "recordAssessment",
      {
        kind: "UNIT_PARTICIPATION",
        committeeId: gid("Committee", A),
        year: 2026,
        membershipId: gid("Membership", membership.id),
        score: "61",
        grade: "BASICALLY_COMPETENT",
        remarks: "参加活动较少，需改进",
      },
      staffA,
    );
    expect(created.__typename).toBe("Assessment");
    const superior = await t.token([
      { role: "SUPERIOR_ORG", organizationCode: String(scope.dualOrg.superiorExternalCode) },
    ]);
    const liaison = await t.token([{ role: "UNIT_LIAISON", unitId: scope.dualOrg.unitId as string }]);
    const otherUnit = await t.db.prisma.unit.findFirstOrThrow({
      where: { id: { not: scope.dualOrg.unitId as string }, organizations: { some: { memberships: { some: {} } } } },
      orderBy: { id: "asc" },
    });
    const otherLiaison = await t.token([{ role: "UNIT_LIAISON", unitId: otherUnit.id }]);
    const analyst = await t.token([{ role: "ANALYST", districtId: scope.district.id }]);
    const district = await t.token([{ role: "DISTRICT_ADMIN", districtId: scope.district.id }]);
    const result = { score: "61", grade: "BASICALLY_COMPETENT" };
    const withRemarks = { ...result, remarks: "参加活动较少，需改进" };

    // Before notification: the assessing side only (the district and the analyst without remarks).
    for (const token of [streetAdmin, staffA]) expect(await view(created.id, token)).toMatchObject(withRemarks);
    for (const token of [district, analyst])
      expect(await view(created.id, token)).toMatchObject({ ...result, remarks: null });
    for (const token of [liaison, superior, otherLiaison, staffB]) {
      expect(await view(created.id, token)).toBeNull();
      expect(await explain(created.id, token)).toBe(false);
      expect((await listed(token)).edges.some((e) => e.node.id === created.id)).toBe(false);
    }
    // Neither may notify or change it (it is outside their scope, exactly like a missing record).
    await refused("notifyAssessment", { id: created.id, version: 1 }, liaison, { code: "NOT_FOUND" });
    await refused("notifyAssessment", { id: created.id, version: 1 }, superior, { code: "NOT_FOUND" });
    await refused("updateAssessment", { id: created.id, version: 1, score: "99" }, liaison, { code: "NOT_FOUND" });

    const notified = await mutate("notifyAssessment", { id: created.id, version: 1 }, staffA);
    expect(notified.notifiedAt).not.toBeNull();

    // Once notified: the organisation's liaison and its superior read it, remarks included.
    for (const token of [liaison, superior, streetAdmin, staffA]) {
      expect(await view(created.id, token)).toMatchObject(withRemarks);
    }
    for (const token of [liaison, superior]) {
      expect(await explain(created.id, token)).toBe(true);
      const own = await listed(token);
      expect(own.edges.find((e) => e.node.id === created.id)?.node.remarks).toBe("参加活动较少，需改进");
    }
    for (const token of [otherLiaison, staffB]) expect(await view(created.id, token)).toBeNull();
    // Reading is all they may do: a notified result stays as notified, and is the committee's to keep.
    await refused("updateAssessment", { id: created.id, version: 2, score: "99" }, liaison, { code: "FORBIDDEN" });
    await refused("updateAssessment", { id: created.id, version: 2, remarks: "改" }, superior, { code: "FORBIDDEN" });
    await refused("notifyAssessment", { id: created.id, version: 2 }, liaison, { code: "FORBIDDEN" });

    // A liaison's list is exactly the results notified to its unit's organisations.
    const own = await listed(liaison);
    const unitOrganizations = await t.db.prisma.partyOrganization.findMany({
      where: { unitId: scope.dualOrg.unitId },
      select: { id: true },
    });
    expect(own.totalCount).toBe(
      await t.db.prisma.assessment.count({
        where: { organizationId: { in: unitOrganizations.map((o) => o.id) }, notifiedAt: { not: null } },
      }),
    );
    expect(own.edges.every((e) => e.node.notifiedAt !== null)).toBe(true);
  });

  it("通报: the annual appraisal reaches the liaison of the person's workplace unit once notified, without personal data", async () => {
    const person = await t.db.prisma.person.findFirstOrThrow({
      where: {
        isPartyMember: true,
        workplaceOrganization: { unitId: { not: null } },
        residenceCommunity: { coverages: { some: { committeeId: A } } },
        assessments: { none: { committeeId: A, kind: "ANNUAL_APPRAISAL", year: 2026 } },
      },
      include: { workplaceOrganization: true },
      orderBy: { id: "asc" },
    });
    const workplaceUnit = person.workplaceOrganization?.unitId as string;
    const liaison = await t.token([{ role: "UNIT_LIAISON", unitId: workplaceUnit }]);
    const appraisal = await mutate(
      "recordAssessment",
      {
        kind: "ANNUAL_APPRAISAL",
        committeeId: gid("Committee", A),
        year: 2026,
        personId: gid("Person", person.id),
        grade: "EXCELLENT",
        remarks: "服务群众积极",
      },
      staffA,
    );
    expect(appraisal.__typename).toBe("Assessment");
    expect(await view(appraisal.id, liaison)).toBeNull();
    expect(await explain(appraisal.id, liaison)).toBe(false);

    await mutate("notifyAssessment", { id: appraisal.id, version: 1 }, staffA);
    // The unit's liaison reads the appraisal with its remarks and whom it concerns, but no ID number,
    // phone or home address.
    expect(await view(appraisal.id, liaison)).toEqual({
      score: null,
      grade: "EXCELLENT",
      remarks: "服务群众积极",
      notifiedAt: expect.any(String),
      // The committee that notified it, by its public data, even when the unit is not its member.
      committee: { name: (await t.db.prisma.committee.findUniqueOrThrow({ where: { id: A } })).name },
      person: { name: person.name, idNumber: null, phone: null, homeAddress: null },
    });
    const appraisals = await listed(liaison, { kind: { equals: "ANNUAL_APPRAISAL" } });
    expect(appraisals.edges.map((e) => e.node.id)).toContain(appraisal.id);
    await refused("updateAssessment", { id: appraisal.id, version: 2, grade: "COMPETENT" }, liaison, {
      code: "FORBIDDEN",
    });
  });

  it("keeps remarks from the district and the analyst, notified or not", async () => {
    const analyst = await t.token([{ role: "ANALYST", districtId: scope.district.id }]);
    const district = await t.token([{ role: "DISTRICT_ADMIN", districtId: scope.district.id }]);
    for (const token of [analyst, district]) {
      const all = await listed(token, { committeeId: { equals: gid("Committee", A) } });
      expect(all.totalCount).toBeGreaterThan(0);
      expect(all.edges.some((e) => e.node.notifiedAt !== null)).toBe(true);
      expect(all.edges.every((e) => e.node.remarks === null)).toBe(true);
    }
    const staff = await listed(staffA, { committeeId: { equals: gid("Committee", A) } });
    expect(staff.edges.some((e) => e.node.remarks)).toBe(true);
  });
  it("filters by committee, kind, year, membership, organisation and grade", async () => {
    const list = `query($f: AssessmentFilter) { assessments(filter: $f, first: 200) { totalCount edges { node { kind year grade organization { id } } } } }`;
    const count = async (f: Record<string, unknown>, token = streetAdmin) => {
      const r = await t.gql(list, { f }, token);
      expect(r.errors).toBeUndefined();
      return r.data.assessments;
    };
    const byKind = await count({
      committeeId: { equals: gid("Committee", A) },
      kind: { equals: "COMMITTEE_MEMBER" },
      year: { equals: 2025 },
    });
    expect(byKind.totalCount).toBe(
      await t.db.prisma.assessment.count({ where: { committeeId: A, kind: "COMMITTEE_MEMBER", year: 2025 } }),
    );
    expect(
      byKind.edges.every(
        (e: { node: { kind: string; year: number } }) => e.node.kind === "COMMITTEE_MEMBER" && e.node.year === 2025,
      ),
    ).toBe(true);

    const org = scope.dualOrg.id;
    const byOrg = await count({ organizationId: { equals: gid("PartyOrganization", org) } });
    expect(byOrg.totalCount).toBe(await t.db.prisma.assessment.count({ where: { organizationId: org } }));
    for (const e of byOrg.edges) expect(e.node.organization).toEqual({ id: gid("PartyOrganization", org) });

    const byGrade = await count({ grade: { in: ["EXCELLENT"] }, committeeId: { equals: gid("Committee", B) } });
    expect(byGrade.totalCount).toBe(
      await t.db.prisma.assessment.count({ where: { grade: "EXCELLENT", committeeId: B } }),
    );

    const membership = await memberOf(A);
    const byMembership = await count({ membershipId: { equals: gid("Membership", membership.id) } });
    expect(byMembership.totalCount).toBe(
      await t.db.prisma.assessment.count({ where: { membershipId: membership.id } }),
    );

    // The other committee's staff sees none of A's.
    expect((await count({ committeeId: { equals: gid("Committee", A) } }, staffB)).totalCount).toBe(0);
  });
});
