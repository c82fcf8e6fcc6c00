/**
 * `pnpm bench` (issue 7): a fresh PostgreSQL database with the district seed, the API in
 * production mode, each workload warmed up and then driven by autocannon from another process
 * on another core; PostGraphile 5 and one hand-written SQL statement as comparisons for W3;
 * writes tests/bench/REPORT.md and the raw figures to tests/bench/results/.
 *
 * Environment (all optional):
 *   BENCH_DATABASE_URL   PostgreSQL server (default postgresql://postgres@127.0.0.1:5432/postgres)
 *   BENCH_DB             database name (default gj_bench); dropped and re-created unless BENCH_REUSE_DB=1
 *   BENCH_REUSE_DB=1     reuse an already seeded BENCH_DB (skips the ~30 s seed; W5 changes some units)
 *   BENCH_KEEP_DB=1      keep the database afterwards
 *   BENCH_DURATION       seconds measured per workload (default 15)
 *   BENCH_WARMUP         seconds of warm-up per workload (default 5)
 *   BENCH_PREWARM        seconds each case of a system runs once before any is measured (default 3)
 *   BENCH_CONNECTIONS    concurrent connections (default 10)
 *   BENCH_ONLY           comma-separated case ids (e.g. W2,W3,W3-postgraphile)
 *   BENCH_REPORT         report path (default tests/bench/REPORT.md)
 *   BENCH_PIN=0          do not pin processes to cores
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { resolve } from "node:path";
import { startCountingProxy } from "../support/pg-proxy.js";
import { benchCases, type Case, type System } from "./cases.js";
import {
  CPU,
  createSeededDatabase,
  dropDatabase,
  formatMarkdown,
  type LoadResult,
  loadAverage,
  log,
  post,
  RESULTS_DIR,
  readStatus,
  resetPeakRss,
  runLoad,
  SERVER_URL,
  type Server,
  startApi,
  startPostgraphile,
  startRawSql,
  withDatabase,
} from "./common.js";
import { gatewayAvailability, startGatewayStack } from "./gateway.js";
import { body, W2, W3, w2Variables, w3Counts } from "./workloads.js";

const env = process.env;
const DB = env.BENCH_DB ?? "gj_bench";
const DURATION = Number(env.BENCH_DURATION ?? 15);
const WARMUP = Number(env.BENCH_WARMUP ?? 5);
/** Seconds each case of a system runs before any of them is measured. */
const PREWARM = Number(env.BENCH_PREWARM ?? 3);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 10);
const ONLY = env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(",")) : null;
const REPORT = resolve(env.BENCH_REPORT ?? resolve(import.meta.dirname, "REPORT.md"));
const PORTS = { api: 4610, postgraphile: 4611, raw: 4612, gateway: 4613, subgraph: 4614 };

interface CaseResult {
  id: string;
  workload: string;
  system: System;
  role: string;
  description: string;
  statements: number | null;
  load: LoadResult | null;
  eventLoopDelayP99Ms: number | null;
  peakRssMb: number | null;
  skipped?: string;
}

const started = new Date();
const loadBefore = loadAverage();
log(
  `pnpm bench: ${cpus().length} cores (${CPU.pin ? "server on core 0, load generator on core 1" : "not pinned"}), load average ${loadBefore}`,
);

// ---------------------------------------------------------------- database and scope

let databaseUrl: string;
if (env.BENCH_REUSE_DB === "1") {
  databaseUrl = withDatabase(SERVER_URL, DB);
  log(`reusing database ${DB}`);
} else {
  log(`creating database ${DB} and seeding the district scale (~30 s)`);
  databaseUrl = await createSeededDatabase(DB);
}

const { scope, cases: allCases, mutationTargets, streetGid } = await benchCases(databaseUrl);
const cases = allCases.filter((c) => !ONLY || ONLY.has(c.id));

const gateway = gatewayAvailability();
const results = new Map<string, CaseResult>(
  cases.map((c) => [
    c.id,
    {
      id: c.id,
      workload: c.workload,
      system: c.system,
      role: c.role,
      description: c.description,
      statements: null,
      load: null,
      eventLoopDelayP99Ms: null,
      peakRssMb: null,
      ...(c.system === "gateway" && !gateway.available ? { skipped: gateway.reason } : {}),
    },
  ]),
);
const checks: string[] = [];
const pageSizeCounts: { workload: string; first: number; statements: number }[] = [];

