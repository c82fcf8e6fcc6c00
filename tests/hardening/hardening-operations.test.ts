import { createApp } from "@gongjian/api";
import { createLogger } from "@gongjian/api/server/observability";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupApp, type TestApp, testAuth } from "../support/app.js";

// Issue 8: production mode, masking with a correlation id, logs, health, metrics, rate limit.

let t: TestApp;
let admin: string;
let districtId: string;
const auth = { ...testAuth, jwks: undefined };

beforeAll(async () => {
  t = await setupApp();
  const district = await t.db.prisma.district.create({ data: { code: "990101", name: "测试区" } });
  districtId = district.id;
  admin = await t.token([{ role: "DISTRICT_ADMIN", districtId }], "admin-1");
});
afterAll(async () => {
  await t?.close();
});

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger("info", { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { lines, logger };
}

const post = (app: ReturnType<typeof createApp>, query: string, token?: string, headers: Record<string, string> = {}) =>
  app.fetch("http://test/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query }),
  });

describe("health and readiness", () => {
  it("/healthz answers while the process is up; /readyz asks the database", async () => {
    const health = await t.app.fetch("http://test/healthz");
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await t.app.fetch("http://test/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
  });

  it("/readyz is 503 when the database does not answer, and while draining", async () => {
    const broken = createApp({
      db: { ...t.db, sql: { ...t.db.sql, query: () => Promise.reject(new Error("connection refused")) } },
      auth,
    });
    const down = await broken.fetch("http://test/readyz");
    expect(down.status).toBe(503);
    expect((await broken.fetch("http://test/healthz")).status).toBe(200);
    const draining = createApp({ db: t.db, auth, isDraining: () => true });
    expect((await draining.fetch("http://test/readyz")).status).toBe(503);
  });
});

describe("metrics and logs", () => {
  it("counts requests by operation and outcome, with process metrics, at /metrics", async () => {
    const { lines, logger } = capture();
    const app = createApp({ db: t.db, auth, logger });
    await post(app, "query Streets { streets(first: 1) { totalCount } }", admin, { "x-request-id": "req-42" });
    await post(app, "query Broken { nope }", admin);
    const response = await app.fetch("http://test/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/gongjian_graphql_requests_total\{operation="Streets",outcome="ok"\} 1/);
    expect(text).toMatch(/gongjian_graphql_requests_total\{operation="-",outcome="refused"\} 1/);
    expect(text).toMatch(
      /gongjian_graphql_request_duration_seconds_bucket\{le="0.5",operation="Streets",outcome="ok"\}/,
    );
    expect(text).toMatch(/gongjian_process_cpu_user_seconds_total/);
    expect(text).toMatch(/gongjian_nodejs_heap_size_used_bytes/);

    const line = lines.find((l) => l.requestId === "req-42");
    expect(line).toMatchObject({ msg: "request", operation: "Streets", status: 200, outcome: "ok", userId: "admin-1" });
    expect(typeof line?.durationMs).toBe("number");
    // Never the token.
    expect(JSON.stringify(lines)).not.toContain(admin);
    expect(JSON.stringify(lines)).not.toMatch(/authorization|bearer/i);
  });

  it("serves /metrics only to the scraper's token when METRICS_TOKEN is set", async () => {
    const app = createApp({ db: t.db, auth, metricsToken: "scrape-secret-123" });
    expect((await app.fetch("http://test/metrics")).status).toBe(401);
    const wrong = await app.fetch("http://test/metrics", { headers: { authorization: "Bearer scrape-secret-12" } });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toMatch(/gongjian_/);
    const right = await app.fetch("http://test/metrics", { headers: { authorization: "Bearer scrape-secret-123" } });
    expect(right.status).toBe(200);
    expect(await right.text()).toMatch(/gongjian_graphql_requests_total|gongjian_process_cpu/);
    expect((await app.fetch("http://test/healthz")).status).toBe(200);
  });

  it("returns the request id in X-Request-Id", async () => {
    const response = await post(t.app, "{ health { ok } }", undefined, { "x-request-id": "abc-123" });
    expect(response.headers.get("x-request-id")).toBe("abc-123");
  });
});

describe("production mode", () => {
  it("masks unexpected errors, with the request id in the error and in the log", async () => {
    const { lines, logger } = capture();
    const app = createApp({
      db: { ...t.db, sql: { ...t.db.sql, query: () => Promise.reject(new Error("FATAL password for db-host-7")) } },
      auth,
      production: true,
      logger,
    });
    const response = await post(app, "query Health { health { ok } }", undefined, { "x-request-id": "corr-1" });
    const body = (await response.json()) as any;
    expect(body.errors[0].message).toBe("Unexpected error.");
    expect(body.errors[0].extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: "corr-1" });
    expect(JSON.stringify(body)).not.toContain("db-host-7");
    const logged = lines.find((l) => l.msg === "unexpected error (masked)");
    expect(logged).toMatchObject({ requestId: "corr-1", operation: "Health" });
    expect(JSON.stringify(logged)).toContain("db-host-7");
    expect(lines.find((l) => l.msg === "request")).toMatchObject({ requestId: "corr-1", outcome: "error" });
  });

  it("turns introspection, GraphiQL and field suggestions off unless configured on", async () => {
    const app = createApp({ db: t.db, auth, production: true });
    const intro = (await (await post(app, "{ __schema { types { name } } }")).json()) as any;
    expect(intro.data).toBeUndefined();
    expect(intro.errors[0].message).toMatch(/introspection/i);
    const typeQuery = (await (await post(app, '{ __type(name: "Unit") { name } }')).json()) as any;
    expect(typeQuery.errors[0].message).toMatch(/introspection/i);
    const page = await app.fetch("http://test/graphql", { headers: { accept: "text/html" } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    const typo = (await (await post(app, "{ streetz { totalCount } }")).json()) as any;
    expect(typo.errors[0].message).not.toMatch(/Did you mean/);

    const dev = createApp({ db: t.db, auth, production: false });
    const devTypo = (await (await post(dev, "{ streetz { totalCount } }")).json()) as any;
    expect(devTypo.errors[0].message).toMatch(/Did you mean "streets"/);

    const opened = createApp({ db: t.db, auth, production: true, introspection: true });
    const allowed = (await (await post(opened, "{ __schema { queryType { name } } }")).json()) as any;
    expect(allowed.data.__schema.queryType.name).toBe("Query");
  });
});

describe("rate limit", () => {
  it("counts operations per identity and refuses the excess with RATE_LIMITED and Retry-After", async () => {
    const app = createApp({ db: t.db, auth, rateLimit: { perMinute: 3 } });
    for (let i = 0; i < 3; i++) {
      const ok = (await (await post(app, "{ health { ok } }", admin)).json()) as any;
      expect(ok.errors).toBeUndefined();
    }
    const before = await t.db.prisma.auditEvent.count();
    const refused = await post(
      app,
      `mutation { createStreet(input: { code: "RL1", name: "限流街道" }) { __typename } }`,
      admin,
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await refused.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: "RATE_LIMITED" });
    expect(body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(await t.db.prisma.auditEvent.count()).toBe(before);

    // Another identity has its own budget; anonymous callers are counted by client address.
    const other = await t.token([{ role: "DISTRICT_ADMIN", districtId }], "admin-2");
    expect((await post(app, "{ health { ok } }", other)).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await post(app, "{ health { ok } }")).status).toBe(200);
    expect((await post(app, "{ health { ok } }")).status).toBe(429);
    // Health endpoints are not GraphQL operations and are not counted.
    expect((await app.fetch("http://test/healthz")).status).toBe(200);
  });
});
