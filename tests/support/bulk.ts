import { creditCodeCheckChar } from "@gongjian/db";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

/** The import columns in template order (api/src/bulk/import-columns.ts). */
export const HEADER = [
  "社区代码",
  "单位名称",
  "单位类型",
  "统一社会信用代码",
  "地址",
  "联络人",
  "联系电话",
  "联系邮箱",
  "职工人数",
  "党组织代码",
  "党组织名称",
  "党组织层级",
  "上级党组织代码",
  "上级党组织名称",
  "上级党组织所在区代码",
  "党员人数",
  "书记姓名",
];

/** A valid credit code that no seed produces ("53" + 9s + a counter). */
export function creditCode(n: number, prefix = "5399999XY"): string {
  const first17 = `${prefix}${String(n).padStart(17 - prefix.length, "0")}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Row i of a generated file: a unit, and an organisation on every other row. */
export function unitRow(i: number, communityCode: string, tag = "T"): string[] {
  const withOrg = i % 2 === 0;
  return [
    communityCode,
    `导入测试单位${tag}${i}`,
    i % 3 === 0 ? "新经济组织" : "ENTERPRISE_INSTITUTION",
    creditCode(i, `53${tag === "T" ? "99999" : String(tag.charCodeAt(0)).padStart(5, "0")}XY`),
    `测试路${i}号`,
    "张联络",
    "024-12345678",
    "",
    String(i % 500),
    withOrg ? `IMP${tag}${String(i).padStart(6, "0")}` : "",
    withOrg ? `导入测试单位${tag}${i}党支部` : "",
    withOrg ? (i % 4 === 0 ? "党支部" : "BRANCH") : "",
    "",
    "",
    "",
    withOrg ? String(i % 40) : "",
    "",
  ];
}

export async function xlsxBase64(rows: string[][], header = HEADER): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("单位及党组织");
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

export function csvBase64(rows: string[][], header = HEADER): string {
  return Buffer.from(stringify([header, ...rows], { bom: true }), "utf8").toString("base64");
}

export async function readXlsx(base64: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v))));
  });
  return rows;
}

export const IMPORT = `mutation($input: ImportUnitsInput!) { importUnits(input: $input) { __typename
  ... on ImportSummary { units organizations }
  ... on ImportRejected { code errorCount messageZh rows { row column messageZh messageEn } }
  ... on Error { code messageZh field } } }`;
