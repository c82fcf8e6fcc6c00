/**
 * Issue 5, acceptance 1 (c): a funding plan whose ratios sum to 99.99 % cannot be saved, and the Chinese
 * message names the gap exactly as the API would ("合计 99.9900%，差 0.0100%"); corrected to 100 % it is
 * saved, and the shares the API computes (largest remainder, to the fen) are the ones the editor previewed.
 */
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
  startConsoleServer,
  textOf,
  tokenFor,
} from "../support/browser.js";

let server: ConsoleServer;
let browser: Browser;
let planId = "";
let planGid = "";
/** ¥10,000.01: an odd fen, so the largest remainder has something to decide. */
const BUDGET_FEN = 1_000_001n;

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  // The committee of the demo's COMMITTEE_STAFF persona drafts next year's plan (set-up through the API).
  const committee = await server.db.prisma.committee.findFirstOrThrow({
    where: { kind: "JOINT", status: "FILED" },
    orderBy: { code: "asc" },
  });
  const staff = await tokenFor([{ role: "COMMITTEE_STAFF", committeeId: committee.id }]);
  const year = 2027;
  const existing = await server.db.prisma.fundingPlan.findFirst({ where: { committeeId: committee.id, year } });
  expect(existing).toBeNull();
  const data = await server.graphql(
    staff,
    `mutation($input: DraftFundingPlanInput!) { draftFundingPlan(input: $input) {
      __typename ... on FundingPlan { id } ... on DomainError { code messageZh } } }`,
    { input: { committeeId: globalId("Committee", committee.id), year, budgetFen: BUDGET_FEN.toString() } },
  );
  expect(data.draftFundingPlan.__typename).toBe("FundingPlan");
  planGid = data.draftFundingPlan.id;
  planId = Buffer.from(planGid, "base64").toString("utf8").split(":")[1] as string;
});

captureFailures("c", () => browser);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("funding plan editor", { timeout: E2E_TIMEOUT }, () => {
  const before = { version: 0, audit: 0 };
  let apiMessage = "";

  it("refuses to save ratios totalling 99.99 % and names the gap in Chinese", async () => {
    const plan = await server.db.prisma.fundingPlan.findUniqueOrThrow({ where: { id: planId } });
    before.version = plan.version;
    before.audit = await server.db.prisma.auditEvent.count();

    const { page } = browser;
    await signInAs(page, server.origin, "COMMITTEE_STAFF");
    await openPage(page, showUrl(server.origin, "FundingPlan", planGid));
    const editor = page.getByTestId("ratio-editor");
    await editor.waitFor();
    expect(await page.getByTestId("ratio-row").count()).toBeGreaterThanOrEqual(3);
    await page.getByTestId("ratio-input-0").fill("33.33");
    await page.getByTestId("ratio-input-1").fill("33.33");
    await page.getByTestId("ratio-input-2").fill("33.33");

    const message = page.getByTestId("ratio-message");
    await poll(() => textOf(message)).toContain("合计 99.9900%，差 0.0100%");
    expect(await textOf(page.getByTestId("ratio-total"))).toContain("99.9900%");
    expect(await page.getByTestId("save-ratios").isDisabled()).toBe(true);
    await screenshot(page, "c-funding-99.99");

    // The API says the same (were the request sent anyway), word for word.
    const staff = await tokenFor([{ role: "COMMITTEE_STAFF", committeeId: plan.committeeId }]);
    const memberships = await server.db.prisma.membership.findMany({
      where: { committeeId: plan.committeeId, toDate: null },
      take: 3,
    });
    const refused = await server.graphql(
      staff,
      `mutation($input: SetContributionRatiosInput!) { setContributionRatios(input: $input) {
        __typename ... on DomainError { code messageZh } } }`,
      {
        input: {
          planId: planGid,
          version: plan.version,
          ratios: memberships.map((m) => ({ membershipId: globalId("Membership", m.id), percent: "33.33" })),
        },
      },
    );
    expect(refused.setContributionRatios).toMatchObject({ __typename: "DomainError", code: "INVARIANT" });
    apiMessage = refused.setContributionRatios.messageZh;
    expect(await textOf(message)).toBe(apiMessage);

    // Nothing was written.
    expect(await server.db.prisma.contributionRatio.count({ where: { planId } })).toBe(0);
    expect((await server.db.prisma.fundingPlan.findUniqueOrThrow({ where: { id: planId } })).version).toBe(
      before.version,
    );
    expect(await server.db.prisma.auditEvent.count()).toBe(before.audit);
  });

  it("saves ratios totalling exactly 100 % and shows the API's shares, equal to the preview", async () => {
    const { page } = browser;
    await page.getByTestId("ratio-input-2").fill("33.34");
    await poll(() => textOf(page.getByTestId("ratio-total"))).toContain("100.0000%");
    await page.getByTestId("ratio-message").waitFor({ state: "detached" });
    const preview = await Promise.all([0, 1, 2].map((i) => textOf(page.getByTestId(`ratio-preview-${i}`))));
    // 10,000.01 × 33.33 % = 3,333.0033…; × 33.34 % = 3,334.0033…: the one fen left goes to the largest remainder
    expect(preview).toEqual(["¥3,333.00", "¥3,333.00", "¥3,334.01"]);
    const save = page.getByTestId("save-ratios");
    expect(await save.isEnabled()).toBe(true);
    await save.click();

    const shares = page.getByTestId("share-row");
    await poll(() => shares.count()).toBe(3);
    await poll(() => textOf(page.getByTestId("shares-total"))).toBe("¥10,000.01");
    const shown = (await shares.allInnerTexts()).map((t) => t.split("\t").pop()?.trim()).sort();
    expect(shown).toEqual([...preview].sort());
    await screenshot(page, "c-funding-saved");

    // The database holds the three ratios, the plan's version moved on, and the change is audited.
    const ratios = await server.db.prisma.contributionRatio.findMany({
      where: { planId },
      orderBy: { membershipId: "asc" },
    });
    expect(ratios.map((r) => r.percent.toFixed(4)).sort()).toEqual(["33.3300", "33.3300", "33.3400"]);
    const plan = await server.db.prisma.fundingPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan.version).toBe(before.version + 1);
    expect(plan.status).toBe("DRAFT");
    expect(
      await server.db.prisma.auditEvent.count({ where: { action: "setContributionRatios", entityId: planId } }),
    ).toBeGreaterThan(0);
  });
});
