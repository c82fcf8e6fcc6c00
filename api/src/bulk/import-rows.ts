import { randomUUID } from "node:crypto";
import { isValidCreditCode } from "@gongjian/domain/credit-code";
import type { MutationScope } from "../data/mutation.js";
import { deriveManagementMode, type Superior } from "../units/rules.js";
import { type Key, orgLevels, type RawRow, type Report, unitKinds } from "./import-columns.js";

/**
 * The rows of a unit import file and the checks of every row before anything is written
 * (`planImport`): formats, credit code check characters, communities in scope, kinds and levels,
 * duplicates in the file and in the database, the permission to create each row. The file's
 * columns and header: import-columns.ts.
 */

export interface PlannedRow {
  rowNumber: number;
  unit: {
    id: string;
    communityId: string;
    streetId: string;
    name: string;
    kind: string;
    creditCode: string;
    address: string | null;
    contactName: string | null;
    contactPhone: string | null;
    contactEmail: string | null;
    employeeCount: number | null;
  };
  organization: {
    id: string;
    code: string;
    name: string;
    level: string;
    unitId: string;
    communityId: null;
    streetId: string;
    superiorId: string | null;
    superiorExternalCode: string | null;
    superiorExternalName: string | null;
    superiorDistrictCode: string | null;
    managementMode: "DIRECT" | "DUAL";
    partyMemberCount: number;
    secretaryName: string | null;
  } | null;
}

