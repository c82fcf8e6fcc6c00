import { randomUUID } from "node:crypto";
import { isValidCreditCode } from "@gongjian/db";
import { GraphQLError } from "graphql";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { type MutationScope, runMutation } from "../data/mutation.js";
import { DomainError, forbidden } from "../errors/domain-error.js";
import { ErrorCodeEnum, ErrorInterface } from "../errors/types.js";
import { enumLabels } from "../system/enums.js";
import { deriveManagementMode, type Superior } from "../units/rules.js";
import { contentTypes, FileDownloadType, type FileFormat, FileFormatEnum, readTable, writeTable } from "./files.js";

/**
 * 批量导入驻区单位及其党组织 / Bulk import of resident units and their party organisations.
 *
 * One row is one unit and, optionally, its party organisation. Every row is checked before
 * anything is written (formats, the credit code's check character, the community exists and is
 * in the caller's scope, kinds and levels, duplicates in the file and in the database, the
 * permission to create each row); any error rejects the whole file with a per-row report. A good
 * file is written in one transaction (runMutation) with one audit event per created row.
 */

interface ColumnSpec {
  key: string;
  zh: string;
  en: string;
  required?: boolean;
  note: string;
}

export const importColumns = [
  {
    key: "communityCode",
    zh: "社区代码",
    en: "Community code",
    required: true,
    note: "必填。单位所在社区的代码（须在您的管理范围内）",
  },
  { key: "name", zh: "单位名称", en: "Unit name", required: true, note: "必填，最多200字" },
  { key: "kind", zh: "单位类型", en: "Unit kind", required: true, note: "必填：" },
  {
    key: "creditCode",
    zh: "统一社会信用代码",
    en: "Unified social credit code",
    required: true,
    note: "必填，18位，末位校验码须正确；不能与已登记单位重复",
  },
  { key: "address", zh: "地址", en: "Address", note: "选填，最多300字" },
  { key: "contactName", zh: "联络人", en: "Contact person", note: "选填，最多50字" },
  { key: "contactPhone", zh: "联系电话", en: "Contact phone", note: "选填，5–20位数字、空格、+ 或 -" },
  { key: "contactEmail", zh: "联系邮箱", en: "Contact email", note: "选填" },
  { key: "employeeCount", zh: "职工人数", en: "Employees", note: "选填，非负整数" },
  {
    key: "orgCode",
    zh: "党组织代码",
    en: "Organisation code",
    note: "选填；填写则同时登记该单位的党组织（字母、数字、_、-，最多30位，不能重复）",
  },
  { key: "orgName", zh: "党组织名称", en: "Organisation name", note: "填写党组织代码时必填，最多200字" },
  { key: "orgLevel", zh: "党组织层级", en: "Organisation level", note: "填写党组织代码时必填：" },
  {
    key: "superiorCode",
    zh: "上级党组织代码",
    en: "Superior organisation code",
    note: "选填。不填“上级党组织所在区代码”时，须是本区已登记的党组织或本文件前面行中的党组织；填写所在区代码时为外区上级党组织（双重管理）",
  },
  { key: "superiorName", zh: "上级党组织名称", en: "Superior organisation name", note: "选填，外区上级党组织的名称" },
  {
    key: "superiorDistrictCode",
    zh: "上级党组织所在区代码",
    en: "Superior's district code",
    note: "外区上级党组织必填",
  },
  { key: "partyMemberCount", zh: "党员人数", en: "Party members", note: "选填，非负整数" },
  { key: "secretaryName", zh: "书记姓名", en: "Secretary's name", note: "选填，最多50字" },
] as const satisfies readonly ColumnSpec[];

type Key = (typeof importColumns)[number]["key"];
const columnOf = Object.fromEntries(importColumns.map((c) => [c.key, c])) as Record<Key, ColumnSpec>;

/** Accepts the code, the Chinese label or the English label of an enum value. */
function enumParser(name: "UnitKind" | "OrgLevel") {
  const map = new Map<string, string>();
  for (const [code, [zh, en]] of Object.entries(enumLabels[name] as Record<string, readonly [string, string]>)) {
    map.set(code.toUpperCase(), code);
    map.set(zh, code);
    map.set(en.toUpperCase(), code);
  }
  const zhLabels = Object.values(enumLabels[name] as Record<string, readonly [string, string]>).map(([zh]) => zh);
  return { parse: (v: string) => map.get(v.toUpperCase()) ?? map.get(v) ?? null, zhLabels };
}
const unitKinds = enumParser("UnitKind");
const orgLevels = enumParser("OrgLevel");

