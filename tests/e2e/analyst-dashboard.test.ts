/**
 * Issue 5, acceptance 4 (d): an ANALYST sees the dashboard (charts from the analytics queries) and no
 * personal data anywhere: not in the pages they open, not in the persons list's columns, not in the export.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Browser,
  type ConsoleServer,
  captureFailures,
  E2E_TIMEOUT,
  launchBrowser,
  listRows,
  listUrl,
  openList,
  openPage,
  poll,
  screenshot,
  showUrl,
  signInAs,
  startConsoleServer,
  textOf,
} from "../support/browser.js";

let server: ConsoleServer;
let browser: Browser;
/** Personal values of the demo data (ID numbers, phones, home addresses), from the database. */
let secrets: string[] = [];
let auditBefore = 0;

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  const rows = await server.db.prisma.personPrivate.findMany({
    select: { idNumber: true, phone: true, homeAddress: true },
  });
  secrets = rows.flatMap((r) => [r.idNumber, r.phone, r.homeAddress]).filter((v): v is string => Boolean(v));
  auditBefore = await server.db.prisma.auditEvent.count();
});

captureFailures("d", () => browser);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The personal values that occur in `text`. */
const leaked = (text: string) => secrets.filter((s) => text.includes(s));

describe("ANALYST in the console", { timeout: E2E_TIMEOUT }, () => {
  it("sees the dashboard with its four charts", async () => {
    expect(secrets.length).toBeGreaterThan(100); // the check below means something
    const { page } = browser;
    await signInAs(page, server.origin, "ANALYST");
    const dashboard = page.getByTestId("dashboard");
    await dashboard.waitFor();
    for (const chart of ["chart-coverage", "chart-funding", "chart-meetings", "chart-seats"]) {
      // recharts draws an <svg class="recharts-surface"> once it has data and a size
      await page.getByTestId(chart).locator("svg.recharts-surface").first().waitFor();
    }
    // Coverage has one bar group per committee, with the committees' Chinese names on the axis.
    const committees = await server.db.prisma.committee.findMany({
      where: { coverages: { some: { endedAt: null } } },
      select: { name: true },
    });
    expect(committees.length).toBeGreaterThan(0);
    const axis = await textOf(page.getByTestId("chart-coverage"));
    for (const c of committees) expect(axis).toContain(c.name);
    await poll(() => textOf(page.getByTestId("chart-seats"))).toContain("符合");
    // The two cadence answers per committee (issue 14, item 2): its own 党委会 cadence, and an extended
    // meeting every month; a quarterly committee of the demo keeps its cadence.
    const cadence = page.getByTestId("cadence-table");
    await cadence.waitFor();
    const cadenceText = await textOf(cadence);
    expect(cadenceText).toContain("党委会按周期召开");
    expect(cadenceText).toContain("每月召开扩大会");
    expect(cadenceText).toContain("每季度召开党委会");
    expect(cadenceText).toContain("每月召开党委会");
    const rows = await cadence.getByTestId("cadence-row").count();
    expect(rows).toBeGreaterThanOrEqual(3);
    expect(await cadence.getByTestId("regular-kept").count()).toBe(rows);
    expect(await cadence.getByTestId("extended-kept").count()).toBe(rows);
    expect(await textOf(page.getByTestId("chart-meetings"))).toMatch(/个按周期召开党委会，\d+ 个每月召开扩大会/);
    const text = await textOf(page.locator("body"));
    expect(text).toContain("覆盖率");
    expect(text).toContain("经费收入");
    // The menu offers no pages an analyst cannot use (setting up committees, an inbox of approvals).
    const menu = await textOf(page.locator(".RaMenu-open, .RaMenu-closed").first());
    expect(menu).toContain("大党委");
    expect(menu).not.toContain("组建联合党委");
    expect(menu).not.toContain("待办事项");
    // Grouped by task (issue 21, finding 4): the headings in order, each entry under its heading.
    const headings = await page.locator('[data-testid^="menu-group-"]').allInnerTexts();
    expect(headings).toEqual(["日常工作", "组织", "经费", "考核", "统计", "设置"]);
    expect(menu.indexOf("会议")).toBeGreaterThan(menu.indexOf("日常工作"));
    expect(menu.indexOf("大党委")).toBeGreaterThan(menu.indexOf("组织"));
    expect(menu.indexOf("经费方案")).toBeGreaterThan(menu.indexOf("经费"));
    expect(menu.indexOf("工作概览")).toBeGreaterThan(menu.indexOf("统计"));
    expect(menu.indexOf("街道")).toBeGreaterThan(menu.indexOf("设置"));
    expect(menu).not.toMatch(/[A-Za-z]/);
    expect(leaked(text)).toEqual([]);
    await screenshot(page, "d-analyst-dashboard");
  });

  it("sees the persons list without personal columns or values", async () => {
    const { page } = browser;
    const rows = await openList(page, server.origin, "Person");
    expect(await rows.count()).toBeGreaterThan(5);
    const headers = (await page.locator("table thead th").allInnerTexts()).join("|");
    expect(headers).toContain("姓名");
    for (const personal of ["身份证号", "手机号", "家庭住址", "ID number", "Phone"]) {
      expect(headers).not.toContain(personal);
    }
    const text = await textOf(page.locator("body"));
    expect(leaked(text)).toEqual([]);
    await screenshot(page, "d-analyst-persons");
  });

  it("opens a person's page and sees no personal data there either", async () => {
    const { page } = browser;
    const person = await server.db.prisma.person.findFirstOrThrow({
      where: { private: { isNot: null } },
      include: { private: true },
      orderBy: { name: "asc" },
    });
    const globalId = Buffer.from(`Person:${person.id}`).toString("base64");
    await openPage(page, showUrl(server.origin, "Person", globalId));
    await page.getByText(person.name, { exact: true }).first().waitFor();
    // the aside's history has loaded (or said it is empty) before the page is read
    await page.getByTestId("record-history").waitFor();
    const text = await textOf(page.locator("body"));
    expect(person.private?.idNumber).toBeTruthy();
    expect(text).not.toContain(person.private?.idNumber);
    expect(leaked(text)).toEqual([]);
    // Not even the labels of fields no rule lets an analyst read.
    for (const label of ["身份证号", "手机号", "家庭住址"]) expect(text).not.toContain(label);
    expect(text).toContain("出生年份");
    await screenshot(page, "d-analyst-person");
  });

  it("exports the persons list (CSV and Excel, as filtered) without personal data", async () => {
    const { page } = browser;
    await openList(page, server.origin, "Person");
    await page.getByTestId("export-button").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
    const file = await download.path();
    const csv = await readFile(file, "utf8");
    const header = csv.replace(/^\uFEFF/, "").split(/\r?\n/)[0] ?? "";
    expect(header).toContain("姓名");
    expect(header).not.toContain("身份证号");
    expect(header).not.toContain("手机号");
    expect(csv.split(/\r?\n/).filter(Boolean).length).toBeGreaterThan(5);
    expect(leaked(csv)).toEqual([]);

    // The same list as an Excel workbook.
    await page.getByTestId("export-button").click();
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("the workbook has a sheet");
    const cells: string[] = [];
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(String(cell.text));
      });
    });
    const headerRow = (sheet.getRow(1).values as unknown[]).map(String).join("|");
    expect(headerRow).toContain("姓名");
    expect(headerRow).not.toContain("身份证号");
    expect(sheet.rowCount).toBe(csv.split(/\r?\n/).filter(Boolean).length);
    expect(leaked(cells.join("\n"))).toEqual([]);

    // Filtered: the export has exactly the rows of the filtered list.
    const family = "王";
    const expected = await server.db.prisma.person.count({ where: { name: { contains: family } } });
    expect(expected).toBeGreaterThan(0);
    await openPage(
      page,
      `${listUrl(server.origin, "Person")}?filter=${encodeURIComponent(JSON.stringify({ name: family }))}`,
    );
    await listRows(page);
    await page.getByTestId("export-button").click();
    const [filtered] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
    const lines = (await readFile(await filtered.path(), "utf8")).split(/\r?\n/).filter(Boolean);
    expect(lines.length - 1).toBe(expected);
    expect(lines.slice(1).every((line) => line.includes(family))).toBe(true);
  });

  it("shows the dashboard in English too", async () => {
    const { page } = browser;
    await openPage(page, `${server.origin}/admin/#/`);
    await page.getByTestId("dashboard").waitFor();
    await page.getByTestId("locale-switch").click();
    await page.getByText("Coverage", { exact: true }).waitFor();
    await page.getByTestId("chart-seats").getByText("Seat structure").waitFor();
    const text = await textOf(page.getByTestId("dashboard"));
    expect(text).toContain("Overview");
    expect(text).not.toContain("覆盖率");
    await screenshot(page, "d-analyst-dashboard-en");
    await page.getByTestId("locale-switch").click();
    await page.getByText("覆盖率", { exact: true }).waitFor();
  });

  it("changed nothing in the database", async () => {
    expect(await server.db.prisma.auditEvent.count()).toBe(auditBefore);
    // the personal data is still there, only hidden from the analyst
    expect(await server.db.prisma.personPrivate.count()).toBeGreaterThan(100);
  });
});
