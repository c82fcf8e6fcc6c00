/**
 * Layers of the API (api/docs/architecture.md): the plain API (app.ts, context.ts, builder.ts,
 * schema/, server/, the domain folders) imports nothing from federation/; the district server
 * (federation/server.ts) composes the plain app, not the reverse. Only the process entries, which
 * choose the mode, may import both.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../support/paths.js";

const root = repositoryRoot;
const src = path.join(root, "api/src");
const federation = path.join(src, "federation");
/** `pnpm start` (the API, or with GATEWAY_SECRET a district subgraph) and `pnpm gateway`. */
const entries = ["api/src/main.ts", "api/src/federation/gateway-main.ts"];

const relative = (file: string) => path.relative(root, file).split(path.sep).join("/");
const inFederation = (file: string) => file === federation || file.startsWith(federation + path.sep);

/** `from "x"` (imports and re-exports, over several lines too), `import "x"` and `import("x")`. */
const specifierPattern = /\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(specifierPattern)].map((match) => match[1] as string);
}

/** The file an import names, or null for a package other than the API itself. */
function resolved(from: string, specifier: string): string | null {
  if (specifier.startsWith(".")) return path.resolve(path.dirname(from), specifier);
  if (specifier === "@gongjian/api") return path.join(src, "index.ts");
  if (specifier.startsWith("@gongjian/api/")) return path.join(src, specifier.slice("@gongjian/api/".length));
  return null;
}

const sources = readdirSync(src, { recursive: true, encoding: "utf8" })
  .filter((name) => /\.tsx?$/.test(name))
  .map((name) => path.join(src, name));

describe("API layers", () => {
  it("reads the imports of api/src", () => {
    expect(sources.length).toBeGreaterThan(50);
    // Imports over several lines, side-effect imports and re-exports.
    expect(importsOf(path.join(src, "app.ts"))).toContain("./server/observability.js");
    expect(importsOf(path.join(src, "schema/index.ts"))).toContain("./entities.js");
    expect(importsOf(path.join(src, "index.ts"))).toContain("./app.js");
    // The district server composes the plain app; the API's entry chooses between them.
    expect(importsOf(path.join(federation, "server.ts"))).toContain("../app.js");
    expect(importsOf(path.join(src, "main.ts"))).toEqual(
      expect.arrayContaining(["./app.js", "./federation/server.js"]),
    );
  });

  it("imports federation/ only from federation/ and the process entries", () => {
    const offenders = sources
      .filter((file) => !inFederation(file) && !entries.includes(relative(file)))
      .flatMap((file) =>
        importsOf(file)
          .filter((specifier) => {
            const target = resolved(file, specifier);
            return target !== null && inFederation(target);
          })
          .map((specifier) => `${relative(file)} imports "${specifier}"`),
      );
    expect(offenders).toEqual([]);
  });
});
