import { assertAllowedTransition, DomainError, invalid, invariant, type TransitionTable } from "./errors.js";
import { formatPercent, largestRemainder, PERCENT_SCALE, UNITS_PER_PERCENT } from "./money.js";

/**
 * Funding rules (DESIGN.md "FundingPlan", invariant 4; 实施意见: 大党委工作经费由成员单位按党委会
 * 商议确定的比例出资). Plain functions, no database, no floating point: ratios are integer units
 * of 0.0001 % and money is integer fen, both as bigint.
 */

export type FundingPlanStatusName = "DRAFT" | "ADOPTED" | "SUPERSEDED" | "CLOSED";
export type ContributionStatusName = "PLEDGED" | "RECEIVED";
export type CommitteeStatusName = "DRAFT" | "SUBMITTED" | "APPROVED" | "REJECTED" | "FILED" | "DISSOLVED";

// Money and percentages (fen, units of 0.0001 %, largest remainder) are the money module's.
export * from "./money.js";

// ---------------------------------------------------------------- ratios

/**
 * Parses a percentage given as decimal text with at most four decimals ("33.3333", "100",
 * "0.5") into units of 0.0001 % (100 % = 1,000,000). Anything else (negative, more than four
 * decimals, exponent notation, more than 100 %, not a number) is a VALIDATION error on `field`.
 */
export function parsePercent(text: string, field = "percent"): bigint {
  const value = String(text).trim();
  const match = /^(\d{1,3})(?:\.(\d{1,4}))?$/.exec(value);
  if (!match) {
    if (/^-/.test(value)) {
      throw invalid(field, `出资比例不能为负数：${value}`, `A contribution ratio cannot be negative: ${value}`);
    }
    if (/^\d+\.\d{5,}$/.test(value)) {
      throw invalid(field, `出资比例最多4位小数：${value}`, `A contribution ratio has at most 4 decimals: ${value}`);
    }
    throw invalid(
      field,
      `出资比例须为最多4位小数的百分数（如 33.3333）：${value}`,
      `A contribution ratio is a percentage with at most 4 decimals (e.g. 33.3333): ${value}`,
    );
  }
  const units = BigInt(match[1] as string) * UNITS_PER_PERCENT + BigInt((match[2] ?? "").padEnd(4, "0"));
  if (units > PERCENT_SCALE) {
    throw invalid(field, `出资比例不能超过100%：${value}`, `A contribution ratio cannot exceed 100%: ${value}`);
  }
  return units;
}

/** A stored ratio (Prisma Decimal(7,4), or its text) → units of 0.0001 %. */
export function percentUnitsOf(stored: string | { toFixed(digits: number): string }): bigint {
  return parsePercent(typeof stored === "string" ? stored : stored.toFixed(4), "percent");
}

/**
 * Invariant 4: the ratios of a plan add up to exactly 100 %. Otherwise an INVARIANT error on
 * `ratios` that names the total and the gap, e.g. "合计 99.9900%，差 0.0100%".
 */
export function assertRatiosTotal(units: readonly bigint[], field = "ratios"): void {
  const total = units.reduce((a, b) => a + b, 0n);
  if (total === PERCENT_SCALE) return;
  if (total < PERCENT_SCALE) {
    const gap = formatPercent(PERCENT_SCALE - total);
    throw invariant(
      field,
      `出资比例须合计恰好100%：合计 ${formatPercent(total)}%，差 ${gap}%`,
      `Contribution ratios must total exactly 100%: they total ${formatPercent(total)}%, ${gap}% short`,
    );
  }
  const over = formatPercent(total - PERCENT_SCALE);
  throw invariant(
    field,
    `出资比例须合计恰好100%：合计 ${formatPercent(total)}%，超出 ${over}%`,
    `Contribution ratios must total exactly 100%: they total ${formatPercent(total)}%, ${over}% over`,
  );
}

export interface RatioEntry {
  membershipId: string;
  percent: string;
}

/**
 * Validates the ratios given for a plan: each percentage well-formed (VALIDATION on
 * `ratios.<i>.percent`), no membership twice (VALIDATION on `ratios.<i>.membershipId`), and
 * together exactly 100 % (INVARIANT on `ratios`). Returns the units in the given order.
 */
