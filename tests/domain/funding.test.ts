import { toGlobalId } from "@gongjian/api/data/ids";
import { DomainError } from "@gongjian/api/errors/domain-error";
import {
  assertAcknowledgeable,
  assertCommitteeFundable,
  assertContributionTransition,
  assertNoPlanForYear,
  assertNotYetRevised,
  assertPlanEditable,
  assertPlanRevisable,
  assertPlanTakesIncome,
  assertPlanTakesPledges,
  assertPlanTransition,
  assertPledgingMember,
  assertPreviousInEffect,
  assertRatioMember,
  assertResolutionGiven,
  assertResolutionOfCommittee,
  assertYearEnded,
  contributionTransitions,
  type FundingPlanStatusName,
  fundingPlanTransitions,
} from "@gongjian/api/funding/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";
import { thrown } from "../support/errors.js";

// ---------------------------------------------------------------- rules (no database)

describe("funding rules", () => {
  const statuses: FundingPlanStatusName[] = ["DRAFT", "ADOPTED", "SUPERSEDED", "CLOSED"];

  it("allows exactly DRAFT → ADOPTED → SUPERSEDED | CLOSED, with the allowed list otherwise", () => {
    const allowed: string[] = [];
    for (const from of statuses) {
      for (const to of statuses) {
        try {
          assertPlanTransition(from, to);
          allowed.push(`${from}→${to}`);
        } catch (error) {
          expect(error).toMatchObject({ code: "INVALID_TRANSITION", allowed: [...fundingPlanTransitions[from]] });
        }
      }
    }
    expect(allowed).toEqual(["DRAFT→ADOPTED", "ADOPTED→SUPERSEDED", "ADOPTED→CLOSED"]);
  });

  it("edits only drafts, revises only adopted plans, takes income on drafts and adopted plans, pledges on adopted ones", () => {
    for (const status of statuses) {
      if (status === "DRAFT") expect(() => assertPlanEditable(status)).not.toThrow();
      else expect(thrown(() => assertPlanEditable(status))).toMatchObject({ code: "INVARIANT", field: "id" });
      if (status === "ADOPTED") expect(() => assertPlanRevisable(status)).not.toThrow();
      else
        expect(thrown(() => assertPlanRevisable(status))).toMatchObject({
          code: "INVALID_TRANSITION",
          allowed: [...fundingPlanTransitions[status]],
        });
      if (status === "DRAFT" || status === "ADOPTED") expect(() => assertPlanTakesIncome(status)).not.toThrow();
      else expect(thrown(() => assertPlanTakesIncome(status))).toMatchObject({ code: "INVARIANT", field: "planId" });
      if (status === "ADOPTED") expect(() => assertPlanTakesPledges(status)).not.toThrow();
      else expect(thrown(() => assertPlanTakesPledges(status))).toMatchObject({ code: "INVARIANT", field: "planId" });
    }
  });

  it("closes a plan from 31 December of its year (Beijing time) on", () => {
    expect(thrown(() => assertYearEnded(2026, new Date("2026-12-30T15:59:59.999Z")))).toMatchObject({
      code: "INVARIANT",
    });
    expect(() => assertYearEnded(2026, new Date("2026-12-30T16:00:00.000Z"))).not.toThrow();
    expect(() => assertYearEnded(2020, new Date("2026-01-01T00:00:00.000Z"))).not.toThrow();
    expect(() => assertYearEnded(2100, new Date("2026-01-01T00:00:00.000Z"))).toThrow(DomainError);
  });

  it("needs a resolution of the plan's own committee", () => {
    expect(thrown(() => assertResolutionGiven(null))).toMatchObject({ code: "INVARIANT", field: "resolutionId" });
    expect(thrown(() => assertResolutionGiven(""))).toMatchObject({ code: "INVARIANT", field: "resolutionId" });
    expect(() => assertResolutionGiven("r")).not.toThrow();
    expect(thrown(() => assertResolutionOfCommittee("a", "b"))).toMatchObject({
      code: "INVARIANT",
      field: "resolutionId",
    });
    expect(() => assertResolutionOfCommittee("a", "a")).not.toThrow();
  });

  it("supersedes only the revision in effect; revises once; one plan per committee and year", () => {
    expect(() => assertPreviousInEffect(null)).not.toThrow();
    expect(() => assertPreviousInEffect("ADOPTED")).not.toThrow();
    for (const s of ["DRAFT", "SUPERSEDED", "CLOSED"] as const) {
      expect(thrown(() => assertPreviousInEffect(s))).toMatchObject({ code: "INVARIANT" });
    }
    expect(() => assertNotYetRevised(null)).not.toThrow();
    expect(thrown(() => assertNotYetRevised(3)).messageZh).toContain("第3版");
    expect(() => assertNoPlanForYear([], 2027)).not.toThrow();
    expect(thrown(() => assertNoPlanForYear([1, 2], 2026))).toMatchObject({ code: "INVARIANT", field: "year" });
  });

  it("funds only committees that are not rejected or dissolved", () => {
    for (const s of ["DRAFT", "SUBMITTED", "APPROVED", "FILED"] as const) {
      expect(() => assertCommitteeFundable(s)).not.toThrow();
    }
    for (const s of ["REJECTED", "DISSOLVED"] as const) {
      expect(thrown(() => assertCommitteeFundable(s))).toMatchObject({ code: "INVARIANT", field: "committeeId" });
    }
  });

  it("takes ratios and pledges from active members of the committee only", () => {
    const active = { committeeId: "c", toDate: null };
    const ended = { committeeId: "c", toDate: new Date("2025-01-01") };
    expect(() => assertRatioMember(active, "c", "ratios.0.membershipId")).not.toThrow();
    expect(thrown(() => assertRatioMember(active, "d", "ratios.0.membershipId"))).toMatchObject({
      code: "INVARIANT",
      field: "ratios.0.membershipId",
    });
    expect(thrown(() => assertRatioMember(ended, "c", "ratios.1.membershipId")).field).toBe("ratios.1.membershipId");
    expect(() => assertPledgingMember(active, "c", true)).not.toThrow();
    expect(thrown(() => assertPledgingMember(active, "c", false)).messageEn).toMatch(/no contribution ratio/);
    expect(thrown(() => assertPledgingMember(ended, "c", true)).messageEn).toMatch(/not an active member/);
    expect(thrown(() => assertPledgingMember(active, "d", true)).field).toBe("membershipId");
  });

  it("moves contributions PLEDGED → RECEIVED once; acknowledges a pledge once", () => {
    expect(() => assertContributionTransition("PLEDGED", "RECEIVED")).not.toThrow();
    expect(thrown(() => assertContributionTransition("RECEIVED", "RECEIVED"))).toMatchObject({
      code: "INVALID_TRANSITION",
      allowed: [],
    });
    expect(thrown(() => assertContributionTransition("PLEDGED", "PLEDGED")).allowed).toEqual(["RECEIVED"]);
    expect(contributionTransitions.RECEIVED).toEqual([]);
    expect(() => assertAcknowledgeable("PLEDGED", null)).not.toThrow();
    expect(thrown(() => assertAcknowledgeable("PLEDGED", new Date()))).toMatchObject({
      code: "INVALID_TRANSITION",
      allowed: ["RECEIVED"],
    });
    expect(thrown(() => assertAcknowledgeable("RECEIVED", null))).toMatchObject({
      code: "INVALID_TRANSITION",
      allowed: [],
    });
  });
});