async function startSystem(system: System, url: string): Promise<Server> {
  if (system === "api") return startApi({ databaseUrl: url, port: PORTS.api });
  if (system === "postgraphile") return startPostgraphile({ databaseUrl: url, port: PORTS.postgraphile });
  if (system === "raw") return startRawSql({ databaseUrl: url, port: PORTS.raw });
  return startGatewayStack({
    databaseUrl: url,
    apiPort: PORTS.subgraph,
    gatewayPort: PORTS.gateway,
    district: scope.district,
  });
}

const systems: System[] = ["api", "gateway", "postgraphile", "raw"];
const casesOf = (system: System) => cases.filter((c) => c.system === system && !results.get(c.id)?.skipped);

// ---------------------------------------------------------------- 1. checks and SQL statements per request

/**
 * Each system runs once behind a counting proxy (pg-proxy.ts: every Query and Execute message is
 * one statement). Each request is sent once to warm up, then 3 times; the count must be the same
 * every time (it is reported per request). The gateway's statements are those of the API behind it.
 */
const dbHost = new URL(SERVER_URL);
const proxy = await startCountingProxy({ host: dbHost.hostname, port: Number(dbHost.port || 5432) });
const proxied = (() => {
  const u = new URL(databaseUrl);
  u.hostname = "127.0.0.1";
  u.port = String(proxy.port);
  return u.toString();
})();

async function countStatements(server: Server, c: Case | { body: string; headers: Record<string, string> }) {
  const per: number[] = [];
  let last: any;
  for (let i = 0; i < 4; i++) {
    proxy.reset();
    last = await post(server.url, c.headers, c.body);
    // Let a response that was flushed before its statements' completion settle (none should be pending).
    await new Promise((r) => setTimeout(r, 20));
    if (i > 0) per.push(proxy.count());
  }
  if (new Set(per).size !== 1) checks.push(`statement counts vary between runs: ${per.join(", ")}`);
  return { statements: per[0] ?? Number.NaN, response: last };
}

const w3Shapes: Record<string, ReturnType<typeof w3Counts>> = {};
for (const system of systems) {
  const own = casesOf(system);
  if (own.length === 0) continue;
  log(`counting pass: ${system} behind the statement-counting proxy`);
  const server = await startSystem(system, proxied);
  try {
    for (const c of own) {
      const target = server;
      let probe = c;
      if (c.workload === "W5") {
        const [unit] = await mutationTargets(1);
        probe = {
          ...c,
          body: c.body.replace("__ID__", unit?.id ?? "").replace('"__VERSION__"', String(unit?.version)),
        };
        // Each of the 4 runs needs the version the previous one produced: count with fresh bodies.
        const per: number[] = [];
        let version = unit?.version ?? 0;
        for (let i = 0; i < 4; i++) {
          proxy.reset();
          const response = await post(
            server.url,
            c.headers,
            c.body.replace("__ID__", unit?.id ?? "").replace('"__VERSION__"', String(version)),
          );
          await new Promise((r) => setTimeout(r, 20));
          const result = response.data?.updateUnit;
          if (response.errors || typeof result?.version !== "number") {
            checks.push(`W5 failed: ${JSON.stringify(response).slice(0, 300)}`);
            break;
          }
          version = result.version;
          if (i > 0) per.push(proxy.count());
        }
        (results.get(c.id) as CaseResult).statements = per[0] ?? null;
        if (new Set(per).size > 1) checks.push(`W5 statement counts vary: ${per.join(", ")}`);
        continue;
      }
      const { statements, response } = await countStatements(target, probe);
      if (response.errors || response.status !== 200 || response.raw) {
        checks.push(`${c.id} answered with errors: ${JSON.stringify(response.errors ?? response.raw).slice(0, 500)}`);
        log(`${c.id}: server output:\n${target.output().slice(-3000)}`);
      }
      (results.get(c.id) as CaseResult).statements = statements;
      if (c.workload === "W3" || c.workload === "W6") w3Shapes[c.id] = w3Counts(response.data);
      if (c.id === "W2" || c.id === "W2-unrestricted") {
        const units = response.data?.units;
        w3Shapes[c.id] = { committees: units?.edges?.length ?? 0, memberships: units?.totalCount ?? 0, seats: 0 };
      }
    }
    if (system === "api") {
      // Statements per request must not depend on the page size.
      for (const first of [10, 25, 50]) {
        const w2 = cases.find((c) => c.id === "W2");
        if (w2) {
          const { statements } = await countStatements(server, {
            ...w2,
            body: body(W2, w2Variables(streetGid, first)),
          });
          pageSizeCounts.push({ workload: "W2", first, statements });
        }
      }
      for (const first of [10, 50, 100]) {
        const w3 = cases.find((c) => c.id === "W3");
        if (w3) {
          const { statements } = await countStatements(server, { ...w3, body: body(W3, { first }) });
          pageSizeCounts.push({ workload: "W3", first, statements });
        }
      }
    }
  } finally {
    await server.stop();
  }
}
await proxy.close();

