/**
 * Issue 15, item 3 in the console: a committee's work board lists its joint work items (共建项目/事项) in a
 * column per status, overdue ones marked red, exactly as the database holds them; an item links to its page.
 */
import { describe, expect, it } from "vitest";
import {
  E2E_TIMEOUT,
  globalId,
  openPage,
  poll,
  screenshot,
  showUrl,
  signInAs,
  useConsole,
} from "../support/browser.js";

const e2e = useConsole("work-board");

describe("共建项目看板 in the console", { timeout: E2E_TIMEOUT }, () => {
  it("the committee's items by status, overdue ones in red", async () => {
    const p = e2e.server.db.prisma;
    // The staff persona's committee (the first filed joint committee by code).
    const committee = await p.committee.findFirstOrThrow({
      where: { kind: "JOINT", status: "FILED" },
      orderBy: { code: "asc" },
    });
    const items = await p.jointWorkItem.findMany({ where: { committeeId: committee.id } });
    expect(items.length).toBeGreaterThan(0);
    const { page } = e2e.browser;
    await signInAs(page, e2e.server.origin, "COMMITTEE_STAFF");
    await openPage(page, showUrl(e2e.server.origin, "Committee", globalId("Committee", committee.id)));
    const board = page.getByTestId("work-board");
    await board.waitFor();
    await poll(() => board.getByTestId("work-item").count()).toBe(items.length);
    for (const status of ["OPEN", "IN_PROGRESS", "DONE", "CLOSED", "DROPPED"]) {
      const column = board.locator(`[data-testid="work-column"][data-status="${status}"]`);
      expect(await column.getByTestId("work-item").count()).toBe(items.filter((i) => i.status === status).length);
    }
    // Overdue: still open or in progress, and the deadline before today in Beijing time (UTC+8).
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const overdue = items.filter(
      (i) => ["OPEN", "IN_PROGRESS"].includes(i.status) && i.deadline.toISOString().slice(0, 10) < today,
    );
    expect(await board.locator('[data-testid="work-item"][data-overdue="true"]').count()).toBe(overdue.length);
    const red = await board.locator('[data-testid="work-item"][data-overdue="true"]').allInnerTexts();
    expect(overdue.every((item) => red.some((text) => text.includes(item.title)))).toBe(true);
    await board.scrollIntoViewIfNeeded();
    await screenshot(page, "work-board");

    const first = items[0];
    if (!first) throw new Error("no item");
    await board.getByRole("link", { name: first.title, exact: true }).first().click();
    await poll(() => page.url()).toContain(encodeURIComponent(globalId("JointWorkItem", first.id)));
  });
});
