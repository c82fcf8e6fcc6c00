/** Exact arithmetic of shares and grades, and the management-mode rule, shared by the seed and the tests. */
import { deriveManagementMode, superiorOf } from "@gongjian/domain/management";
import { PERCENT_SCALE as DOMAIN_PERCENT_SCALE, formatPercent, largestRemainder } from "@gongjian/domain/money";
import type { AssessmentGrade } from "../../../generated/client/enums.js";
import type { Row } from "./rows.js";

/** 100% in the unit of ContributionRatio.percent's last decimal (0.0001%), as a number. */
export const PERCENT_SCALE = Number(DOMAIN_PERCENT_SCALE);

// The domain's money module: one largest-remainder implementation for the API, the console and the seed.
export { largestRemainder };

/** Percent units (0.0001%) as the decimal string Prisma writes: 123456 → "12.3456". */
export const percentString = (units: number | bigint): string => formatPercent(BigInt(units));

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
 * The management mode a membership must have (invariant 3, the domain's `deriveManagementMode`):
 * a residents' committee's organisation is DIRECT whatever its superior; any other is DUAL exactly
 * when its superior is outside the committee's street — registered in another district (external
 * code) or a local organisation of another street. `superiorStreetId` is the street of the local
 * superior's unit or community; `unitKind` the kind of the organisation's unit (null: a community's).
 */
export function expectedMode(
  org: Pick<Row<"partyOrganization">, "superiorId" | "superiorExternalCode">,
  superiorStreetId: string | null | undefined,
  committeeStreetId: string,
  unitKind: string | null = null,
): "DIRECT" | "DUAL" {
  return deriveManagementMode(committeeStreetId, superiorOf(org, superiorStreetId), unitKind);
}