// ---------------------------------------------------------------- through the API

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let streetAdmin: string;
let staffA: string;
let staffB: string;
/** Committee A: the demo's first filed joint committee (revised plan); B: another filed committee of the street. */
let A: string;
let B: string;

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  A = scope.joint.id;
  const other = await t.db.prisma.committee.findFirstOrThrow({
    where: { status: "FILED", id: { not: A }, fundingPlans: { some: { status: "ADOPTED" } } },
    orderBy: { code: "asc" },
  });
  B = other.id;
  streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }]);
  staffA = await t.token([{ role: "COMMITTEE_STAFF", committeeId: A }]);
  staffB = await t.token([{ role: "COMMITTEE_STAFF", committeeId: B }]);
});
afterAll(async () => {
  await t?.close();
});

const errorFields = "... on Error { code messageZh messageEn field } ... on DomainError { allowed }";
const planFields = `... on FundingPlan { id year revision status allowedTransitions budgetFen note version adoptedAt closedAt
  resolution { id } previousPlan { id }
  ratios { membership { id } percent }
  shares { membership { id } percent shareFen } } ${errorFields}`;
const contributionFields = `... on Contribution { id status allowedTransitions amountFen version acknowledgedAt receivedAt membership { id } plan { id } } ${errorFields}`;
const incomeFields = `... on FundingIncome { id channel amountFen source receivedOn plan { id } } ${errorFields}`;

const inputTypes: Record<string, string> = {
  draftFundingPlan: "DraftFundingPlanInput",
  updateFundingPlan: "UpdateFundingPlanInput",
  setContributionRatios: "SetContributionRatiosInput",
  adoptFundingPlan: "AdoptFundingPlanInput",
  reviseFundingPlan: "ReviseFundingPlanInput",
  closeFundingPlan: "CloseFundingPlanInput",
  addFundingIncome: "AddFundingIncomeInput",
  pledgeContribution: "PledgeContributionInput",
  acknowledgeContribution: "AcknowledgeContributionInput",
  receiveContribution: "ReceiveContributionInput",
};
const fieldsOf = (name: string) =>
  name === "addFundingIncome" ? incomeFields : /Contribution$/.test(name) ? contributionFields : planFields;

/** Runs a mutation and returns its result (a node or a DomainError); GraphQL errors fail the test. */
async function mutate(name: string, input: Record<string, unknown>, token: string) {
  const { data, errors } = await t.gql(
    `mutation($input: ${inputTypes[name]}!) { ${name}(input: $input) { __typename ${fieldsOf(name)} } }`,
    { input },
    token,
  );
  expect(errors).toBeUndefined();
  return data[name];
}

const json = (value: unknown) =>
  JSON.stringify(value, (_k, v) =>
    typeof v === "bigint" ? v.toString() : v && v.constructor?.name === "Decimal" ? String(v) : v,
  );

/** Every row the funding mutations could touch, and the audit log's length. */
async function snapshot() {
  const p = t.db.prisma;
  const order = { orderBy: { id: "asc" as const } };
  return json({
    plans: await p.fundingPlan.findMany(order),
    incomes: await p.fundingIncome.findMany(order),
    ratios: await p.contributionRatio.findMany(order),
    contributions: await p.contribution.findMany(order),
    audit: await p.auditEvent.count(),
  });
}

