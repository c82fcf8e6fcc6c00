import {
  assertRatiosTotal,
  formatPercent,
  largestRemainder,
  PERCENT_SCALE,
  parseFen,
  parsePercent,
  percentUnitsOf,
  sharesOf,
  validateRatios,
} from "@gongjian/api/funding/rules";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thrown } from "../support/errors.js";

const sum = (xs: readonly bigint[]) => xs.reduce((a, b) => a + b, 0n);

describe("percentages as integer units of 0.0001 %", () => {
  it.each([
    ["100", 1_000_000n],
    ["100.0", 1_000_000n],
    ["100.0000", 1_000_000n],
    ["33.3333", 333_333n],
    ["33.3334", 333_334n],
    ["0", 0n],
    ["0.0001", 1n],
    ["0.5", 5_000n],
    ["12.34", 123_400n],
    ["99.99", 999_900n],
    ["007.5", 75_000n],
    [" 50 ", 500_000n],
  ])("parses %j to %s units", (text, units) => {
    expect(parsePercent(text)).toBe(units);
  });

  it.each([
    ["100.0001", /不能超过100%/],
    ["101", /不能超过100%/],
    ["33.33333", /最多4位小数/],
    ["33.3333333333", /最多4位小数/],
    ["-1", /不能为负数/],
    ["-0.0001", /不能为负数/],
    ["abc", /百分数/],
    ["", /百分数/],
    ["1e2", /百分数/],
    ["50.", /百分数/],
    [".5", /百分数/],
    ["1000", /百分数/],
    ["50%", /百分数/],
    ["Infinity", /百分数/],
  ])("refuses %j with a VALIDATION error naming the field", (text, message) => {
    const error = thrown(() => parsePercent(text, "ratios.2.percent"));
    expect(error.code).toBe("VALIDATION");
    expect(error.field).toBe("ratios.2.percent");
    expect(error.messageZh).toMatch(message);
    expect(error.messageEn.length).toBeGreaterThan(0);
  });

  it("formats units with exactly four decimals", () => {
    expect(formatPercent(1_000_000n)).toBe("100.0000");
    expect(formatPercent(333_333n)).toBe("33.3333");
    expect(formatPercent(1n)).toBe("0.0001");
    expect(formatPercent(0n)).toBe("0.0000");
    expect(formatPercent(-100n)).toBe("-0.0100");
  });

  it("reads stored Decimal(7,4) values through toFixed(4)", () => {
    expect(percentUnitsOf({ toFixed: (d: number) => (50).toFixed(d) })).toBe(500_000n);
    expect(percentUnitsOf("33.3333")).toBe(333_333n);
  });

  it("round-trips every unit count from 0 to 100 %", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: PERCENT_SCALE }), (units) => {
        expect(parsePercent(formatPercent(units))).toBe(units);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("ratios sum to exactly 100 %", () => {
  it("accepts ratios with four decimals that total 100", () => {
    expect(() => assertRatiosTotal([333_334n, 333_333n, 333_333n])).not.toThrow();
    expect(() => assertRatiosTotal([1_000_000n])).not.toThrow();
    expect(() => assertRatiosTotal([999_999n, 1n, 0n])).not.toThrow();
  });

  it("refuses 99.99 % and names the gap", () => {
    const error = thrown(() => assertRatiosTotal([500_000n, 499_900n]));
    expect(error.code).toBe("INVARIANT");
    expect(error.field).toBe("ratios");
    expect(error.messageZh).toContain("合计 99.9900%，差 0.0100%");
    expect(error.messageEn).toContain("99.9900%");
    expect(error.messageEn).toContain("0.0100% short");
  });

  it("refuses 100.01 % and names the excess", () => {
    const error = thrown(() => assertRatiosTotal([500_000n, 500_100n]));
    expect(error.code).toBe("INVARIANT");
    expect(error.messageZh).toContain("合计 100.0100%，超出 0.0100%");
    expect(error.messageEn).toContain("0.0100% over");
  });

  it("refuses 0.0001 % off either way, and no ratios at all", () => {
    expect(thrown(() => assertRatiosTotal([999_999n])).messageZh).toContain("差 0.0001%");
    expect(thrown(() => assertRatiosTotal([1_000_001n])).messageZh).toContain("超出 0.0001%");
    expect(thrown(() => assertRatiosTotal([])).messageZh).toContain("合计 0.0000%，差 100.0000%");
  });

  it("validates a plan's ratio list: format, duplicates, total", () => {
    expect(
      validateRatios([
        { membershipId: "a", percent: "33.3334" },
        { membershipId: "b", percent: "33.3333" },
        { membershipId: "c", percent: "33.3333" },
      ]),
    ).toEqual([333_334n, 333_333n, 333_333n]);
    const duplicate = thrown(() =>
      validateRatios([
        { membershipId: "a", percent: "50" },
        { membershipId: "a", percent: "50" },
      ]),
    );
    expect(duplicate).toMatchObject({ code: "VALIDATION", field: "ratios.1.membershipId" });
    const format = thrown(() =>
      validateRatios([
        { membershipId: "a", percent: "50" },
        { membershipId: "b", percent: "49.99999" },
      ]),
    );
    expect(format).toMatchObject({ code: "VALIDATION", field: "ratios.1.percent" });
    expect(thrown(() => validateRatios([{ membershipId: "a", percent: "99.99" }]))).toMatchObject({
      code: "INVARIANT",
      field: "ratios",
    });
  });
});

describe("shares in fen by largest remainder", () => {
  it("gives 1 fen among 3 equal units to the first", () => {
    expect(largestRemainder(1n, [1n, 1n, 1n])).toEqual([1n, 0n, 0n]);
    expect(sharesOf(1n, [333_334n, 333_333n, 333_333n])).toEqual([1n, 0n, 0n]);
    expect(sharesOf(2n, [333_333n, 333_334n, 333_333n])).toEqual([1n, 1n, 0n]);
  });

  it("splits among 100 units exactly", () => {
    const equal = Array.from({ length: 100 }, () => 10_000n);
    const shares = sharesOf(12_345n, equal);
    expect(sum(shares)).toBe(12_345n);
    expect(shares.slice(0, 45).every((s) => s === 124n)).toBe(true);
    expect(shares.slice(45).every((s) => s === 123n)).toBe(true);
    expect(sharesOf(1n, equal)).toEqual([1n, ...Array.from({ length: 99 }, () => 0n)]);
  });

  it("uses ratios with four decimals", () => {
    expect(sharesOf(100n, [333_334n, 333_333n, 333_333n])).toEqual([34n, 33n, 33n]);
    expect(sharesOf(10_000_000n, [123_456n, 876_544n])).toEqual([1_234_560n, 8_765_440n]);
    // 0.0001 % of 1 yuan is 0.0001 fen: the one fen left goes to the largest remainder.
    expect(sharesOf(100n, [1n, 999_999n])).toEqual([0n, 100n]);
  });

  it("breaks ties by the larger remainder, then by position", () => {
    // remainders 1/3 and 2/3: the second part gets the fen although it comes later
    expect(largestRemainder(1n, [1n, 2n])).toEqual([0n, 1n]);
    // equal remainders: the earlier positions first
    expect(largestRemainder(2n, [1n, 1n, 1n])).toEqual([1n, 1n, 0n]);
    expect(largestRemainder(5n, [2n, 1n, 1n])).toEqual([3n, 1n, 1n]);
  });

  it("shares a zero total as zeros, and gives one unit at 100 % everything", () => {
    expect(sharesOf(0n, [333_334n, 333_333n, 333_333n])).toEqual([0n, 0n, 0n]);
    expect(sharesOf(987_654_321n, [1_000_000n])).toEqual([987_654_321n]);
    expect(sharesOf(5n, [1_000_000n, 0n])).toEqual([5n, 0n]);
    expect(sharesOf(5n, [])).toEqual([]);
  });

  it("is exact for totals far beyond 2^53 fen", () => {
    const total = 10n ** 30n + 7n;
    const shares = sharesOf(total, [333_334n, 333_333n, 333_333n]);
    expect(sum(shares)).toBe(total);
  });

  it("refuses a negative total, no weights, a negative weight and a zero sum", () => {
    expect(() => largestRemainder(-1n, [1n])).toThrow(RangeError);
    expect(() => largestRemainder(1n, [])).toThrow(RangeError);
    expect(() => largestRemainder(1n, [2n, -1n])).toThrow(RangeError);
    expect(() => largestRemainder(1n, [0n, 0n])).toThrow(RangeError);
  });

  /** Ratios of 1..60 members that total exactly 100 %: cut points in [0, 1,000,000]. */
  const ratiosArb = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 0, maxLength: 59 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 1_000_000];
    return points.slice(1).map((p, i) => BigInt(p - (points[i] as number)));
  });
  const totalArb = fc.oneof(
    fc.bigInt({ min: 0n, max: 100n }),
    fc.bigInt({ min: 0n, max: 10_000_000_000_000n }),
    fc.bigInt({ min: 0n, max: 10n ** 20n }),
  );

  it("always adds up to the total, within 1 fen of the exact share, monotone in the ratio (property)", () => {
    fc.assert(
      fc.property(totalArb, ratiosArb, (total, ratios) => {
        expect(sum(ratios)).toBe(PERCENT_SCALE);
        const shares = sharesOf(total, ratios);
        expect(shares).toHaveLength(ratios.length);
        // exact sum
        expect(sum(shares)).toBe(total);
        ratios.forEach((ratio, i) => {
          const share = shares[i] as bigint;
          // |share − total × ratio / 100 %| < 1 fen, in integers
          const diff = share * PERCENT_SCALE - total * ratio;
          expect(diff < PERCENT_SCALE && diff > -PERCENT_SCALE).toBe(true);
          expect(share >= 0n).toBe(true);
        });
        // monotone: a larger ratio never gets a smaller share; equal ratios differ by at most 1 fen
        for (let i = 0; i < ratios.length; i++) {
          for (let j = 0; j < ratios.length; j++) {
            const [ri, rj, si, sj] = [ratios[i], ratios[j], shares[i], shares[j]] as bigint[];
            if ((ri as bigint) > (rj as bigint)) expect((si as bigint) >= (sj as bigint)).toBe(true);
            if (ri === rj)
              expect((si as bigint) - (sj as bigint) <= 1n && (sj as bigint) - (si as bigint) <= 1n).toBe(true);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("is deterministic and, among equal ratios, favours the earlier position (property)", () => {
    fc.assert(
      fc.property(totalArb, fc.integer({ min: 1, max: 40 }), (total, n) => {
        const weights = Array.from({ length: n }, () => 1n);
        const shares = largestRemainder(total, weights);
        expect(largestRemainder(total, weights)).toEqual(shares);
        for (let i = 1; i < n; i++) expect((shares[i - 1] as bigint) >= (shares[i] as bigint)).toBe(true);
        expect(sum(shares)).toBe(total);
      }),
      { numRuns: 1_000 },
    );
  });

  it("works for arbitrary positive weights, not only ratios of 100 % (property)", () => {
    fc.assert(
      fc.property(
        totalArb,
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 30 }).filter((w) => sum(w) > 0n),
        (total, weights) => {
          const shares = largestRemainder(total, weights);
          const s = sum(weights);
          expect(sum(shares)).toBe(total);
          weights.forEach((w, i) => {
            const diff = (shares[i] as bigint) * s - total * w;
            expect(diff < s && diff > -s).toBe(true);
          });
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe("amounts in whole fen", () => {
  it.each([
    ["0", 0n],
    ["1", 1n],
    ["12345", 12_345n],
    ["9999999999999", 9_999_999_999_999n],
    ["00012", 12n],
  ])("parses %j", (text, fen) => {
    expect(parseFen(text, "amountFen")).toBe(fen);
  });

  it.each([
    ["-1", /负数/],
    ["-0.5", /负数/],
    ["1.5", /整数分/],
    ["1.0000000001", /整数分/],
    ["100.00", /整数分/],
    ["1e3", /整数分/],
    ["abc", /整数/],
    ["", /整数/],
    ["12a", /整数/],
    ["NaN", /整数/],
    ["10000000000000", /过大/],
  ])("refuses %j with a VALIDATION error naming the field", (text, message) => {
    const error = thrown(() => parseFen(text, "amountFen"));
    expect(error).toMatchObject({ code: "VALIDATION", field: "amountFen" });
    expect(error.messageZh).toMatch(message);
  });

  it("refuses 0 where the amount must be positive", () => {
    expect(thrown(() => parseFen("0", "amountFen", { positive: true }))).toMatchObject({
      code: "VALIDATION",
      field: "amountFen",
    });
    expect(parseFen("1", "amountFen", { positive: true })).toBe(1n);
  });
});
