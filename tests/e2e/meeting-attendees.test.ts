/**
 * Issue 14, item 3 in the console: an extended meeting's page lists its 列席 organisations, and the
 * committee's staff add one (an organisation of the covered communities, a representative by name and
 * post) and remove it; the API records each change with its audit event.
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

const e2e = useConsole("attendees");

describe("列席 on an extended meeting", { timeout: E2E_TIMEOUT }, () => {
  it("committee staff see the attending organisations, add one and remove it", async () => {
    const p = e2e.server.db.prisma;
    const committee = await p.committee.findFirstOrThrow({
      where: { kind: "JOINT", status: "FILED" },
      orderBy: { code: "asc" },
    });
    const meeting = await p.meeting.findFirstOrThrow({
      where: { committeeId: committee.id, kind: "EXTENDED", status: "HELD", attendees: { some: {} } },
      include: { attendees: { include: { organization: true } } },
      orderBy: { heldAt: "asc" },
    });
    const { page } = e2e.browser;
    await signInAs(page, e2e.server.origin, "COMMITTEE_STAFF");
    await openPage(page, showUrl(e2e.server.origin, "Meeting", globalId("Meeting", meeting.id)));
    const card = page.getByTestId("meeting-attendees");
    await card.waitFor();
    await poll(() => card.getByTestId("meeting-attendee").count()).toBe(meeting.attendees.length);
    expect(await textOf(card)).toContain(meeting.attendees[0]?.organization.name);

    const audits = await p.auditEvent.count();
    await page.getByTestId("attendee-organization").click();
    const listbox = page.getByRole("listbox");
    await listbox.waitFor();
    const organization = (await textOf(listbox.getByRole("option").first())).trim();
    await listbox.getByRole("option").first().click();
    await listbox.waitFor({ state: "detached" });
    await page.getByTestId("attendee-name").fill("周列席");
    await page.getByTestId("attendee-post").fill("党支部书记");
    await page.getByTestId("add-attendee").click();
    await poll(() => card.getByTestId("meeting-attendee").count()).toBe(meeting.attendees.length + 1);
    expect(await textOf(card)).toContain("周列席（党支部书记）");
    const added = await p.meetingAttendee.findFirstOrThrow({
      where: { meetingId: meeting.id, representativeName: "周列席" },
      include: { organization: true },
    });
    expect(added.organization.name).toBe(organization);
    expect(await p.auditEvent.count()).toBe(audits + 1);
    await screenshot(page, "attendees-added");

    const row = card.getByTestId("meeting-attendee").filter({ hasText: "周列席" });
    await row.getByTestId("remove-attendee").click();
    await poll(() => card.getByTestId("meeting-attendee").count()).toBe(meeting.attendees.length);
    expect(await p.meetingAttendee.count({ where: { meetingId: meeting.id } })).toBe(meeting.attendees.length);
    expect(await p.auditEvent.count()).toBe(audits + 2);
  });

  it("shows no 列席 card on a regular meeting", async () => {
    const p = e2e.server.db.prisma;
    // The staff persona's committee (the first filed joint committee by code), whose pages it may read.
    const committee = await p.committee.findFirstOrThrow({
      where: { kind: "JOINT", status: "FILED" },
      orderBy: { code: "asc" },
    });
    const meeting = await p.meeting.findFirstOrThrow({
      where: { kind: "REGULAR", status: "HELD", committeeId: committee.id },
      orderBy: { heldAt: "asc" },
    });
    const { page } = e2e.browser;
    await openPage(page, showUrl(e2e.server.origin, "Meeting", globalId("Meeting", meeting.id)));
    await page.getByTestId("record-history").waitFor();
    expect(await page.getByTestId("meeting-attendees").count()).toBe(0);
  });
});
