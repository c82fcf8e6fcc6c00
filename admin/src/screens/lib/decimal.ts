import {
  parsePercent as apiParsePercent,
  formatPercent,
  largestRemainder,
  PERCENT_SCALE,
} from "@gongjian/domain/funding";

/**
 * Exact arithmetic for the funding plan editor, on the API's own `funding/rules.ts` (parsing, formatting
 * and largest remainder are imported, not copied):
 * ratios are percentages with at most four decimals, held as integer units of 0.0001 % (bigint);
 * money is integer fen (bigint). No floating point anywhere.
 */

export { formatPercent, largestRemainder, PERCENT_SCALE };

/** "33.3333" → 333333n; null when the text is not a percentage with at most four decimals in 0–100. */
export function parsePercent(text: string): bigint | null {
  try {
    return apiParsePercent(text);
  } catch {
    return null;
  }
}

/** Whole fen as text or number → bigint; null when it is not a whole, non-negative number of fen. */
export function parseFen(value: unknown): bigint | null {
  const text = String(value ?? "").trim();
  return /^\d{1,13}$/.test(text) ? BigInt(text) : null;
}

/** "1234.56" yuan → 123456n fen; null unless it has at most two decimals. */
export function parseYuan(text: string): bigint | null {
  const match = /^(\d{1,11})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/,/g, ""));
  if (!match) return null;
  return BigInt(match[1] as string) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
}

/** What the editor says about a set of ratios: total, and the gap or excess against 100 %. */
export function ratioTotal(texts: readonly string[]): {
  total: bigint;
  invalid: number[];
  state: "exact" | "short" | "over";
  diff: bigint;
} {
  const invalid: number[] = [];
  let total = 0n;
  texts.forEach((text, i) => {
    const units = parsePercent(text);
    if (units === null) invalid.push(i);
    else total += units;
  });
  const state = total === PERCENT_SCALE ? "exact" : total < PERCENT_SCALE ? "short" : "over";
  return { total, invalid, state, diff: total > PERCENT_SCALE ? total - PERCENT_SCALE : PERCENT_SCALE - total };
}

/** The raw id inside a relay global ID (base64 of "Type:id"), for ordering like the API does. */
export function rawIdOf(globalId: string): string {
  try {
    const decoded = atob(globalId);
    const at = decoded.indexOf(":");
    return at >= 0 ? decoded.slice(at + 1) : globalId;
  } catch {
    return globalId;
  }
}

/**
 * Each row's share in fen of `budget`, as the API computes `FundingPlan.shares`: the ratios in
 * the order of their membership's id, split by largest remainder. Rows with an invalid ratio get null.
 */
export function previewShares(
  budget: bigint,
  rows: readonly { membershipId: string; percent: string }[],
): (bigint | null)[] {
  const valid = rows
    .map((row, index) => ({ index, raw: rawIdOf(row.membershipId), units: parsePercent(row.percent) }))
    .filter((r): r is { index: number; raw: string; units: bigint } => r.units !== null)
    .sort((a, b) => (a.raw < b.raw ? -1 : a.raw > b.raw ? 1 : 0));
  const result: (bigint | null)[] = rows.map(() => null);
  if (valid.length === 0 || valid.every((r) => r.units === 0n)) return result;
  // Shares are of the whole budget: with ratios short of 100 %, the missing part is one more weight.
  const total = valid.reduce((a, r) => a + r.units, 0n);
  const weights = valid.map((r) => r.units);
  if (total < PERCENT_SCALE) weights.push(PERCENT_SCALE - total);
  const parts = largestRemainder(budget, weights);
  valid.forEach((r, i) => {
    result[r.index] = parts[i] ?? 0n;
  });
  return result;
}
