/**
 * The meeting cadence rules (实施意见: "以书记每月或每季度定期召集党委会为主要形式" and "原则上每月召开
 * 一次社区“大党委”（扩大）会"): per committee and month, two separate answers. Plain functions, no database.
 *
 * - **党委会 cadence kept** (`regularKept`), by the committee's own cadence: MONTHLY — a REGULAR meeting
 *   held that month; QUARTERLY — a REGULAR meeting held in that quarter, due at the quarter's last month
 *   (3, 6, 9, 12): a month of the quarter is `true` once the quarter's meeting was held, `null` (not due
 *   yet) before that, and the quarter's last month is `false` when the quarter had none. A quarterly
 *   committee is thus judged four times a year, never flagged for the months in between.
 * - **扩大会 held** (`extendedKept`): an EXTENDED meeting held that month.
 *
 * Months after the reference month answer `null` (not checked yet). Emergency meetings count for
 * neither answer (they are convened for one matter, not the routine work).
 */
import { type MonthCount, quarterOf } from "./rules.js";

export type CadenceName = "MONTHLY" | "QUARTERLY";

export interface MonthAnswer {
  month: number;
  regularKept: boolean | null;
  extendedKept: boolean | null;
}

/** The two answers for each month 1–12 of a committee with `cadence`, checked up to `throughMonth`. */
export function cadenceAnswers(
  counts: readonly MonthCount[],
  cadence: CadenceName,
  throughMonth: number,
): MonthAnswer[] {
  const held = (month: number, kind: "regular" | "extended") => counts.find((c) => c.month === month)?.[kind] ?? 0;
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    if (month > throughMonth) return { month, regularKept: null, extendedKept: null };
    const extendedKept = held(month, "extended") > 0;
    if (cadence === "MONTHLY") return { month, regularKept: held(month, "regular") > 0, extendedKept };
    const first = (quarterOf(month) - 1) * 3 + 1;
    let heldSoFar = false;
    for (let m = first; m <= month; m++) heldSoFar ||= held(m, "regular") > 0;
    const due = month === first + 2;
    return { month, regularKept: heldSoFar ? true : due ? false : null, extendedKept };
  });
}

/** One answer over several months: false if any month is false, else true if any is true, else null. */
export function combined(values: readonly (boolean | null)[]): boolean | null {
  if (values.includes(false)) return false;
  return values.includes(true) ? true : null;
}

/** The months whose answer is false (the cadence was not kept, or no extended meeting was held). */
export const missedMonths = (answers: readonly MonthAnswer[], key: "regularKept" | "extendedKept") =>
  answers.filter((a) => a[key] === false).map((a) => a.month);

/**
 * Compliance with both rules over some months: null when none of them is checked yet (after the
 * reference month), otherwise whether no month misses either answer. Twelve regular meetings and no
 * extended meeting do not comply.
 */
export function compliantOver(answers: readonly MonthAnswer[], throughMonth: number): boolean | null {
  const checked = answers.filter((a) => a.month <= throughMonth);
  if (checked.length === 0) return null;
  return checked.every((a) => a.regularKept !== false && a.extendedKept !== false);
}
