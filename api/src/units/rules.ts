import { isValidCreditCode } from "@gongjian/domain/credit-code";
import { DomainError, invalid } from "../errors/domain-error.js";

// The management-mode rule lives in the pure domain package (shared with the bulk import and the seed).
export { deriveManagementMode, type ManagementMode, type Superior, superiorOf } from "@gongjian/domain/management";

export function assertCreditCode(code: string, field = "creditCode"): string {
  const normalised = code.trim().toUpperCase();
  if (!isValidCreditCode(normalised)) {
    throw invalid(
      field,
      "统一社会信用代码无效（应为18位，末位校验码正确）",
      "Invalid unified social credit code (18 characters with a correct check character)",
    );
  }
  return normalised;
}

/** A unit or organisation that has ended cannot be ended again. */
export function assertNotEnded(row: { endedAt: Date | null }, zh: string, en: string): void {
  if (row.endedAt) throw new DomainError("INVALID_TRANSITION", zh, en, { field: "id" });
}
