/**
 * Issue 21, finding 4: the console's menu is grouped by task (日常工作, 组织, 经费, 考核, 统计, 设置), not a list of
 * English type names; a resource the table does not place yet still appears (under 其他).
 */

import { resourceIndex } from "@gongjian/admin/src/generated/resource-index";
import { menuSections } from "@gongjian/admin/src/layout/menu";
import { describe, expect, it } from "vitest";

const names = (entries: ReturnType<typeof menuSections>[number]["entries"]) =>
  entries.map((e) => (e.kind === "resource" ? e.name : e.kind === "route" ? e.path : "dashboard"));

describe("menu by task", () => {
  const routes = ["/inbox", "/notified-results", "/joint-committee/new"];
  const sections = menuSections(
    resourceIndex.map((r) => r.name),
    routes,
  );
  const byKey = Object.fromEntries(sections.map((s) => [s.key, names(s.entries)]));

  it("puts the daily work first, then the organisation, funding, assessment, statistics and settings", () => {
    expect(sections.map((s) => s.key).slice(0, 6)).toEqual([
      "daily",
      "organisation",
      "funding",
      "assessment",
      "statistics",
      "settings",
    ]);
    expect(byKey.daily?.slice(0, 3)).toEqual(["/inbox", "/joint-committee/new", "Meeting"]);
    expect(byKey.organisation?.slice(0, 4)).toEqual(["Committee", "Membership", "PartyOrganization", "Person"]);
    expect(byKey.funding).toEqual(["FundingPlan", "Contribution", "Expense"]);
    expect(byKey.statistics).toEqual(["dashboard"]);
  });

  it("places every resource and page of today's console exactly once, none under 其他", () => {
    const all = sections.flatMap((s) => names(s.entries));
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(["dashboard", ...routes, ...resourceIndex.map((r) => r.name)].sort());
    expect(byKey.other).toBeUndefined();
  });

  it("shows a resource the table does not know under 其他, and leaves out entries that do not exist", () => {
    const s = menuSections(["Committee", "BrandNewThing"], []);
    expect(s.map((x) => [x.key, names(x.entries)])).toEqual([
      ["organisation", ["Committee"]],
      ["statistics", ["dashboard"]],
      ["other", ["BrandNewThing"]],
    ]);
  });
});
