/**
 * `pnpm bench:soak` (issue 8): the bench's set-up (fresh database with the district seed, the API in
 * production mode on its own core), then a console-like mix at 60% of its measured maximum rate for
 * 10 minutes, sampling the server's RSS and heap every 10 s. Writes tests/bench/SOAK-REPORT.md and
 * tests/bench/results/soak-*.json.
 *
 * The mix, per connection in turn: W2 (list page, STREET_ADMIN) ×6, W5 (contact update, STREET_ADMIN) ×2,
 * W3 (nested read, ANALYST) ×1 — mostly list pages and some edits, with the heavy read now and then.
 * The maximum rate is measured first for the same mix (30 s after a 10 s warm-up), unthrottled.
 *
 * Environment: SOAK_MINUTES (default 10), SOAK_FRACTION (default 0.6), SOAK_MAX_RATE (skip the
 * measurement), SOAK_SAMPLE_SECONDS (10), SOAK_WARMUP_SECONDS (60, left out of the trend), BENCH_DB (default gj_soak), BENCH_REUSE_DB=1, BENCH_KEEP_DB=1,
 * BENCH_CONNECTIONS (10), BENCH_NOTE (load conditions, for the report).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { benchCases } from "./cases.js";
import {
  CPU,
  createSeededDatabase,
  dropDatabase,
  formatMarkdown,
  type LoadSpec,
  linearSlope,
  loadAverage,
  log,
  RESULTS_DIR,
  readStatus,
  runLoad,
  SERVER_URL,
  startApi,
  withDatabase,
} from "./common.js";

const env = process.env;
const DB = env.BENCH_DB ?? "gj_soak";
const MINUTES = Number(env.SOAK_MINUTES ?? 10);
const FRACTION = Number(env.SOAK_FRACTION ?? 0.6);
const SAMPLE_SECONDS = Number(env.SOAK_SAMPLE_SECONDS ?? 10);
/** Samples before this many seconds are the warm-up and left out of the trend. */
const WARM_SECONDS = Number(env.SOAK_WARMUP_SECONDS ?? 60);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 10);
const REPORT = resolve(env.SOAK_REPORT ?? resolve(import.meta.dirname, "SOAK-REPORT.md"));

const started = new Date();
const loadBefore = loadAverage();
log(`pnpm bench:soak: ${MINUTES} min at ${FRACTION * 100}% of the mix's maximum rate; load average ${loadBefore}`);

const databaseUrl = env.BENCH_REUSE_DB === "1" ? withDatabase(SERVER_URL, DB) : await createSeededDatabase(DB);
const { cases, mutationTargets } = await benchCases(databaseUrl);
const byId = (id: string) => {
  const c = cases.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return c;
};
const w2 = byId("W2");
const w3 = byId("W3");
const w5 = byId("W5");
const MIX: NonNullable<LoadSpec["mix"]> = [
  ...Array.from({ length: 3 }, () => ({ id: "W2", body: w2.body, headers: w2.headers })),
  { id: "W5", body: w5.body, headers: w5.headers, mutation: true },
  ...Array.from({ length: 3 }, () => ({ id: "W2", body: w2.body, headers: w2.headers })),
  { id: "W5", body: w5.body, headers: w5.headers, mutation: true },
  { id: "W3", body: w3.body, headers: w3.headers },
];

const server = await startApi({ databaseUrl, port: 4620 });
// Each load run edits its own units (see mutationTargets), so that a mutation still in flight when a
// run ends cannot make the next run's first request stale.
let runs = 0;
const spec = async (duration: number, overallRate?: number): Promise<LoadSpec> => ({
  url: server.url,
  duration,
  connections: CONNECTIONS,
  headers: {},
  body: "",
  mix: MIX,
  mutationTargets: await mutationTargets(2 * CONNECTIONS, 2 * CONNECTIONS * runs++),
  ...(overallRate ? { overallRate } : {}),
});

