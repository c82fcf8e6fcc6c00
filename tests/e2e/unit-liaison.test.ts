/**
 * Issue 5, acceptance 1 (b): a UNIT_LIAISON signs in and sees only their unit's data; the affiliation of
 * their organisation is read-only (with the API's reason); they may keep the unit's contact current, and
 * nothing else. Issue 14, item 4 (通报): the liaison's 通报结果 page shows the results notified to its
 * unit, remarks included, and none that are not yet notified.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Browser,
  type ConsoleServer,
  captureFailures,
  E2E_TIMEOUT,
  globalId,
  launchBrowser,
  openList,
  openPage,
  poll,
  screenshot,
  showUrl,
  signInAs,
  startConsoleServer,
  textOf,
} from "../support/browser.js";

let server: ConsoleServer;
let browser: Browser;
/** The demo's liaison persona: the unit of the first dual-managed organisation with an external superior. */
let unit: { id: string; name: string; contactName: string | null };
let organizations: { id: string; name: string; superiorExternalCode: string | null; version: number }[] = [];
let otherUnitNames: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  const p = server.db.prisma;
  const dual = await p.partyOrganization.findFirstOrThrow({
    where: {
      managementMode: "DUAL",
      superiorExternalCode: { not: null },
      unitId: { not: null },
      memberships: { some: {} },
    },
    orderBy: { code: "asc" },
  });
  unit = await p.unit.findUniqueOrThrow({ where: { id: dual.unitId as string } });
  organizations = await p.partyOrganization.findMany({ where: { unitId: unit.id }, orderBy: { code: "asc" } });
  otherUnitNames = (await p.unit.findMany({ where: { id: { not: unit.id } }, take: 20, orderBy: { name: "asc" } })).map(
    (u) => u.name,
  );
});

