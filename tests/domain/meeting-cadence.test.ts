/**
 * Issue 14, item 2: each committee chooses its 党委会 cadence (monthly or quarterly); the cadence
 * statistics answer, per committee and month, whether that cadence was kept and whether a 扩大会 was
 * held — two separate answers. Twelve regular meetings and no extended meeting do not comply, and a
 * quarterly committee is not flagged for the months between its quarters.
 */
import { cadenceAnswers, compliantOver, missedMonths } from "@gongjian/api/analytics/meeting-rules";
import { toGlobalId } from "@gongjian/api/data/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";

const months = (regular: number[], extended: number[]) =>
  Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    regular: regular.includes(i + 1) ? 1 : 0,
    extended: extended.includes(i + 1) ? 1 : 0,
    emergency: 0,
  }));
const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe("the cadence rules (no database)", () => {
  it("twelve regular meetings and no extended meeting keep the monthly cadence but do not comply", () => {
    const answers = cadenceAnswers(months(all, []), "MONTHLY", 12);
    expect(missedMonths(answers, "regularKept")).toEqual([]);
    expect(missedMonths(answers, "extendedKept")).toEqual(all);
    expect(compliantOver(answers, 12)).toBe(false);
    expect(compliantOver(cadenceAnswers(months(all, all), "MONTHLY", 12), 12)).toBe(true);
  });

  it("judges a quarterly committee at the quarter's last month, never in between", () => {
    const quarterly = cadenceAnswers(months([1, 4, 7, 10], all), "QUARTERLY", 12);
    expect(missedMonths(quarterly, "regularKept")).toEqual([]);
    expect(compliantOver(quarterly, 12)).toBe(true);
    // The same meetings under a monthly cadence miss eight months.
    expect(missedMonths(cadenceAnswers(months([1, 4, 7, 10], all), "MONTHLY", 12), "regularKept")).toEqual([
      2, 3, 5, 6, 8, 9, 11, 12,
    ]);
    // A quarter with its meeting in its last month: not due before, kept then.
    const late = cadenceAnswers(months([3], []), "QUARTERLY", 3);
    expect(late.slice(0, 3).map((a) => a.regularKept)).toEqual([null, null, true]);
    // No regular meeting at all: flagged once per quarter that has ended (3 and 6 through August).
    const none = cadenceAnswers(months([], all), "QUARTERLY", 8);
    expect(missedMonths(none, "regularKept")).toEqual([3, 6]);
    expect(none.map((a) => a.regularKept)).toEqual([
      null,
      null,
      false,
      null,
      null,
      false,
      null,
      null,
      ...Array(4).fill(null),
    ]);
    // Months after the reference month are not checked yet.
    expect(none.slice(8).every((a) => a.regularKept === null && a.extendedKept === null)).toBe(true);
    expect(compliantOver(none.slice(8), 8)).toBeNull();
  });
});

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let staff: string;
let otherStaff: string;
let liaison: string;
let analyst: string;
let community: { id: string; version: number };

const committeeFields = `__typename ... on Committee { id meetingCadence version } ... on Error { code field messageZh messageEn }`;
const update = (input: Record<string, unknown>, token: string) =>
  t.gql(
    `mutation($input: UpdateCommitteeInput!) { updateCommittee(input: $input) { ${committeeFields} } }`,
    { input },
    token,
  );
const cadenceQuery = `query($f: AnalyticsFilter, $period: CadencePeriod) {
  meetingCadence(year: 2026, throughMonth: 8, filter: $f, period: $period) {
    committee { id } cadence regularHeld extendedHeld regularKept extendedKept compliant
    regularMissedMonths extendedMissedMonths missingMonths
    periods { period regularHeld extendedHeld regularKept extendedKept compliant } } }`;
const cadenceOf = async (committeeId: string, period = "MONTH") => {
  const { data, errors } = await t.gql(
    cadenceQuery,
    { f: { committeeId: toGlobalId("Committee", committeeId) }, period },
    analyst,
  );
  expect(errors).toBeUndefined();
  expect(data.meetingCadence).toHaveLength(1);
  return data.meetingCadence[0];
};

async function snapshot() {
  const p = t.db.prisma;
  return {
    committees: await p.committee.findMany({
      orderBy: { id: "asc" },
      select: { id: true, version: true, meetingCadence: true, name: true },
    }),
    audits: await p.auditEvent.count(),
  };
}

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  community = await t.db.prisma.committee.findFirstOrThrow({
    where: { kind: "COMMUNITY", status: "FILED" },
    orderBy: { code: "asc" },
  });
  staff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: community.id }], "staff-community");
  otherStaff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }], "staff-joint");
  liaison = await t.token([{ role: "UNIT_LIAISON", unitId: String(scope.directOrg.unitId) }], "liaison");
  analyst = await t.token([{ role: "ANALYST", districtId: scope.district.id }], "analyst");
});
afterAll(async () => {
  await t?.close();
});

