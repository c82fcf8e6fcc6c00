/** The API serves the built console at /admin (api/src/server/console.ts), here over a stand-in build. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { createApp } from "@gongjian/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testAuth } from "../support/app.js";
import { freshDatabase, type TestDatabase } from "../support/db.js";

const dist = mkdtempSync(path.join(tmpdir(), "gongjian-console-"));
mkdirSync(path.join(dist, "assets"));
writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>共建</title>");
writeFileSync(path.join(dist, "assets/index-abc123.js"), `console.log(${JSON.stringify("共建".repeat(500))});`);
writeFileSync(path.join(tmpdir(), "secret.txt"), "outside");

let db: TestDatabase;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  db = await freshDatabase();
  app = createApp({ db, auth: testAuth, console: { dir: dist } });
});
afterAll(() => db?.close());
const get = (url: string, headers: Record<string, string> = {}) => app.fetch(`http://test${url}`, { headers });

describe("the console at /admin", () => {
  it("redirects / to /admin/ and serves index.html uncached", async () => {
    const root = await get("/");
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/admin/");
    const index = await get("/admin/");
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(index.headers.get("cache-control")).toBe("no-cache");
    expect(await index.text()).toContain("共建");
  });

  it("serves hashed assets with their type, cached for a year, gzip when accepted", async () => {
    const plain = await get("/admin/assets/index-abc123.js");
    expect(plain.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(plain.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const text = await plain.text();
    const zipped = await get("/admin/assets/index-abc123.js", { "accept-encoding": "gzip, br" });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    const raw = Buffer.from(await zipped.arrayBuffer());
    // fetch may or may not decode; either way the content is the file
    const body = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString() : raw.toString();
    expect(body).toBe(text);
  });

  it("answers the console's routes with index.html, a missing asset with 404, and never leaves the folder", async () => {
    const route = await get("/admin/Unit/123/show");
    expect(route.status).toBe(200);
    expect(await route.text()).toContain("<title>");
    expect((await get("/admin/assets/gone-000.js")).status).toBe(404);
    for (const outside of ["/admin/../secret.txt", "/admin/..%2f..%2fsecret.txt", "/admin/%2e%2e/secret.txt"]) {
      const response = await get(outside);
      expect(await response.text()).not.toContain("outside");
    }
    expect((await get("/healthz")).status).toBe(200);
  });
});
