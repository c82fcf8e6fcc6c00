/**
 * Issue 21, finding 6 (honest partial views): a UNIT_LIAISON's dashboard shows the committees' true seat
 * structure verdicts (the API computes them on all active seats, naming nobody), says "您无权查看职务详情" and
 * "您无权查看经费收入" where its rules never let it read seats or income, and shows "—" (not its own
 * organisation's 1, not ¥0.00) for the counts it cannot make in full. Cross-checked against the API as the
 * liaison and as the street admin. Screenshot: tests/artifacts/f6-liaison-dashboard.png.
 */
import { describe, expect, it } from "vitest";
import { E2E_TIMEOUT, poll, screenshot, signInAs, textOf, tokenFor, useConsole } from "../support/browser.js";

const ctx = useConsole("f6");

const verdicts = `{ seatStructureCompliance { committee { id name } compliant violations { messageZh } seats secretaries } }`;
const coverage = `{ coverage { committee { id } communityCount organizationCount memberCount seatedMemberCount } }`;

describe("UNIT_LIAISON's dashboard (partial views)", { timeout: E2E_TIMEOUT }, () => {
  it("shows the true verdicts, says what it may not see, and never a partial zero", async () => {
    const { server, browser } = ctx;
    const { page } = browser;
    const p = server.db.prisma;
    // The demo's liaison persona: the unit of the first dual-managed organisation with an external superior.
    const dual = await p.partyOrganization.findFirstOrThrow({
      where: {
        managementMode: "DUAL",
        superiorExternalCode: { not: null },
        unitId: { not: null },
        memberships: { some: {} },
      },
      orderBy: { code: "asc" },
    });
    const liaison = await tokenFor([{ role: "UNIT_LIAISON", unitId: dual.unitId as string }]);
    // The street admins of every street (the liaison's committees may be in more than one).
    const streets = await p.street.findMany({ select: { id: true } });
    const admin = await tokenFor(streets.map((s) => ({ role: "STREET_ADMIN", streetId: s.id })));

    // The API: the liaison's verdicts are the street admin's, without counts.
    const mine = (await server.graphql(liaison, verdicts)).seatStructureCompliance;
    const theirs = (await server.graphql(admin, verdicts)).seatStructureCompliance;
    expect(mine.length).toBeGreaterThan(0);
    const compliantOnes = mine.filter((r: any) => r.compliant);
    expect(compliantOnes.length).toBeGreaterThan(0); // a filed demo committee it is a member of
    for (const row of mine) {
      const same = theirs.find((r: any) => r.committee.id === row.committee.id);
      expect(same).toBeDefined();
      expect([row.compliant, row.violations]).toEqual([same.compliant, same.violations]);
      expect([row.seats, row.secretaries]).toEqual([null, null]);
      expect(same.seats).toBeGreaterThan(0);
    }
    const cov = (await server.graphql(liaison, coverage)).coverage;
    expect(cov.length).toBeGreaterThan(0);
    expect(cov.every((r: any) => r.organizationCount === null && r.seatedMemberCount === null)).toBe(true);
    expect(cov.every((r: any) => typeof r.communityCount === "number" && r.communityCount > 0)).toBe(true);

    // The console.
    await signInAs(page, server.origin, "UNIT_LIAISON");
    await page.getByTestId("dashboard").waitFor();
    const seats = page.getByTestId("chart-seats");
    await seats.getByTestId("seats-no-access").waitFor();
    expect(await textOf(seats.getByTestId("seats-no-access"))).toContain("您无权查看职务详情");
    // Each committee's verdict as the API gives it: the compliant ones say so (not "须设书记1名").
    const seatsText = await textOf(seats);
    for (const row of compliantOnes) expect(seatsText).toContain(row.committee.name);
    expect(seatsText).not.toContain("须设书记1名");
    expect(seatsText).toContain(`${mine.length} 个大党委中 ${compliantOnes.length} 个符合职数要求`);

    const funding = page.getByTestId("chart-funding");
    expect(await textOf(funding.getByTestId("funding-no-access"))).toContain("您无权查看经费收入");
    expect(await textOf(page.getByTestId("kpi-funding"))).toBe("您无权查看经费收入");
    expect(await textOf(page.getByTestId("kpi-organizations"))).toBe("党组织 — 个");
    expect(await textOf(page.getByTestId("kpi-members"))).toBe("成员单位 — 个");
    const communities = cov.reduce((a: number, r: any) => a + r.communityCount, 0);
    expect(await textOf(page.getByTestId("kpi-communities"))).toBe(`覆盖社区 ${communities} 个`);
    expect(await textOf(page.getByTestId("coverage-no-seats"))).toContain("您无权查看职务详情");
    const body = await textOf(page.getByTestId("dashboard"));
    expect(body).not.toContain("¥0.00");
    await poll(() => seats.locator("svg.recharts-surface").count()).toBeGreaterThan(0);
    await screenshot(page, "f6-liaison-dashboard");
  });

  it("an analyst, who reads seats and income, sees the figures and none of the notices", async () => {
    const { server, browser } = ctx;
    const { page } = browser;
    await page.evaluate(() => localStorage.clear());
    await signInAs(page, server.origin, "ANALYST");
    await page.getByTestId("dashboard").waitFor();
    await poll(() => textOf(page.getByTestId("kpi-funding"))).toMatch(/^经费收入 ¥[\d,]+\.\d\d$/);
    expect(await textOf(page.getByTestId("kpi-organizations"))).toMatch(/^党组织 \d+ 个$/);
    for (const id of ["seats-no-access", "funding-no-access", "coverage-no-seats"]) {
      expect(await page.getByTestId(id).count()).toBe(0);
    }
  });
});
