/**
 * Dates as people in the street office see them: China Standard Time (UTC+8 all year, no daylight
 * saving). The one place that knows the offset; calendar dates are UTC midnight, as Prisma stores
 * `@db.Date`.
 */
export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in Beijing at `now`, as a calendar date (UTC midnight). */
export function beijingDate(now: Date): Date {
  const shifted = new Date(now.getTime() + BEIJING_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** The instant a month (1–12; 13 = January of the next year) begins in Beijing time. */
export function beijingMonthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month - 1, 1) - BEIJING_OFFSET_MS);
}

/** Year and month (1–12) of an instant in Beijing time. */
export function beijingYearMonth(at: Date): { year: number; month: number } {
  const local = new Date(at.getTime() + BEIJING_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}
