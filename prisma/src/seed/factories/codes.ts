/** Code arithmetic of the fake registry data: organisation-code check characters, credit-code prefixes. */
import type { UnitKind } from "../../../generated/client/enums.js";
import { HOME_DISTRICT } from "../names/index.js";

export const CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 organisation code check character for an 8-character body. */
export function organizationCodeCheckChar(body: string): string {
  let total = 0;
  for (let i = 0; i < 8; i++) {
    const c = body.charAt(i);
    const value = c >= "0" && c <= "9" ? Number(c) : c.charCodeAt(0) - 55; // A=10 … Z=35
    total += value * (ORG_CODE_WEIGHTS[i] as number);
  }
  const check = 11 - (total % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

export function creditCodePrefix(kind: UnitKind, name: string): string {
  switch (kind) {
    case "GOVERNMENT_AGENCY":
      return "11"; // 机构编制 · 机关
    case "ENTERPRISE_INSTITUTION":
      return /(学|医院|保健院|中心)$/.test(name) ? "12" : "91"; // 事业单位 or 企业
    case "NEW_ECONOMIC_ORG":
      return "91"; // 工商 · 企业
    case "NEW_SOCIAL_ORG":
      return /(会)$/.test(name) ? "51" : "52"; // 民政 · 社会团体 / 民办非企业单位
    case "RESIDENTS_COMMITTEE":
      return "55"; // 民政 · 基层群众性自治组织
    case "OTHER":
      return "Y1";
  }
}

export function districtCodeOf(code: string | undefined | null): string {
  return code && /^\d{6}/.test(code) ? code.slice(0, 6) : HOME_DISTRICT.code;
}
