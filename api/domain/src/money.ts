/**
 * Money and percentages, in integers only: amounts are fen (bigint), percentages are units of
 * 0.0001 % (100 % = 1,000,000). One implementation each for the API, the console and the seed.
 */
import { invalid } from "./errors.js";

/** 100 % in units of 0.0001 %. */
export const PERCENT_SCALE = 1_000_000n;
/** Units of 0.0001 % in 1 %. */
export const UNITS_PER_PERCENT = 10_000n;
/** At most 13 digits of fen (10^13 fen = 100 billion yuan), like `fen` in the API's input validation. */
export const MAX_FEN_DIGITS = 13;

/** Units of 0.0001 % as a percentage with exactly four decimals: 333333n → "33.3333". */
export function formatPercent(units: bigint): string {
  const sign = units < 0n ? "-" : "";
  const abs = units < 0n ? -units : units;
  return `${sign}${abs / UNITS_PER_PERCENT}.${(abs % UNITS_PER_PERCENT).toString().padStart(4, "0")}`;
}

/**
 * Splits `total` fen into parts proportional to `weights` by the largest remainder method:
 * each part gets the floor of its exact share `total × wᵢ / Σw`; the fen left over (fewer
 * than the number of parts) go one each to the parts with the largest remainders, ties to the
 * earlier position. The parts add up to `total` exactly, each is within 1 fen of its exact
 * share, and a larger weight never gets a smaller part. Needs total ≥ 0, no negative weight and a
 * positive sum. No weights at all: nothing to share out, so [] for a total of 0 and a RangeError
 * otherwise (fen would be lost) — the one behaviour for every caller (API, console, seed).
 */
export function largestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  if (total < 0n) throw new RangeError("largestRemainder: the total cannot be negative");
  if (weights.length === 0) {
    if (total === 0n) return [];
    throw new RangeError("largestRemainder: a positive total needs at least one weight");
  }
  if (weights.some((w) => w < 0n)) throw new RangeError("largestRemainder: weights cannot be negative");
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new RangeError("largestRemainder: the weights must have a positive sum");
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

/**
 * Parses an amount in whole fen given as text ("12345"). Negative, fractional, non-numeric and
 * over-long amounts are VALIDATION errors on `field`; `positive` also refuses 0.
 */
export function parseFen(text: string, field: string, options: { positive?: boolean } = {}): bigint {
  const value = String(text).trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value)) {
    throw invalid(field, `金额须为整数（分）：${value}`, `The amount must be a whole number of fen: ${value}`);
  }
  if (value.startsWith("-") && /[1-9]/.test(value)) {
    throw invalid(field, `金额不能为负数：${value}`, `The amount cannot be negative: ${value}`);
  }
  if (!/^\d+$/.test(value)) {
    throw invalid(
      field,
      `金额须为整数分，不能有小数：${value}`,
      `The amount must be whole fen, without decimals: ${value}`,
    );
  }
  if (value.replace(/^0+(?=\d)/, "").length > MAX_FEN_DIGITS) {
    throw invalid(field, `金额过大（最多13位）：${value}`, `The amount is too large (at most 13 digits): ${value}`);
  }
  const fen = BigInt(value);
  if (options.positive && fen === 0n) {
    throw invalid(field, "金额须大于0", "The amount must be greater than 0");
  }
  return fen;
}
