/**
 * The unit import file's format: its columns (template order), the header row mapped to them, the enum
 * values accepted in a cell, and the error report (ImportRejected when any row fails).
 */
import { enumLabels, type Label } from "../system/enums.js";

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

export type Key = (typeof importColumns)[number]["key"];
const columnOf = Object.fromEntries(importColumns.map((c) => [c.key, c])) as Record<Key, ColumnSpec>;

/** Accepts the code, the Chinese label or the English label of an enum value. */
function enumParser(name: "UnitKind" | "OrgLevel") {
  const map = new Map<string, string>();
  const values: Record<string, Label> = enumLabels[name].values;
  for (const [code, { zh, en }] of Object.entries(values)) {
    map.set(code.toUpperCase(), code);
    map.set(zh, code);
    map.set(en.toUpperCase(), code);
  }
  const zhLabels = Object.values(values).map(({ zh }) => zh);
  return { parse: (v: string) => map.get(v.toUpperCase()) ?? map.get(v) ?? null, zhLabels };
}
export const unitKinds = enumParser("UnitKind");
export const orgLevels = enumParser("OrgLevel");

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

export type RawRow = Record<Key, string>;

const MAX_REPORTED = 500;

export class Report {
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
export function mapHeader(header: string[], report: Report): (Key | null)[] {
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