const CODE = /^[0-9A-Za-z_-]{1,30}$/;
const PHONE = /^[0-9+ -]{5,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function nonNegativeInt(value: string, row: number, key: Key, report: Report): number | null {
  if (value === "") return null;
  if (!/^\d{1,9}$/.test(value)) {
    report.add(row, key, "须为非负整数", "Must be a non-negative whole number");
    return null;
  }
  return Number(value);
}

function text(value: string, max: number, row: number, key: Key, report: Report, required = false): string | null {
  if (value === "") {
    if (required) report.add(row, key, "必填", "Required");
    return null;
  }
  if ([...value].length > max) report.add(row, key, `最多 ${max} 个字`, `At most ${max} characters`);
  return value;
}

/** A required enum column: its code, or null with the error (missing, or not one of the values) reported. */
function choice(
  values: { parse(v: string): string | null; zhLabels: string[] },
  value: string,
  row: number,
  key: Key,
  [zh, en]: [string, string],
  report: Report,
): string | null {
  if (!value) {
    report.add(row, key, "必填", "Required");
    return null;
  }
  const code = values.parse(value);
  if (!code)
    report.add(row, key, `${zh}“${value}”无效，应为：${values.zhLabels.join("、")}`, `Invalid ${en} "${value}"`);
  return code;
}

export async function planImport(
  scope: MutationScope,
  rawRows: { rowNumber: number; values: RawRow }[],
  report: Report,
): Promise<PlannedRow[]> {
  const { tx, ctx } = scope;
  const unique = <T>(values: T[]) => [...new Set(values)];
  const communityCodes = unique(rawRows.map((r) => r.values.communityCode).filter(Boolean));
  const creditCodes = unique(rawRows.map((r) => r.values.creditCode.toUpperCase()).filter(Boolean));
  const orgCodes = unique(rawRows.map((r) => r.values.orgCode).filter(Boolean));
  const localSuperiorCodes = unique(
    rawRows.filter((r) => r.values.superiorCode && !r.values.superiorDistrictCode).map((r) => r.values.superiorCode),
  );

  // Communities only through the read rules: one outside the scope is reported like a missing one.
  const communities = new Map(
    (
      await tx.community.findMany({
        where: { AND: [{ code: { in: communityCodes } }, ctx.guard.where("Community")] },
        select: { id: true, code: true, streetId: true },
      })
    ).map((c) => [c.code, c]),
  );
  // Uniqueness is district-wide (the database's unique indexes), so these look at every row.
  const existingCredit = new Set(
    (await tx.unit.findMany({ where: { creditCode: { in: creditCodes } }, select: { creditCode: true } })).map(
      (u) => u.creditCode,
    ),
  );
  const existingOrg = new Set(
    (await tx.partyOrganization.findMany({ where: { code: { in: orgCodes } }, select: { code: true } })).map(
      (o) => o.code,
    ),
  );
  // A local superior may be anywhere in the district (as in createOrganization): only its street is read.
  const superiors = new Map(
    (
      await tx.partyOrganization.findMany({
        where: { code: { in: localSuperiorCodes } },
        select: { id: true, code: true, streetId: true },
      })
    ).map((o) => [o.code, o]),
  );

  const creditInFile = new Map<string, number>();
  const orgInFile = new Map<string, { row: number; id: string; streetId: string }>();
  const planned: PlannedRow[] = [];

  for (const { rowNumber: n, values: v } of rawRows) {
    const before = report.count;
    const community = v.communityCode ? communities.get(v.communityCode) : undefined;
    if (!v.communityCode) report.add(n, "communityCode", "必填", "Required");
    else if (!community) {
      report.add(
        n,
        "communityCode",
        `社区“${v.communityCode}”不存在或不在您的管理范围内`,
        `Community "${v.communityCode}" does not exist or is outside your scope`,
      );
    }
    const name = text(v.name, 200, n, "name", report, true);
    const kind = choice(unitKinds, v.kind, n, "kind", ["单位类型", "unit kind"], report);
    const creditCode = v.creditCode.toUpperCase();
    if (!creditCode) report.add(n, "creditCode", "必填", "Required");
    else if (!isValidCreditCode(creditCode)) {
      report.add(
        n,
        "creditCode",
        "统一社会信用代码无效（应为18位，末位校验码正确）",
        "Invalid unified social credit code (18 characters with a correct check character)",
      );
    } else if (creditInFile.has(creditCode)) {
      report.add(
        n,
        "creditCode",
        `统一社会信用代码与第 ${creditInFile.get(creditCode)} 行重复`,
        `Same credit code as row ${creditInFile.get(creditCode)}`,
      );
    } else if (existingCredit.has(creditCode)) {
      report.add(n, "creditCode", "统一社会信用代码已登记", "The credit code is already registered");
    }
    if (creditCode && !creditInFile.has(creditCode)) creditInFile.set(creditCode, n);
    const address = text(v.address, 300, n, "address", report);
    const contactName = text(v.contactName, 50, n, "contactName", report);
    if (v.contactPhone && !PHONE.test(v.contactPhone))
      report.add(n, "contactPhone", "电话号码格式无效", "Invalid phone number");
    if (v.contactEmail && (!EMAIL.test(v.contactEmail) || v.contactEmail.length > 200))
      report.add(n, "contactEmail", "邮箱格式无效", "Invalid email address");
    const employeeCount = nonNegativeInt(v.employeeCount, n, "employeeCount", report);

    const unit = {
      id: randomUUID(),
      communityId: community?.id ?? "",
      streetId: community?.streetId ?? "",
      name: name ?? "",
      kind: kind ?? "",
      creditCode,
      address,
      contactName,
      contactPhone: v.contactPhone || null,
      contactEmail: v.contactEmail || null,
      employeeCount,
    };
    if (community && !ctx.guard.can("create", "Unit", unit)) {
      report.add(n, "communityCode", "无权在该社区登记单位", "Not allowed to register units in this community");
    }

    let organization: PlannedRow["organization"] = null;
    const orgGiven = [
      v.orgCode,
      v.orgName,
      v.orgLevel,
      v.superiorCode,
      v.superiorName,
      v.superiorDistrictCode,
      v.partyMemberCount,
      v.secretaryName,
    ].some(Boolean);
    if (orgGiven) {
      if (!v.orgCode) report.add(n, "orgCode", "填写党组织信息时必填", "Required when an organisation is given");
      else if (!CODE.test(v.orgCode)) {
        report.add(
          n,
          "orgCode",
          "党组织代码只能包含字母、数字、_ 和 -，最多30位",
          "Letters, digits, _ and - only, at most 30",
        );
      } else if (orgInFile.has(v.orgCode)) {
        const first = orgInFile.get(v.orgCode)?.row;
        report.add(n, "orgCode", `党组织代码与第 ${first} 行重复`, `Same organisation code as row ${first}`);
      } else if (existingOrg.has(v.orgCode)) {
        report.add(n, "orgCode", "党组织代码已登记", "The organisation code is already registered");
      }
      const orgName = text(v.orgName, 200, n, "orgName", report, true);
      const level = choice(orgLevels, v.orgLevel, n, "orgLevel", ["党组织层级", "organisation level"], report);
      let superior: Superior = { kind: "none" };
      let superiorId: string | null = null;
      if (v.superiorDistrictCode) {
        if (!v.superiorCode)
          report.add(n, "superiorCode", "填写所在区代码时必填", "Required with the superior's district code");
        else if (!CODE.test(v.superiorCode))
          report.add(n, "superiorCode", "上级党组织代码格式无效", "Invalid superior code");
        if (!CODE.test(v.superiorDistrictCode) || v.superiorDistrictCode.length > 12)
          report.add(n, "superiorDistrictCode", "区代码格式无效", "Invalid district code");
        superior = { kind: "external", code: v.superiorCode, districtCode: v.superiorDistrictCode };
      } else if (v.superiorCode) {
        const local = superiors.get(v.superiorCode) ?? orgInFile.get(v.superiorCode);
        if (!local) {
          report.add(
            n,
            "superiorCode",
            `本区没有代码为“${v.superiorCode}”的党组织（外区上级须填写所在区代码；本文件中的上级须在前面的行）`,
            `No organisation "${v.superiorCode}" in this district (an external superior needs its district code; a superior in this file must come on an earlier row)`,
          );
        } else {
          superior = { kind: "local", streetId: local.streetId };
          superiorId = local.id;
        }
      }
      text(v.superiorName, 200, n, "superiorName", report);
      const partyMemberCount = nonNegativeInt(v.partyMemberCount, n, "partyMemberCount", report);
      const secretaryName = text(v.secretaryName, 50, n, "secretaryName", report);
      const streetId = community?.streetId ?? "";
      organization = {
        id: randomUUID(),
        code: v.orgCode,
        name: orgName ?? "",
        level: level ?? "",
        unitId: unit.id,
        communityId: null,
        streetId,
        superiorId,
        superiorExternalCode: superior.kind === "external" ? superior.code : null,
        superiorExternalName: superior.kind === "external" ? v.superiorName || null : null,
        superiorDistrictCode: superior.kind === "external" ? superior.districtCode : null,
        managementMode: deriveManagementMode(streetId, superior),
        partyMemberCount: partyMemberCount ?? 0,
        secretaryName,
      };
      if (community && !ctx.guard.can("create", "PartyOrganization", organization)) {
        report.add(
          n,
          superior.kind === "none" ? "orgCode" : "superiorCode",
          organization.managementMode === "DUAL"
            ? "无权登记双重管理的党组织（应由上级党组织一方登记）"
            : "无权登记该党组织",
          organization.managementMode === "DUAL"
            ? "Not allowed to register a dual-managed organisation"
            : "Not allowed to register this organisation",
        );
      }
      if (v.orgCode && !orgInFile.has(v.orgCode)) orgInFile.set(v.orgCode, { row: n, id: organization.id, streetId });
    }
    if (report.count === before) planned.push({ rowNumber: n, unit, organization });
  }
  return planned;
}
