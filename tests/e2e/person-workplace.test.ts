/**
 * Issue 14 items 5 and 7 in the console: the person form offers the workplace kinds with the inputs of the
 * chosen kind only, and saves a change of kind; a residents' committee's organisation shows that it is
 * managed directly.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  E2E_TIMEOUT,
  globalId,
  openPage,
  screenshot,
  showUrl,
  signInAs,
  textOf,
  useConsole,
} from "../support/browser.js";

const e2e = useConsole("workplace");

/** The workplace kind select (labelled 工作单位类型). */
const kindSelect = (page: Page) => page.getByRole("combobox", { name: /^工作单位类型/ });

/** Picks `option` in the workplace kind select. */
async function chooseKind(page: Page, option: string | RegExp) {
  await kindSelect(page).click();
  const listbox = page.getByRole("listbox");
  await listbox.waitFor();
  await listbox.getByRole("option", { name: option }).first().click();
  await listbox.waitFor({ state: "detached" });
}

/** Which workplace inputs the form shows. */
async function shownWorkplaceInputs(page: Page): Promise<string[]> {
  const names = [
    "workplaceOrganizationId",
    "workplaceExternalCode",
    "workplaceDistrictCode",
    "workplaceEmployerName",
    "workplaceCreditCode",
  ];
  const shown: string[] = [];
  for (const name of names) if ((await page.locator(`input[name="${name}"], #${name}`).count()) > 0) shown.push(name);
  return shown;
}

describe("workplace kinds in the console", { timeout: E2E_TIMEOUT }, () => {
  it("the street admin sees the inputs of the chosen kind and changes a member's workplace to an unregistered employer", async () => {
    const p = e2e.server.db.prisma;
    const street = await p.street.findFirstOrThrow({ orderBy: { code: "asc" } });
    const person = await p.person.findFirstOrThrow({
      where: { streetId: street.id, workplaceKind: "ORGANIZATION", endedAt: null },
      orderBy: { name: "asc" },
    });
    const { creditCode } = await p.unit.findFirstOrThrow({ orderBy: { creditCode: "desc" } });
    const { page } = e2e.browser;
    await signInAs(page, e2e.server.origin, "STREET_ADMIN");

    // Create: nothing of a workplace until a kind is chosen, then that kind's inputs only.
    await openPage(page, `${e2e.server.origin}/admin/#/Person/create`);
    await kindSelect(page).waitFor();
    expect(await shownWorkplaceInputs(page)).toEqual([]);
    await chooseKind(page, /外区党组织/);
    expect(await shownWorkplaceInputs(page)).toEqual(["workplaceExternalCode", "workplaceDistrictCode"]);
    await chooseKind(page, /未登记单位/);
    expect(await shownWorkplaceInputs(page)).toEqual(["workplaceEmployerName", "workplaceCreditCode"]);
    await chooseKind(page, /本区党组织/);
    expect(await shownWorkplaceInputs(page)).toEqual(["workplaceOrganizationId"]);

    // Edit: from an organisation to an unregistered employer, saved as one shape.
    await openPage(page, `${e2e.server.origin}/admin/#/Person/${encodeURIComponent(globalId("Person", person.id))}`);
    await kindSelect(page).waitFor();
    expect(await shownWorkplaceInputs(page)).toEqual(["workplaceOrganizationId"]);
    await chooseKind(page, /未登记单位/);
    await page.locator('input[name="workplaceEmployerName"]').fill("控制台测试科技有限公司");
    await page.locator('input[name="workplaceCreditCode"]').fill(creditCode);
    await screenshot(page, "workplace-edit");
    await page.getByRole("button", { name: /保存/ }).click();
    await expect
      .poll(async () => (await p.person.findUniqueOrThrow({ where: { id: person.id } })).workplaceKind)
      .toBe("UNREGISTERED_EMPLOYER");
    expect(await p.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      workplaceOrganizationId: null,
      workplaceEmployerName: "控制台测试科技有限公司",
      workplaceCreditCode: creditCode,
      version: person.version + 1,
    });
  });

  it("a residents' committee's organisation shows that it is managed directly", async () => {
    const org = await e2e.server.db.prisma.partyOrganization.findFirstOrThrow({
      where: { unit: { kind: "RESIDENTS_COMMITTEE" } },
      orderBy: { code: "asc" },
    });
    const { page } = e2e.browser;
    await openPage(page, showUrl(e2e.server.origin, "PartyOrganization", globalId("PartyOrganization", org.id)));
    await page.getByText(org.name).first().waitFor();
    const text = await textOf(page.locator("main"));
    expect(text).toContain("直接管理");
    expect(text).not.toContain("双重管理");
    // The other mode reads as such on a dual-managed organisation's page.
    const dual = await e2e.server.db.prisma.partyOrganization.findFirstOrThrow({
      where: { managementMode: "DUAL" },
      orderBy: { code: "asc" },
    });
    await openPage(page, showUrl(e2e.server.origin, "PartyOrganization", globalId("PartyOrganization", dual.id)));
    await page.getByText(dual.name).first().waitFor();
    expect(await textOf(page.locator("main"))).toContain("双重管理");
  });
});
