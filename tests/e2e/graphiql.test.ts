/**
 * GraphiQL at /graphql works without internet (api/src/server/graphiql/): every script, style and worker
 * comes from this server (any other request is aborted and fails the test), the analyst signs in from the
 * bar above it (demo persona picker; a pasted token outside demo mode), and the default query answers with
 * data. Also the assets' headers, the analysts' guide, and no page when GraphiQL is off.
 */
import { mkdir } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createApp } from "@gongjian/api/app";
import { seed } from "@gongjian/db/seed";
import type { Request as PlaywrightRequest } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testAuth } from "../support/app.js";
import {
  type Browser,
  captureFailures,
  E2E_TIMEOUT,
  launchBrowser,
  openPage,
  poll,
  screenshot,
  textOf,
  tokenFor,
} from "../support/browser.js";
import { freshDatabase, type TestDatabase } from "../support/db.js";
import { artifactsDir } from "../support/paths.js";

const auth = { ...testAuth, jwks: undefined };
let db: TestDatabase;
let browser: Browser;
const servers: Server[] = [];
/** The API in embedded demo mode (demo personas on), and the same API without them. */
let demoOrigin = "";
let plainOrigin = "";
/** Requests the page tried to send anywhere but this machine (all aborted). */
const external: string[] = [];
/** Paths requested from the server by the page (to see that the workers came from it). */
const local: string[] = [];

async function listen(app: ReturnType<typeof createApp>): Promise<string> {
  const server = createServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const isLocal = (url: URL) => url.hostname === "127.0.0.1" || url.hostname === "localhost";

beforeAll(async () => {
  const start = async () => {
    db = await freshDatabase();
    await seed(db, { scale: "demo" });
    demoOrigin = await listen(createApp({ db, auth, demoPersonas: true, console: false }));
    plainOrigin = await listen(createApp({ db, auth, console: false }));
  };
  [, browser] = await Promise.all([start(), launchBrowser()]);
  const record = (request: PlaywrightRequest) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:" || url.protocol === "about:") return;
    if (isLocal(url)) local.push(url.pathname);
    else external.push(request.url());
  };
  browser.context.on("request", record);
  browser.context.on("serviceworker", (worker) => external.push(`service worker ${worker.url()}`));
  await browser.context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (isLocal(url) || url.protocol === "data:" || url.protocol === "blob:") await route.continue();
    else {
      external.push(route.request().url());
      await route.abort("internetdisconnected");
    }
  });
});

captureFailures("graphiql", () => browser);

afterAll(async () => {
  await browser?.close();
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  await db?.close();
});

/** Waits until GraphiQL has rendered: its editor and run button, and no loading text left. */
async function graphiqlReady(page: Browser["page"]) {
  await page.locator(".graphiql-query-editor .monaco-editor").first().waitFor();
  await page.locator(".graphiql-execute-button").waitFor();
  await poll(async () => (await textOf(page.locator("body"))).includes("Loading")).toBe(false);
}

