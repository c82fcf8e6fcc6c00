/**
 * Issue 5, acceptance 1 (a): a STREET_ADMIN sets up a joint committee over two communities in the console
 * (after dissolving the arrangement that covered them), adds one directly managed and one dual-managed
 * member, fills the seats on the seat board (which shows the structure's violations live), submits and
 * approves it (from the inbox); the DISTRICT_ADMIN files it from their inbox. The database is checked
 * after each step.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Browser,
  type ConsoleServer,
  captureFailures,
  E2E_TIMEOUT,
  globalId,
  launchBrowser,
  openPage,
  poll,
  screenshot,
  showUrl,
  signInAs,
  signOut,
  startConsoleServer,
  textOf,
} from "../support/browser.js";

let server: ConsoleServer;
let browser: Browser;

/** What the scenario works with, found in the demo data. */
const s = {
  oldCommitteeId: "",
  communityIds: [] as string[],
  communityNames: [] as string[],
  communityOrgName: "",
  directOrg: { id: "", name: "" },
  dualOrg: { id: "", name: "" },
  newCommitteeId: "",
  /** A person working at the directly managed organisation who is not a party member: never offered for a seat. */
  nonMember: "",
};

const NAME = "测试东西联合党委";
const CODE = "E2E-JOINT-01";
const FILING = "区组备〔2026〕88号";

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  const p = server.db.prisma;
  // The demo's filed joint committee over exactly two communities: dissolving it frees them.
  const joints = await p.committee.findMany({
    where: { kind: "JOINT", status: "FILED" },
    include: { coverages: { where: { endedAt: null }, include: { community: true } } },
    orderBy: { code: "asc" },
  });
  const pair = joints.find((c) => c.coverages.length === 2);
  if (!pair) throw new Error("the demo data has a filed joint committee over two communities");
  s.oldCommitteeId = pair.id;
  s.communityIds = pair.coverages.map((c) => c.communityId);
  s.communityNames = pair.coverages.map((c) => c.community.name);
  const communityOrg = await p.partyOrganization.findFirstOrThrow({
    where: { communityId: { in: s.communityIds }, workplaceMembers: { some: {} } },
    orderBy: { code: "asc" },
  });
  s.communityOrgName = communityOrg.name;
  // One directly managed and one dual-managed organisation of the units there, each with people.
  const unitOrg = (mode: "DIRECT" | "DUAL") =>
    p.partyOrganization.findFirstOrThrow({
      where: {
        managementMode: mode,
        endedAt: null,
        unit: { communityId: { in: s.communityIds }, endedAt: null },
        workplaceMembers: { some: { endedAt: null } },
      },
      orderBy: { code: "asc" },
    });
  const [direct, dual] = await Promise.all([unitOrg("DIRECT"), unitOrg("DUAL")]);
  s.directOrg = { id: direct.id, name: direct.name };
  s.dualOrg = { id: dual.id, name: dual.name };
  // Only party members hold seats: one of the organisation's people is recorded as not a member (test data).
  const nonMember = await p.person.findFirstOrThrow({
    where: { workplaceOrganizationId: direct.id, endedAt: null, seats: { none: {} } },
    orderBy: { name: "desc" },
  });
  await p.person.update({ where: { id: nonMember.id }, data: { isPartyMember: false, partyJoinedOn: null } });
  s.nonMember = nonMember.name;
});

captureFailures("a", () => browser);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Confirms the open workflow dialog (typing `value` into its field first, if given). */
async function confirmDialog(page: Page, value?: string) {
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  if (value !== undefined) await dialog.locator("input").first().fill(value);
  await dialog.getByTestId("workflow-confirm").click();
  await dialog.waitFor({ state: "detached" });
}

/** Picks `option` (its visible text) in the MUI select with data-testid `testId`. */
async function choose(page: Page, testId: string, option: string | RegExp) {
  await page.getByTestId(testId).click();
  const listbox = page.getByRole("listbox");
  await listbox.waitFor();
  await listbox.getByRole("option", { name: option }).first().click();
  await listbox.waitFor({ state: "detached" });
}

/** The visible texts of the options of the MUI select with data-testid `testId` (the menu is closed again). */
async function optionsOf(page: Page, testId: string): Promise<string[]> {
  await page.getByTestId(testId).click();
  const listbox = page.getByRole("listbox");
  await listbox.waitFor();
  const texts = await listbox.getByRole("option").allTextContents();
  await page.keyboard.press("Escape");
  await listbox.waitFor({ state: "detached" });
  return texts;
}

