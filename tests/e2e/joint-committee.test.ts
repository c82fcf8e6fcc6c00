/**
 * Issue 5, acceptance 1 (a): a STREET_ADMIN sets up a joint committee over two communities in the console
 * (after dissolving the arrangement that covered them), adds one directly managed and one dual-managed
 * member, fills the seats on the seat board (which shows the structure's violations live) and submits it;
 * a second clerk of the street approves it from the inbox (separation of duties: the submitter may not);
 * the DISTRICT_ADMIN files it, with its approved seats, from their inbox. The database is checked after
 * each step.
 *
 * Issue 21, finding 5 (workflow clarity) is shown along the way: dissolving says what it ends (the API's
 * counts), asks for a reason and a date, and the history shows them; the name must be unique among the
 * street's active committees; "加入" asks for the start date and each organisation is offered once; the
 * submitter's approve button is disabled with the reason; filing offers to file the approved seats; after
 * filing the seat board has no nomination form and no "可以报审" banner, and 任期届满 is in a menu.
 *
 * Acceptance (issue 21): setting up the joint committee end to end (dissolving excluded) takes at most 40
 * clicks and field entries. Every Locator click/check/fill the test makes is counted while the set-up
 * steps run (`counted`), each page the test opens by URL counts as one click (the menu entry a clerk
 * would click), and the test's own probes (reading a select's options, trying a refused action) are
 * excluded (`uncounted`).
 */
import type { Locator, Page } from "playwright-core";
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
  tokenFor,
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
const FILING = "区组备〔2026〕88号";
const DISSOLUTION_REASON = "两社区调整，另组联合党委";

/** Clicks and field entries of the set-up, counted by wrapping the Locator methods the test calls. */
const tally = { on: false, clicks: 0, entries: 0, log: [] as string[] };
const total = () => tally.clicks + tally.entries;

function instrument(page: Page) {
  const proto = Object.getPrototypeOf(page.locator("body")) as Record<string, (...args: unknown[]) => unknown>;
  const kinds: [string, "clicks" | "entries"][] = [
    ["click", "clicks"],
    ["check", "clicks"],
    ["uncheck", "clicks"],
    ["fill", "entries"],
    ["selectOption", "entries"],
  ];
  for (const [method, kind] of kinds) {
    const original = proto[method] as (...args: unknown[]) => unknown;
    proto[method] = function (this: Locator, ...args: unknown[]) {
      if (tally.on) {
        tally[kind] += 1;
        tally.log.push(`${method} ${String(this)}`);
      }
      return original.apply(this, args);
    };
  }
}

/** Runs `fn` with the tally on (a set-up step). */
async function counted<T>(fn: () => Promise<T>): Promise<T> {
  tally.on = true;
  try {
    return await fn();
  } finally {
    tally.on = false;
  }
}

/** Runs `fn` with the tally off (the test's own probes inside a counted step). */
async function uncounted<T>(fn: () => Promise<T>): Promise<T> {
  const was = tally.on;
  tally.on = false;
  try {
    return await fn();
  } finally {
    tally.on = was;
  }
}

/** Opens a page by URL; inside a counted step it counts as the one menu click a clerk would make. */
async function navigate(page: Page, url: string) {
  if (tally.on) {
    tally.clicks += 1;
    tally.log.push(`navigate ${url}`);
  }
  await openPage(page, url);
}

