/**
 * Shared set-up of `pnpm bench` and `pnpm bench:soak`: a fresh PostgreSQL database with the
 * district seed, the servers under test as child processes pinned to one core, the load generator
 * (autocannon, tests/bench/load.ts) as another child pinned to the other core, and the server-side
 * figures (peak RSS from /proc, event-loop delay p99 from the server's own histogram).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const BENCH_DIR = resolve(ROOT, "tests/bench");
export const RESULTS_DIR = resolve(BENCH_DIR, "results");

/** The PostgreSQL server to create the benchmark database on (its own database is only used to connect). */
export const SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const JWT_SECRET = "gongjian-benchmark-secret-not-for-production-0123456789";
export const JWT = { issuer: "gongjian", audience: "gongjian-api" };

export const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Cores: the server on the first, the load generator on the second (when there are two or more). */
export const CPU = (() => {
  const n = cpus().length;
  const pin = process.env.BENCH_PIN !== "0" && n >= 2;
  return { pin, server: "0", load: n >= 2 ? "1" : "0", count: n };
})();

function pinned(command: string, args: string[], cpu: string): [string, string[]] {
  return CPU.pin ? ["taskset", ["-c", cpu, command, ...args]] : [command, args];
}

// ---------------------------------------------------------------- database

export async function adminQuery(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/** Drops and creates `name`, then migrates and seeds it with `pnpm db:seed --scale district`. */
export async function createSeededDatabase(
  name: string,
  scale = process.env.BENCH_SCALE ?? "district",
): Promise<string> {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = withDatabase(SERVER_URL, name);
  const started = Date.now();
  await run("pnpm", ["db:seed", "--scale", scale], { DATABASE_URL: url }, "seed");
  log(`seeded ${name} (scale ${scale}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Fresh statistics for the planner, as a production database would have after autovacuum.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("VACUUM ANALYZE");
  await client.end();
  return url;
}

export async function dropDatabase(name: string) {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

function run(command: string, args: string[], env: Record<string, string>, label: string): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
    });
    child.stderr.on("data", (d) => {
      output += d;
    });
    child.on("exit", (code) =>
      code === 0 ? resolveRun() : reject(new Error(`${label} failed (exit ${code}):\n${output.slice(-3000)}`)),
    );
  });
}

// ---------------------------------------------------------------- servers

export interface Server {
  name: string;
  url: string;
  pid: number;
  /** Every process of the system under test (RSS is their sum); defaults to [pid]. */
  pids?: number[];
  child: ChildProcess;
  /** Event-loop delay p99 (ms) since the previous call (resets the server's histogram). */
  eventLoopDelayP99(): Promise<number | null>;
  stop(): Promise<void>;
  output(): string;
}

async function waitFor(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output().slice(-3000)}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} not ready after ${timeoutMs} ms:\n${output().slice(-3000)}`);
}

function startProcess(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  cpu = CPU.server,
): { child: ChildProcess; output: () => string } {
  const [cmd, argv] = pinned(command, args, cpu);
  const child = spawn(cmd, argv, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("error", (e) => {
    output += `\nspawn error (${name}): ${e.message}`;
  });
  return { child, output: () => output };
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((resolveStop) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      child.once("exit", () => {
        clearTimeout(timer);
        resolveStop();
      });
      child.kill("SIGTERM");
    });
}

/** Reads the prom-client gauge `gongjian_nodejs_eventloop_lag_p99_seconds` (the scrape resets its histogram). */
async function scrapeEventLoopP99(base: string): Promise<number | null> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith("gongjian_nodejs_eventloop_lag_p99_seconds "));
  return line ? Number(line.split(" ")[1]) * 1000 : null;
}

/**
 * The API as in production: `node --import tsx api/src/main.ts` (one process, so the pid is the
 * server's), NODE_ENV=production, rate limit off, warn-level logs.
 */
export async function startApi(options: {
  databaseUrl: string;
  port: number;
  env?: Record<string, string>;
  nodeArgs?: string[];
}): Promise<Server> {
  const { child, output } = startProcess(
    "api",
    process.execPath,
    [...(options.nodeArgs ?? []), "--import", "tsx", "api/src/main.ts"],
    {
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      HOST: "127.0.0.1",
      JWT_SECRET,
      LOG_LEVEL: "warn",
      RATE_LIMIT_PER_MINUTE: "0",
      ...options.env,
    },
  );
  const base = `http://127.0.0.1:${options.port}`;
  await waitFor(`${base}/readyz`, child, output);
  return {
    name: "api",
    url: `${base}/graphql`,
    pid: child.pid as number,
    child,
    eventLoopDelayP99: () => scrapeEventLoopP99(base),
    stop: stopper(child),
    output,
  };
}