// The systems must answer W3 with the same rows before their speeds are compared.
const shapes = Object.entries(w3Shapes).filter(([id]) => id.startsWith("W3") || id.startsWith("W6"));
const reference = JSON.stringify(shapes[0]?.[1]);
for (const [id, shape] of shapes) {
  if (JSON.stringify(shape) !== reference)
    checks.push(`W3 rows differ: ${id} ${JSON.stringify(shape)} vs ${reference}`);
}
if (
  w3Shapes.W2 &&
  w3Shapes["W2-unrestricted"] &&
  JSON.stringify(w3Shapes.W2) !== JSON.stringify(w3Shapes["W2-unrestricted"])
) {
  checks.push(
    `W2 rows differ between roles: ${JSON.stringify(w3Shapes.W2)} vs ${JSON.stringify(w3Shapes["W2-unrestricted"])}`,
  );
}
for (const check of checks) log(`CHECK FAILED: ${check}`);

// ---------------------------------------------------------------- 2. timed runs

async function measure(target: Server, c: Case) {
  const result = results.get(c.id) as CaseResult;
  // Unit 0 was the counting pass's; the warm-up and the measured run each get their own units.
  const targets = c.workload === "W5" ? await mutationTargets(2 * CONNECTIONS, 1) : undefined;
  const spec = {
    url: target.url,
    connections: c.connections ?? CONNECTIONS,
    headers: c.headers,
    body: c.body,
    ...(targets ? { mutationTargets: targets } : {}),
  };
  log(`${c.id}: warm-up ${WARMUP} s`);
  const warm = await runLoad({ ...spec, duration: WARMUP });
  const measured =
    c.workload === "W5"
      ? { ...spec, mutationTargets: await mutationTargets(2 * CONNECTIONS, 1 + 2 * CONNECTIONS) }
      : spec;
  await target.eventLoopDelayP99(); // resets the server's histogram
  const pids = target.pids ?? [target.pid];
  for (const pid of pids) resetPeakRss(pid);
  log(`${c.id}: measuring ${DURATION} s (${c.connections ?? CONNECTIONS} connections; warm-up ${warm.rps} req/s)`);
  const load = await runLoad({ ...measured, duration: DURATION });
  result.eventLoopDelayP99Ms = round(await target.eventLoopDelayP99());
  result.peakRssMb = round(pids.reduce((s, pid) => s + readStatus(pid).hwmKb, 0) / 1024);
  result.load = load;
  log(
    `${c.id}: ${load.rps} req/s, p50 ${load.latency.p50} ms, p95 ${load.latency.p95} ms, p99 ${load.latency.p99} ms` +
      `${load.mismatches ? `, FAILURES ${JSON.stringify(load.failures)}` : ""}`,
  );
}

const timedFailures = () =>
  [...results.values()]
    .filter((r) => r.load && r.load.mismatches + r.load.non2xx + r.load.errors + r.load.timeouts > 0)
    .map((r) => `${r.id} had failures during its timed run: ${JSON.stringify(r.load?.failures)}`);

const round = (n: number | null) => (n === null || Number.isNaN(n) ? null : Math.round(n * 10) / 10);

