import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { builder } from "../builder.js";
import { fileColumns, valueObject } from "../data/value-objects.js";
import { invalid } from "../errors/domain-error.js";

/**
 * Reading and writing the two table formats of imports and exports: CSV (UTF-8 with a BOM so
 * that Excel opens it in Chinese; GB18030 accepted on import, which Excel writes on Chinese
 * Windows) and XLSX (exceljs). A table is a header row and data rows of cell texts.
 */
export type FileFormat = "CSV" | "XLSX";

export const FileFormatEnum = builder.enumType("FileFormat", {
  description: "文件格式 / File format",
  values: {
    CSV: { value: "CSV", description: "CSV（UTF-8，带BOM）/ CSV (UTF-8 with BOM)" },
    XLSX: { value: "XLSX", description: "Excel 工作簿 / Excel workbook" },
  } as const,
});

export const FileDownloadType = valueObject("FileDownload", "可下载的文件（base64）/ A downloadable file (base64)", {
  filename: fileColumns.filename,
  contentType: fileColumns.contentType,
  base64: fileColumns.base64,
  rowCount: ["Int", "数据行数 / Data rows"],
});

export const contentTypes: Record<FileFormat, string> = {
  CSV: "text/csv; charset=utf-8",
  XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Upper bounds on what an import reads (the request body limit comes first). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 10_000;

export type Cell = string | number | null;

/** A value Excel would run as a formula gets a leading apostrophe in CSV (CSV injection). */
function defuse(value: Cell): Cell {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export async function writeTable(
  format: FileFormat,
  sheetName: string,
  header: string[],
  rows: Cell[][],
  options: { textColumns?: boolean; lists?: Record<number, string[]>; notes?: string[][] } = {},
): Promise<Buffer> {
  if (format === "CSV") {
    return Buffer.from(stringify([header, ...rows.map((r) => r.map(defuse))], { bom: true }), "utf8");
  }
  const workbook = new ExcelJS.Workbook();
  // A worksheet name has at most 31 characters and none of * ? : \ / [ ] (Excel's rule).
  const safeName =
    sheetName
      .replace(/[*?:\\/[\]]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet1";
  const sheet = workbook.addWorksheet(safeName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = header.map((h) => ({
    header: h,
    width: Math.min(40, Math.max(10, h.length * 2 + 4)),
    ...(options.textColumns ? { style: { numFmt: "@" } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  for (const [index, values] of Object.entries(options.lists ?? {})) {
    // A drop-down of the allowed values on the template's first rows.
    const letter = sheet.getColumn(Number(index) + 1).letter;
    for (let r = 2; r <= 1001; r++) {
      sheet.getCell(`${letter}${r}`).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${values.join(",")}"`],
      };
    }
  }
  if (options.notes) {
    const notes = workbook.addWorksheet("说明");
    notes.columns = [{ width: 24 }, { width: 80 }];
    for (const line of options.notes) notes.addRow(line);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text; // hyperlink
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue); // formula
    if ("error" in value) return "";
  }
  return String(value);
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

const tooBig = () =>
  invalid(
    "file",
    `文件过大（最多 ${MAX_FILE_BYTES / 1024 / 1024} MB、${MAX_ROWS} 行）`,
    `File too large (at most ${MAX_FILE_BYTES / 1024 / 1024} MB and ${MAX_ROWS} rows)`,
  );

const unreadable = (format: FileFormat) => invalid("file", `无法读取 ${format} 文件`, `Cannot read the ${format} file`);

/** Decodes a base64 file into its header and rows (cell texts, trimmed); empty rows are kept as []. */
export async function readTable(format: FileFormat, base64: string): Promise<{ header: string[]; rows: string[][] }> {
  if (base64.length > (MAX_FILE_BYTES / 3) * 4 + 4) throw tooBig();
  const bytes = Buffer.from(base64, "base64");
  let table: string[][];
  if (format === "CSV") {
    try {
      table = parse(decodeText(bytes), {
        bom: true,
        relax_column_count: true,
        skip_empty_lines: false,
        to_line: MAX_ROWS + 2,
      }) as string[][];
    } catch {
      throw unreadable(format);
    }
  } else {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw unreadable(format);
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw unreadable(format);
    if (sheet.actualRowCount > MAX_ROWS + 1) throw tooBig();
    table = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      table[rowNumber - 1] = values;
    });
    for (let i = 0; i < table.length; i++) table[i] ??= [];
  }
  if (table.length > MAX_ROWS + 1) throw tooBig();
  const [header = [], ...rows] = table.map((r) => r.map((c) => (c ?? "").trim()));
  // Trailing empty rows are not data.
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).every((c) => c === "")) rows.pop();
  return { header, rows };
}
