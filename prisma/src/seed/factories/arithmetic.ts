/** Exact arithmetic of shares and grades, and the management-mode rule, shared by the seed and the tests. */
import type { AssessmentGrade } from "../../../generated/client/enums.js";
import type { PartyOrganizationRow } from "./rows.js";

/** 100% in the unit of ContributionRatio.percent's last decimal (0.0001%). */
export const PERCENT_SCALE = 1_000_000;

/**
 * Splits `total` into parts proportional to `weights` by the largest remainder method:
 * the parts are integers that add up to `total` exactly (ties go to the earlier weight).
 */
export function largestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum <= 0n) throw new RangeError("largestRemainder needs a positive total weight");
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left -= 1n;
  }
  return parts;
}

/** Percent units (0.0001%) as the decimal string Prisma writes: 123456 → "12.3456". */
export function percentString(units: number | bigint): string {
  const n = BigInt(units);
  const whole = n / 10_000n;
  const frac = (n % 10_000n).toString().padStart(4, "0");
  return `${whole}.${frac}`;
}

/** Integer weights → percent strings with four decimals that add up to exactly 100. */
export function percentsFromWeights(weights: readonly (number | bigint)[]): string[] {
  return largestRemainder(
    BigInt(PERCENT_SCALE),
    weights.map((w) => BigInt(w)),
  ).map(percentString);
}

export function gradeForScore(score: number): AssessmentGrade {
  if (score >= 90) return "EXCELLENT";
  if (score >= 75) return "COMPETENT";
  if (score >= 60) return "BASICALLY_COMPETENT";
  return "INCOMPETENT";
}

/**
 * The management mode a membership must have (invariant 3): DUAL exactly when the
 * organisation's superior is outside the committee's street — registered in another
 * district (external code) or a local organisation of another street.
 * `superiorStreetId` is the street of the local superior's unit or community.
 */
export function expectedMode(
  org: Pick<PartyOrganizationRow, "superiorId" | "superiorExternalCode">,
  superiorStreetId: string | null | undefined,
  committeeStreetId: string,
): "DIRECT" | "DUAL" {
  if (org.superiorExternalCode) return "DUAL";
  if (org.superiorId) return superiorStreetId === committeeStreetId ? "DIRECT" : "DUAL";
  return "DIRECT";
}