for (const system of systems) {
  // Writes last, so that they do not change the rows the reads measure.
  const own = [
    ...casesOf(system).filter((c) => c.workload !== "W5"),
    ...casesOf(system).filter((c) => c.workload === "W5"),
  ];
  if (own.length === 0) continue;
  log(`timed runs: ${system}`);
  const server = await startSystem(system, databaseUrl);
  try {
    // Every case of the system once before any is measured (JIT, Prisma's query-plan cache, pools),
    // so that the order of the cases does not favour the later ones.
    for (const c of own) {
      const targets = c.workload === "W5" ? await mutationTargets(2 * CONNECTIONS, 1 + 4 * CONNECTIONS) : undefined;
      await runLoad({
        url: server.url,
        connections: c.connections ?? CONNECTIONS,
        headers: c.headers,
        body: c.body,
        duration: PREWARM,
        ...(targets ? { mutationTargets: targets } : {}),
      });
    }
    for (const c of own) {
      try {
        await measure(server, c);
      } catch (error) {
        log(`${c.id} failed: ${(error as Error).message}\nserver output:\n${server.output().slice(-4000)}`);
        throw error;
      }
    }
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------- 3. report

checks.push(...timedFailures());

const loadAfter = loadAverage();
const finished = new Date();
const rps = (id: string) => results.get(id)?.load?.rps ?? null;
const p50 = (id: string) => results.get(id)?.load?.latency.p50 ?? null;
const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? a / b : null);
const fmtRatio = (r: number | null) => (r === null ? "n/a" : `${r.toFixed(2)}×`);
const verdict = (r: number | null, target: number, higherIsBetter = true) =>
  r === null ? "not measured" : (higherIsBetter ? r >= target : r <= target) ? "met" : "**missed**";

const w2Counts = pageSizeCounts.filter((p) => p.workload === "W2");
const w3CountsBySize = pageSizeCounts.filter((p) => p.workload === "W3");
const independent = (list: typeof pageSizeCounts) =>
  list.length > 1 && new Set(list.map((p) => p.statements)).size === 1;

const ratios = [
  {
    name: "W3 vs PostGraphile 5 (throughput)",
    value: ratio(rps("W3"), rps("W3-postgraphile")),
    target: "≥ 1.0×",
    verdict: verdict(ratio(rps("W3"), rps("W3-postgraphile")), 1.0),
  },
  {
    name: "W3 vs one SQL statement (throughput)",
    value: ratio(rps("W3"), rps("W3-sql")),
    target: "≥ 0.5×",
    verdict: verdict(ratio(rps("W3"), rps("W3-sql")), 0.5),
  },
  {
    name: "W2 restricted (STREET_ADMIN) vs unrestricted (DISTRICT_ADMIN)",
    value: ratio(rps("W2"), rps("W2-unrestricted")),
    target: "≥ 0.85×",
    verdict: verdict(ratio(rps("W2"), rps("W2-unrestricted")), 0.85),
  },
  {
    name: "W3 restricted (ANALYST) vs unrestricted (DISTRICT_ADMIN)",
    value: ratio(rps("W3"), rps("W3-unrestricted")),
    target: "≥ 0.85×",
    verdict: verdict(ratio(rps("W3"), rps("W3-unrestricted")), 0.85),
  },
  {
    name: "W6 gateway vs W3 direct (p50 latency, 1 connection: W6-latency / W3-latency)",
    value: ratio(p50("W6-latency"), p50("W3-latency")),
    target: "≤ 1.5×",
    verdict: results.get("W6-latency")?.skipped
      ? `not measured: ${results.get("W6-latency")?.skipped}`
      : verdict(ratio(p50("W6-latency"), p50("W3-latency")), 1.5, false),
  },
  {
    name: "W6 gateway vs W3 direct (p50 latency under load, 10 connections: W6 / W3)",
    value: ratio(p50("W6"), p50("W3")),
    target: "(for information)",
    verdict: results.get("W6")?.skipped ? `not measured: ${results.get("W6")?.skipped}` : "",
  },
];

const cell = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? "–" : v.toFixed(digits));
const rows = [...results.values()].map((r) => {
  const l = r.load;
  return `| ${r.id} | ${r.system} | ${r.role} | ${r.skipped ? `not run: ${r.skipped}` : r.description} | ${cell(l?.rps)} | ${cell(l?.latency.p50)} | ${cell(l?.latency.p95)} | ${cell(l?.latency.p99)} | ${r.statements ?? "–"} | ${cell(r.eventLoopDelayP99Ms)} | ${cell(r.peakRssMb, 0)} | ${l ? (l.mismatches + l.non2xx === 0 ? "0" : JSON.stringify(l.failures)) : "–"} | ${l ? Math.round(l.bytesPerRequest / 1024) : "–"} |`;
});

const gitRev = (() => {
  try {
    const rev = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim()
      ? " (+ local changes)"
      : "";
    return rev + dirty;
  } catch {
    return "unknown";
  }
})();

