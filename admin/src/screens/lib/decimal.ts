/**
 * Exact arithmetic for the funding plan editor, the same rules as the API's `funding/rules.ts`:
 * ratios are percentages with at most four decimals, held as integer units of 0.0001 % (bigint);
 * money is integer fen (bigint). No floating point anywhere.
 */

/** 100 % in units of 0.0001 %. */
export const PERCENT_SCALE = 1_000_000n;
const UNITS_PER_PERCENT = 10_000n;

/** "33.3333" → 333333n; null when the text is not a percentage with at most four decimals in 0–100. */
export function parsePercent(text: string): bigint | null {
  const match = /^(\d{1,3})(?:\.(\d{1,4}))?$/.exec(text.trim());
  if (!match) return null;
  const units = BigInt(match[1] as string) * UNITS_PER_PERCENT + BigInt((match[2] ?? "").padEnd(4, "0"));
  return units > PERCENT_SCALE ? null : units;
}

/** 333333n → "33.3333" (always four decimals). */
export function formatPercent(units: bigint): string {
  const sign = units < 0n ? "-" : "";
  const abs = units < 0n ? -units : units;
  return `${sign}${abs / UNITS_PER_PERCENT}.${(abs % UNITS_PER_PERCENT).toString().padStart(4, "0")}`;
}

/**
 * Splits `total` fen by `weights` with the largest remainder method: floors first, then the fen
 * left over one each to the largest remainders, ties to the earlier position. The parts add up to
 * `total` exactly (the API's `largestRemainder`).
 */
export function largestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (weights.length === 0 || sum <= 0n || total < 0n) return weights.map(() => 0n);
  const parts = weights.map((w) => (total * w) / sum);
  let left = total - parts.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((w, i) => ({ i, r: (total * w) % sum }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of order) {
    if (left === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left -= 1n;
  }
  return parts;
}

/** Whole fen as text or number → bigint; null when it is not a whole, non-negative number of fen. */
export function parseFen(value: unknown): bigint | null {
  const text = String(value ?? "").trim();
  return /^\d{1,13}$/.test(text) ? BigInt(text) : null;
}

/** 123456n fen → "1,234.56" yuan (exact, grouped). */
export function formatYuan(fen: bigint): string {
  const sign = fen < 0n ? "-" : "";
  const abs = fen < 0n ? -fen : fen;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${yuan}.${(abs % 100n).toString().padStart(2, "0")}`;
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
