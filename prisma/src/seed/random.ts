/**
 * Seeded randomness and fixed dates for the seed generator and the test factories.
 *
 * Everything here is deterministic: the same seed gives the same sequence of values, ids
 * and dates on every run and machine. The generator is pure-rand's xoroshiro128+ (used in
 * its mutable form: `next()` advances it); integers come from pure-rand's unbiased
 * `uniformInt`. Nothing reads the clock: dates are computed from REFERENCE_DATE, the
 * "today" of the demo world (the demo year is 2026).
 */
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** "Today" in the demo world: 15 September 2026, 09:00 in Beijing (UTC+8). */
export const REFERENCE_DATE = new Date(Date.UTC(2026, 8, 15, 1, 0, 0));
/** The demo year: meetings, the adopted funding plans and points run in it. */
export const DEMO_YEAR = 2026;

const DAY_MS = 86_400_000;
const BEIJING_OFFSET_H = 8;

/** A calendar date (for `@db.Date` columns): midnight UTC of that day. Month is 1–12. */
export function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date));
}

/** A moment given in Beijing local time (UTC+8). Month is 1–12. */
export function beijing(year: number, month: number, date: number, hour = 9, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, date, hour - BEIJING_OFFSET_H, minute));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

export function addMinutes(d: Date, minutes: number): Date {
  return new Date(d.getTime() + minutes * 60_000);
}

/** The calendar date (midnight UTC) of a moment, as seen in Beijing. */
export function dateOf(moment: Date): Date {
  const local = new Date(moment.getTime() + BEIJING_OFFSET_H * 3_600_000);
  return day(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/** Days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface Random {
  /** The seed this generator was made from. */
  readonly seed: number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [0, 1). */
  float(): number;
  /** true with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** One element chosen with the given non-negative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct elements (all of them, shuffled, when count ≥ length). */
  sample<T>(items: readonly T[], count: number): T[];
  /** `length` decimal digits as a string (leading zeros allowed). */
  digits(length: number): string;
  /** A version-4-shaped UUID made from this generator (not crypto-random; deterministic). */
  uuid(): string;
  /** A day (midnight UTC) uniformly between two dates, both included. */
  dateBetween(from: Date, to: Date): Date;
  /** A moment between two moments, rounded to the minute. */
  momentBetween(from: Date, to: Date): Date;
  /** An independent generator derived from this one (for sub-streams that must not shift others). */
  fork(): Random;
}

const HEX = "0123456789abcdef";

export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed | 0);
  const next32 = () => rng.next() >>> 0;

  const random: Random = {
    seed,
    int(min, max) {
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
        throw new RangeError(`int(${min}, ${max}): bounds must be integers with min ≤ max`);
      }
      return uniformInt(rng, min, max);
    },
    float() {
      // 53 random bits: 27 high + 26 low, as in the usual double construction.
      const hi = next32() >>> 5;
      const lo = next32() >>> 6;
      return (hi * 67_108_864 + lo) / 9_007_199_254_740_992;
    },
    chance(p) {
      return random.float() < p;
    },
    pick(items) {
      if (items.length === 0) throw new RangeError("pick() from an empty array");
      return items[uniformInt(rng, 0, items.length - 1)] as (typeof items)[number];
    },
    weighted(items) {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      if (!(total > 0)) throw new RangeError("weighted() needs a positive total weight");
      let x = random.float() * total;
      for (const [item, w] of items) {
        x -= w;
        if (x < 0) return item;
      }
      return (items[items.length - 1] as readonly [(typeof items)[number][0], number])[0];
    },
    shuffle(items) {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = uniformInt(rng, 0, i);
        const t = out[i] as (typeof out)[number];
        out[i] = out[j] as (typeof out)[number];
        out[j] = t;
      }
      return out;
    },
    sample(items, count) {
      if (count >= items.length) return random.shuffle(items);
      // Partial Fisher–Yates on a copy of the indices: O(count) draws.
      const idx = items.map((_, i) => i);
      const out: (typeof items)[number][] = [];
      for (let i = 0; i < count; i++) {
        const j = uniformInt(rng, i, idx.length - 1);
        const t = idx[i] as number;
        idx[i] = idx[j] as number;
        idx[j] = t;
        out.push(items[idx[i] as number] as (typeof items)[number]);
      }
      return out;
    },
    digits(length) {
      let s = "";
      for (let i = 0; i < length; i++) s += String(uniformInt(rng, 0, 9));
      return s;
    },
    uuid() {
      let s = "";
      for (let w = 0; w < 4; w++) s += next32().toString(16).padStart(8, "0");
      // Version nibble 4, variant bits 10xx (RFC 9562), so it looks like a random UUID.
      const variant = HEX.charAt(8 + (Number.parseInt(s.charAt(16), 16) & 3));
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
    },
    dateBetween(from, to) {
      const a = Math.floor(from.getTime() / DAY_MS);
      const b = Math.floor(to.getTime() / DAY_MS);
      return new Date(uniformInt(rng, Math.min(a, b), Math.max(a, b)) * DAY_MS);
    },
    momentBetween(from, to) {
      const a = Math.floor(from.getTime() / 60_000);
      const b = Math.floor(to.getTime() / 60_000);
      return new Date(uniformInt(rng, Math.min(a, b), Math.max(a, b)) * 60_000);
    },
    fork() {
      return createRandom(rng.next());
    },
  };
  return random;
}