const report = `# Benchmark report (issue 7)

Generated by \`pnpm bench\` (tests/bench/run.ts) on ${started.toISOString().slice(0, 16).replace("T", " ")} UTC, commit ${gitRev}.
Regenerate: \`pnpm bench\` (needs the local PostgreSQL at ${new URL(SERVER_URL).host}; ~8 minutes). Raw figures:
\`tests/bench/results/bench-*.json\` (not committed). What the profiles show and what was changed or tried:
[NOTES.md](NOTES.md).

## Conditions

- Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, PostgreSQL on the same machine.
- Pinning: ${CPU.pin ? "the server under test on core 0 (`taskset -c 0`), the load generator (autocannon 9, `tests/bench/load.ts`) on core 1; PostgreSQL unpinned" : "none (fewer than 2 cores or BENCH_PIN=0)"}.
- Load: ${CONNECTIONS} connections; after a server starts, each of its cases runs ${PREWARM} s once (so that the order of the cases
  favours none), then per row ${WARMUP} s warm-up and ${DURATION} s measured; every response body is checked (HTTP status, GraphQL \`errors\`, W5's typed error result).
- Load average (1/5/15 min) before: ${loadBefore}; after: ${loadAfter}. Other work on the machine during the run: ${env.BENCH_NOTE ?? "not recorded (set BENCH_NOTE)"}.
- Database: fresh, \`pnpm db:seed --scale district\` (${scope.counts.units} units, ${scope.counts.committees} committees, ${scope.counts.memberships} memberships, ${scope.counts.persons} persons), then \`VACUUM ANALYZE\`.
- API: \`node --import tsx api/src/main.ts\`, \`NODE_ENV=production\` (GraphQL Armor limits, masked errors, no introspection), \`RATE_LIMIT_PER_MINUTE=0\`, \`LOG_LEVEL=warn\`, the default limits (W3 has data depth 4 of the allowed 6, raw depth 7 of 8: no limit was changed).
- Duration of the run: ${Math.round((finished.getTime() - started.getTime()) / 1000)} s.

## Results

| case | system | role | what | req/s | p50 ms | p95 ms | p99 ms | SQL statements / request | event-loop delay p99 ms | peak RSS MB | failures | kB / response |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join("\n")}

- **SQL statements per request**: counted exactly in a separate pass (not timed): each server runs once behind a
  proxy that counts the PostgreSQL protocol's \`Query\` and \`Execute\` messages (tests/support/pg-proxy.ts), so
  \`BEGIN\`/\`COMMIT\` count as statements; each request runs once to warm up, then three times with identical counts.
- **Event-loop delay p99**: the server's own \`monitorEventLoopDelay\` histogram (10 ms resolution) over the
  measured window (the API's \`gongjian_nodejs_eventloop_lag_p99_seconds\`, reset by the scrape before the window).
- **Peak RSS**: the kernel's high-water mark (\`VmHWM\` in /proc/<pid>/status), reset through \`/proc/<pid>/clear_refs\` before the window.
  For W6 it is the gateway's plus the subgraph API's (both on core 0); W6's event-loop delay is the subgraph API's.
- **Unrestricted role**: DISTRICT_ADMIN, the widest read role of the product (read rules with a \`streetId IN (all streets of the
  district)\` condition and no field restrictions). The API has no role without rules, by design. W2's filter names the street
  admin's own street, so both roles get the same 25 rows and total; W3's rows are the same for both (one district).

## Ratios

| comparison | ratio | target | |
|---|---|---|---|
${ratios.map((r) => `| ${r.name} | ${fmtRatio(r.value)} | ${r.target} | ${r.verdict} |`).join("\n")}
| SQL statements per request independent of page size | W2 ${w2Counts.map((p) => `${p.statements} (first ${p.first})`).join(", ") || "n/a"}; W3 ${w3CountsBySize.map((p) => `${p.statements} (first ${p.first})`).join(", ") || "n/a"} | equal | ${independent(w2Counts) && independent(w3CountsBySize) ? "met" : "**missed**"} |

## Checks

${checks.length ? checks.map((c) => `- FAILED: ${c}`).join("\n") : "- All workloads answered without errors, before timing and during the timed runs."}
${
  Object.keys(w3Shapes).length
    ? `- W3 rows compared before timing: ${Object.entries(w3Shapes)
        .filter(([id]) => id.startsWith("W3") || id.startsWith("W6"))
        .map(([id, s]) => `${id} ${s.committees} committees / ${s.memberships} memberships / ${s.seats} seats`)
        .join("; ")}.`
    : ""
}
${w3Shapes.W2 ? `- W2 rows: ${w3Shapes.W2.committees} rows of ${w3Shapes.W2.memberships} (STREET_ADMIN), ${w3Shapes["W2-unrestricted"]?.committees ?? "–"} of ${w3Shapes["W2-unrestricted"]?.memberships ?? "–"} (DISTRICT_ADMIN).` : ""}
`;

writeFileSync(REPORT, report);
formatMarkdown(REPORT);
mkdirSync(RESULTS_DIR, { recursive: true });
const raw = resolve(RESULTS_DIR, `bench-${started.toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(
  raw,
  JSON.stringify(
    { started, finished, loadBefore, loadAfter, scope, results: [...results.values()], pageSizeCounts, ratios, checks },
    null,
    2,
  ),
);
log(`report: ${REPORT}; raw: ${raw}`);

if (env.BENCH_KEEP_DB !== "1" && env.BENCH_REUSE_DB !== "1") await dropDatabase(DB);
else log(`kept database ${DB}`);

process.exit(checks.length ? 1 : 0);