export interface ImportRowError {
  row: number;
  column: string | null;
  messageZh: string;
  messageEn: string;
}

/** The whole file was refused: nothing was written. */
export class ImportRejected extends Error {
  readonly code = "VALIDATION" as const;
  readonly field = "file";
  readonly allowed: string[] = [];
  readonly messageZh: string;
  readonly messageEn: string;
  constructor(
    readonly rows: ImportRowError[],
    readonly errorCount: number,
  ) {
    const zh = `导入文件有 ${errorCount} 处错误，未导入任何数据`;
    const en = `The file has ${errorCount} error(s); nothing was imported`;
    super(`${zh} / ${en}`);
    this.name = "ImportRejected";
    this.messageZh = zh;
    this.messageEn = en;
  }
}

const ImportRowErrorType = builder.objectRef<ImportRowError>("ImportRowError").implement({
  description: "导入文件中的一处错误 / One error in an import file",
  fields: (t) => ({
    row: t.exposeInt("row", { nullable: false, description: "行号（表头为第1行）/ Row number (the header is row 1)" }),
    column: t.exposeString("column", { description: "列名 / Column header" }),
    messageZh: t.exposeString("messageZh", { nullable: false, description: "中文说明 / Message in Chinese" }),
    messageEn: t.exposeString("messageEn", { nullable: false, description: "英文说明 / Message in English" }),
  }),
});

builder.objectType(ImportRejected, {
  name: "ImportRejected",
  description: "导入文件有错误，未导入任何数据 / The file has errors; nothing was imported",
  interfaces: [ErrorInterface as never],
  isTypeOf: (value) => value instanceof ImportRejected,
  fields: (t) => ({
    code: t.field({
      type: ErrorCodeEnum,
      nullable: false,
      description: "错误代码 / Error code",
      resolve: (e) => e.code,
    }),
    errorCount: t.exposeInt("errorCount", { nullable: false, description: "错误总数 / Number of errors" }),
    rows: t.field({
      type: [ImportRowErrorType],
      nullable: false,
      description: "逐行错误（最多500条）/ Errors by row (at most 500)",
      resolve: (e) => e.rows,
    }),
  }),
});

interface ImportSummary {
  units: number;
  organizations: number;
}

const ImportSummaryType = builder.objectRef<ImportSummary>("ImportSummary").implement({
  description: "导入结果 / Import result",
  fields: (t) => ({
    units: t.exposeInt("units", { nullable: false, description: "新登记单位数 / Units created" }),
    organizations: t.exposeInt("organizations", {
      nullable: false,
      description: "新登记党组织数 / Organisations created",
    }),
  }),
});

const ImportInput = builder.inputType("ImportUnitsInput", {
  description: "批量导入单位及党组织 / Bulk import of units and organisations",
  fields: (t) => ({
    format: t.field({ type: FileFormatEnum, required: true, description: "文件格式 / File format" }),
    base64: t.string({ required: true, description: "文件内容（base64）/ File content (base64)" }),
  }),
});

// ---------------------------------------------------------------------------------------------

type RawRow = Record<Key, string>;

