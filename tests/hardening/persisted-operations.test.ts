/**
 * Persisted operations (issue 8): with PERSISTED_OPERATIONS=only the API runs nothing but the operations
 * codegen generated for the console (admin/src/generated/persisted-operations.json, sha256 → text).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createApp } from "@gongjian/api";
import { serverOptionsFromEnv } from "@gongjian/api/server/options";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp, testAuth } from "../support/app.js";
import { repositoryRoot as root } from "../support/paths.js";

const manifest = JSON.parse(
  readFileSync(path.join(root, "admin/src/generated/persisted-operations.json"), "utf8"),
) as Record<string, string>;
const ids = Object.fromEntries(
  [
    ...readFileSync(path.join(root, "admin/src/generated/persisted-ids.ts"), "utf8").matchAll(
      /"(\w+)": "([0-9a-f]{64})"/g,
    ),
  ].map((m) => [m[1], m[2]]),
) as Record<string, string>;

const limitCodes = ["QUERY_TOO_DEEP", "QUERY_TOO_LARGE", "TOO_MANY_ALIASES", "TOO_MANY_DIRECTIVES", "QUERY_TOO_COSTLY"];

let t: TestApp;
let only: ReturnType<typeof createApp>;
let token: string;

async function post(app: ReturnType<typeof createApp>, body: unknown, auth = token) {
  const response = await app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${auth}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

const byHash = (name: string, variables: Record<string, unknown> = {}) => ({
  operationName: name,
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: ids[name] } },
});

beforeAll(async () => {
  t = await setupApp({ demo: true });
  only = createApp({ db: t.db, auth: { ...testAuth, jwks: undefined }, persistedOperations: "only" });
  const scope = await demoScope(t.db);
  token = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }]);
});
afterAll(() => t?.close());

describe("persisted operations only (PERSISTED_OPERATIONS=only)", () => {
  it("is what the environment variable selects", () => {
    expect(serverOptionsFromEnv({ PERSISTED_OPERATIONS: "only" }).persistedOperations).toBe("only");
    expect(serverOptionsFromEnv({}).persistedOperations).toBe("accept");
    expect(() => serverOptionsFromEnv({ PERSISTED_OPERATIONS: "sometimes" })).toThrow(/PERSISTED_OPERATIONS/);
  });

  it("runs a known hash: the console's list of units", async () => {
    const { status, body } = await post(
      only,
      byHash("UnitList", { first: 5, offset: 0, filter: {}, orderBy: [{ field: "NAME", direction: "ASC" }] }),
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.units.totalCount).toBeGreaterThan(5);
    expect(body.data.units.edges).toHaveLength(5);
  });

  it("refuses arbitrary query text with a clear error, and an unknown hash", async () => {
    const text = await post(only, { query: "{ units(first: 1) { totalCount } }" });
    expect(text.status).toBe(400);
    expect(text.body.data).toBeUndefined();
    expect(text.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/只执行已登记的操作.*persisted operations only/),
      extensions: { code: "PERSISTED_QUERY_ONLY" },
    });
    // The very text of a persisted operation is refused too: only the hash is accepted.
    const sameText = await post(only, { query: manifest[ids.UnitList ?? ""], variables: { first: 1 } });
    expect(sameText.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_ONLY");
    const unknown = await post(only, {
      variables: {},
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("keeps its permissions: a mutation by hash is checked like any other", async () => {
    const liaison = await t.token([{ role: "UNIT_LIAISON", unitId: "00000000-0000-0000-0000-000000000000" }]);
    const { body } = await post(only, byHash("UnitList", { first: 5 }), liaison);
    expect(body.data.units.totalCount).toBe(0);
  });

  it("every manifest operation passes the production limits (depth, tokens, aliases, cost)", async () => {
    expect(Object.keys(manifest).length).toBe(Object.keys(ids).length);
    for (const [name, hash] of Object.entries(ids)) {
      expect(manifest[hash], name).toBeDefined();
      const { body } = await post(only, byHash(name));
      const codes = (body.errors ?? []).map((e: any) => e.extensions?.code);
      expect(
        codes.filter((c: string) => limitCodes.includes(c)),
        name,
      ).toEqual([]);
      expect(codes, name).not.toContain("PERSISTED_QUERY_NOT_FOUND");
    }
  });

  it("covers every operation the console's code names (generated and hand-made screens)", () => {
    const names = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const file = path.join(dir, entry);
        if (entry === "generated" || entry === "node_modules") continue;
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.(ts|tsx|graphql)$/.test(entry)) {
          for (const m of readFileSync(file, "utf8").matchAll(/\b(?:query|mutation)\s+([A-Z]\w*)\s*[({]/g))
            names.add(m[1] ?? "");
        }
      }
    };
    walk(path.join(root, "admin/src"));
    expect(names.size).toBeGreaterThan(0);
    expect([...names].filter((n) => !ids[n]).sort()).toEqual([]);
  });
});

describe("persisted operations accepted (default)", () => {
  it("runs a hash and still runs query text", async () => {
    const hashed = await post(t.app, byHash("CommitteeList", { first: 3 }));
    expect(hashed.body.errors).toBeUndefined();
    expect(hashed.body.data.committees.edges.length).toBeGreaterThan(0);
    const text = await t.gql("{ committees(first: 1) { totalCount } }", {}, token);
    expect(text.errors).toBeUndefined();
    expect(text.data.committees.totalCount).toBeGreaterThan(0);
  });
});
