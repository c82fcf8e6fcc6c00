/**
 * The console's funding arithmetic (admin/src/screens/lib/decimal.ts, used by the funding plan editor for
 * its live total and share preview) agrees with the API's (api/src/funding/rules.ts), which decides:
 * the same parsing of ratios, the same total and gap text, and the same largest-remainder shares in the
 * same order (the API orders a plan's ratios by membership id). No browser needed.
 */

import {
  formatPercent as consoleFormat,
  parsePercent as consoleParse,
  previewShares,
  ratioTotal,
} from "@gongjian/admin/src/screens/lib/decimal";
import { seatStructureViolations as consoleViolations } from "@gongjian/admin/src/screens/lib/seats";
import { DomainError } from "@gongjian/api/errors/domain-error";
import { assertRatiosTotal, formatPercent, PERCENT_SCALE, parsePercent, sharesOf } from "@gongjian/api/funding/rules";
import { type SeatRoleName, seatStructureViolations } from "@gongjian/api/seats/rules";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const uuid = fc.uuid().map((u) => u.toLowerCase());

describe("the console's funding arithmetic is the API's", () => {
  it("parses and formats ratios the same way", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 1_000_000 }).map((u) => consoleFormat(BigInt(u))),
          fc.string({ maxLength: 9 }),
          fc.constantFrom("100", "100.0001", "0", "0.00001", "-1", "1e2", "33.3333", " 5.5 ", "007.5"),
        ),
        (text) => {
          let api: bigint | null;
          try {
            api = parsePercent(text);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            api = null;
          }
          expect(consoleParse(text)).toBe(api);
          if (api !== null) expect(consoleFormat(api)).toBe(formatPercent(api));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("names the same total and gap as the API's refusal", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400_000 }), { minLength: 1, maxLength: 6 }), (units) => {
        const texts = units.map((u) => consoleFormat(BigInt(u)));
        const total = ratioTotal(texts);
        let apiMessage: string | null = null;
        try {
          assertRatiosTotal(units.map(BigInt));
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          apiMessage = error.messageZh;
        }
        if (total.state === "exact") expect(apiMessage).toBeNull();
        else {
          const word = total.state === "short" ? "差" : "超出";
          expect(apiMessage).toBe(
            `出资比例须合计恰好100%：合计 ${consoleFormat(total.total)}%，${word} ${consoleFormat(total.diff)}%`,
          );
        }
      }),
    );
    expect(ratioTotal(["33.33", "33.33", "33.33"])).toMatchObject({ state: "short", total: 999_900n, diff: 100n });
  });

  it("previews the shares the API computes, to the fen, in the API's order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: uuid, weight: fc.integer({ min: 0, max: 1000 }) }), { minLength: 1, maxLength: 8 }),
        fc.bigInt({ min: 0n, max: 10_000_000_000n }),
        (rows, budget) => {
          const unique = rows.filter((r, i) => rows.findIndex((x) => x.id === r.id) === i);
          const weightSum = unique.reduce((a, r) => a + r.weight, 0);
          fc.pre(weightSum > 0);
          // Ratios in units of 0.0001 % that add up to exactly 100 %.
          const units = unique.map((r) => (BigInt(r.weight) * PERCENT_SCALE) / BigInt(weightSum));
          units[0] = (units[0] as bigint) + PERCENT_SCALE - units.reduce((a, b) => a + b, 0n);
          const entries = unique.map((r, i) => ({
            membershipId: gid("Membership", r.id),
            percent: consoleFormat(units[i] as bigint),
          }));
          const preview = previewShares(budget, entries);
          // The API: ratios ordered by membership id, split by largest remainder.
          const order = unique
            .map((r, i) => ({ id: r.id, i }))
            .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
          const api = sharesOf(
            budget,
            order.map((o) => units[o.i] as bigint),
          );
          const byIndex = new Map(order.map((o, k) => [o.i, api[k]]));
          expect(preview).toEqual(unique.map((_, i) => byIndex.get(i)));
          expect(preview.reduce<bigint>((a, b) => a + (b ?? 0n), 0n)).toBe(budget);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("the seat board's structure check is the API's", () => {
  const roles: SeatRoleName[] = ["SECRETARY", "EXECUTIVE_DEPUTY", "DEPUTY_FULL_TIME", "DEPUTY_PART_TIME", "MEMBER"];
  it("reports the same violations for any board", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ role: fc.constantFrom(...roles), source: fc.constantFrom("c1", "c2", "u1", "u2") }), {
          maxLength: 8,
        }),
        fc.boolean(),
        (seats, complete) => {
          const shapes = seats.map((s) => ({ role: s.role, sourceOrganizationId: s.source }));
          const community = new Set(["c1", "c2"]);
          const api = seatStructureViolations(shapes, community, { complete }).map((e) => [
            e.field,
            e.messageZh,
            e.messageEn,
          ]);
          const console = consoleViolations(shapes, community, { complete }).map((e) => [
            e.field,
            e.messageZh,
            e.messageEn,
          ]);
          expect(console).toEqual(api);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