interface PlannedRow {
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

const MAX_REPORTED = 500;
const CODE = /^[0-9A-Za-z_-]{1,30}$/;
const PHONE = /^[0-9+ -]{5,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

class Report {
  readonly errors: ImportRowError[] = [];
  count = 0;
  add(row: number, key: Key | null, zh: string, en: string) {
    this.count++;
    if (this.errors.length < MAX_REPORTED) {
      this.errors.push({ row, column: key ? columnOf[key].zh : null, messageZh: zh, messageEn: en });
    }
  }
}

/** Maps the header row to column keys (Chinese header, English header or key; a trailing * is ignored). */
function mapHeader(header: string[], report: Report): (Key | null)[] {
  const lookup = new Map<string, Key>();
  for (const c of importColumns) {
    lookup.set(c.zh, c.key);
    lookup.set(c.en.toLowerCase(), c.key);
    lookup.set(c.key.toLowerCase(), c.key);
  }
  const seen = new Set<Key>();
  const keys = header.map((h) => {
    const clean = h.replace(/[*＊]|（必填）|\(必填\)/g, "").trim();
    if (clean === "") return null;
    const key = lookup.get(clean) ?? lookup.get(clean.toLowerCase()) ?? null;
    if (!key) {
      report.add(1, null, `未知的列“${h}”`, `Unknown column "${h}"`);
      return null;
    }
    if (seen.has(key)) report.add(1, key, `列“${h}”重复`, `Column "${h}" appears twice`);
    seen.add(key);
    return key;
  });
  for (const c of importColumns) {
    if ("required" in c && c.required && !seen.has(c.key)) {
      report.add(1, c.key, `缺少必填列“${c.zh}”`, `Missing required column "${c.zh}" (${c.en})`);
    }
  }
  return keys;
}

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

async function planImport(
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
    const kind = v.kind ? unitKinds.parse(v.kind) : null;
    if (!v.kind) report.add(n, "kind", "必填", "Required");
    else if (!kind) {
      report.add(
        n,
        "kind",
        `单位类型“${v.kind}”无效，应为：${unitKinds.zhLabels.join("、")}`,
        `Invalid unit kind "${v.kind}"`,
      );
    }
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
      const level = v.orgLevel ? orgLevels.parse(v.orgLevel) : null;
      if (!v.orgLevel) report.add(n, "orgLevel", "必填", "Required");
      else if (!level) {
        report.add(
          n,
          "orgLevel",
          `党组织层级“${v.orgLevel}”无效，应为：${orgLevels.zhLabels.join("、")}`,
          `Invalid organisation level "${v.orgLevel}"`,
        );
      }
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

/**
 * Writes the planned rows with one INSERT … SELECT FROM unnest(…) RETURNING * per table (a
 * 5,000-row file in two statements; Prisma's createMany spent ~1 s per 1,000 rows), inside the
 * mutation's transaction, and records one audit event per created row.
 */
async function writePlanned(scope: MutationScope, planned: PlannedRow[]): Promise<ImportSummary> {
  const { tx } = scope;
  const u = planned.map((p) => p.unit);
  const col = <T, K extends keyof T>(rows: T[], key: K) => rows.map((r) => r[key]);
  const units = await tx.$queryRaw<Record<string, unknown>[]>`
    INSERT INTO "Unit" (id, "communityId", "streetId", name, kind, "creditCode", address, "contactName",
                        "contactPhone", "contactEmail", "employeeCount", "updatedAt")
    SELECT r.*, now() FROM unnest(
      ${col(u, "id")}::uuid[], ${col(u, "communityId")}::uuid[], ${col(u, "streetId")}::uuid[],
      ${col(u, "name")}::text[], ${col(u, "kind")}::text[]::"UnitKind"[], ${col(u, "creditCode")}::text[],
      ${col(u, "address")}::text[], ${col(u, "contactName")}::text[], ${col(u, "contactPhone")}::text[],
      ${col(u, "contactEmail")}::text[], ${col(u, "employeeCount")}::int[]
    ) AS r
    RETURNING *`;
  for (const row of units) {
    scope.audit({
      action: "importUnits",
      entityType: "Unit",
      entityId: String(row.id),
      streetId: String(row.streetId),
      before: null,
      after: row,
    });
  }
  // In file order (WITH ORDINALITY), so that a superior in the file is written before its subordinates.
  const o = planned.flatMap((p) => (p.organization ? [p.organization] : []));
  const organizations =
    o.length === 0
      ? []
      : await tx.$queryRaw<Record<string, unknown>[]>`
    INSERT INTO "PartyOrganization" (id, code, name, level, "unitId", "streetId", "managementMode", "superiorId",
      "superiorExternalCode", "superiorExternalName", "superiorDistrictCode", "partyMemberCount", "secretaryName",
      "updatedAt")
    SELECT r.id, r.code, r.name, r.level, r.unit, r.street, r.mode, r.superior, r.ecode, r.ename, r.dcode, r.members,
           r.secretary, now()
    FROM unnest(
      ${col(o, "id")}::uuid[], ${col(o, "code")}::text[], ${col(o, "name")}::text[],
      ${col(o, "level")}::text[]::"OrgLevel"[], ${col(o, "unitId")}::uuid[], ${col(o, "streetId")}::uuid[],
      ${col(o, "managementMode")}::text[]::"ManagementMode"[], ${col(o, "superiorId")}::uuid[],
      ${col(o, "superiorExternalCode")}::text[], ${col(o, "superiorExternalName")}::text[],
      ${col(o, "superiorDistrictCode")}::text[], ${col(o, "partyMemberCount")}::int[], ${col(o, "secretaryName")}::text[]
    ) WITH ORDINALITY AS r(id, code, name, level, unit, street, mode, superior, ecode, ename, dcode, members, secretary, n)
    ORDER BY r.n
    RETURNING *`;
  for (const row of organizations) {
    scope.audit({
      action: "importUnits",
      entityType: "PartyOrganization",
      entityId: String(row.id),
      streetId: String(row.streetId),
      before: null,
      after: row,
    });
  }
  return { units: units.length, organizations: organizations.length };
}

export async function importUnits(ctx: Context, format: FileFormat, base64: string): Promise<ImportSummary> {
  // runMutation checks these too; checking first spares reading the file for a refused caller.
  if (!ctx.identity) throw new DomainError("UNAUTHENTICATED", "请先登录", "Sign in first", { field: null });
  if (ctx.readOnly) throw forbidden("模拟查看模式为只读", "Viewing as another role is read-only");
  if (!ctx.guard.mayEver("create", "Unit")) throw forbidden("无权登记单位", "Not allowed to register units");
  const { header, rows } = await readTable(format, base64);
  const report = new Report();
  const keys = mapHeader(header, report);
  if (report.count > 0) throw new ImportRejected(report.errors, report.count);
  const rawRows: { rowNumber: number; values: RawRow }[] = [];
  rows.forEach((cells, i) => {
    if (cells.every((c) => c === "")) return;
    const values = Object.fromEntries(importColumns.map((c) => [c.key, ""])) as RawRow;
    keys.forEach((key, j) => {
      if (key) values[key] = cells[j] ?? "";
    });
    rawRows.push({ rowNumber: i + 2, values });
  });
  if (rawRows.length === 0) {
    throw new ImportRejected(
      [{ row: 2, column: null, messageZh: "文件中没有数据行", messageEn: "The file has no data rows" }],
      1,
    );
  }
  return runMutation(ctx, async (scope) => {
    const planned = await planImport(scope, rawRows, report);
    if (report.count > 0) throw new ImportRejected(report.errors, report.count);
    return writePlanned(scope, planned);
  });
}

export async function importTemplate(format: FileFormat) {
  const header = importColumns.map((c) => c.zh);
  const kindIndex = importColumns.findIndex((c) => c.key === "kind");
  const levelIndex = importColumns.findIndex((c) => c.key === "orgLevel");
  const notes = [
    ["列 / Column", "说明 / Notes"],
    ...importColumns.map((c) => [
      `${c.zh}（${c.en}）`,
      c.key === "kind"
        ? `${c.note}${unitKinds.zhLabels.join("、")}`
        : c.key === "orgLevel"
          ? `${c.note}${orgLevels.zhLabels.join("、")}`
          : c.note,
    ]),
    ["", ""],
    ["规则 / Rules", "一行登记一个单位及（可选）其党组织。任何一行有错误时整个文件都不导入，并逐行报告错误。"],
  ];
  const content = await writeTable(format, "单位及党组织", header, [], {
    textColumns: true,
    lists: { [kindIndex]: unitKinds.zhLabels, [levelIndex]: orgLevels.zhLabels },
    notes,
  });
  return {
    filename: `单位及党组织导入模板.${format.toLowerCase()}`,
    contentType: contentTypes[format],
    base64: content.toString("base64"),
    rowCount: 0,
  };
}

function requireIdentity(ctx: Context) {
  if (!ctx.identity) {
    throw new GraphQLError("未认证 / Unauthenticated", { extensions: { code: "UNAUTHENTICATED" } });
  }
}

builder.queryField("unitImportTemplate", (t) =>
  t.field({
    type: FileDownloadType,
    nullable: false,
    description: "单位及党组织导入模板 / Template for importing units and organisations",
    permission: "create:Unit",
    args: { format: t.arg({ type: FileFormatEnum, required: true, description: "文件格式 / Format" }) },
    resolve: (_root, { format }, ctx) => {
      requireIdentity(ctx);
      return importTemplate(format);
    },
  }),
);

builder.mutationField("importUnits", (t) =>
  t.field({
    type: ImportSummaryType,
    description:
      "批量导入单位及其党组织（全部成功或全部不导入）/ Bulk import of units and their organisations (all or nothing)",
    permission: "create:Unit",
    errors: { types: [ImportRejected] },
    args: { input: t.arg({ type: ImportInput, required: true }) },
    resolve: (_root, { input }, ctx) => importUnits(ctx, input.format, input.base64),
  }),
);
