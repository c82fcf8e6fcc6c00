import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/client/client.js";
import { type DatabaseConfig, databaseConfigFromEnv } from "./config.js";
import { migrate } from "./migrate.js";
import { pgliteRunner, pgRunner, type SqlRunner } from "./runner.js";

export type { DatabaseConfig };

export interface Database {
  kind: DatabaseConfig["kind"];
  prisma: PrismaClient;
  /** Raw SQL for the migrator, bulk loads and analytics that Prisma cannot express. */
  sql: SqlRunner;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations first (always done for the embedded database). */
  migrate?: boolean;
  /** Log every SQL statement Prisma issues to this callback (statement counting in tests). */
  onQuery?: (sql: string) => void;
}

function prismaOptions(onQuery: OpenOptions["onQuery"]) {
  return onQuery ? { log: [{ emit: "event" as const, level: "query" as const }] } : {};
}

export async function openDatabase(
  config: DatabaseConfig = databaseConfigFromEnv(),
  options: OpenOptions = {},
): Promise<Database> {
  if (config.kind === "postgres") {
    if (options.migrate) await migratePostgres(config.url);
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle client whose connection the server drops (restart, pg_terminate_backend) makes the
    // pool emit 'error'; unhandled, that event crashes the process. The pool discards the client
    // and connects anew for the next request, so noting it is enough.
    pool.on("error", (error) => console.warn(`[database] idle connection lost: ${error.message}`));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool), ...prismaOptions(options.onQuery) });
    hookQueries(prisma, options.onQuery);
    return {
      kind: "postgres",
      prisma,
      sql: pgRunner(pool),
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  // PGlite creates only the last folder of its data directory: a fresh clone has no `.data` yet.
  if (config.dataDir) await mkdir(config.dataDir, { recursive: true });
  const pglite = new PGlite(config.dataDir);
  await pglite.waitReady;
  const runner = pgliteRunner(pglite);
  await migrate(runner);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), ...prismaOptions(options.onQuery) });
  hookQueries(prisma, options.onQuery);
  return {
    kind: "embedded",
    prisma,
    sql: runner,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

function hookQueries(prisma: PrismaClient, onQuery: OpenOptions["onQuery"]) {
  if (!onQuery) return;
  // The log option above makes `$on("query")` available; the client type does not know it.
  (prisma as unknown as { $on(e: "query", cb: (ev: { query: string }) => void): void }).$on("query", (ev) =>
    onQuery(ev.query),
  );
}

/** Applies pending migrations to a PostgreSQL database; returns the names applied. */
export async function migratePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await migrate(pgRunner(client));
  } finally {
    await client.end();
  }
}