interface Sample {
  t: number;
  /** RSS at the sample. */
  rssMb: number;
  /** Lowest and highest RSS of the 1-second readings since the previous sample: the floor is what the process keeps. */
  rssFloorMb: number;
  rssPeakMb: number;
  heapUsedMb: number | null;
}
const samples: Sample[] = [];
let result: Awaited<ReturnType<typeof runLoad>> | undefined;
let maxRate: number;
let rate: number;
try {
  if (env.SOAK_MAX_RATE) {
    maxRate = Number(env.SOAK_MAX_RATE);
    log(`maximum rate given: ${maxRate} req/s`);
  } else {
    log("measuring the mix's maximum rate: 10 s warm-up, 30 s unthrottled");
    await runLoad(await spec(10));
    const max = await runLoad(await spec(30));
    maxRate = max.rps;
    log(`maximum rate: ${maxRate} req/s (failures ${JSON.stringify(max.failures)})`);
  }
  rate = Math.max(1, Math.round(maxRate * FRACTION * 10) / 10);
  log(`soak: ${MINUTES} min at ${rate} req/s; RSS sampled every ${SAMPLE_SECONDS} s`);

  const t0 = Date.now();
  const heapUsed = async () => {
    try {
      const text = await (await fetch(server.url.replace("/graphql", "/metrics"))).text();
      const line = text.split("\n").find((l) => l.startsWith("gongjian_nodejs_heap_size_used_bytes "));
      return line ? Math.round(Number(line.split(" ")[1]) / 2 ** 20) : null;
    } catch {
      return null;
    }
  };
  let readings: number[] = [];
  const read = () => Math.round(readStatus(server.pid).rssKb / 1024);
  const sample = async () => {
    const rssMb = read();
    const window = [...readings, rssMb];
    readings = [];
    samples.push({
      t: Math.round((Date.now() - t0) / 1000),
      rssMb,
      rssFloorMb: Math.min(...window),
      rssPeakMb: Math.max(...window),
      heapUsedMb: await heapUsed(),
    });
  };
  await sample();
  const reader = setInterval(() => readings.push(read()), 1000);
  const timer = setInterval(() => void sample(), SAMPLE_SECONDS * 1000);
  try {
    result = await runLoad(await spec(Math.round(MINUTES * 60), rate));
  } finally {
    clearInterval(timer);
    clearInterval(reader);
  }
  await sample();
} finally {
  await server.stop();
}

// ---------------------------------------------------------------- report

const warm = samples.filter((s) => s.t >= WARM_SECONDS);
const windowMinutes = warm.length ? ((warm[warm.length - 1]?.t ?? 0) - (warm[0]?.t ?? 0)) / 60 : 0;
const trend = (pick: (s: Sample) => number | null) => {
  const points = warm.filter((s) => pick(s) !== null).map((s) => ({ x: s.t / 60, y: pick(s) as number }));
  const slope = linearSlope(points); // MB per minute
  return { slope, rise: slope * windowMinutes, points: points.length };
};
const rssTrend = trend((s) => s.rssMb);
const floorTrend = trend((s) => s.rssFloorMb);
const heapTrend = trend((s) => s.heapUsedMb);
const slopeRss = rssTrend.slope;
const slopeHeap = heapTrend.slope;
const meanRss = warm.reduce((s, x) => s + x.rssMb, 0) / Math.max(1, warm.length);
const meanFloor = warm.reduce((s, x) => s + x.rssFloorMb, 0) / Math.max(1, warm.length);
// "Upward trend": the line fitted to the RSS floor (the lowest 1-s reading of each 10-s sample, i.e.
// what the process keeps between the short-lived allocations of the requests in flight) rises by
// more than 5% of its mean (at least 20 MB) over the window after the warm-up. The instantaneous
// samples catch the process in the middle of a 2 MB W3 response or not, so their line is reported
// too but is too noisy to decide on.
const rise = floorTrend.rise;
const threshold = Math.max(20, 0.05 * meanFloor);
const failures = result ? Object.entries(result.failures) : [];
const errorCount = result ? result.mismatches + result.non2xx + result.errors + result.timeouts : Number.NaN;
const noErrors = errorCount === 0;
const flat = rise <= threshold;
const finished = new Date();

