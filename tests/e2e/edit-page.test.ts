/**
 * Issue 21, finding 8: the edit page speaks to a clerk: no API notes on its inputs ("任期开始（null 清除）"),
 * and the record's title once, not twice.
 */
import { describe, expect, it } from "vitest";
import { E2E_TIMEOUT, globalId, openPage, screenshot, signInAs, textOf, useConsole } from "../support/browser.js";

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
});
