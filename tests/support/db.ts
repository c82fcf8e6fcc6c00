import { randomBytes } from "node:crypto";
import { type Database, type OpenOptions, openDatabase } from "@gongjian/db";
import pg from "pg";
import { inject } from "vitest";
import { withDatabase } from "./global-setup.js";

export interface TestDatabase extends Database {
  /** `postgres` when TEST_DATABASE_URL is set, otherwise `embedded`. */
  label: string;
  /** The connection URL for PostgreSQL test databases (undefined for the embedded one). */
  url: string | undefined;
}

/**
 * A fresh, migrated, empty database for one test file: a clone of the run's template on
 * PostgreSQL, or an in-memory embedded database. Close it in afterAll; PostgreSQL clones
 * are dropped then too.
 */
export async function freshDatabase(options: Omit<OpenOptions, "migrate"> = {}): Promise<TestDatabase> {
  const target = inject("testDatabase");
  if (target.kind === "embedded") {
    const db = await openDatabase({ kind: "embedded", dataDir: undefined }, options);
    return { ...db, label: "embedded", url: undefined };
  }
  const name = `${target.run}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: target.serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${target.template}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(target.serverUrl, name);
  const db = await openDatabase({ kind: "postgres", url }, options);
  return {
    ...db,
    label: "postgres",
    url,
    async close() {
      await db.close();
      const dropper = new pg.Client({ connectionString: target.serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
