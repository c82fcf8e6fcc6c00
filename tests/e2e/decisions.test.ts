/**
 * Issue 15, item 2 in the console: a meeting's page shows each resolution's decision principle (议事原则) with
 * its path — 要事共决 votes against the attendance, 大事共议 consultations, 急事共商 reported or 待报告 — and a
 * street's page lists its coordination meetings (街道工作协调会议) with the yearly flag. Figures are compared
 * with the database.
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

const e2e = useConsole("decisions");

describe("议事原则 in the console", { timeout: E2E_TIMEOUT }, () => {
  it("a 要事共决 resolution shows its votes and the attendance; 大事共议 its consultations", async () => {
    const p = e2e.server.db.prisma;
    const street = await p.street.findFirstOrThrow({ orderBy: { code: "asc" } });
    const decided = await p.resolution.findFirstOrThrow({
      where: { streetId: street.id, principle: "IMPORTANT_MATTERS_DECIDED", committeeId: { not: null } },
      include: { meeting: { include: { attendances: true, resolutions: true } } },
      orderBy: { number: "asc" },
    });
    const { page } = e2e.browser;
    await signInAs(page, e2e.server.origin, "STREET_ADMIN");
    await openPage(page, showUrl(e2e.server.origin, "Meeting", globalId("Meeting", decided.meetingId)));
    const card = page.getByTestId("meeting-resolutions");
    await card.waitFor();
    await poll(() => card.getByTestId("meeting-resolution").count()).toBe(decided.meeting.resolutions.length);
    const entry = card.getByTestId("meeting-resolution").filter({ hasText: decided.title });
    expect(await entry.getAttribute("data-principle")).toBe("IMPORTANT_MATTERS_DECIDED");
    expect(await textOf(entry.getByTestId("principle"))).toBe("要事共决");
    const votes = await textOf(entry.getByTestId("resolution-votes"));
    expect(votes).toContain(`赞成 ${decided.votesFor}，反对 ${decided.votesAgainst}，弃权 ${decided.votesAbstain}`);
    const present = decided.meeting.attendances.filter((a) => a.status === "PRESENT").length;
    expect(votes).toContain(`出席委员 ${present} 人（应到 ${decided.meeting.attendances.length} 人）`);
    await screenshot(page, "decisions-votes");

    const discussed = await p.resolution.findFirstOrThrow({
      where: { streetId: street.id, principle: "MAJOR_MATTERS_DISCUSSED", consultations: { some: {} } },
      include: { consultations: { include: { organization: true } } },
      orderBy: { number: "asc" },
    });
    await openPage(page, showUrl(e2e.server.origin, "Meeting", globalId("Meeting", discussed.meetingId)));
    const other = page.getByTestId("meeting-resolution").filter({ hasText: discussed.title });
    await other.waitFor();
    const consultations = other.getByTestId("consultation");
    await poll(() => consultations.count()).toBe(discussed.consultations.length);
    const first = discussed.consultations[0];
    expect(await textOf(other)).toContain(`${first?.organization.name}：${first?.position}`);
  });

  it("急事共商 shows where it was reported, or 待报告", async () => {
    const p = e2e.server.db.prisma;
    const street = await p.street.findFirstOrThrow({ orderBy: { code: "asc" } });
    const urgent = await p.resolution.findMany({
      where: { streetId: street.id, principle: "URGENT_MATTERS_CONSULTED" },
      include: { reportedAtMeeting: true },
      orderBy: { number: "asc" },
    });
    expect(urgent.length).toBeGreaterThan(0);
    const { page } = e2e.browser;
    for (const r of [urgent.find((u) => u.reportedAtMeetingId), urgent.find((u) => !u.reportedAtMeetingId)]) {
      if (!r) continue;
      await openPage(page, showUrl(e2e.server.origin, "Meeting", globalId("Meeting", r.meetingId)));
      const entry = page.getByTestId("meeting-resolution").filter({ hasText: r.title });
      await entry.waitFor();
      const report = await textOf(entry.getByTestId("urgent-report"));
      if (r.reportedAtMeeting) expect(report).toContain(r.reportedAtMeeting.title);
      else expect(report).toContain("待报告");
    }
  });

  it("a street's page lists its coordination meetings with the yearly flag", async () => {
    const p = e2e.server.db.prisma;
    const street = await p.street.findFirstOrThrow({ orderBy: { code: "asc" } });
    const meetings = await p.meeting.findMany({ where: { streetId: street.id, kind: "COORDINATION" } });
    expect(meetings.length).toBeGreaterThan(0);
    const year = new Date().getFullYear();
    // The year in Beijing time (UTC+8), as the API counts it.
    const from = new Date(Date.UTC(year, 0, 1, -8));
    const to = new Date(Date.UTC(year + 1, 0, 1, -8));
    const heldThisYear = meetings.some((m) => m.status === "HELD" && m.heldAt && m.heldAt >= from && m.heldAt < to);
    const { page } = e2e.browser;
    await openPage(page, showUrl(e2e.server.origin, "Street", globalId("Street", street.id)));
    const card = page.getByTestId("street-coordination");
    await card.waitFor();
    await poll(() => card.getByTestId("coordination-meeting").count()).toBe(meetings.length);
    expect(await card.getByTestId("coordination-this-year").getAttribute("data-held")).toBe(String(heldThisYear));
    await screenshot(page, "decisions-street-coordination");
  });
});