captureFailures("b", () => browser);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("UNIT_LIAISON in the console", { timeout: E2E_TIMEOUT }, () => {
  it("sees only their own unit", async () => {
    const { page } = browser;
    await signInAs(page, server.origin, "UNIT_LIAISON");
    const rows = await openList(page, server.origin, "Unit");
    await poll(() => rows.count()).toBe(1);
    expect(await textOf(rows.first())).toContain(unit.name);
    const text = await textOf(page.locator("body"));
    for (const other of otherUnitNames) {
      if (!unit.name.includes(other)) expect(text).not.toContain(other);
    }
    await screenshot(page, "b-liaison-units");
  });

  it("sees only their unit's organisations, memberships and committees", async () => {
    const { page } = browser;
    const p = server.db.prisma;
    const rows = await openList(page, server.origin, "PartyOrganization");
    await poll(() => rows.count()).toBe(organizations.length);
    const orgText = await textOf(page.locator("table tbody"));
    for (const o of organizations) expect(orgText).toContain(o.name);

    const memberships = await p.membership.findMany({
      where: { organizationId: { in: organizations.map((o) => o.id) } },
    });
    await openList(page, server.origin, "Membership");
    await poll(() => rows.count()).toBe(memberships.length);

    // Its committees, and those that notified it a result (通报: their public data names the result).
    const notifying = await p.assessment.findMany({
      where: { organizationId: { in: organizations.map((o) => o.id) }, notifiedAt: { not: null } },
    });
    const committeeIds = [...new Set([...memberships, ...notifying].map((m) => m.committeeId))];
    await openList(page, server.origin, "Committee");
    await poll(() => rows.count()).toBe(committeeIds.length);
  });

  it("finds the affiliation read-only, with the reason", async () => {
    const { page } = browser;
    const org = organizations.find((o) => o.superiorExternalCode) ?? organizations[0];
    if (!org) throw new Error("the liaison's unit has an organisation");
    await openPage(page, showUrl(server.origin, "PartyOrganization", globalId("PartyOrganization", org.id)));
    await page.getByText(org.name, { exact: true }).first().waitFor();
    const notes = page.getByTestId("access-notes");
    await notes.waitFor();
    await notes.getByTestId("readonly-affiliation").waitFor();
    const reason = await textOf(notes.getByTestId("readonly-record").getByTestId("access-reason"));
    expect(reason).toMatch(/^拒绝/);
    expect(reason).toContain("成员单位联络人");
    // No way to edit the organisation: no edit button on its page.
    expect(await page.getByRole("link", { name: /编辑/ }).count()).toBe(0);
    await screenshot(page, "b-liaison-organization");
  });

  it("sees the results notified to its unit (通报结果), with remarks, and none not yet notified", async () => {
    const { page } = browser;
    const p = server.db.prisma;
    const orgIds = organizations.map((o) => o.id);
    // A result of the unit's that the committee has not notified yet: the liaison must not see it.
    const pending = await p.assessment.findFirst({
      where: { organizationId: { in: orgIds }, notifiedAt: null },
      orderBy: { id: "asc" },
    });
    if (pending) await p.assessment.update({ where: { id: pending.id }, data: { remarks: "尚未通报的评语" } });
    const notified = await p.assessment.findMany({
      where: { organizationId: { in: orgIds }, notifiedAt: { not: null } },
      include: { person: true },
    });
    expect(notified.length).toBeGreaterThan(0);
    // One with a remark the page must show.
    const marked = notified[0] as (typeof notified)[number];
    await p.assessment.update({ where: { id: marked.id }, data: { remarks: "通报评语：积极参与共建" } });

    await openPage(page, `${server.origin}/admin/#/`);
    const menu = page.locator(".RaMenu-open, .RaMenu-closed").first();
    await menu.getByText("通报结果").click();
    await page.getByTestId("notified-results").waitFor();
    const rows = page.getByTestId("notified-row");
    await poll(() => rows.count()).toBe(notified.length);
    const table = await textOf(page.locator("table tbody"));
    expect(table).toContain("通报评语：积极参与共建");
    expect(table).not.toContain("尚未通报的评语");
    for (const a of notified) if (a.person) expect(table).toContain(a.person.name);
    await screenshot(page, "b-liaison-notified-results");

    // The annual appraisals of the unit's in-service members, when there are notified ones.
    const appraisals = notified.filter((a) => a.kind === "ANNUAL_APPRAISAL");
    await page.getByTestId("notified-kind-ANNUAL_APPRAISAL").click();
    if (appraisals.length > 0) await poll(() => rows.count()).toBe(appraisals.length);
    else await page.getByTestId("notified-empty").waitFor();
  });

  it("may change the unit's contact but not its identity", async () => {
    const { page } = browser;
    const before = await server.db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } });
    await openPage(page, `${server.origin}/admin/#/Unit/${encodeURIComponent(globalId("Unit", unit.id))}`);
    const name = page.locator('input[name="name"]');
    const contact = page.locator('input[name="contactName"]');
    await contact.waitFor();
    expect(await name.isEditable()).toBe(false);
    expect(await page.locator('input[name="employeeCount"]').isEditable()).toBe(false);
    expect(await contact.isEditable()).toBe(true);
    await contact.fill("王联络");
    await page.getByRole("button", { name: /保存/ }).click();
    await expect
      .poll(async () => (await server.db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } })).contactName)
      .toBe("王联络");
    // Back on the unit's page, with the new contact.
    await page.getByText("王联络").first().waitFor();
    await screenshot(page, "b-liaison-unit-saved");
    const after = await server.db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } });
    expect(after.name).toBe(before.name);
    expect(after.creditCode).toBe(before.creditCode);
    expect(after.version).toBe(before.version + 1);
    const event = await server.db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "Unit", entityId: unit.id },
      orderBy: { at: "desc" },
    });
    expect(event.changedFields).toEqual(["contactName"]);
    // The organisations' affiliation did not change.
    for (const o of organizations) {
      const now = await server.db.prisma.partyOrganization.findUniqueOrThrow({ where: { id: o.id } });
      expect(now.superiorExternalCode).toBe(o.superiorExternalCode);
      expect(now.version).toBe(o.version);
    }
  });
});
