/**
 * The state one set of factories shares: the random generator, per-key counters, and the
 * codes already handed out (credit codes, ID numbers, organisation codes stay unique).
 */

import { creditCodeCheckChar } from "@gongjian/domain/credit-code";
import { idNumberCheckChar } from "@gongjian/domain/id-number";
import type { Gender, UnitKind } from "../../../generated/client/enums.js";
import { ROADS } from "../names/index.js";
import { beijing, createRandom, type Random } from "../random.js";
import { CREDIT_ALPHABET, creditCodePrefix, organizationCodeCheckChar } from "./codes.js";

/** Logical creation time of master data (places, units, organisations, people). */
export const BASELINE = beijing(2014, 12, 1, 9, 0);

/** The scope columns of a row under a committee, the same as its parent's (a row of that committee). */
export const scopeOf = <P extends { committeeId?: string | null; streetId: string }>(parent: P) => ({
  committeeId: parent.committeeId as P["committeeId"],
  streetId: parent.streetId,
});

export function createKit(seed: number) {
  const rnd: Random = createRandom(seed);
  const usedOrgCodes = new Set<string>();

  const counters = new Map<string, number>();
  const nextCount = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const usedCreditCodes = new Set<string>();
  const usedIdNumbers = new Set<string>();
  const stamp = (created: Date, updated: Date = created) => ({ createdAt: created, updatedAt: updated });
  const latest = (...dates: (Date | string | null | undefined)[]): Date => {
    let best = new Date(0);
    for (const d of dates) {
      if (d instanceof Date && d > best) best = d;
    }
    return best;
  };

  function creditCode(kind: UnitKind, name: string, districtCode: string): string {
    for (;;) {
      let body = "";
      for (let i = 0; i < 8; i++) body += CREDIT_ALPHABET.charAt(rnd.int(0, 30));
      const first17 = `${creditCodePrefix(kind, name)}${districtCode}${body}${organizationCodeCheckChar(body)}`;
      const code = first17 + creditCodeCheckChar(first17);
      if (!usedCreditCodes.has(code)) {
        usedCreditCodes.add(code);
        return code;
      }
    }
  }

  function idNumber(birth: Date, gender: Gender): string {
    const y = birth.getUTCFullYear();
    const m = String(birth.getUTCMonth() + 1).padStart(2, "0");
    const d = String(birth.getUTCDate()).padStart(2, "0");
    for (;;) {
      // Fictional area code 9999xx: no real region has it, so these can never be real IDs.
      const area = `9999${String(rnd.int(1, 99)).padStart(2, "0")}`;
      const seq = rnd.int(0, 49) * 2 + (gender === "MALE" ? 1 : 0); // odd = male
      const first17 = `${area}${y}${m}${d}${String(rnd.int(0, 9))}${String(seq).padStart(2, "0")}`;
      const id = first17 + idNumberCheckChar(first17);
      if (!usedIdNumbers.has(id)) {
        usedIdNumbers.add(id);
        return id;
      }
    }
  }

  /** 党组织代码: district code + 8 random characters (unique in this factory, collisions elsewhere improbable). */
  function orgCode(districtCode: string): string {
    for (;;) {
      let code = districtCode;
      for (let i = 0; i < 8; i++) code += CREDIT_ALPHABET.charAt(rnd.int(0, 30));
      if (!usedOrgCodes.has(code)) {
        usedOrgCodes.add(code);
        return code;
      }
    }
  }

  /** A new row under a committee-scoped parent: a fresh id and the parent's scope columns. */
  const under = (parent: { committeeId: string; streetId: string }) => ({ id: rnd.uuid(), ...scopeOf(parent) });

  const mobile = () => `199${rnd.digits(8)}`;
  const officePhone = () => `024-2${rnd.digits(7)}`;
  const address = () => `${rnd.pick(ROADS)}${rnd.int(1, 399)}号`;

  return { rnd, nextCount, stamp, latest, under, creditCode, idNumber, orgCode, mobile, officePhone, address };
}

export type Kit = ReturnType<typeof createKit>;
