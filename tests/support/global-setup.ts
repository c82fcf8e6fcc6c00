import { randomBytes } from "node:crypto";
import { migratePostgres } from "@gongjian/db";
import pg from "pg";
import type { TestProject } from "vitest/node";

/**
 * With TEST_DATABASE_URL (a PostgreSQL server URL; its database is only used to connect),
 * creates one migrated template database for this run; each test file clones its own
 * database from it (tests/support/db.ts) and everything is dropped at the end.
 * Without it, tests use the embedded database (PGlite, in memory).
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    project.provide("testDatabase", { kind: "embedded" });
    return;
  }
  const run = `gj_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const template = `${run}_tpl`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await migratePostgres(withDatabase(serverUrl, template));
  project.provide("testDatabase", { kind: "postgres", serverUrl, template, run });

  return async () => {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${run}%`,
    ]);
    for (const { datname } of rows) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await admin.end();
  };
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { kind: "embedded" } | { kind: "postgres"; serverUrl: string; template: string; run: string };
  }
}