/** Runs a mutation that must be refused: checks the typed error and that nothing changed. */
async function refused(
  name: string,
  input: Record<string, unknown>,
  token: string,
  expected: { code: string; field?: string | null; allowed?: string[] },
) {
  const before = await snapshot();
  const result = await mutate(name, input, token);
  expect(result).toMatchObject({ __typename: "DomainError", ...expected });
  expect(result.messageZh.length).toBeGreaterThan(0);
  expect(result.messageEn.length).toBeGreaterThan(0);
  expect(await snapshot()).toEqual(before);
  return result;
}

const gid = toGlobalId;
const auditCount = () => t.db.prisma.auditEvent.count();
const activeMembers = (committeeId: string) =>
  t.db.prisma.membership.findMany({ where: { committeeId, toDate: null }, orderBy: { id: "asc" } });
const resolutionOf = (committeeId: string) =>
  t.db.prisma.resolution.findFirstOrThrow({ where: { committeeId }, orderBy: { id: "asc" } });
const adoptedPlan = (committeeId: string) =>
  t.db.prisma.fundingPlan.findFirstOrThrow({ where: { committeeId, status: "ADOPTED" } });

async function draftWithRatios(committeeId: string, year: number, token: string, percents: string[]) {
  const members = await activeMembers(committeeId);
  const draft = await mutate(
    "draftFundingPlan",
    { committeeId: gid("Committee", committeeId), year, budgetFen: "100" },
    token,
  );
  expect(draft.__typename).toBe("FundingPlan");
  if (percents.length === 0) return { plan: draft, members };
  const plan = await mutate(
    "setContributionRatios",
    {
      planId: draft.id,
      version: draft.version,
      ratios: percents.map((percent, i) => ({
        membershipId: gid("Membership", (members[i] as { id: string }).id),
        percent,
      })),
    },
    token,
  );
  expect(plan.__typename).toBe("FundingPlan");
  return { plan, members };
}

