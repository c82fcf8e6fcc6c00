/**
 * End-to-end harness: the API with the built console (admin/dist, served at /admin by the API itself)
 * listening on a loopback ephemeral port over a fresh database with the demo data, and a headless
 * Chromium (Debian's /usr/bin/chromium driven by playwright-core; nothing is downloaded).
 *
 * The console must have been built (`pnpm --filter @gongjian/admin build`; the root `pnpm test` does it
 * before vitest). Screenshots go to tests/artifacts/ (git-ignored).
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApp } from "@gongjian/api/app";
import { mintToken } from "@gongjian/api/auth/tokens";
import type { Grant } from "@gongjian/api/permissions/abilities";
import { seed } from "@gongjian/db/seed";
import { type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { testAuth } from "./app.js";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.js";
import { freshDatabase, type TestDatabase } from "./db.js";
import { artifactsDir, consoleDist } from "./paths.js";

export interface ConsoleServer {
  db: TestDatabase;
  /** http://127.0.0.1:<port> */
  origin: string;
  /**
   * One GraphQL operation (query text) for a test's set-up or cross-checks, run in-process by a second
   * app over the same database that accepts query text; the listening server runs persisted operations only.
   */
  graphql<T = any>(token: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A fresh database with the demo data and the API + console listening on 127.0.0.1:<ephemeral>. The server
 * runs as in production with `PERSISTED_OPERATIONS=only`: the console must get by with the operations
 * generated into its persisted-operations manifest (its own and the screens' .graphql files).
 */
export async function startConsoleServer(
  options: { persistedOperations?: "accept" | "only" } = {},
): Promise<ConsoleServer> {
  if (!existsSync(path.join(consoleDist, "index.html"))) {
    throw new Error(
      `The console is not built (${consoleDist}); run \`pnpm --filter @gongjian/admin build\` first (pnpm test does).`,
    );
  }
  const db = await freshDatabase();
  await seed(db, { scale: "demo" });
  const auth = { ...testAuth, jwks: undefined };
  const app = createApp({ db, auth, demoPersonas: true, persistedOperations: options.persistedOperations ?? "only" });
  const direct = createApp({ db, auth, persistedOperations: "accept", console: false });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    db,
    origin: `http://127.0.0.1:${port}`,
    async graphql(token, query, variables = {}) {
      const response = await direct.fetch("http://e2e/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
      if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and failed requests seen so far (for diagnostics in assertions). */
  problems: string[];
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile (a temporary folder), one page, Chinese locale. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  const profile = await mkdtemp(path.join(tmpdir(), "gongjian-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: "zh-CN",
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
  });
  // Generous: the machine running the suite may be busy; every wait is for an element or text, never for time.
  context.setDefaultTimeout(45_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the console and signs in as the demo persona of `role` (the login page's persona buttons); `nth`
 * picks another persona of the same role (the demo has two street clerks: the second approves).
 */
export async function signInAs(page: Page, origin: string, role: string, nth = 0): Promise<void> {
  await openPage(page, `${origin}/admin/`);
  const persona = page.locator(`[data-testid="demo-personas"] button[data-role="${role}"]`).nth(nth);
  await persona.waitFor();
  await persona.click();
  // Signed in: the layout's menu is there and the login page is gone.
  await page.locator('[data-testid="demo-personas"]').waitFor({ state: "detached" });
}

/** Signs out (clears the stored session) so the next persona starts clean. */
export async function signOut(page: Page, origin: string): Promise<void> {
  await openPage(page, `${origin}/admin/`);
  await page.evaluate(() => localStorage.clear());
}

/** Saves a full-page screenshot as tests/artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  // CSS transitions (MUI dialogs fading in) are run to their end first, so a picture never catches one midway.
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  return file;
}

/** The console's URL of a record's page (react-admin: /admin/#/<Type>/<id>/show). */
export function showUrl(origin: string, type: string, globalId: string): string {
  return `${origin}/admin/#/${type}/${encodeURIComponent(globalId)}/show`;
}

export function listUrl(origin: string, type: string): string {
  return `${origin}/admin/#/${type}`;
}

/** A sign-in token for `grants` (the same key the server checks). */
export function tokenFor(grants: Grant[], id = "e2e-setup"): Promise<string> {
  return mintToken({ id, grants }, testAuth);
}

/** The relay global ID of a row (what the console's URLs and the API's inputs use). */
export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString("base64");
}

/** The text of an element as the user sees it (Playwright's innerText: layout-aware, tabs between cells). */
export function textOf(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator, not a DOM node; the rendered text is what is asserted
  return locator.innerText();
}

/** `expect.poll` with a timeout fit for a browser on a busy machine (vitest's default is one second). */
export function poll<T>(fn: () => T | Promise<T>) {
  return expect.poll(fn, { timeout: 45_000, interval: 100 });
}

/** Per-test timeout of the end-to-end tests (a scenario step drives several pages). */
export const E2E_TIMEOUT = 180_000;

/**
 * After each test: an uncaught exception in the page fails the test; after a failed test, a screenshot
 * (tests/artifacts/FAILED-<file>-<test>.png) and the browser's console errors, to see what the page showed.
 */
export function captureFailures(prefix: string, current: () => Browser | undefined): void {
  afterEach(async ({ task }) => {
    const browser = current();
    if (!browser) return;
    const problems = browser.problems.splice(0);
    if (task.result?.state === "fail") {
      const name = `FAILED-${prefix}-${task.name.replace(/[^\p{L}\p{N}]+/gu, "_")}`;
      await screenshot(browser.page, name).catch(() => undefined);
      if (problems.length > 0) console.error(`${name}: browser problems:\n${problems.join("\n")}`);
      return;
    }
    expect(problems.filter((p) => p.startsWith("pageerror"))).toEqual([]);
  });
}

/**
 * The usual life of an e2e file: the console server and the browser started before its tests (in
 * parallel), failures captured with `prefix`, both closed after. Read `server` and `browser` inside tests.
 */
export function useConsole(prefix: string): { readonly server: ConsoleServer; readonly browser: Browser } {
  let server: ConsoleServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  });
  captureFailures(prefix, () => browser);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("useConsole: read server and browser inside tests, after beforeAll");
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}

/** The rows of the page's list once they hold data (react-admin first shows empty placeholder rows). */
export async function listRows(page: Page): Promise<Locator> {
  const rows = page.locator("table tbody tr");
  await rows.first().waitFor();
  await poll(async () => (await textOf(rows.first())).trim().length).toBeGreaterThan(0);
  return rows;
}

/**
 * Opens a resource's list in a fresh page load (so no rows of the previous list linger while the new one
 * loads) and returns its rows once they hold data.
 */
export async function openList(page: Page, origin: string, type: string): Promise<Locator> {
  await openPage(page, listUrl(origin, type));
  return listRows(page);
}

/** A fresh page load of `url` (nothing of the previous page lingers). */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto("about:blank");
  await page.goto(url);
}
