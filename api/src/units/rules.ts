import { isValidCreditCode } from "@gongjian/domain/credit-code";
import { checkedCode } from "../data/validation.js";
import { DomainError } from "../errors/domain-error.js";

// The management-mode rule lives in the pure domain package (shared with the bulk import and the seed).
export { deriveManagementMode, type ManagementMode, type Superior, superiorOf } from "@gongjian/domain/management";

/** Normalises a credit code (trimmed, in capitals) and checks it; VALIDATION on `field` otherwise. */
export function assertCreditCode(code: string, field = "creditCode"): string {
  return checkedCode(code, isValidCreditCode, field, [
    "统一社会信用代码无效（应为18位，末位校验码正确）",
    "Invalid unified social credit code (18 characters with a correct check character)",
  ]);
}

/** A unit or organisation that has ended cannot be ended again. */
export function assertNotEnded(row: { endedAt: Date | null }, zh: string, en: string): void {
  if (row.endedAt) throw new DomainError("INVALID_TRANSITION", zh, en, { field: "id" });
}
