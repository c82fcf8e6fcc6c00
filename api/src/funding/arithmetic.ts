import { invalid, invariant } from "../errors/domain-error.js";

/**
 * Funding arithmetic: ratios in integer units of 0.0001 % that total exactly 100 %, shares of a
 * total by the largest remainder method, and amounts in whole fen. Plain functions, no floating
 * point, everything as bigint. The workflow rules are in rules.ts (which re-exports these).
 */

/** 100 % in units of 0.0001 %. */
export const PERCENT_SCALE = 1_000_000n;
/** Units of 0.0001 % in 1 %. */
const UNITS_PER_PERCENT = 10_000n;
/** At most 13 digits of fen (10^13 fen = 100 billion yuan), like `fen` in data/validation.ts. */
const MAX_FEN_DIGITS = 13;

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

/** Units of 0.0001 % as a percentage with exactly four decimals: 333333n → "33.3333". */
export function formatPercent(units: bigint): string {
  const sign = units < 0n ? "-" : "";
  const abs = units < 0n ? -units : units;
  return `${sign}${abs / UNITS_PER_PERCENT}.${(abs % UNITS_PER_PERCENT).toString().padStart(4, "0")}`;
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
 * Splits `total` fen into parts proportional to `weights` by the largest remainder method:
 * each part gets the floor of its exact share `total × wᵢ / Σw`; the fen left over (fewer
 * than the number of parts) go one each to the parts with the largest remainders, ties to the
 * earlier position. The parts add up to `total` exactly, each is within 1 fen of its exact
 * share, and a larger weight never gets a smaller part. Needs total ≥ 0, at least one weight,
 * no negative weight and a positive sum.
 */
export function largestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  if (total < 0n) throw new RangeError("largestRemainder: the total cannot be negative");
  if (weights.length === 0) throw new RangeError("largestRemainder: at least one weight is needed");
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
 * Each member's share in fen of `totalFen` by its ratio (units of 0.0001 %), in the given
 * order (the order breaks ties). The ratios of a plan add up to 100 %; an empty plan has no
 * shares.
 */
export function sharesOf(totalFen: bigint, ratioUnits: readonly bigint[]): bigint[] {
  if (ratioUnits.length === 0) return [];
  return largestRemainder(totalFen, ratioUnits);
}

// ---------------------------------------------------------------- money

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
