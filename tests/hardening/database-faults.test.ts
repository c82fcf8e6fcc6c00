import { randomBytes } from "node:crypto";
import { createApp } from "@gongjian/api";
import { mintToken } from "@gongjian/api/auth/tokens";
import { type Database, migratePostgres, openDatabase } from "@gongjian/db";
import { seed } from "@gongjian/db/seed";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testAuth } from "../support/app.js";
import { IMPORT, unitRow, xlsxBase64 } from "../support/bulk.js";
import { withDatabase } from "../support/global-setup.js";

/**
 * Database faults, on PostgreSQL always (the embedded database cannot drop connections): the
 * server of TEST_DATABASE_URL, or the local one. The API's connections are terminated from a
 * separate admin connection while requests run; requests must fail with an error (not hang) and
 * the next ones must succeed without any restart (the pg Pool reconnects).
 */
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `gj_faults_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
let admin: pg.Client;
let db: Database;
let app: ReturnType<typeof createApp>;
let token: string;
let communityCode: string;

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const response = await app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string }[] };
}

const terminate = () =>
  admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [
    name,
  ]);

const withDeadline = <T>(p: Promise<T>, ms = 15_000) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`hung for ${ms} ms`)), ms))]);

const LIST = "{ units(first: 50) { totalCount edges { node { id name } } } }";

beforeAll(async () => {
  admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl, name);
  await migratePostgres(url);
  db = await openDatabase({ kind: "postgres", url });
  await seed(db, { scale: "demo" });
  app = createApp({ db, auth: { ...testAuth, jwks: undefined } });
  const street = await db.prisma.street.findFirstOrThrow({ orderBy: { code: "asc" } });
  communityCode = (
    await db.prisma.community.findFirstOrThrow({ where: { streetId: street.id }, orderBy: { code: "asc" } })
  ).code;
  token = await mintToken({ id: "faults", grants: [{ role: "STREET_ADMIN", streetId: street.id }] }, testAuth);
});
afterAll(async () => {
  await db?.close();
  await admin?.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin?.end();
});

describe("database faults (PostgreSQL)", () => {
  it("recovers by itself after the server terminates every idle connection", async () => {
    // Fill the pool with several connections, then drop them all while idle.
    const warm = await Promise.all(Array.from({ length: 8 }, () => gql(LIST)));
    for (const r of warm) expect(r.errors).toBeUndefined();
    const { rowCount } = await terminate();
    expect(rowCount).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The next requests answer without a restart (a request may fail, none may hang).
    const after = await withDeadline(Promise.all(Array.from({ length: 8 }, () => gql(LIST))));
    const failed = after.filter((r) => r.errors);
    expect(failed.length).toBeLessThan(after.length);
    const next = await withDeadline(gql(LIST));
    expect(next.errors).toBeUndefined();
    expect(next.data.units.totalCount).toBeGreaterThan(0);
  });

  it("fails a running import with an error, writes nothing, and serves the next request", async () => {
    const units = await db.prisma.unit.count();
    const audits = await db.prisma.auditEvent.count();
    const file = await xlsxBase64(Array.from({ length: 3000 }, (_, i) => unitRow(i + 1, communityCode, "F")));
    const running = withDeadline(gql(IMPORT, { input: { format: "XLSX", base64: file } }), 60_000);
    // Terminate as soon as the import's transaction is open.
    let killed = 0;
    for (let i = 0; i < 400 && killed === 0; i++) {
      const { rows } = await admin.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND xact_start IS NOT NULL AND pid <> pg_backend_pid()",
        [name],
      );
      if ((rows[0]?.n ?? 0) > 0) killed = (await terminate()).rowCount ?? 0;
      else await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(killed).toBeGreaterThan(0);
    const result = await running;
    expect(result.errors?.length ?? 0).toBeGreaterThan(0);
    expect(result.data?.importUnits ?? null).toBeNull();
    const next = await withDeadline(gql(LIST));
    expect(next.errors).toBeUndefined();
    expect(await db.prisma.unit.count()).toBe(units);
    expect(await db.prisma.auditEvent.count()).toBe(audits);
  }, 120_000);

  it("keeps failing fast while connections are killed repeatedly under load, then recovers", async () => {
    const load = Array.from({ length: 30 }, (_, i) =>
      new Promise((resolve) => setTimeout(resolve, i * 10)).then(() => withDeadline(gql(LIST))),
    );
    const killer = (async () => {
      for (let i = 0; i < 5; i++) {
        await terminate();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const results = await Promise.all(load);
    await killer;
    for (const r of results) expect(r.errors === undefined || r.errors.length > 0).toBe(true);
    const next = await withDeadline(gql(LIST));
    expect(next.errors).toBeUndefined();
  });
});
