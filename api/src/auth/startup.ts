import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DatabaseConfig } from "@gongjian/db";
import { type AuthConfig, authConfigFromEnv, MIN_SECRET_LENGTH, StartupError } from "./tokens.js";

/**
 * Which token key a server start uses. No secret is ever built in:
 *
 * - JWT_SECRET (HS256) or JWKS_URL (an identity provider's keys) when set;
 * - otherwise only the embedded demo on loopback may start: it generates a random secret on its
 *   first start and keeps it in its data folder (`gongjian-jwt-secret`, mode 0600), so its tokens
 *   survive restarts and are worthless anywhere else (in memory with PGLITE_DIR=memory);
 * - with DATABASE_URL, with NODE_ENV=production, or listening on anything but loopback, a missing
 *   JWT_SECRET/JWKS_URL stops the start with one bilingual line saying what to set.
 */
export const SECRET_FILE = "gongjian-jwt-secret";

export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h);
}

/** The embedded demo's own secret: read from its data folder, or created there on the first start. */
export async function embeddedSecret(dataDir: string | undefined): Promise<string> {
  if (!dataDir) return randomBytes(32).toString("hex");
  const file = path.join(dataDir, SECRET_FILE);
  const existing = await readEmbeddedSecret(dataDir);
  if (existing) return existing;
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  // `wx`: two processes starting at once never overwrite each other's secret.
  await writeFile(file, `${secret}\n`, { mode: 0o600, flag: "wx" }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  return (await readEmbeddedSecret(dataDir)) ?? secret;
}

export async function readEmbeddedSecret(dataDir: string): Promise<string | undefined> {
  try {
    const text = (await readFile(path.join(dataDir, SECRET_FILE), "utf8")).trim();
    return text.length >= MIN_SECRET_LENGTH ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Refuses a start that would have no private token key (see the module comment). Call before opening the database. */
export function assertKeyConfigured(env: NodeJS.ProcessEnv, database: DatabaseConfig, host: string): void {
  if (env.JWT_SECRET || env.JWKS_URL) {
    authConfigFromEnv(env); // refuses a short secret or a bad JWT_MAX_LIFETIME now, before anything opens
    return;
  }
  const why =
    env.NODE_ENV === "production"
      ? (["生产模式（NODE_ENV=production）", "in production (NODE_ENV=production)"] as const)
      : database.kind === "postgres"
        ? (["使用 PostgreSQL（DATABASE_URL）时", "with DATABASE_URL"] as const)
        : !isLoopback(host)
          ? ([`监听非本机地址（HOST=${host}）时`, `when listening on ${host} (not loopback)`] as const)
          : null;
  if (!why) return;
  throw new StartupError(
    `无法启动：${why[0]}须设置 JWT_SECRET（至少${MIN_SECRET_LENGTH}个字符，如 openssl rand -hex 32）或 JWKS_URL`,
    `Cannot start: set JWT_SECRET (at least ${MIN_SECRET_LENGTH} characters, e.g. openssl rand -hex 32) or JWKS_URL ${why[1]}`,
  );
}

/** The token settings of a server start (`main.ts`): the environment's, or the embedded demo's own secret. */
export async function authForServer(
  env: NodeJS.ProcessEnv,
  database: DatabaseConfig,
  host: string,
): Promise<AuthConfig> {
  assertKeyConfigured(env, database, host);
  if (env.JWT_SECRET || env.JWKS_URL || database.kind !== "embedded") return authConfigFromEnv(env);
  return authConfigFromEnv(env, { fallbackSecret: await embeddedSecret(database.dataDir) });
}
