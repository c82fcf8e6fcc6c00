import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The folder of the `prisma/` package (schema, migrations). */
export const packageDir = path.resolve(here, "..");
export const migrationsDir = path.join(packageDir, "migrations");

/** Default data folder of the embedded database, relative to the repository root. */
export const defaultEmbeddedDir = path.resolve(packageDir, "..", ".data", "pglite");

export type DatabaseConfig = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string | undefined };

/**
 * `DATABASE_URL` set → PostgreSQL; unset → embedded PostgreSQL (PGlite) in `PGLITE_DIR`
 * (default `.data/pglite`). `PGLITE_DIR=memory` keeps it in memory (tests).
 */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  const dir = env.PGLITE_DIR;
  if (dir === "memory") return { kind: "embedded", dataDir: undefined };
  return { kind: "embedded", dataDir: dir ? path.resolve(dir) : defaultEmbeddedDir };
}
