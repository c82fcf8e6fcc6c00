/**
 * Issue 21, conveniences: the theme toggle (light/dark) and the loading indicator in the app bar; Ctrl+S saves
 * a generic edit or create form (checked in the database), Esc closes a dialog (nothing written); a list's
 * filters, sort, page size and chosen columns survive a reload (react-admin's localStorage store), with a
 * column chooser on the generated lists. Screenshots: tests/artifacts/conv-*.png.
 */
import { describe, expect, it } from "vitest";
import {
  E2E_TIMEOUT,
  globalId,
  listRows,
  listUrl,
  openPage,
  poll,
  screenshot,
  showUrl,
  signInAs,
  textOf,
  tokenFor,
  useConsole,
} from "../support/browser.js";
import { creditCode } from "../support/bulk.js";

const e2e = useConsole("conv");

/** The demo's street admin persona: the first street by code. */
const demoStreet = () => e2e.server.db.prisma.street.findFirstOrThrow({ orderBy: { code: "asc" } });

/** The page's background colour as [r, g, b]. */
const background = (page: import("playwright-core").Page) =>
  page.evaluate(() =>
    (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).slice(0, 3).map(Number),
  ) as Promise<number[]>;
const brightness = (rgb: number[]) => rgb.reduce((a, b) => a + b, 0) / 3;

describe("the app bar", { timeout: E2E_TIMEOUT }, () => {
  it("toggles light and dark, and keeps the choice across a reload", async () => {
    const { page } = e2e.browser;
    await signInAs(page, e2e.server.origin, "STREET_ADMIN");
    await page.getByTestId("dashboard").waitFor();
    expect(brightness(await background(page))).toBeGreaterThan(200);
    const toggle = page.locator("header").getByRole("button", { name: "切换明暗主题" });
    await toggle.click();
    await poll(async () => brightness(await background(page))).toBeLessThan(60);
    await screenshot(page, "conv-dark-theme");
    await openPage(page, `${e2e.server.origin}/admin/`);
    await page.getByTestId("dashboard").waitFor();
    expect(brightness(await background(page))).toBeLessThan(60);
    await page.locator("header").getByRole("button", { name: "切换明暗主题" }).click();
    await poll(async () => brightness(await background(page))).toBeGreaterThan(200);
  });

  it("shows the loading indicator while a request runs, and its refresh button reloads the page's data", async () => {
    const { page } = e2e.browser;
    await openPage(page, listUrl(e2e.server.origin, "Unit"));
    await listRows(page);
    // Slow the API down so the indicator can be seen; count the requests the refresh sends.
    let requests = 0;
    await page.route("**/graphql", async (route) => {
      requests++;
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue().catch(() => undefined); // the page may have moved on meanwhile
    });
    try {
      await page.locator("header").getByRole("button", { name: "刷新" }).click();
      await page.locator("header .RaLoadingIndicator-loader").waitFor();
      await screenshot(page, "conv-loading-indicator");
      await page.locator("header").getByRole("button", { name: "刷新" }).waitFor();
      expect(requests).toBeGreaterThan(0);
    } finally {
      await page.unroute("**/graphql");
    }
  });
});

describe("keyboard", { timeout: E2E_TIMEOUT }, () => {
  it("Ctrl+S saves an edit form (and does nothing on an unchanged one)", async () => {
    const { page } = e2e.browser;
    const p = e2e.server.db.prisma;
    const street = await demoStreet();
    const unit = await p.unit.findFirstOrThrow({
      where: { streetId: street.id, endedAt: null },
      orderBy: { name: "asc" },
    });
    const editUrl = `${e2e.server.origin}/admin/#/Unit/${encodeURIComponent(globalId("Unit", unit.id))}`;
    await openPage(page, editUrl);
    const contact = page.locator('input[name="contactName"]');
    await contact.waitFor();
    // Unchanged: Ctrl+S saves nothing (like the disabled save button) and the browser's "save page" is not opened.
    await page.keyboard.press("Control+s");
    await page.waitForTimeout(500);
    expect((await p.unit.findUniqueOrThrow({ where: { id: unit.id } })).version).toBe(unit.version);
    await contact.fill("键盘保存联系人");
    await page.keyboard.press("Control+s");
    await page.waitForURL(/\/show$/);
    const saved = await p.unit.findUniqueOrThrow({ where: { id: unit.id } });
    expect(saved.contactName).toBe("键盘保存联系人");
    expect(saved.version).toBe(unit.version + 1);
  });

  it("Ctrl+S saves a create form", async () => {
    const { page } = e2e.browser;
    const p = e2e.server.db.prisma;
    const street = await demoStreet();
    const community = await p.community.findFirstOrThrow({ where: { streetId: street.id }, orderBy: { code: "asc" } });
    const unit = await p.unit.findFirstOrThrow({ where: { streetId: street.id }, orderBy: { name: "asc" } });
    // The community and the kind come with the page (react-admin's `source`); the clerk types the rest.
    const source = encodeURIComponent(
      JSON.stringify({ communityId: globalId("Community", community.id), kind: unit.kind }),
    );
    await openPage(page, `${e2e.server.origin}/admin/#/Unit/create?source=${source}`);
    const code = creditCode(901, "5399999KB");
    await page.locator('input[name="creditCode"]').fill(code);
    await page.locator('input[name="name"]').fill("键盘新建单位");
    await page.keyboard.press("Control+s");
    await page.waitForURL(/\/show$/);
    const created = await p.unit.findFirstOrThrow({ where: { name: "键盘新建单位" } });
    expect([created.creditCode, created.communityId, created.kind]).toEqual([code, community.id, unit.kind]);
    await page.getByText("键盘新建单位").first().waitFor();
  });

  it("Esc closes a dialog and nothing is written", async () => {
    const { page } = e2e.browser;
    const p = e2e.server.db.prisma;
    const street = await demoStreet();
    const plan = await p.fundingPlan.findFirstOrThrow({
      where: { status: "ADOPTED", committee: { streetId: street.id } },
      orderBy: { year: "desc" },
    });
    const events = await p.auditEvent.count();
    await openPage(page, showUrl(e2e.server.origin, "FundingPlan", globalId("FundingPlan", plan.id)));
    const close = page.getByTestId("action-CLOSED");
    await close.waitFor();
    await poll(() => close.isEnabled()).toBe(true);
    await close.click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await screenshot(page, "conv-dialog-open");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    const after = await p.fundingPlan.findUniqueOrThrow({ where: { id: plan.id } });
    expect([after.status, after.version]).toEqual([plan.status, plan.version]);
    expect(await p.auditEvent.count()).toBe(events);
  });
});