describe("funding plan workflow", () => {
  it("drafts, edits, sets ratios, adopts and closes a plan; the shares add up to the budget", async () => {
    const members = (await activeMembers(A)).slice(0, 3);
    const ids = members.map((m) => gid("Membership", m.id));
    let audits = await auditCount();

    const draft = await mutate(
      "draftFundingPlan",
      { committeeId: gid("Committee", A), year: 2020, budgetFen: "1000001", note: "补录2020年度" },
      staffA,
    );
    expect(draft).toMatchObject({
      __typename: "FundingPlan",
      year: 2020,
      revision: 1,
      status: "DRAFT",
      allowedTransitions: ["ADOPTED"],
      budgetFen: 1000001,
      version: 1,
      resolution: null,
      ratios: [],
      shares: [],
    });
    audits += 1;
    expect(await auditCount()).toBe(audits);
    const row = await t.db.prisma.fundingPlan.findFirstOrThrow({ where: { committeeId: A, year: 2020 } });
    expect(row.streetId).toBe(scope.joint.streetId);

    const updated = await mutate("updateFundingPlan", { id: draft.id, version: 1, budgetFen: 100 }, staffA);
    expect(updated).toMatchObject({ status: "DRAFT", budgetFen: 100, version: 2, note: "补录2020年度" });
    audits += 1;
    expect(await auditCount()).toBe(audits);

    const withRatios = await mutate(
      "setContributionRatios",
      {
        planId: draft.id,
        version: 2,
        ratios: [
          { membershipId: ids[0], percent: "33.3334" },
          { membershipId: ids[1], percent: "33.3333" },
          { membershipId: ids[2], percent: "33.3333" },
        ],
      },
      staffA,
    );
    expect(withRatios).toMatchObject({ __typename: "FundingPlan", version: 3 });
    audits += 1 + 3;
    expect(await auditCount()).toBe(audits); // the plan and three ratios
    const shares = withRatios.shares as { membership: { id: string }; percent: string; shareFen: number }[];
    expect(shares.map((s) => s.membership.id)).toEqual(ids); // ordered by membership
    expect(shares.map((s) => s.percent)).toEqual(["33.3334", "33.3333", "33.3333"]);
    expect(shares.map((s) => s.shareFen)).toEqual([34, 33, 33]);

    // Setting the ratios again replaces them (three removed, two added, each audited).
    const replaced = await mutate(
      "setContributionRatios",
      {
        planId: draft.id,
        version: 3,
        ratios: [
          { membershipId: ids[2], percent: "12.5" },
          { membershipId: ids[1], percent: "87.5" },
        ],
      },
      staffA,
    );
    expect(replaced.version).toBe(4);
    audits += 1 + 3 + 2;
    expect(await auditCount()).toBe(audits);
    expect(await t.db.prisma.contributionRatio.count({ where: { planId: row.id } })).toBe(2);
    const percents = Object.fromEntries(
      (replaced.shares as { membership: { id: string }; percent: string; shareFen: number }[]).map((s) => [
        s.membership.id,
        [s.percent, s.shareFen],
      ]),
    );
    // 12.5 and 87.5 fen: equal remainders, so the fen goes to the earlier membership (ids[1] < ids[2]).
    expect(percents).toEqual({ [ids[2] as string]: ["12.5000", 12], [ids[1] as string]: ["87.5000", 88] });
    expect((replaced.ratios as { percent: string }[]).map((r) => r.percent).sort()).toEqual(["12.5000", "87.5000"]);

    const resolution = await resolutionOf(A);
    const adopted = await mutate(
      "adoptFundingPlan",
      { id: draft.id, version: 4, resolutionId: gid("Resolution", resolution.id) },
      staffA,
    );
    expect(adopted).toMatchObject({
      __typename: "FundingPlan",
      status: "ADOPTED",
      allowedTransitions: ["SUPERSEDED", "CLOSED"],
      version: 5,
      resolution: { id: gid("Resolution", resolution.id) },
    });
    expect(adopted.adoptedAt).not.toBeNull();
    audits += 1;
    expect(await auditCount()).toBe(audits);

    // 2020 has ended: the plan can be closed, once.
    const closed = await mutate("closeFundingPlan", { id: draft.id, version: 5 }, staffA);
    expect(closed).toMatchObject({ __typename: "FundingPlan", status: "CLOSED", allowedTransitions: [], version: 6 });
    expect(closed.closedAt).not.toBeNull();
    audits += 1;
    expect(await auditCount()).toBe(audits);
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(event).toMatchObject({ action: "closeFundingPlan", entityType: "FundingPlan", entityId: row.id });
    expect(event.changedFields).toEqual(["closedAt", "status"]);

    await refused("closeFundingPlan", { id: draft.id, version: 6 }, staffA, {
      code: "INVALID_TRANSITION",
      allowed: [],
    });
  });

  it("refuses a second plan for a year, a foreign committee and bad budgets, writing nothing", async () => {
    await refused("draftFundingPlan", { committeeId: gid("Committee", A), year: 2026, budgetFen: "100" }, staffA, {
      code: "INVARIANT",
      field: "year",
    });
    await refused("draftFundingPlan", { committeeId: gid("Committee", B), year: 2030, budgetFen: "100" }, staffA, {
      code: "NOT_FOUND",
      field: "committeeId",
    });
    for (const budgetFen of [-1, "-100", 1.5, "0.01", "1.0000000001", "abc", "1e3", true]) {
      const result = await refused(
        "draftFundingPlan",
        { committeeId: gid("Committee", A), year: 2031, budgetFen },
        staffA,
        { code: "VALIDATION" },
      );
      expect(result.field).toMatch(/budgetFen$/);
    }
    await refused("draftFundingPlan", { committeeId: gid("Committee", A), year: 1999, budgetFen: "1" }, staffA, {
      code: "VALIDATION",
    });
  });

  it("refuses ratios that do not total exactly 100 %, non-members, duplicates and bad percentages", async () => {
    const { plan, members } = await draftWithRatios(A, 2032, staffA, []);
    const [m0, m1] = members.map((m) => gid("Membership", m.id));
    const input = (ratios: { membershipId: string | undefined; percent: string }[]) => ({
      planId: plan.id,
      version: plan.version,
      ratios,
    });

    const short = await refused(
      "setContributionRatios",
      input([
        { membershipId: m0, percent: "50" },
        { membershipId: m1, percent: "49.99" },
      ]),
      staffA,
      { code: "INVARIANT", field: "ratios" },
    );
    expect(short.messageZh).toContain("合计 99.9900%，差 0.0100%");
    expect(short.messageEn).toContain("99.9900%");
    const over = await refused(
      "setContributionRatios",
      input([
        { membershipId: m0, percent: "50" },
        { membershipId: m1, percent: "50.01" },
      ]),
      staffA,
      { code: "INVARIANT", field: "ratios" },
    );
    expect(over.messageZh).toContain("合计 100.0100%，超出 0.0100%");

    const foreign = gid("Membership", (await activeMembers(B))[0]?.id as string);
    // Another committee's member: outside the staff's scope (NOT_FOUND); the street sees it is not a member.
    await refused(
      "setContributionRatios",
      input([
        { membershipId: m0, percent: "50" },
        { membershipId: foreign, percent: "50" },
      ]),
      staffA,
      { code: "NOT_FOUND", field: "ratios.1.membershipId" },
    );
    await refused(
      "setContributionRatios",
      input([
        { membershipId: m0, percent: "50" },
        { membershipId: foreign, percent: "50" },
      ]),
      streetAdmin,
      { code: "INVARIANT", field: "ratios.1.membershipId" },
    );
    // An ended membership of the committee is not a member any more.
    const ended = await t.db.prisma.membership.update({
      where: { id: (members[2] as { id: string }).id },
      data: { toDate: new Date() },
    });
    await refused(
      "setContributionRatios",
      input([
        { membershipId: m0, percent: "50" },
        { membershipId: gid("Membership", ended.id), percent: "50" },
      ]),
      staffA,
      { code: "INVARIANT", field: "ratios.1.membershipId" },
    );
    await t.db.prisma.membership.update({ where: { id: ended.id }, data: { toDate: null } });

    await refused(
      "setContributionRatios",
      input([
        { membershipId: m0, percent: "50" },
        { membershipId: m0, percent: "50" },
      ]),
      staffA,
      { code: "VALIDATION", field: "ratios.1.membershipId" },
    );
    for (const percent of ["49.99999", "-50", "abc", "150"]) {
      await refused(
        "setContributionRatios",
        input([
          { membershipId: m0, percent: "50" },
          { membershipId: m1, percent },
        ]),
        staffA,
        { code: "VALIDATION" },
      );
    }
    await refused(
      "setContributionRatios",
      input([{ membershipId: gid("Unit", (members[0] as { id: string }).id), percent: "100" }]),
      staffA,
      { code: "VALIDATION", field: "ratios.0.membershipId" },
    );
    await refused("setContributionRatios", { ...input([{ membershipId: m0, percent: "100" }]), version: 99 }, staffA, {
      code: "CONFLICT",
      field: "version",
    });
  });

  it("refuses adopting without a resolution, with another committee's, without ratios, or twice", async () => {
    const { plan } = await draftWithRatios(A, 2033, staffA, ["60", "40"]);
    const base = { id: plan.id, version: plan.version };
    await refused("adoptFundingPlan", base, staffA, { code: "INVARIANT", field: "resolutionId" });
    await refused("adoptFundingPlan", { ...base, resolutionId: null }, staffA, {
      code: "INVARIANT",
      field: "resolutionId",
    });
    const foreign = gid("Resolution", (await resolutionOf(B)).id);
    await refused("adoptFundingPlan", { ...base, resolutionId: foreign }, streetAdmin, {
      code: "INVARIANT",
      field: "resolutionId",
    });
    await refused("adoptFundingPlan", { ...base, resolutionId: foreign }, staffA, {
      code: "NOT_FOUND",
      field: "resolutionId",
    });
    const own = gid("Resolution", (await resolutionOf(A)).id);
    await refused("adoptFundingPlan", { ...base, version: plan.version + 1, resolutionId: own }, staffA, {
      code: "CONFLICT",
    });
    const { plan: empty } = await draftWithRatios(A, 2034, staffA, []);
    await refused("adoptFundingPlan", { id: empty.id, version: empty.version, resolutionId: own }, staffA, {
      code: "INVARIANT",
      field: "ratios",
    });

    const adopted = await mutate("adoptFundingPlan", { ...base, resolutionId: own }, staffA);
    expect(adopted).toMatchObject({ __typename: "FundingPlan", status: "ADOPTED" });
    await refused("adoptFundingPlan", { id: plan.id, version: adopted.version, resolutionId: own }, staffA, {
      code: "INVALID_TRANSITION",
      allowed: ["SUPERSEDED", "CLOSED"],
    });
    // An adopted plan's ratios and budget do not change in place, and it is not closed before year end.
    const members = await activeMembers(A);
    await refused(
      "setContributionRatios",
      {
        planId: plan.id,
        version: adopted.version,
        ratios: [{ membershipId: gid("Membership", (members[0] as { id: string }).id), percent: "100" }],
      },
      staffA,
      { code: "INVARIANT", field: "planId" },
    );
    await refused("updateFundingPlan", { id: plan.id, version: adopted.version, budgetFen: "5" }, staffA, {
      code: "INVARIANT",
    });
    const { plan: future } = await draftWithRatios(A, 2100, staffA, ["100"]);
    const adoptedFuture = await mutate(
      "adoptFundingPlan",
      { id: future.id, version: future.version, resolutionId: own },
      staffA,
    );
    await refused("closeFundingPlan", { id: future.id, version: adoptedFuture.version }, staffA, {
      code: "INVARIANT",
    });
    await refused("closeFundingPlan", { id: empty.id, version: empty.version }, staffA, {
      code: "INVALID_TRANSITION",
      allowed: ["ADOPTED"],
    });
  });

  it("answers another committee's plan as NOT_FOUND and a stale version as CONFLICT", async () => {
    const foreign = await adoptedPlan(B);
    await refused("updateFundingPlan", { id: gid("FundingPlan", foreign.id), version: foreign.version }, staffA, {
      code: "NOT_FOUND",
    });
    await refused("reviseFundingPlan", { id: gid("FundingPlan", foreign.id), version: foreign.version }, staffA, {
      code: "NOT_FOUND",
    });
    await refused("closeFundingPlan", { id: gid("FundingPlan", foreign.id), version: foreign.version }, staffA, {
      code: "NOT_FOUND",
    });
    const { plan } = await draftWithRatios(A, 2035, staffA, []);
    await refused("updateFundingPlan", { id: plan.id, version: plan.version + 5, budgetFen: "7" }, staffA, {
      code: "CONFLICT",
      field: "version",
    });
    // Staff of the committee see their plan; a liaison or the other committee's staff does not see a draft.
    const q = `query($id: ID!) { node(id: $id) { id ... on FundingPlan { status } } }`;
    expect((await t.gql(q, { id: plan.id }, staffA)).data.node).toMatchObject({ status: "DRAFT" });
    expect((await t.gql(q, { id: plan.id }, staffB)).data.node).toBeNull();
  });

  it("changes the ratios in effect only by a new revision; the old one stays readable with its own ratios", async () => {
    const current = await adoptedPlan(A);
    const oldRatios = await t.db.prisma.contributionRatio.findMany({ where: { planId: current.id } });
    const id = gid("FundingPlan", current.id);

    await refused("reviseFundingPlan", { id, version: current.version + 1 }, staffA, { code: "CONFLICT" });
    const superseded = await t.db.prisma.fundingPlan.findFirstOrThrow({
      where: { committeeId: A, status: "SUPERSEDED" },
    });
    await refused("reviseFundingPlan", { id: gid("FundingPlan", superseded.id), version: superseded.version }, staffA, {
      code: "INVALID_TRANSITION",
      allowed: [],
    });

    let audits = await auditCount();
    // A revision copies the category budgets too (issue 16), one audit event each.
    const oldLines = await t.db.prisma.fundingBudgetLine.count({ where: { planId: current.id } });
    const revision = await mutate("reviseFundingPlan", { id, version: current.version }, staffA);
    expect(revision).toMatchObject({
      __typename: "FundingPlan",
      status: "DRAFT",
      year: current.year,
      revision: current.revision + 1,
      budgetFen: Number(current.budgetFen),
      previousPlan: { id },
      resolution: null,
    });
    audits += 2 + oldRatios.length + oldLines;
    expect(await auditCount()).toBe(audits);
    expect(await t.db.prisma.fundingBudgetLine.count({ where: { planId: current.id } })).toBe(oldLines);
    const copied = (revision.ratios as { membership: { id: string }; percent: string }[])
      .map((r) => `${r.membership.id}=${r.percent}`)
      .sort();
    expect(copied).toEqual(oldRatios.map((r) => `${gid("Membership", r.membershipId)}=${r.percent.toFixed(4)}`).sort());
    const revisedOld = await t.db.prisma.fundingPlan.findUniqueOrThrow({ where: { id: current.id } });
    expect(revisedOld).toMatchObject({ status: "ADOPTED", version: current.version + 1 });

    // One revision at a time; a draft revision is not revised.
    await refused("reviseFundingPlan", { id, version: revisedOld.version }, staffA, { code: "INVARIANT" });
    await refused("reviseFundingPlan", { id: revision.id, version: revision.version }, staffA, {
      code: "INVALID_TRANSITION",
      allowed: ["ADOPTED"],
    });

    // New ratios on the revision, then adoption: the previous revision is SUPERSEDED.
    const members = await activeMembers(A);
    const newRatios = members.slice(0, 4).map((m, i) => ({
      membershipId: gid("Membership", m.id),
      percent: ["40", "30", "20.0001", "9.9999"][i] as string,
    }));
    const set = await mutate(
      "setContributionRatios",
      { planId: revision.id, version: revision.version, ratios: newRatios },
      staffA,
    );
    expect(set.__typename).toBe("FundingPlan");
    const resolution = await resolutionOf(A);
    audits = await auditCount();
    const adopted = await mutate(
      "adoptFundingPlan",
      { id: revision.id, version: set.version, resolutionId: gid("Resolution", resolution.id) },
      staffA,
    );
    expect(adopted).toMatchObject({ __typename: "FundingPlan", status: "ADOPTED" });
    expect(await auditCount()).toBe(audits + 2);
    expect(
      await t.db.prisma.fundingPlan.count({ where: { committeeId: A, year: current.year, status: "ADOPTED" } }),
    ).toBe(1);

    const q = `query($id: ID!) { node(id: $id) { ... on FundingPlan { status revision budgetFen
      ratios { membership { id } percent } shares { membership { id } percent shareFen } } } }`;
    const old = (await t.gql(q, { id }, staffA)).data.node;
    expect(old.status).toBe("SUPERSEDED");
    expect(old.revision).toBe(current.revision);
    expect(
      (old.ratios as { membership: { id: string }; percent: string }[])
        .map((r) => `${r.membership.id}=${r.percent}`)
        .sort(),
    ).toEqual(copied);
    const oldShares = old.shares as { shareFen: number }[];
    expect(oldShares).toHaveLength(oldRatios.length);
    expect(oldShares.reduce((a, s) => a + s.shareFen, 0)).toBe(Number(current.budgetFen));
    const now = (await t.gql(q, { id: adopted.id }, staffA)).data.node;
    expect((now.shares as { percent: string }[]).map((s) => s.percent).sort()).toEqual(
      ["40.0000", "30.0000", "20.0001", "9.9999"].sort(),
    );
    expect((now.shares as { shareFen: number }[]).reduce((a, s) => a + s.shareFen, 0)).toBe(Number(current.budgetFen));

    // The list shows every revision of the year with its status.
    const list = await t.gql(
      `query($f: FundingPlanFilter) { fundingPlans(filter: $f, orderBy: [{ field: REVISION, direction: ASC }]) {
        totalCount edges { node { revision status } } } }`,
      { f: { committeeId: { equals: gid("Committee", A) }, year: { equals: current.year } } },
      staffA,
    );
    expect(list.errors).toBeUndefined();
    const revisions = list.data.fundingPlans.edges.map((e: { node: { revision: number; status: string } }) => e.node);
    expect(revisions.slice(-2)).toEqual([
      { revision: current.revision, status: "SUPERSEDED" },
      { revision: current.revision + 1, status: "ADOPTED" },
    ]);
    expect(list.data.fundingPlans.totalCount).toBe(
      await t.db.prisma.fundingPlan.count({ where: { committeeId: A, year: current.year } }),
    );
  });
});

