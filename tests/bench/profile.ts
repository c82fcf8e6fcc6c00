/**
 * CPU profile of the API under one workload: `node --import tsx tests/bench/profile.ts`
 * (PROFILE_CASE=W3 by default; PROFILE_SECONDS=20; PROFILE_CONNECTIONS=2; BENCH_DB must be a seeded
 * database, e.g. one kept with BENCH_KEEP_DB=1). Starts the API with `--cpu-prof`, drives the case,
 * stops the API (the profile is written at exit) and prints the top functions by self time and the
 * self time per package.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { benchCases } from "./cases.js";
import { log, RESULTS_DIR, runLoad, SERVER_URL, startApi, withDatabase } from "./common.js";

const env = process.env;
const databaseUrl = withDatabase(SERVER_URL, env.BENCH_DB ?? "gj_bench");
const caseId = env.PROFILE_CASE ?? "W3";
const dir = resolve(RESULTS_DIR, "profiles");
mkdirSync(dir, { recursive: true });

const { cases, mutationTargets } = await benchCases(databaseUrl);
const c = cases.find((x) => x.id === caseId);
if (c?.system !== "api") throw new Error(`PROFILE_CASE must be an API case, got ${caseId}`);
const extra = env.PROFILE_NODE_ARGS ? env.PROFILE_NODE_ARGS.split(" ") : [];
const server = await startApi({ databaseUrl, port: 4619, nodeArgs: [...extra, "--cpu-prof", "--cpu-prof-dir", dir] });
const connections = Number(env.PROFILE_CONNECTIONS ?? 2);
const targets = c.workload === "W5" ? await mutationTargets(connections) : undefined;
const load = await runLoad({
  url: server.url,
  duration: Number(env.PROFILE_SECONDS ?? 20),
  connections,
  headers: c.headers,
  body: c.body,
  ...(targets ? { mutationTargets: targets } : {}),
});
await server.stop();
log(`${caseId}: ${load.rps} req/s, p50 ${load.latency.p50} ms, failures ${JSON.stringify(load.failures)}`);

const newest = readdirSync(dir)
  // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread (1 is tsx's loader worker).
  .filter((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f))
  .map((f) => resolve(dir, f))
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
if (!newest) throw new Error("no profile written");
summarise(newest, load.requests);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function summarise(file: string, requests: number) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((s, v) => s + v, 0);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const [id, us] of self) {
    const f = (byId.get(id) as ProfileNode).callFrame;
    const where = f.url.replace(/^file:\/\//, "").replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, "");
    const key = `${f.functionName || "(anonymous)"} ${where.replace(/^\/work\/main\//, "")}:${f.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const pkg = f.url.includes("node_modules")
      ? (/node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f.url)?.[1] ?? "node_modules")
      : f.url.includes("/work/main/")
        ? f.url.replace(/.*\/work\/main\/([^/]+\/src\/[^/]+).*/, "$1")
        : f.url
          ? "node:internal"
          : f.functionName || "(native)";
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, us]) =>
          `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000 / Math.max(1, requests)).toFixed(2).padStart(7)} ms/req  ${k}`,
      )
      .join("\n");
  console.log(`\nprofile ${file}: ${(total / 1e6).toFixed(1)} s sampled, ${requests} requests`);
  console.log(`\nTop functions by self time:\n${top(byFunction, Number(env.PROFILE_TOP ?? 35))}`);
  console.log(`\nSelf time by package / source folder:\n${top(byPackage, 25)}`);
}
