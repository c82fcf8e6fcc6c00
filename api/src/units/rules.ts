import { isValidCreditCode } from "@gongjian/domain/credit-code";
import { invalid } from "../errors/domain-error.js";

export type ManagementMode = "DIRECT" | "DUAL";

/** Where an organisation's superior is: none (it reports to the street working committee), local, or in another district. */
export type Superior =
  | { kind: "none" }
  | { kind: "local"; streetId: string }
  | { kind: "external"; code: string; districtCode: string };

/**
 * Invariant 3: an organisation is dual-managed exactly when its superior organisation is
 * outside the street (in another street of the district, or in another district); otherwise
 * the committee manages it directly.
 */
export function deriveManagementMode(organizationStreetId: string, superior: Superior): ManagementMode {
  if (superior.kind === "none") return "DIRECT";
  if (superior.kind === "external") return "DUAL";
  return superior.streetId === organizationStreetId ? "DIRECT" : "DUAL";
}

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
