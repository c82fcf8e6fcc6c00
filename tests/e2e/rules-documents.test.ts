/**
 * Issue 15, item 4 in the console: a committee's page lists its four rules documents (制度). The street
 * admin records the missing kind (adopted by one of the committee's resolutions, with a file), sees it
 * current, revises it: the new version is current, the old one superseded and still readable. The
 * dashboard flags the committees lacking one of the four. The database is checked afterwards.
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
  textOf,
  useConsole,
} from "../support/browser.js";

const e2e = useConsole("rules-documents");
const KINDS = [
  "WORK_RESPONSIBILITIES",
  "COMMITTEE_MEETING_RULES",
  "MAJOR_QUESTIONS_DECISION_RULES",
  "DEMOCRATIC_SUPERVISION_RULES",
] as const;

describe("制度 in the console", { timeout: E2E_TIMEOUT }, () => {
  it("the street admin records and revises a rules document; the dashboard flags the gaps", async () => {
    const p = e2e.server.db.prisma;
    // The demo's STREET_ADMIN persona runs the first street by code.
    const street = await p.street.findFirstOrThrow({ orderBy: { code: "asc" } });
    const working = await p.committee.findMany({
      where: { streetId: street.id, status: { in: ["APPROVED", "FILED"] } },
      include: { rulesDocuments: { where: { supersededAt: null } } },
      orderBy: { code: "asc" },
    });
    const lacking = working.filter((c) => new Set(c.rulesDocuments.map((d) => d.kind)).size < KINDS.length);
    const committee = lacking.find((c) => c.rulesDocuments.length > 0) ?? lacking[0];
    if (!committee) throw new Error("the demo street has no committee lacking a rules document");
    const kind = KINDS.find((k) => !committee.rulesDocuments.some((d) => d.kind === k)) ?? KINDS[0];

    const { page } = e2e.browser;
    await signInAs(page, e2e.server.origin, "STREET_ADMIN");
    // The dashboard flags exactly the committees of the street lacking one of the four.
    const flag = page.getByTestId("rules-gaps");
    await flag.waitFor();
    await poll(() => flag.getByTestId("rules-gap-committee").count()).toBe(lacking.length);
    expect(await textOf(flag)).toContain(committee.name);
    await screenshot(page, "rules-dashboard-flag");

    await openPage(page, showUrl(e2e.server.origin, "Committee", globalId("Committee", committee.id)));
    const card = page.getByTestId("rules-documents");
    await card.waitFor();
    const row = card.locator(`[data-testid="rules-kind"][data-kind="${kind}"]`);
    await poll(() => row.getAttribute("data-missing")).toBe("true");
    expect(await row.getByTestId("rules-missing").count()).toBe(1);

    const audits = await p.auditEvent.count();
    await row.getByTestId("rules-record").click();
    const form = card.getByTestId("rules-form");
    await form.getByTestId("rules-title").fill("社区制度（第一稿）");
    await form.getByTestId("rules-effective-on").fill("2026-12-01");
    await form.getByTestId("rules-resolution").click();
    const listbox = page.getByRole("listbox");
    await listbox.waitFor();
    await listbox.getByRole("option").first().click();
    await listbox.waitFor({ state: "detached" });
    await form.getByTestId("rules-text").fill("第一条 第一稿正文。");
    await form.getByTestId("rules-file").setInputFiles({
      name: "zhidu.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("第一条 第一稿正文。"),
    });
    await form.getByTestId("rules-submit").click();
    await poll(() => row.getAttribute("data-missing")).toBe("false");
    expect(await textOf(row)).toContain("社区制度（第一稿）");
    expect(await textOf(row)).toContain("第 1 版");
    await screenshot(page, "rules-recorded");

    // The attached file downloads through rulesDocumentFile.
    const [download] = await Promise.all([page.waitForEvent("download"), row.getByTestId("rules-download").click()]);
    expect(download.suggestedFilename()).toBe("zhidu.txt");

    await row.getByTestId("rules-revise").click();
    await form.getByTestId("rules-title").fill("社区制度（修订稿）");
    await form.getByTestId("rules-effective-on").fill("2026-12-05");
    await form.getByTestId("rules-resolution").click();
    await listbox.waitFor();
    await listbox.getByRole("option").first().click();
    await listbox.waitFor({ state: "detached" });
    await form.getByTestId("rules-text").fill("第一条 修订后的正文。");
    await form.getByTestId("rules-submit").click();
    await poll(async () => textOf(row)).toContain("第 2 版");
    expect(await textOf(row)).toContain("社区制度（修订稿）");

    // The old version: superseded, listed on demand and readable.
    await row.getByTestId("rules-history-toggle").click();
    const old = card.getByTestId("rules-old-version");
    await poll(() => old.count()).toBe(1);
    expect(await textOf(old)).toContain("社区制度（第一稿）");
    await old.getByTestId("rules-read").click();
    await poll(() => textOf(page.getByTestId("rules-text-view"))).toContain("第一条 第一稿正文。");
    await screenshot(page, "rules-old-version-read");
    await page.keyboard.press("Escape");

    const versions = await p.rulesDocument.findMany({
      where: { committeeId: committee.id, kind },
      orderBy: { revision: "asc" },
    });
    expect(versions.map((v) => [v.revision, v.title, v.supersededAt === null])).toEqual([
      [1, "社区制度（第一稿）", false],
      [2, "社区制度（修订稿）", true],
    ]);
    expect(versions[1]?.previousId).toBe(versions[0]?.id);
    expect(versions[1]?.fileName).toBe("zhidu.txt");
    expect(versions[1]?.effectiveOn.toISOString().slice(0, 10)).toBe("2026-12-05");
    // One event per write: version 1 recorded; on revision, version 1 superseded and version 2 created.
    const events = await p.auditEvent.findMany({ where: { entityType: "RulesDocument" }, orderBy: { id: "asc" } });
    expect(events.slice(-3).map((e) => e.entityId)).toEqual([versions[0]?.id, versions[0]?.id, versions[1]?.id]);
    expect(await p.auditEvent.count()).toBe(audits + 3);
  });
});
