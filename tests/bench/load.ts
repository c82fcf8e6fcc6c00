/**
 * The load generator (a child process of run.ts / soak.ts, pinned to its own core): reads a
 * LoadSpec (common.ts) as JSON on stdin, drives it with autocannon, prints one JSON LoadResult.
 *
 * Latency percentiles are computed here from every response time (autocannon's own table has no
 * p95). Every response body is checked: a non-2xx status, a GraphQL `errors` entry, or (W5) a typed
 * domain error result is a failure, counted by kind.
 */
import autocannon from "autocannon";
import type { LoadResult, LoadSpec } from "./common.js";

const input = await new Promise<string>((resolve) => {
  let text = "";
  process.stdin.on("data", (d) => {
    text += d;
  });
  process.stdin.on("end", () => resolve(text));
});
const spec = JSON.parse(input) as LoadSpec;

const failures: Record<string, number> = {};
const fail = (kind: string) => {
  failures[kind] = (failures[kind] ?? 0) + 1;
};

function check(status: number, body: string, mutation: boolean): { version?: number } {
  if (status < 200 || status >= 300) {
    fail(`http_${status}`);
    return {};
  }
  // Cheap test first: bodies are up to a few MB.
  if (body.includes('"errors"')) {
    try {
      const parsed = JSON.parse(body) as { errors?: { message?: string; extensions?: { code?: string } }[] };
      const first = parsed.errors?.[0];
      fail(`graphql_${first?.extensions?.code ?? first?.message?.slice(0, 60) ?? "error"}`);
    } catch {
      fail("graphql_error");
    }
    return {};
  }
  if (mutation) {
    const parsed = JSON.parse(body) as { data?: { updateUnit?: { version?: number; code?: string } } };
    const result = parsed.data?.updateUnit;
    if (result?.code) fail(`domain_${result.code}`);
    else if (typeof result?.version === "number") return { version: result.version };
    else fail("unexpected_result");
  }
  return {};
}

const url = new URL(spec.url);
let nextTarget = 0;
const latencies: number[] = [];
const targets = spec.mutationTargets?.map((t) => ({ ...t })) ?? [];
const perRequest: Record<string, number> = {};

type Ctx = { target?: number };
const entries = spec.mix ?? [
  { id: "request", body: spec.body, headers: spec.headers, mutation: !!spec.mutationTargets },
];
// W5: a request takes a unit no other request is editing (autocannon's per-connection context does
// not survive its request loop), and gives it back with the version the response returned.
const busy = new Set<number>();
const takeTarget = (): number => {
  for (let i = 0; i < targets.length; i++) {
    const candidate = (nextTarget + i) % targets.length;
    if (!busy.has(candidate)) {
      nextTarget = candidate + 1;
      busy.add(candidate);
      return candidate;
    }
  }
  throw new Error("more mutations in flight than units to edit: give as many units as connections");
};
const autocannonRequests = entries.map((entry) => ({
  method: "POST" as const,
  path: url.pathname,
  headers: { "content-type": "application/json", ...entry.headers },
  body: entry.body,
  setupRequest: (req: { body?: string }, context: Ctx) => {
    if (!entry.mutation) return req;
    context.target = takeTarget();
    const target = targets[context.target] as { id: string; version: number };
    req.body = entry.body.replace("__ID__", target.id).replace('"__VERSION__"', String(target.version));
    return req;
  },
  onResponse: (status: number, body: string, context: Ctx) => {
    perRequest[entry.id] = (perRequest[entry.id] ?? 0) + 1;
    const { version } = check(status, body, !!entry.mutation);
    if (entry.mutation && context.target !== undefined) {
      if (version !== undefined) (targets[context.target] as { version: number }).version = version;
      busy.delete(context.target);
      context.target = undefined;
    }
  },
}));

const instance = autocannon({
  url: url.origin,
  connections: spec.connections,
  duration: spec.duration,
  timeout: 30,
  ...(spec.overallRate ? { overallRate: spec.overallRate } : {}),
  requests: autocannonRequests as never,
});
instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
  latencies.push(responseTime);
});
const result = await instance;

latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies.length
    ? (latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] as number)
    : Number.NaN;
const round = (n: number) => Math.round(n * 10) / 10;
const requests = latencies.length;
const out: LoadResult = {
  requests,
  duration: result.duration,
  rps: round(requests / result.duration),
  latency: {
    p50: round(pct(50)),
    p95: round(pct(95)),
    p99: round(pct(99)),
    mean: round(latencies.reduce((s, l) => s + l, 0) / Math.max(1, latencies.length)),
    max: round(latencies[latencies.length - 1] ?? Number.NaN),
  },
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  mismatches: Object.values(failures).reduce((s, n) => s + n, 0),
  bytesPerRequest: requests ? Math.round(result.throughput.total / requests) : 0,
  failures: {
    ...failures,
    ...(result.errors ? { connection_errors: result.errors } : {}),
    ...(result.timeouts ? { timeouts: result.timeouts } : {}),
  },
  ...(spec.mix ? { perRequest } : {}),
};
console.log(JSON.stringify(out));
