/**
 * Packages import each other by package name (`@gongjian/domain/…`, `@gongjian/api/…`,
 * `@gongjian/db/…`), never by a relative path into another package's folder: a relative import that
 * leaves its package fails here. The packages: api (its src/), api/domain (the pure rules shared by
 * the API, the console and the seed), prisma, admin, tests. The repository root's configuration
 * (`codegen.ts`, which the codegen test runs) is not a package and may be imported by path.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../support/paths.js";

const root = repositoryRoot;
const packages = ["api/domain", "api", "prisma", "admin", "tests"].map((p) => path.join(root, p));
const scanned = ["api/src", "api/domain/src", "prisma/src", "admin/src", "admin/codegen", "tests"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "generated" || name === "dist" || name === "artifacts") return [];
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx|mts)$/.test(name) ? [full] : [];
  });
}

/** The innermost package folder holding `file` (api/domain before api). */
const packageOf = (file: string) => packages.find((p) => file === p || file.startsWith(`${p}${path.sep}`));

describe("package boundaries", () => {
  it("no relative import leaves its package", () => {
    const crossings: string[] = [];
    for (const dir of scanned) {
      for (const file of files(path.join(root, dir))) {
        const source = readFileSync(file, "utf8");
        for (const match of source.matchAll(
          // import/export statements at the start of a line (not code generators' strings), and import().
          /^(?:import|export)[^;]*?from\s+["'](\.{1,2}\/[^"']+)["']|\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/gm,
        )) {
          const specifier = match[1] ?? match[2];
          if (!specifier) continue;
          const target = path.resolve(path.dirname(file), specifier);
          const rootConfig = path.dirname(target) === root;
          if (!rootConfig && packageOf(target) !== packageOf(file)) {
            crossings.push(`${path.relative(root, file)} → ${specifier}`);
          }
        }
      }
    }
    expect(crossings).toEqual([]);
  });
});
