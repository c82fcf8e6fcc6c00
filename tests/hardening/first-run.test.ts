/**
 * Starting the API as a new user or an administrator would (the real `api/src/main.ts` in a child
 * process): an embedded data folder whose parents do not exist yet, the embedded demo's own random
 * secret (kept in its data folder, used by `pnpm run token`), and the starts that must be refused
 * because no private token key is configured.
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, finish, runScript as run, startApi as start, stopApi } from "../support/api-process.js";

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "gj-first-run-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function post(url: string, query: string, token?: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

describe("the embedded demo on a fresh machine", () => {
  it("creates a PGLITE_DIR whose parents do not exist, keeps its own secret there, and `pnpm run token` signs with it", async () => {
    const dataDir = path.join(scratch, "not", "there", "yet", "pglite");
    const env = cleanEnv({ PGLITE_DIR: dataDir, PORT: "0" });
    const first = await start(env);
    try {
      const health = await post(first.url, "{ health { ok database } }");
      expect(health.body).toEqual({ data: { health: { ok: true, database: "embedded" } } });
      // The secret was generated into the data folder, readable by its owner only.
      const secretFile = await stat(path.join(dataDir, "gongjian-jwt-secret"));
      expect(secretFile.mode & 0o777).toBe(0o600);
      // The token tool, with the same PGLITE_DIR and no JWT_SECRET, signs a token this server accepts.
      const [admin] = (await post(first.url, "{ demoPersonas { role token } }")).body.data.demoPersonas;
      expect(admin.role).toBe("DISTRICT_ADMIN");
      const viewer = await post(first.url, "{ viewer { grants { districtId } } }", admin.token);
      const districtId = viewer.body.data.viewer.grants[0].districtId;
      const minted = await finish(run("api/src/tools/token.ts", ["--role", "ANALYST", "--district", districtId], env));
      expect(minted.code, minted.stderr).toBe(0);
      const token = minted.stdout.trim();
      const asAnalyst = await post(first.url, "{ units { totalCount } }", token);
      expect(asAnalyst.body.errors).toBeUndefined();
      expect(asAnalyst.body.data.units.totalCount).toBeGreaterThan(0);
      // After a restart the same secret is read back: the token still works.
      await stopApi(first);
      const second = await start(env);
      try {
        const again = await post(second.url, "{ units { totalCount } }", token);
        expect(again.body.data?.units.totalCount).toBe(asAnalyst.body.data.units.totalCount);
      } finally {
        await stopApi(second);
      }
    } finally {
      if (first.child.exitCode === null) await stopApi(first);
    }
  }, 240_000); // two starts of the embedded demo (migrations and seeding on PGlite) and a token tool run
});

describe("starts refused without a private token key", () => {
  const refusals: [string, Record<string, string>, RegExp][] = [
    [
      "with DATABASE_URL",
      { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/never_opened" },
      /使用 PostgreSQL（DATABASE_URL）时须设置 JWT_SECRET.*or JWKS_URL with DATABASE_URL/,
    ],
    [
      "listening on every interface",
      { HOST: "0.0.0.0", PGLITE_DIR: "memory" },
      /监听非本机地址（HOST=0.0.0.0）时须设置 JWT_SECRET.*when listening on 0.0.0.0 \(not loopback\)/,
    ],
    [
      "in production",
      { NODE_ENV: "production", PGLITE_DIR: "memory" },
      /生产模式（NODE_ENV=production）须设置 JWT_SECRET.*in production \(NODE_ENV=production\)/,
    ],
  ];
  for (const [label, extra, expected] of refusals) {
    it(`refuses ${label}, with one bilingual line saying what to set`, async () => {
      const { code, stdout, stderr } = await finish(run("api/src/main.ts", [], cleanEnv({ ...extra, PORT: "0" })));
      expect(code).toBe(2);
      expect(stdout).not.toMatch(/Gongjian API on/);
      const lines = stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(expected);
      expect(lines[0]).toMatch(/^无法启动：.* \/ Cannot start: set JWT_SECRET \(at least 32 characters/);
    });
  }

  it("refuses a JWT_SECRET shorter than 32 characters", async () => {
    const { code, stderr } = await finish(
      run("api/src/main.ts", [], cleanEnv({ JWT_SECRET: "too-short", PGLITE_DIR: "memory", PORT: "0" })),
    );
    expect(code).toBe(2);
    expect(stderr.trim()).toBe("JWT_SECRET 太短：至少32个字符 / JWT_SECRET is too short: at least 32 characters");
  });
});
