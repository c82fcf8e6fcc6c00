/**
 * How dates, times, money and figures are written, everywhere (console lists, show pages, history,
 * chart axes and tooltips, CSV/XLSX exports): one module on `Intl`, no hand-written formatters.
 *
 * - Instants (`DateTime`) are shown in Beijing time (Asia/Shanghai, UTC+8, no daylight saving).
 * - Calendar dates (`Date`, stored as UTC midnight) are shown as the calendar date they are.
 * - Two styles by context: `"short"` in tables and files (`2026-12-04`, `2026-12-04 09:00`), `"long"` in
 *   prose such as a record's page or its history (`2026年12月4日`, `2026年12月4日 09:00`).
 * - Money is fen (integers, exact): `¥1,234.56`. Percentages: `12.5%`. Large figures on chart axes:
 *   `1.2万`, `3亿` (English: `12K`, `300M`).
 */

export type FormatLocale = "zh" | "en";
export type DateStyle = "short" | "long";

/** The time zone of the street offices (China Standard Time). */
export const TIME_ZONE = "Asia/Shanghai";

const intlTag = (locale: FormatLocale) => (locale === "en" ? "en-GB" : "zh-CN");

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
/** Intl formatters are costly to build: one per options key, reused. */
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  const found = cache.get(key) as F | undefined;
  if (found) return found;
  const made = make();
  cache.set(key, made);
  return made;
}
const dateFormat = (key: string, make: () => Intl.DateTimeFormat) => cached(key, make);
const numberFormat = (key: string, make: () => Intl.NumberFormat) => cached(key, make);

/** A value as a Date: a Date, an ISO instant, `YYYY-MM-DD` (UTC midnight), or epoch milliseconds. */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined || value === "") return null;
  const date =
    value instanceof Date
      ? value
      : typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? new Date(`${value}T00:00:00.000Z`)
        : typeof value === "string" || typeof value === "number"
          ? new Date(value)
          : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

interface Parts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

function partsIn(date: Date, timeZone: string): Parts {
  const f = dateFormat(`parts:${timeZone}`, () =>
    Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }),
  );
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(date)) out[p.type] = p.value;
  return out as unknown as Parts;
}

function dayText(date: Date, timeZone: string, style: DateStyle, locale: FormatLocale): string {
  if (style === "short") {
    const p = partsIn(date, timeZone);
    return `${p.year}-${p.month}-${p.day}`;
  }
  return dateFormat(`long:${timeZone}:${locale}`, () =>
    Intl.DateTimeFormat(intlTag(locale), { timeZone, year: "numeric", month: "long", day: "numeric" }),
  ).format(date);
}

/** A calendar date (`@db.Date`, UTC midnight): `2026-12-04` (short) or `2026年12月4日` (long); "" when empty. */
export function formatDate(value: unknown, style: DateStyle = "short", locale: FormatLocale = "zh"): string {
  const date = toDate(value);
  return date ? dayText(date, "UTC", style, locale) : "";
}

/** An instant in Beijing time: `2026-12-04 09:00` (short) or `2026年12月4日 09:00` (long); "" when empty. */
export function formatDateTime(value: unknown, style: DateStyle = "short", locale: FormatLocale = "zh"): string {
  const date = toDate(value);
  if (!date) return "";
  const p = partsIn(date, TIME_ZONE);
  return `${dayText(date, TIME_ZONE, style, locale)} ${p.hour}:${p.minute}`;
}

/** The Beijing calendar day of an instant, as a date: `2026-12-04` (short) or `2026年12月4日` (long). */
export function formatDay(value: unknown, style: DateStyle = "short", locale: FormatLocale = "zh"): string {
  const date = toDate(value);
  return date ? dayText(date, TIME_ZONE, style, locale) : "";
}

/** A month: `2026年1月` (zh) or `January 2026` (en); `month` is 1–12. */
export function formatMonth(year: number, month: number, locale: FormatLocale = "zh"): string {
  return dateFormat(`month:${locale}`, () =>
    Intl.DateTimeFormat(intlTag(locale), { timeZone: "UTC", year: "numeric", month: "long" }),
  ).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** Fen (分, an integer as text, number or bigint) → yuan, exact: `¥12,345.67`; "" when empty. */
export function formatFen(value: string | number | bigint | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  let fen: bigint;
  try {
    fen = BigInt(value);
  } catch {
    return String(value);
  }
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const yuan = numberFormat("grouping", () => Intl.NumberFormat("en-US", { useGrouping: true })).format(abs / 100n);
  const cents = (abs % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}¥${yuan}.${cents}`;
}

/** A plain figure with grouping: `12,345` (at most `digits` decimals). */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  return numberFormat(`number:${digits}`, () => Intl.NumberFormat("en-US", { maximumFractionDigits: digits })).format(
    value,
  );
}

/** A ratio (0.125) as a percentage: `12.5%`. */
export function formatRatio(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return "";
  return numberFormat(`percent:${digits}`, () =>
    Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: digits }),
  ).format(ratio);
}

/** A large figure, compact: `1.2万`, `3亿` (zh) or `12K`, `300M` (en) — chart axes. */
export function formatCompact(value: number | null | undefined, locale: FormatLocale = "zh"): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  return numberFormat(`compact:${locale}`, () =>
    Intl.NumberFormat(locale === "en" ? "en-US" : "zh-CN", { notation: "compact", maximumFractionDigits: 1 }),
  ).format(value);
}

/** Fen, compact, in yuan: `¥1.2万` — chart axes where the exact amount is in the tooltip. */
export function formatFenCompact(
  value: string | number | bigint | null | undefined,
  locale: FormatLocale = "zh",
): string {
  if (value === null || value === undefined || value === "") return "";
  const yuan = Number(BigInt(value)) / 100;
  return `${yuan < 0 ? "-" : ""}¥${formatCompact(Math.abs(yuan), locale)}`;
}