describe("income and contributions", () => {
  it("records income by channel in whole fen and refuses bad amounts, closed plans and foreign plans", async () => {
    const plan = await adoptedPlan(B);
    const planId = gid("FundingPlan", plan.id);
    const audits = await auditCount();
    const income = await mutate(
      "addFundingIncome",
      { planId, channel: "TASK_TRANSFER", amountFen: "123456", source: "区民政局", receivedOn: "2026-03-01" },
      staffB,
    );
    expect(income).toMatchObject({
      __typename: "FundingIncome",
      channel: "TASK_TRANSFER",
      amountFen: 123456,
      receivedOn: "2026-03-01",
      plan: { id: planId },
    });
    expect(await auditCount()).toBe(audits + 1);
    const row = await t.db.prisma.fundingIncome.findFirstOrThrow({ where: { source: "区民政局" } });
    expect([row.committeeId, row.streetId]).toEqual([plan.committeeId, plan.streetId]);

    for (const amountFen of [0, "0", -5, "-5", 0.5, "12.34", "1.0000000001", "一百", "", "99999999999999"]) {
      const result = await refused(
        "addFundingIncome",
        { planId, channel: "FISCAL", amountFen, source: "财政" },
        staffB,
        { code: "VALIDATION" },
      );
      expect(result.field).toMatch(/amountFen$/);
    }
    await refused("addFundingIncome", { planId, channel: "FISCAL", amountFen: "100", source: "财政" }, staffA, {
      code: "NOT_FOUND",
      field: "planId",
    });
    const superseded = await t.db.prisma.fundingPlan.findFirstOrThrow({ where: { status: "SUPERSEDED" } });
    await refused(
      "addFundingIncome",
      { planId: gid("FundingPlan", superseded.id), channel: "FISCAL", amountFen: "100", source: "财政" },
      streetAdmin,
      { code: "INVARIANT", field: "planId" },
    );
  });

  it("pledges, acknowledges (by the member's liaison) and receives a contribution once", async () => {
    const plan = await adoptedPlan(B);
    const ratio = await t.db.prisma.contributionRatio.findFirstOrThrow({
      where: { planId: plan.id, membership: { organization: { unitId: { not: null } } } },
      include: { membership: { include: { organization: true } } },
      orderBy: { id: "asc" },
    });
    const planId = gid("FundingPlan", plan.id);
    const membershipId = gid("Membership", ratio.membershipId);
    let audits = await auditCount();

    const pledged = await mutate("pledgeContribution", { planId, membershipId, amountFen: 50_000 }, staffB);
    expect(pledged).toMatchObject({
      __typename: "Contribution",
      status: "PLEDGED",
      amountFen: 50000,
      acknowledgedAt: null,
      receivedAt: null,
      membership: { id: membershipId },
      plan: { id: planId },
      version: 1,
    });
    audits += 1;
    expect(await auditCount()).toBe(audits);

    // The liaison of another unit cannot see the pledge: NOT_FOUND, nothing written.
    const otherUnit = await t.db.prisma.unit.findFirstOrThrow({
      where: { id: { not: ratio.membership.organization.unitId as string }, streetId: plan.streetId },
      orderBy: { creditCode: "asc" },
    });
    const otherLiaison = await t.token([{ role: "UNIT_LIAISON", unitId: otherUnit.id }]);
    await refused("acknowledgeContribution", { id: pledged.id, version: 1 }, otherLiaison, { code: "NOT_FOUND" });

    const liaison = await t.token([{ role: "UNIT_LIAISON", unitId: ratio.membership.organization.unitId as string }]);
    await refused("acknowledgeContribution", { id: pledged.id, version: 7 }, liaison, { code: "CONFLICT" });
    const acknowledged = await mutate("acknowledgeContribution", { id: pledged.id, version: 1 }, liaison);
    expect(acknowledged).toMatchObject({ __typename: "Contribution", status: "PLEDGED", version: 2 });
    expect(acknowledged.acknowledgedAt).not.toBeNull();
    audits += 1;
    expect(await auditCount()).toBe(audits);
    await refused("acknowledgeContribution", { id: pledged.id, version: 2 }, liaison, {
      code: "INVALID_TRANSITION",
      allowed: ["RECEIVED"],
    });
    // A liaison does not receive money.
    await refused("receiveContribution", { id: pledged.id, version: 2 }, liaison, { code: "FORBIDDEN" });

    await refused("receiveContribution", { id: pledged.id, version: 1 }, staffB, { code: "CONFLICT" });
    const received = await mutate("receiveContribution", { id: pledged.id, version: 2 }, staffB);
    expect(received).toMatchObject({
      __typename: "Contribution",
      status: "RECEIVED",
      allowedTransitions: [],
      version: 3,
    });
    expect(received.receivedAt).not.toBeNull();
    audits += 1;
    expect(await auditCount()).toBe(audits);
    await refused("receiveContribution", { id: pledged.id, version: 3 }, staffB, {
      code: "INVALID_TRANSITION",
      allowed: [],
    });

    // The liaison sees its own contributions only, and no draft plan.
    const list = await t.gql(
      `{ contributions(first: 200) { totalCount edges { node { id membership { id } } } } }`,
      {},
      liaison,
    );
    expect(list.errors).toBeUndefined();
    const own = await t.db.prisma.contribution.count({
      where: { membership: { organization: { unitId: ratio.membership.organization.unitId } } },
    });
    expect(list.data.contributions.totalCount).toBe(own);
    expect(list.data.contributions.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(pledged.id);
    const plans = await t.gql(
      `{ fundingPlans(first: 100) { edges { node { status shares { membership { id } } } } } }`,
      {},
      liaison,
    );
    expect(plans.errors).toBeUndefined();
    const nodes = plans.data.fundingPlans.edges.map((e: { node: { status: string; shares: unknown[] } }) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: { status: string }) => n.status !== "DRAFT")).toBe(true);
    const ownMemberships = new Set(
      (
        await t.db.prisma.membership.findMany({
          where: { organization: { unitId: ratio.membership.organization.unitId } },
        })
      ).map((m) => gid("Membership", m.id)),
    );
    for (const n of nodes as { shares: { membership: { id: string } }[] }[]) {
      for (const s of n.shares) expect(ownMemberships.has(s.membership.id)).toBe(true);
    }
  });

  it("refuses pledges with bad amounts, from members without a ratio, on drafts and on foreign plans", async () => {
    const plan = await adoptedPlan(B);
    const planId = gid("FundingPlan", plan.id);
    const withRatio = await t.db.prisma.contributionRatio.findFirstOrThrow({ where: { planId: plan.id } });
    const membershipId = gid("Membership", withRatio.membershipId);
    for (const amountFen of [-100, "-1", 2.5, "0.01", "1.0000000001", "x", 0]) {
      const result = await refused("pledgeContribution", { planId, membershipId, amountFen }, staffB, {
        code: "VALIDATION",
      });
      expect(result.field).toMatch(/amountFen$/);
    }
    const withoutRatio = await t.db.prisma.membership.findFirstOrThrow({
      where: { committeeId: B, toDate: null, contributionRatios: { none: { planId: plan.id } } },
    });
    await refused(
      "pledgeContribution",
      { planId, membershipId: gid("Membership", withoutRatio.id), amountFen: "100" },
      staffB,
      { code: "INVARIANT", field: "membershipId" },
    );
    const foreignMember = (await activeMembers(A))[0] as { id: string };
    await refused(
      "pledgeContribution",
      { planId, membershipId: gid("Membership", foreignMember.id), amountFen: "100" },
      streetAdmin,
      { code: "INVARIANT", field: "membershipId" },
    );
    await refused("pledgeContribution", { planId, membershipId, amountFen: "100" }, staffA, {
      code: "NOT_FOUND",
      field: "planId",
    });
    const draft = await t.db.prisma.fundingPlan.findFirstOrThrow({ where: { status: "DRAFT", year: 2027 } });
    await refused(
      "pledgeContribution",
      { planId: gid("FundingPlan", draft.id), membershipId, amountFen: "100" },
      streetAdmin,
      { code: "INVARIANT", field: "planId" },
    );
  });

  it("lists plans and contributions with filters, and every share of a plan adds up to its budget", async () => {
    const plan = await adoptedPlan(B);
    const r = await t.gql(
      `query($f: ContributionFilter) { contributions(filter: $f, first: 100) { totalCount edges { node { status plan { id } } } } }`,
      { f: { planId: { equals: gid("FundingPlan", plan.id) }, status: { equals: "RECEIVED" } } },
      staffB,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.contributions.totalCount).toBe(
      await t.db.prisma.contribution.count({ where: { planId: plan.id, status: "RECEIVED" } }),
    );
    for (const e of r.data.contributions.edges) {
      expect(e.node).toEqual({ status: "RECEIVED", plan: { id: gid("FundingPlan", plan.id) } });
    }
    const plans = await t.gql(
      `query($f: FundingPlanFilter) { fundingPlans(filter: $f, first: 100) { totalCount edges { node { budgetFen status shares { shareFen } } } } }`,
      { f: { status: { in: ["ADOPTED", "SUPERSEDED"] } } },
      streetAdmin,
    );
    expect(plans.errors).toBeUndefined();
    expect(plans.data.fundingPlans.totalCount).toBe(
      await t.db.prisma.fundingPlan.count({ where: { status: { in: ["ADOPTED", "SUPERSEDED"] } } }),
    );
    for (const { node } of plans.data.fundingPlans.edges) {
      expect(["ADOPTED", "SUPERSEDED"]).toContain(node.status);
      expect(node.shares.length).toBeGreaterThan(0);
      expect(node.shares.reduce((a: number, s: { shareFen: number }) => a + s.shareFen, 0)).toBe(node.budgetFen);
    }
    // Another committee's staff does not see B's contributions.
    const hidden = await t.gql(
      `query($f: ContributionFilter) { contributions(filter: $f) { totalCount } }`,
      { f: { planId: { equals: gid("FundingPlan", plan.id) } } },
      staffA,
    );
    expect(hidden.data.contributions.totalCount).toBe(0);
  });
});