export function validateRatios(entries: readonly RatioEntry[]): bigint[] {
  const seen = new Set<string>();
  const units = entries.map((entry, i) => {
    if (seen.has(entry.membershipId)) {
      throw invalid(
        `ratios.${i}.membershipId`,
        "同一成员单位的出资比例出现了两次",
        "The same member unit appears twice in the ratios",
      );
    }
    seen.add(entry.membershipId);
    return parsePercent(entry.percent, `ratios.${i}.percent`);
  });
  assertRatiosTotal(units);
  return units;
}

// ---------------------------------------------------------------- shares (largest remainder)

/**
 * Each member's share in fen of `totalFen` by its ratio (units of 0.0001 %), in the given
 * order (the order breaks ties). The ratios of a plan add up to 100 %; an empty plan has no
 * shares.
 */
export function sharesOf(totalFen: bigint, ratioUnits: readonly bigint[]): bigint[] {
  if (ratioUnits.length === 0) return [];
  return largestRemainder(totalFen, ratioUnits);
}

// ---------------------------------------------------------------- workflow

/**
 * The plan workflow: DRAFT → ADOPTED (with the resolution) → CLOSED at year end; an ADOPTED plan
 * becomes SUPERSEDED when its next revision is adopted. SUPERSEDED and CLOSED are final.
 */
export const fundingPlanTransitions: TransitionTable<FundingPlanStatusName> = {
  DRAFT: ["ADOPTED"],
  ADOPTED: ["SUPERSEDED", "CLOSED"],
  SUPERSEDED: [],
  CLOSED: [],
};

export const assertPlanTransition = (from: FundingPlanStatusName, to: FundingPlanStatusName) =>
  assertAllowedTransition("经费方案 FundingPlan", fundingPlanTransitions, from, to);

/** Budget, note and ratios of a plan change only while it is a DRAFT; ratios in effect change by a new revision. */
export function assertPlanEditable(status: FundingPlanStatusName, field = "id"): void {
  if (status !== "DRAFT") {
    throw invariant(
      field,
      `经费方案状态为 ${status}，只有草稿（DRAFT）可以修改；生效方案的出资比例只能通过新版本（修订）变更`,
      `The plan is ${status}; only a DRAFT can be changed (the ratios in effect change only through a new revision)`,
    );
  }
}

/** Only the plan in effect (ADOPTED) can be revised. */
export function assertPlanRevisable(status: FundingPlanStatusName): void {
  if (status !== "ADOPTED") {
    throw new DomainError(
      "INVALID_TRANSITION",
      `经费方案状态为 ${status}，只有已通过（ADOPTED）的方案可以修订`,
      `The plan is ${status}; only an ADOPTED plan can be revised`,
      { field: "status", allowed: [...fundingPlanTransitions[status]] },
    );
  }
}

/** Income is recorded on a plan being drafted or in effect, not on a superseded or closed one. */
export function assertPlanTakesIncome(status: FundingPlanStatusName, field = "planId"): void {
  if (status !== "DRAFT" && status !== "ADOPTED") {
    throw invariant(
      field,
      `经费方案状态为 ${status}，只能向草稿或已通过的方案登记收入`,
      `The plan is ${status}; income is recorded on a DRAFT or ADOPTED plan only`,
    );
  }
}

/** Members pledge against the plan in effect. */
export function assertPlanTakesPledges(status: FundingPlanStatusName, field = "planId"): void {
  if (status !== "ADOPTED") {
    throw invariant(
      field,
      `经费方案状态为 ${status}，只能按已通过（ADOPTED）的方案认缴出资`,
      `The plan is ${status}; contributions are pledged against an ADOPTED plan only`,
    );
  }
}

/** A plan is closed at year end: not before 31 December (Beijing time) of its year. */
export function assertYearEnded(year: number, now: Date): void {
  const lastDay = Date.UTC(year, 11, 31) - 8 * 3_600_000; // 31 Dec 00:00 in Beijing (UTC+8)
  if (now.getTime() < lastDay) {
    throw invariant(
      "id",
      `${year}年度尚未结束，经费方案须在年终（12月31日起）结算`,
      `The year ${year} has not ended; a plan is closed at year end (from 31 December)`,
    );
  }
}

/** New funding work is not started for a committee that was rejected or dissolved. */
export function assertCommitteeFundable(status: CommitteeStatusName, field = "committeeId"): void {
  if (status === "REJECTED" || status === "DISSOLVED") {
    throw invariant(
      field,
      `大党委状态为 ${status}（已退回或已撤销），不能编制经费方案`,
      `The committee is ${status} (rejected or dissolved) and cannot draft a funding plan`,
    );
  }
}