describe("a committee's cadence and the statistics", () => {
  it("a quarterly committee meeting once a quarter keeps its cadence; set to monthly by its staff, it misses the months between", async () => {
    const quarterly = await cadenceOf(community.id);
    expect(quarterly).toMatchObject({
      cadence: "QUARTERLY",
      regularKept: true,
      extendedKept: true,
      compliant: true,
      regularMissedMonths: [],
      missingMonths: [],
    });
    expect(quarterly.regularHeld).toBeLessThanOrEqual(4);
    expect(quarterly.periods.slice(0, 8).every((p: { compliant: boolean }) => p.compliant)).toBe(true);
    expect(quarterly.periods[8].compliant).toBeNull();

    const before = await snapshot();
    const { data, errors } = await update(
      { id: toGlobalId("Committee", community.id), version: community.version, meetingCadence: "MONTHLY" },
      staff,
    );
    expect(errors).toBeUndefined();
    expect(data.updateCommittee).toMatchObject({
      __typename: "Committee",
      meetingCadence: "MONTHLY",
      version: community.version + 1,
    });
    const after = await snapshot();
    expect(after.audits).toBe(before.audits + 1);
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "updateCommittee", entityId: community.id },
    });
    expect(event.changedFields).toEqual(["meetingCadence"]);

    const monthly = await cadenceOf(community.id);
    expect(monthly).toMatchObject({ cadence: "MONTHLY", regularKept: false, extendedKept: true, compliant: false });
    expect(monthly.regularMissedMonths).toEqual([2, 3, 5, 6, 8]);
    expect(monthly.missingMonths).toEqual([2, 3, 5, 6, 8]);
    expect(monthly.periods[1]).toMatchObject({ regularKept: false, extendedKept: true, compliant: false });
    const quarters = await cadenceOf(community.id, "QUARTER");
    expect(quarters.periods.map((p: { regularKept: boolean | null }) => p.regularKept)).toEqual([
      false,
      false,
      false,
      null,
    ]);

    // Back to quarterly (the rest of the file reads the demo data as seeded).
    const back = await update(
      { id: toGlobalId("Committee", community.id), version: community.version + 1, meetingCadence: "QUARTERLY" },
      staff,
    );
    expect(back.data.updateCommittee).toMatchObject({ meetingCadence: "QUARTERLY" });
  });

  it("twelve regular meetings without an extended meeting keep the cadence but do not comply", async () => {
    const joint = scope.joint.id;
    const seeded = await cadenceOf(joint);
    expect(seeded).toMatchObject({ cadence: "MONTHLY", regularKept: true, extendedKept: true, compliant: true });
    // Arrange: the joint committee's extended meetings of the year did not take place.
    await t.db.prisma.meeting.updateMany({
      where: { committeeId: joint, kind: "EXTENDED", status: "HELD" },
      data: { status: "CANCELLED", heldAt: null },
    });
    const without = await cadenceOf(joint);
    expect(without.regularHeld).toBeGreaterThanOrEqual(8);
    expect(without).toMatchObject({
      regularKept: true,
      extendedKept: false,
      compliant: false,
      regularMissedMonths: [],
      extendedMissedMonths: [1, 2, 3, 4, 5, 6, 7, 8],
    });
    expect(without.periods[0]).toMatchObject({ regularKept: true, extendedKept: false, compliant: false });
  });

  it("refuses an empty cadence, another committee's staff, the liaison and a stale version, writing nothing", async () => {
    const current = await t.db.prisma.committee.findUniqueOrThrow({ where: { id: community.id } });
    const id = toGlobalId("Committee", community.id);
    const before = await snapshot();
    const empty = await update({ id, version: current.version, meetingCadence: null }, staff);
    expect(empty.errors).toBeUndefined();
    expect(empty.data.updateCommittee).toMatchObject({ __typename: "DomainError", code: "VALIDATION" });
    expect(empty.data.updateCommittee.field).toMatch(/meetingCadence/);
    const other = await update({ id, version: current.version, meetingCadence: "MONTHLY" }, otherStaff);
    expect(other.data.updateCommittee).toMatchObject({ code: "NOT_FOUND" });
    const byLiaison = await update(
      { id: toGlobalId("Committee", scope.joint.id), version: scope.joint.version, meetingCadence: "QUARTERLY" },
      liaison,
    );
    expect(byLiaison.data.updateCommittee).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });
    const stale = await update({ id, version: current.version - 1, meetingCadence: "MONTHLY" }, staff);
    expect(stale.data.updateCommittee).toMatchObject({ code: "CONFLICT", field: "version" });
    expect(await snapshot()).toEqual(before);
  });
});