async function committeeStatus(page: Page, status: string) {
  await page.locator(`[data-testid="committee-show"][data-status="${status}"]`).waitFor();
}

describe("joint committee set-up and approval", { timeout: E2E_TIMEOUT }, () => {
  it("the street dissolves the old arrangement from its page", async () => {
    const { page } = browser;
    await signInAs(page, server.origin, "STREET_ADMIN");
    await openPage(page, showUrl(server.origin, "Committee", globalId("Committee", s.oldCommitteeId)));
    await committeeStatus(page, "FILED");
    // The street may dissolve, not file: only the actions its role allows are offered.
    await page.getByTestId("action-DISSOLVED").waitFor();
    expect(await page.getByTestId("action-FILED").count()).toBe(0);
    await page.getByTestId("action-DISSOLVED").click();
    await confirmDialog(page);
    await committeeStatus(page, "DISSOLVED");
    const old = await server.db.prisma.committee.findUniqueOrThrow({ where: { id: s.oldCommitteeId } });
    expect(old.status).toBe("DISSOLVED");
    expect(
      await server.db.prisma.committeeCommunity.count({ where: { committeeId: s.oldCommitteeId, endedAt: null } }),
    ).toBe(0);
  });

  it("creates a joint committee over the two freed communities", async () => {
    const { page } = browser;
    await openPage(page, `${server.origin}/admin/#/joint-committee/new`);
    await page.getByTestId("joint-setup").waitFor();
    const option = (name: string) => page.locator(`[data-testid="community-option"][data-name="${name}"]`);
    const [first, second] = s.communityNames as [string, string];
    await option(first).waitFor();
    // Communities still covered by a committee cannot be chosen; the freed ones can.
    expect(await page.locator('[data-testid="community-option"][data-taken="1"]').count()).toBeGreaterThan(0);
    expect(await option(first).getAttribute("data-taken")).toBe("0");
    await option(first).locator('input[type="checkbox"]').check();
    // Its neighbour is suggested.
    await option(second).getByText("相邻").waitFor();
    await option(second).locator('input[type="checkbox"]').check();
    await page.getByTestId("joint-name").fill(NAME);
    await page.getByTestId("joint-code").fill(CODE);
    await page.getByTestId("joint-term-start").fill("2026-12-01");
    await page.getByTestId("joint-term-end").fill("2029-11-30");
    await page.getByTestId("create-joint").click();
    await committeeStatus(page, "DRAFT");
    expect(await textOf(page.getByTestId("committee-name"))).toBe(NAME);
    const created = await server.db.prisma.committee.findFirstOrThrow({
      where: { code: CODE },
      include: { coverages: { where: { endedAt: null } } },
    });
    s.newCommitteeId = created.id;
    expect(created).toMatchObject({ kind: "JOINT", status: "DRAFT", name: NAME });
    expect(created.coverages.map((c) => c.communityId).sort()).toEqual([...s.communityIds].sort());
  });

  it("adds one directly managed and one dual-managed member, the mode shown", async () => {
    const { page } = browser;
    for (const org of [s.directOrg, s.dualOrg]) {
      const row = page.getByTestId("candidate-row").filter({ hasText: org.name }).first();
      await row.waitFor();
      await row.getByTestId("add-member").click();
      await page.getByTestId("member-row").filter({ hasText: org.name }).waitFor();
    }
    const members = page.getByTestId("member-row");
    expect(await members.count()).toBe(2);
    expect(await textOf(members.filter({ hasText: s.directOrg.name }))).toContain("直接管理");
    expect(await textOf(members.filter({ hasText: s.dualOrg.name }))).toContain("双重管理");
    const rows = await server.db.prisma.membership.findMany({ where: { committeeId: s.newCommitteeId, toDate: null } });
    expect(Object.fromEntries(rows.map((m) => [m.organizationId, m.managementMode]))).toEqual({
      [s.directOrg.id]: "DIRECT",
      [s.dualOrg.id]: "DUAL",
    });
  });

  it("fills the seats on the board, which checks the structure live", async () => {
    const { page } = browser;
    const violations = page.getByTestId("seat-violations");
    // Empty board: the missing secretary and deputies are named before anything is submitted.
    await poll(() => textOf(violations)).toContain("须设书记1名");
    expect(await textOf(violations)).toContain("须设专职副书记1名");

    const nominate = async (role: string, source: string, production?: string) => {
      await choose(page, "seat-role", role);
      await choose(page, "seat-source", new RegExp(source));
      await page.getByTestId("seat-person").click();
      const listbox = page.getByRole("listbox");
      await listbox.waitFor();
      await listbox.locator('li[role="option"]:not([aria-disabled="true"])').first().click();
      await listbox.waitFor({ state: "detached" });
      if (production) {
        await page.getByTestId("nomination-form").getByLabel("产生方式").click();
        await page.getByRole("option", { name: production }).click();
      } else {
        // A nominated seat records the party congress that chose it.
        await page.getByTestId("seat-congress-date").fill("2026-03-15");
        await page.getByTestId("seat-congress-reference").fill("党员代表大会决议〔2026〕5号");
      }
      for (const q of ["ENTHUSIASM", "COORDINATION", "AVAILABILITY"]) await page.getByTestId(`attest-${q}`).check();
      await page.getByTestId("attested-by").fill("街道党工委组织委员");
      const before = await page.getByTestId("seat").count();
      await page.getByTestId("nominate").click();
      await poll(() => page.getByTestId("seat").count()).toBe(before + 1);
    };

    // Each role is offered only the sources the mechanism assigns it, and only party members.
    await choose(page, "seat-role", "兼职副书记");
    const partTimeSources = await optionsOf(page, "seat-source");
    expect(partTimeSources.some((o) => o.includes(s.directOrg.name))).toBe(true);
    expect(partTimeSources.some((o) => o.includes(s.communityOrgName))).toBe(false);
    await choose(page, "seat-role", "专职副书记");
    const fullTimeSources = await optionsOf(page, "seat-source");
    expect(fullTimeSources.some((o) => o.includes(s.communityOrgName))).toBe(true);
    expect(fullTimeSources.some((o) => o.includes(s.directOrg.name) || o.includes(s.dualOrg.name))).toBe(false);
    await choose(page, "seat-role", "书记");
    await choose(page, "seat-source", new RegExp(s.directOrg.name));
    const people = await optionsOf(page, "seat-person");
    expect(people.length).toBeGreaterThan(0);
    expect(people.some((o) => o.startsWith(s.nonMember))).toBe(false);

    await nominate("书记", s.directOrg.name);
    // A second secretary would break the structure: the form says so and will not send it.
    await choose(page, "seat-role", "书记");
    await choose(page, "seat-source", new RegExp(s.dualOrg.name));
    await poll(() => textOf(page.getByTestId("nomination-violation"))).toContain("书记只能设1名");
    expect(await page.getByTestId("nominate").isDisabled()).toBe(true);

    await nominate("专职副书记", s.communityOrgName, "当然进入");
    await nominate("兼职副书记", s.dualOrg.name);
    await poll(() => textOf(violations)).toContain("职数结构符合要求");
    // The board shows the party congress of the nominated seats.
    expect(await textOf(page.getByTestId("seat-congress").first())).toContain("党员代表大会决议〔2026〕5号");
    expect(await violations.getAttribute("data-count")).toBe("0");
    await screenshot(page, "a-joint-seats-filled");

    const seats = await server.db.prisma.seat.findMany({ where: { committeeId: s.newCommitteeId } });
    expect(seats.map((x) => x.role).sort()).toEqual(["DEPUTY_FULL_TIME", "DEPUTY_PART_TIME", "SECRETARY"]);
    expect(seats.every((x) => x.status === "NOMINATED")).toBe(true);
    const secretary = seats.find((x) => x.role === "SECRETARY");
    expect(secretary).toMatchObject({ production: "NOMINATED", congressReference: "党员代表大会决议〔2026〕5号" });
    expect(secretary?.congressDate?.toISOString().slice(0, 10)).toBe("2026-03-15");
    const attestations = await server.db.prisma.seatAttestation.count({
      where: { seatId: { in: seats.map((x) => x.id) } },
    });
    expect(attestations).toBe(9);
  });

  it("the street submits it, then approves it from its inbox", async () => {
    const { page } = browser;
    await page.getByTestId("action-SUBMITTED").click();
    await confirmDialog(page);
    await committeeStatus(page, "SUBMITTED");
    expect((await server.db.prisma.committee.findUniqueOrThrow({ where: { id: s.newCommitteeId } })).status).toBe(
      "SUBMITTED",
    );

    await openPage(page, `${server.origin}/admin/#/inbox`);
    const row = page.getByTestId("inbox-committees").getByTestId("inbox-row").filter({ hasText: NAME });
    await row.waitFor();
    await row.getByTestId("action-APPROVED").click();
    await confirmDialog(page);
    await row.waitFor({ state: "detached" });
    await expect
      .poll(
        async () => (await server.db.prisma.committee.findUniqueOrThrow({ where: { id: s.newCommitteeId } })).status,
      )
      .toBe("APPROVED");
  });

  it("the district files it from its inbox", async () => {
    const { page } = browser;
    await signOut(page, server.origin);
    await signInAs(page, server.origin, "DISTRICT_ADMIN");
    // The district does not set up committees: the button is disabled, with the API's reason.
    await openPage(page, `${server.origin}/admin/#/joint-committee/new`);
    const refused = page.getByTestId("refused-action");
    await refused.waitFor();
    expect(await page.getByTestId("create-joint").isDisabled()).toBe(true);
    const reason = await refused.getAttribute("data-reason");
    expect(reason).toMatch(/^拒绝：.*区委组织部.*新建.*大党委/);
    // Refusals name entities in Chinese only (issue 21, finding 7).
    expect(reason).not.toMatch(/[A-Za-z]/);
    await page.getByRole("button", { name: "为什么不能操作？" }).click();
    await poll(() => textOf(page.getByTestId("access-reason"))).toMatch(/^拒绝：/);
    await screenshot(page, "a-district-may-not-create");
    await page.getByRole("button", { name: "关闭" }).click();

    await openPage(page, `${server.origin}/admin/#/inbox`);
    const row = page.getByTestId("inbox-committees").getByTestId("inbox-row").filter({ hasText: NAME });
    await row.waitFor();
    // The district files; it does not approve.
    expect(await row.getByTestId("action-APPROVED").count()).toBe(0);
    await row.getByTestId("action-FILED").click();
    await confirmDialog(page, FILING);
    await row.waitFor({ state: "detached" });

    await openPage(page, showUrl(server.origin, "Committee", globalId("Committee", s.newCommitteeId)));
    await committeeStatus(page, "FILED");
    await page.getByText(FILING).first().waitFor();
    // The history speaks Chinese (issue 21, finding 1): the action's name, field and enum labels, the
    // date in Beijing time, the actor's display name and role; no code names, no ISO dates, no ids.
    const filed = page.getByTestId("history-entry").filter({ hasText: "备案" }).first();
    await filed.waitFor();
    const filedText = await textOf(filed);
    expect(filedText).toContain("状态：已审批 → 已备案");
    expect(filedText).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} · 区委组织部/);
    const history = await textOf(page.getByTestId("record-history"));
    for (const code of ["fileCommittee", "approveCommittee", "FILED", "status:", "T00:00", "demo-"]) {
      expect(history).not.toContain(code);
    }
    await screenshot(page, "a-joint-filed");
  });

  it("left the database as the console showed it", async () => {
    const p = server.db.prisma;
    const committee = await p.committee.findUniqueOrThrow({
      where: { id: s.newCommitteeId },
      include: { coverages: { where: { endedAt: null } }, memberships: { where: { toDate: null } } },
    });
    expect(committee).toMatchObject({ status: "FILED", kind: "JOINT", filingNumber: FILING });
    expect(committee.submittedAt).not.toBeNull();
    expect(committee.approvedAt).not.toBeNull();
    expect(committee.filedAt).not.toBeNull();
    expect(committee.coverages.map((c) => c.communityId).sort()).toEqual([...s.communityIds].sort());
    expect(committee.memberships.map((m) => m.managementMode).sort()).toEqual(["DIRECT", "DUAL"]);
    const actions = (
      await p.auditEvent.findMany({ where: { entityType: "Committee", entityId: s.newCommitteeId } })
    ).map((e) => e.action);
    for (const action of ["createCommittee", "submitCommittee", "approveCommittee", "fileCommittee"]) {
      expect(actions).toContain(action);
    }
    const actors = await p.auditEvent.findMany({
      where: {
        entityType: "Committee",
        entityId: s.newCommitteeId,
        action: { in: ["approveCommittee", "fileCommittee"] },
      },
      select: { action: true, actorGrants: true },
    });
    const roleOf = (action: string) => JSON.stringify(actors.find((a) => a.action === action)?.actorGrants ?? null);
    expect(roleOf("approveCommittee")).toContain("STREET_ADMIN");
    expect(roleOf("fileCommittee")).toContain("DISTRICT_ADMIN");
  });
});