/** Today in Beijing, as the console's date inputs hold it. */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  instrument(browser.page);
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
  it("the street dissolves the old arrangement from its page, saying what it ends, with a reason and a date", async () => {
    const { page } = browser;
    const p = server.db.prisma;
    await signInAs(page, server.origin, "STREET_ADMIN");
    await openPage(page, showUrl(server.origin, "Committee", globalId("Committee", s.oldCommitteeId)));
    await committeeStatus(page, "FILED");
    // The street may dissolve, not file: only the actions its role allows are offered.
    await page.getByTestId("action-DISSOLVED").waitFor();
    expect(await page.getByTestId("action-FILED").count()).toBe(0);
    const where = { committeeId: s.oldCommitteeId };
    const expected = {
      memberships: await p.membership.count({ where: { ...where, toDate: null } }),
      seats: await p.seat.count({ where: { ...where, status: { in: ["NOMINATED", "APPROVED", "FILED"] } } }),
    };
    await page.getByTestId("action-DISSOLVED").click();
    const dialog = page.getByRole("dialog");
    // What dissolving ends, counted by the API; the confirm button waits for a reason.
    const effects = dialog.getByTestId("dissolution-preview");
    await poll(() => textOf(effects)).toContain("个社区的覆盖");
    const effectsText = await textOf(effects);
    expect(effectsText).toContain("结束 2 个社区的覆盖");
    expect(effectsText).toContain(`${expected.memberships} 个成员单位`);
    expect(effectsText).toContain(`${expected.seats} 个职务`);
    expect(await dialog.getByTestId("dissolution-date").inputValue()).toBe(today());
    expect(await dialog.getByTestId("workflow-confirm").isDisabled()).toBe(true);
    await dialog.getByTestId("workflow-reason").fill(DISSOLUTION_REASON);
    await screenshot(page, "a-dissolve-dialog");
    await dialog.getByTestId("workflow-confirm").click();
    await dialog.waitFor({ state: "detached" });
    await committeeStatus(page, "DISSOLVED");
    const old = await p.committee.findUniqueOrThrow({ where: { id: s.oldCommitteeId } });
    expect(old).toMatchObject({ status: "DISSOLVED", dissolutionReason: DISSOLUTION_REASON });
    expect(old.dissolvedOn?.toISOString().slice(0, 10)).toBe(today());
    expect(await p.committeeCommunity.count({ where: { ...where, endedAt: null } })).toBe(0);
    // The page and its history show the reason and the date.
    await poll(() => textOf(page.getByTestId("dissolution-reason"))).toContain(DISSOLUTION_REASON);
    const entry = page.getByTestId("history-entry").filter({ hasText: "撤销理由" }).first();
    await entry.waitFor();
    expect(await textOf(entry)).toContain(DISSOLUTION_REASON);
    expect(await textOf(entry)).toMatch(/撤销日期：.*\d{4}年\d{1,2}月\d{1,2}日/);
    await screenshot(page, "a-dissolved-history");
  });

  it("creates a joint committee over the two freed communities (a name already in use is refused)", async () => {
    const { page } = browser;
    await counted(async () => {
      await navigate(page, `${server.origin}/admin/#/joint-committee/new`);
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
      // A code is suggested from the communities' codes.
      expect(await page.getByTestId("joint-code").inputValue()).toMatch(/^LH-/);
      // The term is filled in already: five years from today.
      expect(await page.getByTestId("joint-term-start").inputValue()).toBe(today());
      // A name another active committee of the street has is refused by the API, in Chinese, on the name.
      await uncounted(async () => {
        const taken = await server.db.prisma.committee.findFirstOrThrow({
          where: {
            streetId: (
              await server.db.prisma.community.findUniqueOrThrow({ where: { id: s.communityIds[0] as string } })
            ).streetId,
            status: "FILED",
          },
          orderBy: { code: "asc" },
        });
        await page.getByTestId("joint-name").fill(taken.name);
        await page.getByTestId("create-joint").click();
        await poll(() => textOf(page.getByTestId("joint-error"))).toContain("同名");
        await screenshot(page, "a-duplicate-name");
      });
      await page.getByTestId("joint-name").fill(NAME);
      await page.getByTestId("create-joint").click();
      await committeeStatus(page, "DRAFT");
    });
    expect(await textOf(page.getByTestId("committee-name"))).toBe(NAME);
    const created = await server.db.prisma.committee.findFirstOrThrow({
      where: { name: NAME },
      include: { coverages: { where: { endedAt: null } } },
    });
    s.newCommitteeId = created.id;
    expect(created).toMatchObject({ kind: "JOINT", status: "DRAFT", name: NAME });
    expect(created.termStart?.toISOString().slice(0, 10)).toBe(today());
    expect(created.coverages.map((c) => c.communityId).sort()).toEqual([...s.communityIds].sort());
    // Whoever set the draft up may delete it (issue 21, finding 5): the button is there for them.
    await page.getByTestId("delete-draft").waitFor();
  });

  it("adds one directly managed and one dual-managed member, each from a start date, the mode shown", async () => {
    const { page } = browser;
    // Each organisation is offered once.
    await page.getByTestId("candidate-row").first().waitFor();
    const names = await page.getByTestId("candidate-row").locator("td:first-child").allTextContents();
    expect(new Set(names).size).toBe(names.length);
    await counted(async () => {
      for (const org of [s.directOrg, s.dualOrg]) {
        const row = page.getByTestId("candidate-row").filter({ hasText: org.name }).first();
        await row.waitFor();
        await row.getByTestId("add-member").click();
        // "加入" asks for the day it joins, today by default.
        const date = page.getByTestId("member-from-date");
        await date.waitFor();
        expect(await date.inputValue()).toBe(today());
        if (org === s.directOrg) await uncounted(() => screenshot(page, "a-member-join-date"));
        await page.getByTestId("confirm-add-member").click();
        await page.getByTestId("member-row").filter({ hasText: org.name }).waitFor();
      }
    });
    const members = page.getByTestId("member-row");
    expect(await members.count()).toBe(2);
    expect(await textOf(members.filter({ hasText: s.directOrg.name }))).toContain("直接管理");
    expect(await textOf(members.filter({ hasText: s.dualOrg.name }))).toContain("双重管理");
    const rows = await server.db.prisma.membership.findMany({ where: { committeeId: s.newCommitteeId, toDate: null } });
    expect(Object.fromEntries(rows.map((m) => [m.organizationId, m.managementMode]))).toEqual({
      [s.directOrg.id]: "DIRECT",
      [s.dualOrg.id]: "DUAL",
    });
    expect(rows.every((m) => m.fromDate.toISOString().slice(0, 10) === today())).toBe(true);
  });

  it("fills the seats on the board, which checks the structure live", async () => {
    const { page } = browser;
    const violations = page.getByTestId("seat-violations");
    // Empty board: the missing secretary and deputies are named before anything is submitted.
    await poll(() => textOf(violations)).toContain("须设书记1名");
    expect(await textOf(violations)).toContain("须设专职副书记1名");

    /** The text a select shows now. */
    const shown = (testId: string) => textOf(page.getByTestId(testId));
    const nominate = async (role: string, source: string, production?: string) => {
      // The form starts at the seat the structure still needs, and remembers the congress and the attester.
      if ((await shown("seat-role")) !== role) await choose(page, "seat-role", role);
      if (!(await shown("seat-source")).includes(source)) await choose(page, "seat-source", new RegExp(source));
      await page.getByTestId("seat-person").click();
      const listbox = page.getByRole("listbox");
      await listbox.waitFor();
      await listbox.locator('li[role="option"]:not([aria-disabled="true"])').first().click();
      await listbox.waitFor({ state: "detached" });
      const form = page.getByTestId("nomination-form");
      if (production) {
        if (!(await textOf(form.getByLabel("产生方式"))).includes(production)) {
          await form.getByLabel("产生方式").click();
          await page.getByRole("option", { name: production }).click();
        }
      } else {
        // A nominated seat records the party congress that chose it.
        if ((await page.getByTestId("seat-congress-date").inputValue()) === "") {
          await page.getByTestId("seat-congress-date").fill("2026-03-15");
        }
        if ((await page.getByTestId("seat-congress-reference").inputValue()) === "") {
          await page.getByTestId("seat-congress-reference").fill("党员代表大会决议〔2026〕5号");
        }
      }
      await page.getByTestId("attest-all").check();
      if ((await page.getByTestId("attested-by").inputValue()) === "") {
        await page.getByTestId("attested-by").fill("街道党工委组织委员");
      }
      const before = await page.getByTestId("seat").count();
      await page.getByTestId("nominate").click();
      await poll(() => page.getByTestId("seat").count()).toBe(before + 1);
    };

    // Each role is offered only the sources the mechanism assigns it, and only party members (the test's probes).
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
    // The probes changed the form: a clerk starts from a fresh page.
    await openPage(page, showUrl(server.origin, "Committee", globalId("Committee", s.newCommitteeId)));
    await page.getByTestId("nomination-form").waitFor();

    await counted(async () => {
      await nominate("书记", s.directOrg.name);
      await nominate("专职副书记", s.communityOrgName, "当然进入");
      await nominate("兼职副书记", s.dualOrg.name);
    });
    // A second secretary would break the structure: the form says so and will not send it.
    await choose(page, "seat-role", "书记");
    await choose(page, "seat-source", new RegExp(s.dualOrg.name));
    await poll(() => textOf(page.getByTestId("nomination-violation"))).toContain("书记只能设1名");
    expect(await page.getByTestId("nominate").isDisabled()).toBe(true);
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
    expect(seats.find((x) => x.role === "DEPUTY_FULL_TIME")).toMatchObject({ production: "EX_OFFICIO" });
    const part = seats.find((x) => x.role === "DEPUTY_PART_TIME");
    expect(part).toMatchObject({ production: "NOMINATED", congressReference: "党员代表大会决议〔2026〕5号" });
    const attestations = await server.db.prisma.seatAttestation.findMany({
      where: { seatId: { in: seats.map((x) => x.id) } },
    });
    expect(attestations).toHaveLength(9);
    expect(attestations.every((a) => a.attestedBy === "街道党工委组织委员")).toBe(true);
  });

  it("the street submits it; the submitter may not approve it (separation of duties)", async () => {
    const { page } = browser;
    await counted(async () => {
      // Submitting can be withdrawn: it runs on the click.
      await page.getByTestId("action-SUBMITTED").click();
      await committeeStatus(page, "SUBMITTED");
    });
    const row = await server.db.prisma.committee.findUniqueOrThrow({ where: { id: s.newCommitteeId } });
    expect(row).toMatchObject({ status: "SUBMITTED", submittedBy: "demo-2" });
    // The submitter's approve button is disabled with the reason; the API refuses it too.
    const refused = page
      .getByTestId("workflow-Committee")
      .getByTestId("refused-action")
      .filter({ has: page.getByTestId("action-APPROVED") });
    await refused.waitFor();
    expect(await refused.getAttribute("data-reason")).toContain("职责分离");
    expect(await page.getByTestId("workflow-Committee").getByTestId("action-APPROVED").isDisabled()).toBe(true);
    await page.getByTestId("action-WITHDRAWN").waitFor();
    await screenshot(page, "a-separation-of-duties");
    const street = await server.db.prisma.community.findUniqueOrThrow({ where: { id: s.communityIds[0] as string } });
    const submitter = await tokenFor([{ role: "STREET_ADMIN", streetId: street.streetId }], "demo-2");
    const answer = await server.graphql(
      submitter,
      `mutation($input: CommitteeTransitionInput!) { approveCommittee(input: $input) {
        __typename ... on DomainError { code messageZh } } }`,
      { input: { id: globalId("Committee", s.newCommitteeId), version: row.version } },
    );
    expect(answer.approveCommittee).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });
    expect(answer.approveCommittee.messageZh).toContain("职责分离");
  });

  it("a second clerk of the street approves it from the inbox", async () => {
    const { page } = browser;
    await signOut(page, server.origin);
    await counted(async () => {
      await signInAs(page, server.origin, "STREET_ADMIN", 1);
      await navigate(page, `${server.origin}/admin/#/inbox`);
      const row = page.getByTestId("inbox-committees").getByTestId("inbox-row").filter({ hasText: NAME });
      await row.waitFor();
      await row.getByTestId("action-APPROVED").click();
      await confirmDialog(page);
      await row.waitFor({ state: "detached" });
    });
    await expect
      .poll(
        async () => (await server.db.prisma.committee.findUniqueOrThrow({ where: { id: s.newCommitteeId } })).status,
      )
      .toBe("APPROVED");
    // The nominations are approved by the same clerk (they did not make them); not part of setting up.
    const seats = page.getByTestId("inbox-seats").getByTestId("inbox-row");
    for (const person of await server.db.prisma.seat.findMany({
      where: { committeeId: s.newCommitteeId },
      include: { person: true },
    })) {
      const seatRow = seats.filter({ hasText: person.person.name }).first();
      await seatRow.waitFor();
      await seatRow.getByTestId("action-APPROVED").click();
      await confirmDialog(page);
    }
    await expect
      .poll(() => server.db.prisma.seat.count({ where: { committeeId: s.newCommitteeId, status: "APPROVED" } }))
      .toBe(3);
  });

  it("the district files it from its inbox, with its approved seats in the same step", async () => {
    const { page } = browser;
    await signOut(page, server.origin);
    await counted(() => signInAs(page, server.origin, "DISTRICT_ADMIN"));
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

    await counted(async () => {
      await navigate(page, `${server.origin}/admin/#/inbox`);
      const row = page.getByTestId("inbox-committees").getByTestId("inbox-row").filter({ hasText: NAME });
      await row.waitFor();
      // The district files; it does not approve.
      expect(await row.getByTestId("action-APPROVED").count()).toBe(0);
      await row.getByTestId("action-FILED").click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      // 备案号 has its format hint; filing the approved seats too is offered, and chosen by default.
      expect(await textOf(dialog)).toContain("〔年份〕");
      expect(await dialog.getByTestId("file-seats").isChecked()).toBe(true);
      await dialog.getByTestId("workflow-filingNumber").fill(FILING);
      await uncounted(() => screenshot(page, "a-file-with-seats"));
      await dialog.getByTestId("workflow-confirm").click();
      await dialog.waitFor({ state: "detached" });
      await row.waitFor({ state: "detached" });
    });
    const seats = await server.db.prisma.seat.findMany({ where: { committeeId: s.newCommitteeId } });
    expect(seats.map((x) => x.status)).toEqual(["FILED", "FILED", "FILED"]);

    await openPage(page, showUrl(server.origin, "Committee", globalId("Committee", s.newCommitteeId)));
    await committeeStatus(page, "FILED");
    await page.getByText(FILING).first().waitFor();
    // The history speaks Chinese (issue 21, finding 1): the action's name, field and enum labels, the
    // date in Beijing time, the actor's display name and role; no code names, no ISO dates, no ids.
    const filed = page.getByTestId("history-entry").filter({ hasText: "状态：已审批 → 已备案" }).first();
    await filed.waitFor();
    const filedText = await textOf(filed);
    expect(filedText).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} · 区委组织部/);
    const history = await textOf(page.getByTestId("record-history"));
    for (const code of ["fileCommittee", "approveCommittee", "FILED", "status:", "T00:00", "demo-"]) {
      expect(history).not.toContain(code);
    }
    await screenshot(page, "a-joint-filed");
  });

  it("after filing, the seat board is quiet: no nomination form, no 可以报审, 任期届满 in a menu with a confirmation", async () => {
    const { page } = browser;
    await signOut(page, server.origin);
    await signInAs(page, server.origin, "STREET_ADMIN");
    await openPage(page, showUrl(server.origin, "Committee", globalId("Committee", s.newCommitteeId)));
    await committeeStatus(page, "FILED");
    const board = page.getByTestId("seat-board");
    await board.getByTestId("seat").first().waitFor();
    expect(await page.getByTestId("nomination-form").count()).toBe(0);
    expect(await textOf(board)).not.toContain("可以报审");
    // No button per seat: ending a term is in each seat's menu, and asks first.
    expect(await board.locator('button[data-testid="action-ENDED"]').count()).toBe(0);
    await board.getByTestId("more-actions").first().click();
    await page.getByRole("menuitem", { name: "任期届满" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await textOf(dialog)).toContain("确定要执行“任期届满”吗？");
    await screenshot(page, "a-seat-end-confirm");
    await dialog.getByRole("button", { name: "取消" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await server.db.prisma.seat.count({ where: { committeeId: s.newCommitteeId, status: "FILED" } })).toBe(3);
    await screenshot(page, "a-filed-seat-board");
  });

  it("took at most 40 clicks and field entries to set the committee up (dissolving excluded)", () => {
    console.log(
      `joint committee set-up: ${tally.clicks} clicks + ${tally.entries} field entries = ${total()}\n${tally.log.join("\n")}`,
    );
    expect(total()).toBeGreaterThan(0);
    expect(total()).toBeLessThanOrEqual(40);
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
    // Two clerks: one submitted, another approved.
    const byAction = await p.auditEvent.findMany({
      where: {
        entityType: "Committee",
        entityId: s.newCommitteeId,
        action: { in: ["submitCommittee", "approveCommittee"] },
      },
      select: { action: true, actorId: true },
    });
    const actorOf = (action: string) => byAction.find((e) => e.action === action)?.actorId;
    expect(actorOf("submitCommittee")).toBe("demo-2");
    expect(actorOf("approveCommittee")).toBe("demo-7");
  });
});