describe("a member unit's view of ratios", () => {
  it("shows a liaison its own ratio on an adopted plan, and nothing of a draft's ratios", async () => {
    const p = t.db.prisma;
    const adopted = await adoptedPlan(A);
    const ratio = await p.contributionRatio.findFirstOrThrow({
      where: { planId: adopted.id },
      include: { membership: { include: { organization: true } } },
    });
    const unitId = ratio.membership.organization.unitId as string;
    const draft = await p.fundingPlan.create({
      data: { committeeId: A, streetId: adopted.streetId, year: 2041, budgetFen: 100_000n, status: "DRAFT" },
    });
    const draftRatio = await p.contributionRatio.create({
      data: {
        planId: draft.id,
        committeeId: A,
        streetId: adopted.streetId,
        membershipId: ratio.membershipId,
        percent: "100",
      },
    });
    const liaison = await t.token([{ role: "UNIT_LIAISON", unitId }]);
    const q = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on ContributionRatio { percent } } }`;
    const { data, errors } = await t.gql(
      q,
      {
        ids: [
          gid("ContributionRatio", ratio.id),
          gid("ContributionRatio", draftRatio.id),
          gid("FundingPlan", draft.id),
        ],
      },
      liaison,
    );
    expect(errors).toBeUndefined();
    expect(data.nodes[0]).toMatchObject({ id: gid("ContributionRatio", ratio.id) });
    expect(data.nodes[1]).toBeNull();
    expect(data.nodes[2]).toBeNull();
    // The committee's staff see the draft's ratio.
    const staff = await t.gql(q, { ids: [gid("ContributionRatio", draftRatio.id)] }, staffA);
    expect(staff.data.nodes[0]).toMatchObject({ percent: expect.stringMatching(/^100/) });
  });
});
