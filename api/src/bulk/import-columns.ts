/**
 * The unit import file's format: its columns (./import-columns.json, in template order), the header row
 * mapped to them, the enum values accepted in a cell, and the error report (ImportRejected when any row fails).
 */
import { enumLabels, type Label } from "../system/enums.js";
import columnTable from "./import-columns.json" with { type: "json" };

interface ColumnSpec {
  key: Key;
  zh: string;
  en: string;
  required?: boolean;
  note: string;
}

/** A column of the import file, by key (./import-columns.json, in template order). */
export type Key = keyof typeof columnTable;

const columnOf: Record<Key, Omit<ColumnSpec, "key">> = columnTable;

/** The columns in template order: key, Chinese and English header, whether required, the template's note. */
export const importColumns: readonly ColumnSpec[] = (Object.keys(columnOf) as Key[]).map((key) => ({
  key,
  ...columnOf[key],
}));

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
    if (c.required && !seen.has(c.key)) {
      report.add(1, c.key, `缺少必填列“${c.zh}”`, `Missing required column "${c.zh}" (${c.en})`);
    }
  }
  return keys;
}
