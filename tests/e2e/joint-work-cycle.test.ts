/**
 * Issue 15, acceptance (end to end): the cycle meeting → resolution → joint work → report back → closure,
 * through the console in Chromium (zh-CN). The street's admin records a 实事共办 resolution at a held meeting
 * with its joint work item shared by two member organisations (a first try with one organisation is refused
 * in Chinese and writes nothing); starts it; the liaison of one of the two organisations reports progress
 * (and is offered nothing else); the street's admin marks it done and closes it with a resolution of the next
 * held meeting. The database is checked afterwards: the item's status, participants, progress row, origin
 * and closing resolutions, and the audit events of each step with who took it.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  E2E_TIMEOUT,
  globalId,
  openPage,
  poll,
  screenshot,
  showUrl,
  signInAs,
  signOut,
  textOf,
  useConsole,
} from "../support/browser.js";

const e2e = useConsole("joint-work-cycle");

/** Opens the MUI select marked `testId` inside `scope` and picks the option with `value` (its data-value). */
async function choose(page: Page, testId: string, value: string) {
  await page.getByTestId(testId).click();
  const listbox = page.getByRole("listbox");
  await listbox.waitFor();
  await listbox.locator(`[data-value="${value}"]`).click();
  await listbox.waitFor({ state: "detached" });
}

/** Saves the resolution form and waits for it to close; a refusal shown instead fails with its text. */
async function saveResolution(page: Page) {
  await page.getByTestId("resolution-save").click();
  const form = page.getByTestId("resolution-form");
  await poll(async () =>
    (await form.count()) === 0
      ? "saved"
      : ((await page.getByTestId("resolution-error").allInnerTexts())[0] ?? "pending"),
  ).toBe("saved");
}