/** One plan per committee and year; later versions are revisions of it. */
export function assertNoPlanForYear(existingRevisions: readonly number[], year: number): void {
  if (existingRevisions.length > 0) {
    throw invariant(
      "year",
      `该大党委${year}年度已有经费方案（第${Math.max(...existingRevisions)}版），请修改草稿或修订已通过的方案`,
      `The committee already has a ${year} plan (revision ${Math.max(...existingRevisions)}); edit the draft or revise the adopted plan`,
    );
  }
}

/** A revision is drafted once: the plan must not already have a next revision. */
export function assertNotYetRevised(nextRevision: number | null): void {
  if (nextRevision !== null) {
    throw invariant(
      "id",
      `该方案已有修订版本（第${nextRevision}版）`,
      `The plan already has a revision (revision ${nextRevision})`,
    );
  }
}

/**
 * Adopting a revision supersedes the plan it revises, which must still be the one in effect
 * (ADOPTED); a revision of a plan that was closed meanwhile cannot be adopted.
 */
export function assertPreviousInEffect(previousStatus: FundingPlanStatusName | null): void {
  if (previousStatus !== null && previousStatus !== "ADOPTED") {
    throw invariant(
      "id",
      `所修订的上一版本状态为 ${previousStatus}，已不在执行中，本修订不能通过`,
      `The revised plan is ${previousStatus}, no longer in effect; this revision cannot be adopted`,
    );
  }
}

/** Adoption needs the resolution of the same committee that set the ratios (党委会商议确定). */
export function assertResolutionOfCommittee(resolutionCommitteeId: string | null, planCommitteeId: string): void {
  if (resolutionCommitteeId !== planCommitteeId) {
    throw invariant("resolutionId", "决议不是本大党委党委会作出的", "The resolution was not made by this committee");
  }
}

export function assertResolutionGiven(resolutionId: string | null | undefined): asserts resolutionId is string {
  if (!resolutionId) {
    throw invariant(
      "resolutionId",
      "通过经费方案须依据确定出资比例的党委会决议",
      "Adopting a plan needs the committee resolution that set the ratios",
    );
  }
}

/** Contributions: PLEDGED → RECEIVED; RECEIVED is final. */
export const contributionTransitions: TransitionTable<ContributionStatusName> = {
  PLEDGED: ["RECEIVED"],
  RECEIVED: [],
};

export const assertContributionTransition = (from: ContributionStatusName, to: ContributionStatusName) =>
  assertAllowedTransition("出资 Contribution", contributionTransitions, from, to);

/** A pledge is acknowledged by its unit once, while it is still PLEDGED. */
export function assertAcknowledgeable(status: ContributionStatusName, acknowledgedAt: Date | null): void {
  if (status !== "PLEDGED" || acknowledgedAt !== null) {
    throw new DomainError(
      "INVALID_TRANSITION",
      status === "PLEDGED" ? "该认缴已确认过" : `出资状态为 ${status}，不能再确认`,
      status === "PLEDGED" ? "The pledge has already been acknowledged" : `The contribution is ${status}`,
      { field: "status", allowed: [...contributionTransitions[status]] },
    );
  }
}

/** A membership of this committee that has not ended. */
export const isActiveMemberOf = (membership: { committeeId: string; toDate: Date | null }, committeeId: string) =>
  membership.committeeId === committeeId && membership.toDate === null;

/** Pledges come from active members of the plan's committee that have a ratio in the plan. */
export function assertPledgingMember(
  membership: { committeeId: string; toDate: Date | null },
  planCommitteeId: string,
  hasRatio: boolean,
): void {
  if (!isActiveMemberOf(membership, planCommitteeId)) {
    throw invariant(
      "membershipId",
      "该党组织不是本大党委的现有成员单位",
      "The organisation is not an active member of the plan's committee",
    );
  }
  if (!hasRatio) {
    throw invariant(
      "membershipId",
      "该成员单位在本经费方案中没有出资比例",
      "The member unit has no contribution ratio in this plan",
    );
  }
}

/** Ratios are set for active members of the plan's committee. */
export function assertRatioMember(
  membership: { committeeId: string; toDate: Date | null },
  planCommitteeId: string,
  field: string,
): void {
  if (isActiveMemberOf(membership, planCommitteeId)) return;
  throw invariant(
    field,
    "出资比例只能给本大党委的现有成员单位",
    "Ratios are set for active members of the plan's committee only",
  );
}