/** PostGraphile 5 (amber) over the same database, read-only; Node 20 needs the Promise.withResolvers polyfill. */
export async function startPostgraphile(options: { databaseUrl: string; port: number }): Promise<Server> {
  const { child, output } = startProcess(
    "postgraphile",
    process.execPath,
    ["--import", "./tests/bench/polyfill.mjs", "tests/bench/postgraphile-server.mjs"],
    { DATABASE_URL: options.databaseUrl, PORT: String(options.port), NODE_ENV: "production" },
  );
  return benchServer("postgraphile", options.port, child, output);
}

/** W3 as one hand-written SQL statement through node-postgres (tests/bench/raw-sql-server.ts). */
export async function startRawSql(options: { databaseUrl: string; port: number }): Promise<Server> {
  const { child, output } = startProcess(
    "raw-sql",
    process.execPath,
    ["--import", "tsx", "tests/bench/raw-sql-server.ts"],
    { DATABASE_URL: options.databaseUrl, PORT: String(options.port), NODE_ENV: "production" },
  );
  return benchServer("raw-sql", options.port, child, output);
}

/** A Node server of ours (`node <args>`) on the server core, ready when GET `readyPath` answers 200. */
export async function startNodeServer(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  readyPath: string,
): Promise<Server> {
  const { child, output } = startProcess(name, process.execPath, args, env);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}${readyPath}`, child, output);
  return {
    name,
    url: `${base}/graphql`,
    pid: child.pid as number,
    child,
    eventLoopDelayP99: async () => null,
    stop: stopper(child),
    output,
  };
}

async function benchServer(name: string, port: number, child: ChildProcess, output: () => string): Promise<Server> {
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/healthz`, child, output);
  return {
    name,
    url: `${base}/graphql`,
    pid: child.pid as number,
    child,
    async eventLoopDelayP99() {
      const body = (await (await fetch(`${base}/bench-stats`)).json()) as { eventLoopDelayP99Ms: number };
      return body.eventLoopDelayP99Ms;
    },
    stop: stopper(child),
    output,
  };
}

// ---------------------------------------------------------------- process memory

export function readStatus(pid: number): { rssKb: number; hwmKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rssKb: kb("VmRSS"), hwmKb: kb("VmHWM") };
}

/** Resets the kernel's peak-RSS mark (VmHWM) so that it measures one workload's window. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- load generator

export interface LoadSpec {
  url: string;
  /** Seconds. */
  duration: number;
  connections: number;
  headers: Record<string, string>;
  /** The request body (JSON), or a mutation template for W5 (see load.ts). */
  body: string;
  /** W5: one unit per connection, each with its current version; the body gets `$id`/`$version`. */
  mutationTargets?: { id: string; version: number }[];
  /** Requests per second over all connections (soak); unlimited when absent. */
  overallRate?: number;
  /**
   * A mix instead of one request (soak): each connection sends these in turn; an entry with
   * `mutation: true` is the W5 template and uses the connection's unit from `mutationTargets`.
   */
  mix?: { id: string; body: string; headers: Record<string, string>; mutation?: boolean }[];
}

export interface LoadResult {
  requests: number;
  duration: number;
  rps: number;
  latency: { p50: number; p95: number; p99: number; mean: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  bytesPerRequest: number;
  /** Kinds of failures seen in response bodies ("errors" code → count), from load.ts. */
  failures: Record<string, number>;
  /** With a mix: responses per mix entry id. */
  perRequest?: Record<string, number>;
}

/** Runs tests/bench/load.ts in a child process on the load generator's core; resolves its result. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolveLoad, reject) => {
    const [cmd, argv] = pinned(process.execPath, ["--import", "tsx", "tests/bench/load.ts"], CPU.load);
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.stdin.end(JSON.stringify(spec));
    child.on("exit", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code !== 0) return reject(new Error(`load generator failed (${code}): ${err.slice(-2000)}`));
      try {
        resolveLoad(JSON.parse(line) as LoadResult);
      } catch {
        reject(new Error(`load generator printed no result: ${out.slice(-1000)} ${err.slice(-1000)}`));
      }
    });
  });
}

/** One request, for checks and statement counting. */
export async function post(url: string, headers: Record<string, string>, body: string): Promise<any> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as object) };
  } catch {
    return { status: response.status, raw: text.slice(0, 500) };
  }
}

// ---------------------------------------------------------------- statistics

export function linearSlope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/** Formats a written report the way `pnpm lint` expects (biome formats Markdown); best effort. */
export function formatMarkdown(path: string) {
  try {
    execFileSync("pnpm", ["exec", "biome", "format", "--write", path], { cwd: ROOT, stdio: "ignore" });
  } catch {
    // an unformatted report is still a report
  }
}

export function loadAverage(): string {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return "n/a";
  }
}