const report = `# Soak report (issue 8)

Generated by \`pnpm bench:soak\` (tests/bench/soak.ts) on ${started.toISOString().slice(0, 16).replace("T", " ")} UTC.
Regenerate: \`pnpm bench:soak\` (10 minutes plus ~2 minutes of set-up; \`SOAK_MINUTES\` shortens it for trying things out).

## Set-up

- Same as \`pnpm bench\`: fresh database (\`pnpm db:seed --scale district\`), the API with \`NODE_ENV=production\`, rate limit off,
  ${CPU.pin ? "pinned to core 0, the load generator (autocannon) on core 1" : "not pinned"}; ${cpus().length} cores; Node ${process.version}.
- Mix, per connection in turn: W2 ×6 (unit list page, STREET_ADMIN), W5 ×2 (unit contact update with version check
  and audit event, STREET_ADMIN; each connection edits its own unit), W3 ×1 (nested committees read, ANALYST).
- Maximum rate of the mix: ${env.SOAK_MAX_RATE ? `${maxRate} req/s (given)` : `${maxRate} req/s, measured unthrottled for 30 s after a 10 s warm-up`}.
- Soak: ${MINUTES} min at ${rate} req/s (${Math.round(FRACTION * 100)}%), ${CONNECTIONS} connections (autocannon \`overallRate\`).
- Load average (1/5/15 min) before: ${loadBefore}; after: ${loadAverage()}. Other work on the machine: ${env.BENCH_NOTE ?? "not recorded (set BENCH_NOTE)"}.

## Result

| | |
|---|---|
| requests | ${result?.requests ?? "–"} (${result?.rps ?? "–"} req/s achieved; ${
  result?.perRequest
    ? Object.entries(result.perRequest)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")
    : ""
}) |
| latency p50 / p95 / p99 | ${result ? `${result.latency.p50} / ${result.latency.p95} / ${result.latency.p99} ms` : "–"} |
| errors | ${Number.isNaN(errorCount) ? "run failed" : errorCount}${failures.length ? ` (${failures.map(([k, v]) => `${k}: ${v}`).join(", ")})` : " (none of any kind: HTTP status, GraphQL errors, typed W5 errors, connection errors, timeouts)"} |
| RSS after the warm-up (${WARM_SECONDS} s) | samples: mean ${Math.round(meanRss)} MB, min ${Math.min(...warm.map((s) => s.rssMb))} MB, max ${Math.max(...warm.map((s) => s.rssMb))} MB; floor: mean ${Math.round(meanFloor)} MB, first ${warm[0]?.rssFloorMb ?? "–"} MB, last ${warm[warm.length - 1]?.rssFloorMb ?? "–"} MB |
| **RSS floor trend** (least-squares slope of the per-sample floor after the warm-up; decides the verdict) | ${floorTrend.slope.toFixed(2)} MB/min, i.e. ${rise.toFixed(1)} MB over ${windowMinutes.toFixed(1)} min (threshold ${threshold.toFixed(0)} MB) |
| RSS trend of the instantaneous samples (same window) | ${rssTrend.slope.toFixed(2)} MB/min, i.e. ${rssTrend.rise.toFixed(1)} MB |
| heap used trend (same window) | ${heapTrend.points > 1 ? `${heapTrend.slope.toFixed(2)} MB/min, i.e. ${heapTrend.rise.toFixed(1)} MB` : "n/a"} |
| verdict | ${noErrors ? "no errors" : "**errors**"}; ${flat ? "no upward RSS trend" : "**upward RSS trend**"} |

## Samples (every ${SAMPLE_SECONDS} s)

| t (s) | RSS (MB) | RSS floor / peak of the 1-s readings (MB) | heap used (MB) |
|---|---|---|---|
${samples.map((s) => `| ${s.t} | ${s.rssMb} | ${s.rssFloorMb} / ${s.rssPeakMb} | ${s.heapUsedMb ?? "–"} |`).join("\n")}
`;
writeFileSync(REPORT, report);
formatMarkdown(REPORT);
mkdirSync(RESULTS_DIR, { recursive: true });
const raw = resolve(RESULTS_DIR, `soak-${started.toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(
  raw,
  JSON.stringify(
    { started, finished, maxRate, rate, result, samples, rssTrend, floorTrend, heapTrend, threshold, noErrors, flat },
    null,
    2,
  ),
);
log(
  `soak: ${noErrors ? "no errors" : `${errorCount} errors`}, RSS floor slope ${floorTrend.slope.toFixed(2)} MB/min ` +
    `(samples ${slopeRss.toFixed(2)}, heap ${slopeHeap.toFixed(2)}); report ${REPORT}`,
);
if (env.BENCH_KEEP_DB !== "1" && env.BENCH_REUSE_DB !== "1") await dropDatabase(DB);
process.exit(noErrors && flat ? 0 : 1);
