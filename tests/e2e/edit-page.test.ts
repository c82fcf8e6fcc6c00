/**
 * Issue 21, finding 8: the edit page speaks to a clerk: no API notes on its inputs ("任期开始（null 清除）"),
 * and the record's title once, not twice. Finding 4: a list's column headers are the short labels, the long
 * explanation a tooltip. Finding 7: a screen's access explanations travel in one batched request
 * (`explainAccessMany`), not one request per button.
 */
import { describe, expect, it } from "vitest";
import {
  E2E_TIMEOUT,
  globalId,
  listRows,
  openPage,
  screenshot,
  signInAs,
  textOf,
  useConsole,
} from "../support/browser.js";

const e2e = useConsole("edit");

describe("the edit page", { timeout: E2E_TIMEOUT }, () => {
  it("shows a committee's form without API notes and its title once", async () => {
    const p = e2e.server.db.prisma;
    const street = await p.street.findFirstOrThrow({ orderBy: { code: "asc" } });
    const committee = await p.committee.findFirstOrThrow({
      where: { streetId: street.id, status: "FILED" },
      orderBy: { code: "asc" },
    });
    const { page } = e2e.browser;
    await signInAs(page, e2e.server.origin, "STREET_ADMIN");
    await openPage(
      page,
      `${e2e.server.origin}/admin/#/Committee/${encodeURIComponent(globalId("Committee", committee.id))}`,
    );
    await page.locator('input[name="termStart"]').waitFor();
    const text = await textOf(page.locator("body"));
    expect(text).toContain("任期开始");
    expect(text).not.toContain("null");
    expect(text.split(committee.name).length - 1).toBe(1);
    expect(await textOf(page.locator("#react-admin-title"))).toBe(`编辑：${committee.name}`);
    await screenshot(page, "edit-committee");
  });

  it("heads a list's columns with short labels and explains them in a tooltip", async () => {
    const { page } = e2e.browser;
    await openPage(page, `${e2e.server.origin}/admin/#/Committee`);
    await listRows(page);
    const headers = await page.locator("table thead th").allInnerTexts();
    expect(headers.map((h) => h.trim())).toContain("党委会召开周期");
    expect(headers.join(" ")).not.toContain("（");
    const cadence = page.getByTestId("column-help").filter({ hasText: "党委会召开周期" });
    expect(await cadence.getAttribute("data-help")).toBe("党委会召开周期（每月或每季度）");
    await cadence.hover();
    await page.getByRole("tooltip").filter({ hasText: "每月或每季度" }).waitFor();
    await screenshot(page, "list-column-tooltip");
  });

  it("asks for a committee page's access explanations in batches, not one request per button", async () => {
    const p = e2e.server.db.prisma;
    const committee = await p.committee.findFirstOrThrow({ where: { status: "FILED" }, orderBy: { code: "asc" } });
    const { page } = e2e.browser;
    const operations: string[] = [];
    const listener = (r: import("playwright-core").Request) => {
      if (!r.url().endsWith("/graphql") || r.method() !== "POST") return;
      const name = (r.postDataJSON() as { operationName?: string } | null)?.operationName;
      if (name) operations.push(name);
    };
    page.on("request", listener);
    await openPage(
      page,
      `${e2e.server.origin}/admin/#/Committee/${encodeURIComponent(globalId("Committee", committee.id))}/show`,
    );
    await page.getByTestId("committee-show").waitFor();
    await page.getByTestId("record-history").waitFor();
    // A filed committee's seat board shows its seats (the nomination form is gone once it is filed).
    await page.getByTestId("seat-board").getByTestId("seat").first().waitFor();
    await page.waitForLoadState("networkidle");
    page.off("request", listener);
    const single = operations.filter((o) => o === "ConsoleExplainAccess").length;
    const batched = operations.filter((o) => o === "ConsoleExplainAccessMany").length;
    expect(single).toBe(0);
    expect(batched).toBeGreaterThan(0);
    expect(batched).toBeLessThanOrEqual(3);
    await screenshot(page, "committee-page-batched-access");
  });
});
