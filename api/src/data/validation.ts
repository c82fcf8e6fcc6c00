import { z } from "zod";
import { invalid } from "../errors/domain-error.js";

/** Shared input schemas: every text has a length limit, money is whole fen, ratios have ≤ 4 decimals. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).nullish();
export const globalId = z.string().min(1).max(200);
export const version = z.number().int().min(1);
export const code = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .regex(/^[0-9A-Za-z_-]+$/, "只能包含字母、数字、下划线和连字符 / letters, digits, _ and - only");
export const phone = z
  .string()
  .trim()
  .regex(/^[0-9+ -]{5,20}$/, "电话号码格式无效 / invalid phone number")
  .nullish();
export const email = z.string().trim().email().max(200).nullish();
/** A calendar year the product deals in (plans, assessments, statistics). */
export const year = z.number().int().min(2000).max(2100);
/** A month of the year, 1–12. */
export const month = z.number().int().min(1).max(12);
export const nonNegativeInt = z.number().int().min(0).max(100_000_000);
/** Whole fen, not negative, at most 10^13 fen (100 billion yuan). */
export const fen = z
  .string()
  .regex(/^\d{1,13}$/, "金额须为不超过13位的非负整数（分）/ amount must be a whole, non-negative number of fen");
export const positiveFen = fen.refine(
  (v) => !/^\d{1,13}$/.test(v) || BigInt(v) > 0n,
  "金额须大于0 / amount must be greater than 0",
);
/** A percentage with at most 4 decimals, 0–100. */
export const percent = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,4})?$/, "比例最多4位小数 / a ratio has at most 4 decimals")
  .refine((v) => Number(v) <= 100, "比例不能超过100 / a ratio cannot exceed 100");

/**
 * A code with a check character (an ID number, a credit code): trimmed and in capitals when `isValid`
 * accepts it; VALIDATION on `field` with the message `[zh, en]` otherwise.
 */
export function checkedCode(
  raw: string,
  isValid: (code: string) => boolean,
  field: string,
  [zh, en]: readonly [zh: string, en: string],
): string {
  const normalised = raw.trim().toUpperCase();
  if (!isValid(normalised)) throw invalid(field, zh, en);
  return normalised;
}

/** The `version` input field every update takes (optimistic concurrency). */
export const versionField = {
  required: true,
  description: "所依据的版本号 / Version the change is based on",
  validate: version,
} as const;

/** The fields of an input that were given (undefined = leave unchanged; null = clear). */
/**
 * The columns an update writes: the input's fields among `columns` that were given (`undefined` means
 * "leave as is"; `null` clears). A field in `required` given as null is VALIDATION on that field, and
 * an input that changes nothing is VALIDATION "Nothing to change"; either way nothing is written.
 */
export function changesOf(
  input: object,
  columns: readonly string[],
  required: Readonly<Record<string, readonly [zh: string, en: string]>> = {},
): Record<string, unknown> {
  const given = input as Record<string, unknown>;
  const data = Object.fromEntries(columns.filter((k) => given[k] !== undefined).map((k) => [k, given[k]]));
  for (const [field, [zh, en]] of Object.entries(required)) {
    if (data[field] === null) throw invalid(field, `${zh}不能为空`, `${en} cannot be empty`);
  }
  if (Object.keys(data).length === 0) throw invalid("id", "没有要修改的字段", "Nothing to change");
  return data;
}
