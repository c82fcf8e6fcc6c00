import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";
import { creditCode, csvBase64, HEADER, IMPORT, unitRow, xlsxBase64 } from "../support/bulk.js";

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let streetAdmin: string;
let communityCode: string;
let foreignCommunityCode: string;

const counts = async () => ({
  units: await t.db.prisma.unit.count(),
  organizations: await t.db.prisma.partyOrganization.count(),
  audit: await t.db.prisma.auditEvent.count(),
});

const importFile = (format: "CSV" | "XLSX", base64: string, token = streetAdmin) =>
  t.gql(IMPORT, { input: { format, base64 } }, token);

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }]);
  communityCode = (
    await t.db.prisma.community.findFirstOrThrow({ where: { streetId: scope.street.id }, orderBy: { code: "asc" } })
  ).code;
  // The demo data has one street: another street of the district, with a community.
  const other = await t.db.prisma.street.create({
    data: { districtId: scope.district.id, code: "BULK-ST", name: "导入测试街道" },
  });
  foreignCommunityCode = (
    await t.db.prisma.community.create({ data: { streetId: other.id, code: "BULK-CM1", name: "导入测试社区" } })
  ).code;
});
afterAll(async () => {
  await t?.close();
});

describe("bulk import of units and organisations", () => {
  it("imports nothing from a 5,000-row XLSX with one bad row and reports exactly that row; the fixed file imports all", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => unitRow(i + 1, communityCode));
    const bad = rows.map((r) => [...r]);
    // Row 3,000 of the data (row 3,001 of the sheet): a wrong check character.
    const code = bad[2999]?.[3] as string;
    (bad[2999] as string[])[3] = code.slice(0, 17) + (code.endsWith("0") ? "1" : "0");
    const before = await counts();
    const rejected = await importFile("XLSX", await xlsxBase64(bad));
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data.importUnits).toMatchObject({
      __typename: "ImportRejected",
      code: "VALIDATION",
      errorCount: 1,
    });
    expect(rejected.data.importUnits.rows).toEqual([
      {
        row: 3001,
        column: "统一社会信用代码",
        messageZh: expect.stringContaining("校验码"),
        messageEn: expect.stringContaining("check character"),
      },
    ]);
    expect(await counts()).toEqual(before);

    const file = await xlsxBase64(rows);
    const started = performance.now();
    const ok = await importFile("XLSX", file);
    const ms = Math.round(performance.now() - started);
    console.log(`[bulk-import] 5,000-row XLSX (${t.db.label}): ${ms} ms`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.importUnits).toEqual({ __typename: "ImportSummary", units: 5000, organizations: 2500 });
    expect(await counts()).toEqual({
      units: before.units + 5000,
      organizations: before.organizations + 2500,
      audit: before.audit + 7500,
    });
    const audits = await t.db.prisma.auditEvent.groupBy({
      by: ["entityType"],
      where: { action: "importUnits" },
      _count: true,
    });
    expect(Object.fromEntries(audits.map((a) => [a.entityType, a._count]))).toEqual({
      Unit: 5000,
      PartyOrganization: 2500,
    });
    const sample = await t.db.prisma.unit.findUniqueOrThrow({
      where: { creditCode: creditCode(3) },
      include: { organizations: true },
    });
    expect(sample).toMatchObject({ name: "导入测试单位T3", kind: "NEW_ECONOMIC_ORG", streetId: scope.street.id });
    const org = await t.db.prisma.partyOrganization.findUniqueOrThrow({ where: { code: "IMPT000004" } });
    expect(org).toMatchObject({ level: "BRANCH", managementMode: "DIRECT", streetId: scope.street.id });

    // The same file again: every row is now a duplicate of the database.
    const again = await importFile("XLSX", await xlsxBase64(rows.slice(0, 4)));
    expect(again.data.importUnits.__typename).toBe("ImportRejected");
    expect(again.data.importUnits.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: "统一社会信用代码", messageZh: "统一社会信用代码已登记" }),
        expect.objectContaining({ row: 3, column: "党组织代码", messageZh: "党组织代码已登记" }),
      ]),
    );
  }, 180_000);

  it("imports CSV the same way (all or nothing, labels or codes)", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => unitRow(i + 1, communityCode, "C"));
    const bad = rows.map((r) => [...r]);
    (bad[10] as string[])[2] = "外星单位"; // unknown kind, data row 11 = sheet row 12
    (bad[20] as string[])[11] = "党支部"; // data row 21 has no organisation: a level alone is incomplete
    (bad[21] as string[])[11] = "小组"; // data row 22 has an organisation: unknown level
    const before = await counts();
    const rejected = await importFile("CSV", csvBase64(bad));
    expect(rejected.data.importUnits.__typename).toBe("ImportRejected");
    expect(rejected.data.importUnits.rows.map((r: { row: number; column: string }) => [r.row, r.column])).toEqual([
      [12, "单位类型"],
      [22, "党组织代码"],
      [22, "党组织名称"],
      [23, "党组织层级"],
    ]);
    expect(await counts()).toEqual(before);
    const ok = await importFile("CSV", csvBase64(rows));
    expect(ok.data.importUnits).toEqual({ __typename: "ImportSummary", units: 300, organizations: 150 });
  });

  it("refuses a community outside the caller's scope per row, like a missing one", async () => {
    const rows = [unitRow(1, communityCode, "S"), unitRow(2, foreignCommunityCode, "S"), unitRow(3, "NOPE-999", "S")];
    const before = await counts();
    const { data } = await importFile("XLSX", await xlsxBase64(rows));
    expect(data.importUnits.__typename).toBe("ImportRejected");
    expect(data.importUnits.rows).toEqual([
      expect.objectContaining({ row: 3, column: "社区代码", messageZh: expect.stringContaining("不在您的管理范围内") }),
      expect.objectContaining({ row: 4, column: "社区代码", messageZh: expect.stringContaining("不在您的管理范围内") }),
    ]);
    expect(data.importUnits.rows[0].messageZh.replace(foreignCommunityCode, "X")).toBe(
      data.importUnits.rows[1].messageZh.replace("NOPE-999", "X"),
    );
    expect(await counts()).toEqual(before);
  });

  it("reports duplicates within the file and against the database", async () => {
    const existingUnit = await t.db.prisma.unit.findFirstOrThrow({ orderBy: { creditCode: "asc" } });
    const existingOrg = await t.db.prisma.partyOrganization.findFirstOrThrow({ orderBy: { code: "asc" } });
    const rows = [unitRow(2, communityCode, "D"), unitRow(4, communityCode, "D"), unitRow(6, communityCode, "D")];
    (rows[1] as string[])[3] = rows[0]?.[3] as string; // same credit code as row 2
    (rows[1] as string[])[9] = rows[0]?.[9] as string; // same organisation code as row 2
    (rows[2] as string[])[3] = existingUnit.creditCode.toLowerCase(); // in the database (case-insensitive)
    (rows[2] as string[])[9] = existingOrg.code;
    const before = await counts();
    const { data } = await importFile("CSV", csvBase64(rows));
    expect(data.importUnits.rows).toEqual([
      expect.objectContaining({ row: 3, column: "统一社会信用代码", messageZh: "统一社会信用代码与第 2 行重复" }),
      expect.objectContaining({ row: 3, column: "党组织代码", messageZh: "党组织代码与第 2 行重复" }),
      expect.objectContaining({ row: 4, column: "统一社会信用代码", messageZh: "统一社会信用代码已登记" }),
      expect.objectContaining({ row: 4, column: "党组织代码", messageZh: "党组织代码已登记" }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a dual-managed organisation for the street (the superior side registers it) and roles that may not create units", async () => {
    const row = unitRow(2, communityCode, "P");
    row[12] = "EXT0001";
    row[14] = "210103";
    const { data } = await importFile("CSV", csvBase64([row]));
    expect(data.importUnits.rows).toEqual([
      expect.objectContaining({ row: 2, column: "上级党组织代码", messageZh: expect.stringContaining("双重管理") }),
    ]);
    const analyst = await t.token([{ role: "ANALYST", districtId: scope.district.id }]);
    const before = await counts();
    const refused = await importFile("CSV", csvBase64([unitRow(4, communityCode, "P")]), analyst);
    expect(refused.data.importUnits).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
  });

  it("reports unknown and missing columns on row 1", async () => {
    const header = HEADER.filter((h) => h !== "单位名称").concat("备注");
    const { data } = await importFile("CSV", csvBase64([], header));
    expect(data.importUnits.rows).toEqual([
      expect.objectContaining({ row: 1, column: null, messageZh: "未知的列“备注”" }),
      expect.objectContaining({ row: 1, column: "单位名称", messageZh: "缺少必填列“单位名称”" }),
    ]);
  });

  it("round-trips the template: download, fill in, import (XLSX and CSV)", async () => {
    const template = `query($format: FileFormat!) { unitImportTemplate(format: $format) { filename contentType base64 rowCount } }`;
    const superior = await t.db.prisma.partyOrganization.findFirstOrThrow({
      where: { streetId: scope.street.id, managementMode: "DIRECT", endedAt: null },
      orderBy: { code: "asc" },
    });

    const xlsx = await t.gql(template, { format: "XLSX" }, streetAdmin);
    expect(xlsx.data.unitImportTemplate).toMatchObject({
      filename: "单位及党组织导入模板.xlsx",
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.data.unitImportTemplate.base64, "base64") as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(HEADER);
    expect(workbook.getWorksheet("说明")).toBeDefined();
    const filled: Record<string, string>[] = [
      {
        社区代码: communityCode,
        单位名称: "模板测试甲公司",
        单位类型: "新经济组织",
        统一社会信用代码: creditCode(1, "5377777XY"),
      },
      {
        社区代码: communityCode,
        单位名称: "模板测试乙公司",
        单位类型: "企事业单位",
        统一社会信用代码: creditCode(2, "5377777XY"),
        党组织代码: "TPLX01",
        党组织名称: "模板测试乙公司党支部",
        党组织层级: "党支部",
        上级党组织代码: superior.code,
      },
      {
        社区代码: communityCode,
        单位名称: "模板测试丙公司",
        单位类型: "其他",
        统一社会信用代码: creditCode(3, "5377777XY"),
        党组织代码: "TPLX02",
        党组织名称: "模板测试丙公司党支部",
        党组织层级: "党支部",
        上级党组织代码: "TPLX01", // a superior on an earlier row of the same file
      },
    ];
    for (const values of filled) sheet.addRow(HEADER.map((h) => values[h] ?? ""));
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const before = await counts();
    const ok = await importFile("XLSX", base64);
    expect(ok.data.importUnits).toEqual({ __typename: "ImportSummary", units: 3, organizations: 2 });
    expect(await counts()).toEqual({
      units: before.units + 3,
      organizations: before.organizations + 2,
      audit: before.audit + 5,
    });
    const child = await t.db.prisma.partyOrganization.findUniqueOrThrow({
      where: { code: "TPLX02" },
      include: { superior: true },
    });
    expect(child.superior?.code).toBe("TPLX01");
    expect(child.managementMode).toBe("DIRECT");

    const csv = await t.gql(template, { format: "CSV" }, streetAdmin);
    expect(csv.data.unitImportTemplate.contentType).toBe("text/csv; charset=utf-8");
    const text = Buffer.from(csv.data.unitImportTemplate.base64, "base64").toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual(HEADER);
    const row = HEADER.map(
      (h) =>
        ({
          社区代码: communityCode,
          单位名称: "模板测试丁公司",
          单位类型: "OTHER",
          统一社会信用代码: creditCode(4, "5377777XY"),
        })[h] ?? "",
    );
    const csvOk = await importFile("CSV", csvBase64([row], header));
    expect(csvOk.data.importUnits).toEqual({ __typename: "ImportSummary", units: 1, organizations: 0 });
  });
});
