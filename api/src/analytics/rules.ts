/**
 * Pure functions behind the analyst queries (no database, no clock unless passed in), so the
 * arithmetic can be tested on its own: exact shares, largest-remainder allocation in fen,
 * score bands and months in Beijing time (the meeting cadence rules: meeting-rules.ts).
 */

import { largestRemainder, PERCENT_SCALE } from "@gongjian/domain/money";

// Money and percentages are the domain's money module (one implementation for API, console and seed).
export {
  formatPercent as unitsToPercent,
  largestRemainder,
  PERCENT_SCALE as PERCENT_UNITS,
} from "@gongjian/domain/money";

/** "33.3333" (percent, at most four decimals) → 333333 units of 0.0001%. */
export function percentToUnits(percent: string | { toString(): string }): bigint {
  const text = String(percent).trim();
  const match = /^(\d+)(?:\.(\d{0,4})0*)?$/.exec(text);
  if (!match) throw new RangeError(`not a percentage with at most four decimals: ${text}`);
  const whole = BigInt(match[1] as string);
  const fraction = BigInt((match[2] ?? "").padEnd(4, "0"));
  return whole * 10_000n + fraction;
}

/**
 * Each member's share (in fen) of a plan's budget by its contribution ratio, by largest
 * remainder. The ratios of a plan add up to 100% (invariant 4); when the caller sees only some
 * of them, the part of 100% it does not see is one more (unreported) weight, so a visible share
 * is never inflated to the visible ratios and no hidden ratio is needed to compute it. With all
 * ratios visible the shares add up to the budget exactly. Ratios above 100% in all (which the
 * API refuses to write) are shared out over their own sum.
 */
export function sharesOfBudget(budgetFen: bigint, ratioUnits: readonly bigint[]): bigint[] {
  if (ratioUnits.length === 0) return [];
  const sum = ratioUnits.reduce((a, b) => a + b, 0n);
  const rest = sum < PERCENT_SCALE ? PERCENT_SCALE - sum : 0n;
  const weights = rest > 0n ? [...ratioUnits, rest] : [...ratioUnits];
  if (weights.every((w) => w === 0n)) return ratioUnits.map(() => 0n);
  return largestRemainder(budgetFen, weights).slice(0, ratioUnits.length);
}

/**
 * `numerator / denominator` as a decimal with `places` decimals, rounded half up (both are
 * counts, not negative); null when the denominator is 0 (no share of nothing).
 */
export function decimalShare(numerator: number | bigint, denominator: number | bigint, places = 4): string | null {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  if (d === 0n) return null;
  if (n < 0n || d < 0n) throw new RangeError("decimalShare needs counts that are not negative");
  const scale = 10n ** BigInt(places);
  const scaled = (n * scale * 2n + d) / (2n * d);
  const whole = scaled / scale;
  if (places === 0) return whole.toString();
  return `${whole}.${(scaled % scale).toString().padStart(places, "0")}`;
}

/** Score bands of assessmentDistribution: [min, max) in points; the last band includes 100. */
export const SCORE_BANDS = [
  { band: "0-59", min: 0, max: 60 },
  { band: "60-69", min: 60, max: 70 },
  { band: "70-79", min: 70, max: 80 },
  { band: "80-89", min: 80, max: 90 },
  { band: "90-100", min: 90, max: null },
] as const;

/** The band of a score (scores below 0 fall in the first band, above 100 in the last). */
export function scoreBand(score: number): (typeof SCORE_BANDS)[number]["band"] {
  for (const b of SCORE_BANDS) if (b.max === null || score < b.max) return b.band;
  return "90-100";
}

import { beijingYearMonth } from "@gongjian/domain/calendar";

export { beijingMonthStart, beijingYearMonth } from "@gongjian/domain/calendar";

/**
 * The default reference month of the cadence rule: the last month of `year` that has ended at
 * `now` (Beijing time). 12 for a past year, 0 for a future one (nothing to check yet), and for
 * the current year the month before the current one (a month still running is not yet late).
 */
export function defaultReferenceMonth(year: number, now: Date): number {
  const current = beijingYearMonth(now);
  if (year < current.year) return 12;
  if (year > current.year) return 0;
  return current.month - 1;
}

export interface MonthCount {
  month: number;
  regular: number;
  extended: number;
  emergency: number;
}

/** Quarter (1–4) of a month (1–12). */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
