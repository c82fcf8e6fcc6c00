/**
 * The menu's sections by task (./menu-groups.json): which entries go under which heading. Pure, so the
 * console's unit tests check it. A resource or page that the table does not name lands in "other", so a
 * new resource is never missing from the menu, only waiting for its place in the table.
 */
import table from "./menu-groups.json" with { type: "json" };

export type MenuEntry = { kind: "dashboard" } | { kind: "route"; path: string } | { kind: "resource"; name: string };
export interface MenuSection {
  key: string;
  entries: MenuEntry[];
}

export const menuGroups: { key: string; entries: string[] }[] = table.groups;

const entryOf = (name: string): MenuEntry =>
  name === "dashboard"
    ? { kind: "dashboard" }
    : name.startsWith("/")
      ? { kind: "route", path: name }
      : { kind: "resource", name };

/**
 * The sections for the console's resources and menu pages, in the table's order; entries that do not
 * exist are left out, those the table does not name go to "other"; empty sections are dropped.
 */
export function menuSections(resources: readonly string[], routes: readonly string[]): MenuSection[] {
  const exists = new Set<string>(["dashboard", ...resources, ...routes]);
  const placed = new Set<string>();
  const sections: MenuSection[] = menuGroups.map((g) => ({
    key: g.key,
    entries: g.entries
      .filter((e) => exists.has(e))
      .map((e) => {
        placed.add(e);
        return entryOf(e);
      }),
  }));
  const other = [...routes, ...resources].filter((e) => !placed.has(e)).map(entryOf);
  sections.push({ key: "other", entries: other });
  return sections.filter((s) => s.entries.length > 0);
}