describe("list preferences", { timeout: E2E_TIMEOUT }, () => {
  it("keeps a list's filter, sort, page size and chosen columns across a reload", async () => {
    const { page } = e2e.browser;
    const p = e2e.server.db.prisma;
    const street = await demoStreet();
    // A part of a name shared by several of the street's units (so the filtered list has rows to sort).
    const names = (await p.unit.findMany({ where: { streetId: street.id }, select: { name: true } })).map(
      (u) => u.name,
    );
    const part = ["公司", "有限", "中心", "学校", "医院", "银行", "店"].find(
      (s) => names.filter((n) => n.includes(s)).length >= 3,
    );
    if (!part) throw new Error("the demo street has units sharing a part of their names");

    await openPage(page, listUrl(e2e.server.origin, "Unit"));
    await listRows(page);
    const addressHeader = await textOf(page.locator("th.column-address"));
    // Filter by name, sort by employee count, 10 a page, and hide the address column.
    const token = await tokenFor([{ role: "STREET_ADMIN", streetId: street.id }]);
    const matching = (
      await e2e.server.graphql(
        token,
        "query($part: String!) { units(filter: { name: { contains: $part } }) { totalCount } }",
        {
          part,
        },
      )
    ).units.totalCount;
    await page.locator('form input[name="name"]').fill(part);
    await poll(() => page.url()).toContain(encodeURIComponent(part));
    // The filtered list is shown (the filter is applied after a pause in typing) before the next change.
    await poll(() => textOf(page.locator(".MuiTablePagination-displayedRows").first())).toContain(`共 ${matching} 条`);
    await page.locator("th.column-employeeCount .MuiTableSortLabel-root").click();
    await poll(() => page.url()).toContain("sort=employeeCount");
    await page.locator(".MuiTablePagination-select").first().click();
    await page.getByRole("option", { name: "10", exact: true }).click();
    await poll(() => page.url()).toContain("perPage=10");
    await page.getByRole("button", { name: "列" }).click();
    const chooser = page.locator(".MuiPopover-paper");
    await chooser.waitFor();
    await screenshot(page, "conv-column-chooser");
    await chooser.locator("label", { hasText: addressHeader.trim() }).first().click();
    await page.keyboard.press("Escape");
    await poll(() => page.locator("th.column-address").count()).toBe(0);

    // A fresh load of the list without any parameters: everything is as it was left.
    await openPage(page, listUrl(e2e.server.origin, "Unit"));
    const rows = await listRows(page);
    expect(await page.locator('form input[name="name"]').inputValue()).toBe(part);
    expect(await page.locator("th.column-address").count()).toBe(0);
    expect(await page.locator("th.column-name").count()).toBe(1);
    expect(await page.locator("th.column-employeeCount .MuiTableSortLabel-root.Mui-active").count()).toBe(1);
    expect(await textOf(page.locator(".MuiTablePagination-select").first())).toBe("10");
    // The rows are the API's answer to the same question, as the street admin.
    const expected = await e2e.server.graphql(
      token,
      `query($part: String!) { units(first: 10, filter: { name: { contains: $part } },
         orderBy: [{ field: EMPLOYEE_COUNT, direction: ASC }]) { edges { node { name } } } }`,
      { part },
    );
    const want = expected.units.edges.map((e: any) => e.node.name);
    expect(want.length).toBeGreaterThan(0);
    await poll(() => rows.count()).toBe(want.length);
    const shown = await page.locator("table tbody tr td.column-name").allInnerTexts();
    expect(shown.map((s) => s.trim())).toEqual(want);
    await screenshot(page, "conv-list-preferences");
  });
});