describe("实事共办: from the resolution to the closed joint work item", { timeout: E2E_TIMEOUT * 2 }, () => {
  it("a street admin records it, a liaison reports, the next meeting closes it", async () => {
    const p = e2e.server.db.prisma;
    const { page } = e2e.browser;
    const origin = e2e.server.origin;
    const street = await p.street.findFirstOrThrow({ orderBy: { code: "asc" } });
    // The liaison persona's organisation (as the demo sign-in picks it) and a committee of the street it is a member of.
    const liaisonOrg = await p.partyOrganization.findFirstOrThrow({
      where: {
        managementMode: "DUAL",
        superiorExternalCode: { not: null },
        unitId: { not: null },
        memberships: { some: {} },
      },
      orderBy: { code: "asc" },
    });
    const membership = await p.membership.findFirstOrThrow({
      where: { organizationId: liaisonOrg.id, toDate: null, streetId: street.id, committee: { status: "FILED" } },
      include: { committee: true },
    });
    const committee = membership.committee;
    const partner = await p.membership.findFirstOrThrow({
      where: { committeeId: committee.id, toDate: null, organizationId: { not: liaisonOrg.id } },
      include: { organization: true },
      orderBy: { organization: { code: "asc" } },
    });
    const lead = partner.organization;
    const held = await p.meeting.findMany({
      where: { committeeId: committee.id, status: "HELD" },
      orderBy: { heldAt: "asc" },
    });
    const [decidingMeeting, nextMeeting] = held.slice(-2);
    if (!decidingMeeting || !nextMeeting) throw new Error("the committee needs two held meetings");
    const itemsBefore = await p.jointWorkItem.count();

    // 1. The street's admin records the 实事共办 resolution at the held meeting.
    await signInAs(page, origin, "STREET_ADMIN");
    await openPage(page, showUrl(origin, "Meeting", globalId("Meeting", decidingMeeting.id)));
    const card = page.getByTestId("meeting-resolutions");
    await card.waitFor();
    await card.getByTestId("record-resolution").click();
    const form = page.getByTestId("resolution-form");
    await form.waitFor();
    await form.getByTestId("res-number").fill("E2E-实事-1");
    await form.getByTestId("res-title").fill("共建社区便民服务站");
    await form.getByTestId("res-text").fill("由两家成员单位共同建设社区便民服务站，年内投入使用。");
    await choose(page, "res-principle", "PRACTICAL_MATTERS_DONE");
    expect(await textOf(form.getByTestId("principle-help"))).toContain("至少两个成员单位");
    await choose(page, "res-subject-area", "COMMUNITY_SERVICE");
    await form.getByTestId("jw-title").fill("社区便民服务站建设");
    await choose(page, "jw-category", "SERVICE_PROBLEMS");
    await form.getByTestId("jw-deadline").fill("2027-06-30");
    await page.getByTestId("jw-lead").click();
    await page.getByRole("listbox").getByRole("option", { name: lead.name, exact: true }).click();
    await page.getByRole("listbox").waitFor({ state: "detached" });
    const leadRow = form.locator(`[data-testid="participant-option"][data-name="${lead.name}"]`);
    await leadRow.getByTestId("participant-responsible").fill("王建国");

    // One organisation only: refused in Chinese, nothing written.
    await page.getByTestId("resolution-save").click();
    const refusal = page.getByTestId("resolution-error");
    await refusal.waitFor();
    expect(await textOf(refusal)).toContain("共建事项至少需要两个成员单位共同承担");
    expect(await p.resolution.count({ where: { meetingId: decidingMeeting.id, number: "E2E-实事-1" } })).toBe(0);
    expect(await p.jointWorkItem.count()).toBe(itemsBefore);
    await screenshot(page, "joint-work-cycle-1-refused");

    // With the liaison's organisation co-operating: recorded, with its item.
    const coRow = form.locator(`[data-testid="participant-option"][data-name="${liaisonOrg.name}"]`);
    await coRow.getByTestId("participant-check").check();
    await coRow.getByTestId("participant-responsible").fill("李红");
    await saveResolution(page);
    const entry = card.getByTestId("meeting-resolution").filter({ hasText: "共建社区便民服务站" });
    await entry.waitFor();
    expect(await entry.getAttribute("data-principle")).toBe("PRACTICAL_MATTERS_DONE");
    const link = entry.getByTestId("joint-work-link");
    await link.waitFor();
    expect(await textOf(link)).toBe("社区便民服务站建设");
    await screenshot(page, "joint-work-cycle-2-resolution");

    // 2. The item's page: OPEN, two participants; the admin starts it.
    await link.click();
    const itemPage = page.getByTestId("joint-work-item");
    await itemPage.waitFor();
    expect(await itemPage.getAttribute("data-status")).toBe("OPEN");
    await poll(() => itemPage.getByTestId("jw-participant").count()).toBe(2);
    expect(await textOf(itemPage.getByTestId("jw-origin-resolution"))).toContain(decidingMeeting.title);
    await itemPage.getByTestId("action-IN_PROGRESS").click();
    await page.getByTestId("workflow-confirm").click();
    await poll(() => itemPage.getAttribute("data-status")).toBe("IN_PROGRESS");
    const item = await p.jointWorkItem.findFirstOrThrow({ where: { title: "社区便民服务站建设" } });
    const itemUrl = showUrl(origin, "JointWorkItem", globalId("JointWorkItem", item.id));

    // 3. The liaison of the co-operating organisation reports progress, and may do nothing else.
    await signOut(page, origin);
    await signInAs(page, origin, "UNIT_LIAISON");
    await openPage(page, itemUrl);
    await itemPage.waitFor();
    const report = itemPage.getByTestId("report-progress");
    await report.waitFor();
    expect(await itemPage.getByTestId("workflow-JointWorkItem").count()).toBe(0);
    await report.click();
    const progressForm = page.getByTestId("progress-form");
    await progressForm.waitFor();
    expect(await textOf(progressForm.getByTestId("progress-organization"))).toBe(liaisonOrg.name);
    await progressForm.getByTestId("progress-percent").fill("100");
    await progressForm.getByTestId("progress-text").fill("服务站已完成装修并投入试运行。");
    await page.getByTestId("progress-save").click();
    await progressForm.waitFor({ state: "detached" });
    await poll(() => itemPage.getByTestId("progress-report").count()).toBe(1);
    expect(await textOf(itemPage.getByTestId("progress-report"))).toContain("100%");
    await screenshot(page, "joint-work-cycle-3-liaison-report");

    // 4. The street's admin marks it done, records the closing resolution at the next meeting, and closes it.
    await signOut(page, origin);
    await signInAs(page, origin, "STREET_ADMIN");
    await openPage(page, itemUrl);
    await itemPage.getByTestId("action-DONE").click();
    await page.getByTestId("workflow-confirm").click();
    await poll(() => itemPage.getAttribute("data-status")).toBe("DONE");

    await openPage(page, showUrl(origin, "Meeting", globalId("Meeting", nextMeeting.id)));
    await card.getByTestId("record-resolution").click();
    await form.waitFor();
    await form.getByTestId("res-number").fill("E2E-结项-1");
    await form.getByTestId("res-title").fill("社区便民服务站建设结项");
    await form.getByTestId("res-text").fill("听取牵头单位汇报，同意社区便民服务站建设事项结项。");
    await choose(page, "res-principle", "MAJOR_MATTERS_DISCUSSED");
    await choose(page, "res-subject-area", "COMMUNITY_SERVICE");
    const consulted = form.locator(`[data-testid="consult-option"][data-name="${lead.name}"]`);
    await consulted.getByTestId("consult-check").check();
    await consulted.getByTestId("consult-position").fill("服务站运行良好，同意结项。");
    await saveResolution(page);
    await card.getByTestId("meeting-resolution").filter({ hasText: "社区便民服务站建设结项" }).waitFor();

    await openPage(page, itemUrl);
    await itemPage.getByTestId("action-CLOSED").click();
    await page.getByTestId("workflow-resolution").click();
    await page.getByRole("option", { name: /E2E-结项-1/ }).click();
    await page.getByTestId("workflow-confirm").click();
    await poll(() => itemPage.getAttribute("data-status")).toBe("CLOSED");
    expect(await textOf(itemPage.getByTestId("jw-closing-resolution"))).toContain(nextMeeting.title);
    expect(await itemPage.getByTestId("report-progress").count()).toBe(0);
    await screenshot(page, "joint-work-cycle-4-closed");

    // 5. The database.
    const closed = await p.jointWorkItem.findUniqueOrThrow({
      where: { id: item.id },
      include: {
        participants: true,
        progress: true,
        originResolution: true,
        closingResolution: { include: { meeting: true, consultations: true } },
      },
    });
    expect(closed.status).toBe("CLOSED");
    expect(closed.category).toBe("SERVICE_PROBLEMS");
    expect(closed.committeeId).toBe(committee.id);
    expect(closed.deadline.toISOString().slice(0, 10)).toBe("2027-06-30");
    expect(closed.startedAt).not.toBeNull();
    expect(closed.completedAt).not.toBeNull();
    expect(closed.closedAt).not.toBeNull();
    expect(
      closed.participants
        .map((x) => [x.organizationId, x.role, x.responsiblePerson])
        .sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    ).toEqual([
      [liaisonOrg.id, "CO_OPERATING", "李红"],
      [lead.id, "LEAD", "王建国"],
    ]);
    expect(closed.progress).toHaveLength(1);
    const [row] = closed.progress;
    expect(row?.organizationId).toBe(liaisonOrg.id);
    expect(row?.percent).toBe(100);
    expect(row?.text).toBe("服务站已完成装修并投入试运行。");
    // The form proposes today in Beijing time (UTC+8).
    expect(row?.reportedOn.toISOString().slice(0, 10)).toBe(
      new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
    );
    expect(closed.originResolution?.meetingId).toBe(decidingMeeting.id);
    expect(closed.originResolution?.principle).toBe("PRACTICAL_MATTERS_DONE");
    expect(closed.originResolution?.number).toBe("E2E-实事-1");
    expect(closed.closingResolution?.meetingId).toBe(nextMeeting.id);
    expect(closed.closingResolution?.principle).toBe("MAJOR_MATTERS_DISCUSSED");
    expect(closed.closingResolution?.consultations.map((c) => c.organizationId)).toEqual([lead.id]);
    expect(await p.jointWorkItem.count()).toBe(itemsBefore + 1);

    // Each step's audit event, by whom (the demo personas' grants).
    const events = await p.auditEvent.findMany({
      where: { entityId: { in: [item.id, row?.id ?? "", closed.originResolutionId ?? ""] } },
      orderBy: { id: "asc" },
    });
    const steps = events.map((e) => [e.entityType, e.action, (e.actorGrants as { role: string }[] | null)?.[0]?.role]);
    expect(steps).toEqual([
      ["Resolution", "adoptResolution", "STREET_ADMIN"],
      ["JointWorkItem", "adoptResolution", "STREET_ADMIN"],
      ["JointWorkItem", "startJointWork", "STREET_ADMIN"],
      ["JointWorkProgress", "reportJointWorkProgress", "UNIT_LIAISON"],
      ["JointWorkItem", "completeJointWork", "STREET_ADMIN"],
      ["JointWorkItem", "closeJointWork", "STREET_ADMIN"],
    ]);
    const participantEvents = await p.auditEvent.count({
      where: { entityType: "JointWorkParticipant", entityId: { in: closed.participants.map((x) => x.id) } },
    });
    expect(participantEvents).toBe(2);
  });
});