describe("GraphiQL without internet", { timeout: E2E_TIMEOUT }, () => {
  it("renders from this server only, signs the analyst in and runs the default query", async () => {
    // The bar asks for the personas anonymously: the field must stay public (api/src/access/demo.ts).
    const personas = await fetch(`${demoOrigin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ demoPersonas { role } }" }),
    });
    const answer = (await personas.json()) as { data?: { demoPersonas: { role: string }[] }; errors?: unknown };
    expect(answer.errors, "demoPersonas answers an anonymous caller").toBeUndefined();
    expect(answer.data?.demoPersonas.map((p) => p.role)).toContain("ANALYST");

    const { page } = browser;
    await openPage(page, `${demoOrigin}/graphql`);
    await graphiqlReady(page);
    expect(await page.title()).toBe("共建 GraphiQL（分析查询）");
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    const bar = page.getByTestId("graphiql-bar");
    await poll(() => textOf(bar)).toContain("未登录");
    // The persona picker, the analyst pre-selected.
    const picker = page.getByTestId("graphiql-persona");
    await picker.waitFor();
    expect(await textOf(bar)).toContain("演示身份 / Demo persona");
    expect(await picker.locator("option:checked").getAttribute("data-role")).toBe("ANALYST");
    expect(await page.getByTestId("graphiql-guide").getAttribute("href")).toBe("/graphql-ui/analyst-queries");
    // The default query, with its Chinese comments, is in the editor.
    await poll(() => textOf(page.locator(".graphiql-query-editor"))).toContain("各大党委的覆盖情况");

    await page.getByRole("button", { name: "以此身份登录 / Sign in" }).click();
    await poll(async () => textOf(page.getByTestId("graphiql-bar"))).toContain(
      "当前身份：分析人员 / Signed in as: Analyst",
    );
    await graphiqlReady(page);
    expect(await page.getByRole("button", { name: "退出 / Sign out" }).isVisible()).toBe(true);
    await screenshot(page, "graphiql-signed-in");

    const answered = page.waitForResponse(
      (r) =>
        r.url().endsWith("/graphql") &&
        r.request().method() === "POST" &&
        /coverage/.test(r.request().postData() ?? ""),
    );
    await page.locator(".graphiql-execute-button").click();
    const response = await answered;
    // Sent with the analyst persona's token.
    const authorization = (await response.request().headerValue("authorization")) ?? "";
    expect(authorization).toMatch(/^Bearer \S+$/);
    const claims = JSON.parse(Buffer.from(authorization.split(".")[1] ?? "", "base64url").toString("utf8"));
    expect(claims.grants.map((g: { role: string }) => g.role)).toEqual(["ANALYST"]);
    const body = (await response.json()) as {
      data?: { coverage: { committee: { name: string }; memberCount: number }[] };
      errors?: unknown[];
    };
    expect(body.errors).toBeUndefined();
    const coverage = body.data?.coverage ?? [];
    expect(coverage.length).toBeGreaterThan(0);
    // The committees with active coverage in the database are the ones answered, the first one shown.
    const committees = await db.prisma.committee.findMany({
      where: { coverages: { some: { endedAt: null } } },
      select: { name: true },
    });
    expect(coverage.map((c) => c.committee.name).sort()).toEqual(committees.map((c) => c.name).sort());
    const first = coverage[0]?.committee.name as string;
    const pane = page.locator(".graphiql-response");
    await poll(() => textOf(pane)).toContain(first);
    const shown = await textOf(pane);
    expect(shown).toContain('"data"');
    expect(shown).toContain('"coverage"');
    expect(shown).toContain('"memberCount"');
    expect(shown).not.toContain('"errors"');
    await screenshot(page, "graphiql-result");

    // GraphiQL's bundle and Monaco's workers came from this server (by their URLs, not inlined or from a CDN).
    for (const name of ["graphiql", "graphql.worker", "json.worker", "editor.worker"]) {
      const pattern = new RegExp(`^/graphql-ui/${name.replace(".", "\\.")}\\.[0-9a-f]{12}\\.js$`);
      expect(
        local.some((p) => pattern.test(p)),
        name,
      ).toBe(true);
    }
    expect(external).toEqual([]);

    // A reload keeps the sign-in (sessionStorage) and the open tab (no empty tab added).
    await page.reload();
    await graphiqlReady(page);
    await poll(() => textOf(page.getByTestId("graphiql-bar"))).toContain("当前身份：分析人员");
    await poll(() => textOf(page.locator(".graphiql-query-editor"))).toContain("各大党委的覆盖情况");
    expect(await textOf(page.locator("body"))).not.toContain("<untitled>");

    await page.getByRole("button", { name: "退出 / Sign out" }).click();
    await poll(() => textOf(page.getByTestId("graphiql-bar"))).toContain("未登录");
    expect(external).toEqual([]);
  });

  it("outside demo mode explains how to sign in and takes a pasted token", async () => {
    const { page } = browser;
    await openPage(page, `${plainOrigin}/graphql`);
    await graphiqlReady(page);
    const note = page.getByTestId("graphiql-sign-in-note");
    await note.waitFor();
    const text = await textOf(note);
    expect(text).toContain('{"Authorization": "Bearer <令牌>"}');
    expect(text).toContain("pnpm run token");
    expect(await page.getByTestId("graphiql-persona").count()).toBe(0);
    const token = await tokenFor([{ role: "ANALYST", districtId: (await db.prisma.district.findFirstOrThrow()).id }]);
    await page.locator("#gj-token").fill(token);
    await page.getByRole("button", { name: "使用令牌 / Use token" }).click();
    await poll(() => textOf(page.getByTestId("graphiql-bar"))).toContain("当前身份：令牌");
    await graphiqlReady(page);
    await screenshot(page, "graphiql-token");
    await page.getByRole("button", { name: "退出 / Sign out" }).click();
    await poll(() => textOf(page.getByTestId("graphiql-bar"))).toContain("未登录");
    expect(external).toEqual([]);
  });

  it("serves the assets with long-lived cache headers, gzip-compressed, and the analysts' guide", async () => {
    const html = await (await fetch(`${demoOrigin}/graphql`, { headers: { accept: "text/html" } })).text();
    expect(html.length).toBeLessThan(20_000); // nothing of the 9 MB bundle inlined
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)/);
    const paths = [...html.matchAll(/"(\/graphql-ui\/[^"]+)"/g)].map((m) => m[1] as string);
    const workerPaths = [...html.matchAll(/"(\/graphql-ui\/[\w.-]+\.worker\.[0-9a-f]{12}\.js)"/g)].map((m) => m[1]);
    expect(workerPaths).toHaveLength(3);
    const expected: [RegExp, string][] = [
      [/\/graphiql\.[0-9a-f]{12}\.js$/, "text/javascript; charset=utf-8"],
      [/\/graphiql\.[0-9a-f]{12}\.css$/, "text/css; charset=utf-8"],
      [/\/graphiql-page\.[0-9a-f]{12}\.js$/, "text/javascript; charset=utf-8"],
      [/\/favicon\.[0-9a-f]{12}\.ico$/, "image/x-icon"],
    ];
    for (const [pattern] of expected)
      expect(
        paths.some((p) => pattern.test(p)),
        String(pattern),
      ).toBe(true);
    for (const path of [...paths.filter((p) => p !== "/graphql-ui/analyst-queries"), ...(workerPaths as string[])]) {
      const type = expected.find(([pattern]) => pattern.test(path))?.[1] ?? "text/javascript; charset=utf-8";
      const response = await fetch(`${demoOrigin}${path}`, { headers: { "accept-encoding": "gzip" } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toBe(type);
      expect(response.headers.get("cache-control"), path).toBe("public, max-age=31536000, immutable");
      if (path.endsWith(".js") || path.endsWith(".css"))
        expect(response.headers.get("content-encoding"), path).toBe("gzip");
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
      // Without gzip in accept-encoding: sent as it is (HEAD: the headers only).
      const head = await fetch(`${demoOrigin}${path}`, { method: "HEAD", headers: { "accept-encoding": "identity" } });
      expect(head.status, path).toBe(200);
      expect(head.headers.get("content-encoding"), path).toBeNull();
      expect(Number(head.headers.get("content-length")), path).toBeGreaterThan(0);
    }
    const js = paths.find((p) => /\/graphiql\.[0-9a-f]{12}\.js$/.test(p)) as string;
    expect((await fetch(`${demoOrigin}${js}`, { method: "POST" })).status).toBe(405);
    expect((await fetch(`${demoOrigin}/graphql-ui/graphiql.000000000000.js`)).status).toBe(404);

    const guide = await fetch(`${demoOrigin}/graphql-ui/analyst-queries`);
    expect(guide.status).toBe(200);
    expect(guide.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const guideHtml = await guide.text();
    expect(guideHtml).toContain("分析查询指南");
    expect(guideHtml).toContain("<table>");
    expect(guideHtml).toContain("/graphql?query=query%20Coverage");
    expect(guideHtml).not.toMatch(/(src|href)="https?:/);
  });

  it("the guide opens in the browser and leads back to GraphiQL with an example", async () => {
    const { page } = browser;
    await openPage(page, `${demoOrigin}/graphql-ui/analyst-queries`);
    await page.getByRole("heading", { name: "Analyst queries (统计查询)" }).waitFor();
    // The top of the guide (a full-page picture of it is ~9,000 pixels tall).
    await mkdir(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, "graphiql-guide.png"), animations: "disabled" });
    await page.getByRole("link", { name: "在 GraphiQL 中打开 / Open in GraphiQL" }).first().click();
    await graphiqlReady(page);
    await poll(() => textOf(page.locator(".graphiql-query-editor"))).toContain("StreetsOverview");
    await screenshot(page, "graphiql-guide-example");
    expect(external).toEqual([]);
  });

  it("serves no page when GraphiQL is off", async () => {
    const app = createApp({ db, auth, graphiql: false, console: false });
    const response = await app.fetch("http://test/graphql", { headers: { accept: "text/html" } });
    expect(response.headers.get("content-type") ?? "").not.toContain("text/html");
    expect(await response.text()).not.toContain("GraphiQL");
    expect((await app.fetch("http://test/graphql-ui/analyst-queries")).status).toBe(404);
  });
});
