/**
 * `pnpm bench:admin`: the console's weight and speed (issue 5, acceptance 3). Not a test.
 *
 * 1. Builds the console (admin/dist; `--no-build` to skip).
 * 2. Initial JavaScript: the entry chunk and its static imports in Vite's manifest, gzipped (level 9, as a
 *    server would send them) — what the sign-in page needs before anything is shown.
 * 3. Starts the API (`api/src/main.ts`) on the embedded demo database (kept in a temp folder between runs),
 *    signs in as the STREET_ADMIN demo persona in headless Chromium, then measures navigation → first rows
 *    of the units list, once cold (fresh page load, JS from the HTTP cache) and several times warm; it also
 *    sums the gzip size of the JavaScript Chromium actually loaded for the sign-in page and for the list.
 * Targets: initial JS ≤ 300 kB gzip; first list rows ≤ 1.5 s on loopback.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../support/chromium.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(root, "admin/dist");
const args = new Set(process.argv.slice(2));
const runs = Number(process.env.BENCH_RUNS ?? 5);

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function initialChunks(): { files: string[]; gzip: number } {
  const manifest = JSON.parse(readFileSync(path.join(dist, ".vite/manifest.json"), "utf8")) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[] }
  >;
  const entry = Object.entries(manifest).find(([, v]) => v.isEntry)?.[0];
  if (!entry) throw new Error("no entry in the Vite manifest");
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of manifest[key]?.imports ?? []) walk(i);
  };
  walk(entry);
  const files = [...seen].map((k) => manifest[k]?.file ?? "").filter((f) => f.endsWith(".js"));
  return { files, gzip: files.reduce((sum, f) => sum + gz(path.join(dist, f)), 0) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitFor(url: string, timeoutMs: number, child: ChildProcess) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function main() {
  if (!args.has("--no-build")) {
    const build = spawnSync("pnpm", ["--filter", "@gongjian/admin", "build"], { cwd: root, stdio: "ignore" });
    if (build.status !== 0) throw new Error("the console's build failed (pnpm build:admin)");
  }
  if (!existsSync(path.join(dist, "index.html"))) throw new Error("admin/dist is missing: run pnpm build:admin");
  const initial = initialChunks();

  const port = await freePort();
  const dataDir = process.env.BENCH_PGLITE_DIR ?? path.join(tmpdir(), "gongjian-bench-admin-pglite");
  const api = spawn(process.execPath, ["--import", "tsx", path.join(root, "api/src/main.ts")], {
    cwd: path.join(root, "api"),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PGLITE_DIR: dataDir,
      DATABASE_URL: "",
      LOG_LEVEL: "warn",
      RATE_LIMIT_PER_MINUTE: "0",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  const browser = await (async () => {
    await waitFor(`${base}/readyz`, 180_000, api);
    return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), "gongjian-bench-chromium-")), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1366, height: 860 },
    });
  })();
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    let loaded = new Set<string>();
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith("/admin/assets/") && url.pathname.endsWith(".js")) loaded.add(url.pathname);
    });
    const loadedGzip = () => [...loaded].reduce((sum, p) => sum + gz(path.join(dist, p.replace(/^\/admin\//, ""))), 0);

    // Sign-in page (cold: empty cache), then the STREET_ADMIN persona.
    const signInStart = Date.now();
    await page.goto(`${base}/admin/`);
    await page.waitForSelector('[data-role="STREET_ADMIN"]', { timeout: 30_000 });
    const signInMs = Date.now() - signInStart;
    const signInJs = loadedGzip();
    await page.click('[data-role="STREET_ADMIN"]');
    await page.waitForFunction(() => localStorage.getItem("gongjian.token") !== null, null, { timeout: 30_000 });

    const rows = '[data-testid="list-Unit"] tbody tr';
    const measure = async () => {
      const started = Date.now();
      await page.goto(`${base}/admin/#/Unit`);
      await page.waitForSelector(rows, { timeout: 30_000 });
      return Date.now() - started;
    };
    // First list after sign-in: a full page load with the JS in the HTTP cache, the list's chunks first fetched.
    loaded = new Set();
    await page.goto("about:blank");
    const coldMs = await measure();
    const listJs = loadedGzip();
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto("about:blank");
      warm.push(await measure());
    }
    const rowCount = await page.locator(rows).count();

    console.log("Console benchmark (pnpm bench:admin)");
    console.log(
      `  initial JS (Vite manifest: entry + static imports, ${initial.files.length} files), gzip: ${kB(initial.gzip)}  (target ≤ 300 kB)`,
    );
    console.log(`  JS Chromium loaded for the sign-in page, gzip: ${kB(signInJs)}  (shown after ${signInMs} ms, cold)`);
    console.log(`  JS Chromium loaded for the first list page (units), gzip: ${kB(listJs)}`);
    console.log(
      `  navigation → first list rows (units, ${rowCount} rows): first ${coldMs} ms; warm median ${median(warm)} ms of ${warm.join(", ")} ms  (target ≤ 1500 ms)`,
    );
    const ok = initial.gzip <= 300_000 && median(warm) <= 1500;
    console.log(ok ? "  within targets" : "  OUTSIDE TARGETS");
  } finally {
    await browser.close();
    api.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
