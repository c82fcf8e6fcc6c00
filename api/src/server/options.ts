/**
 * Operational options of the application: request limits, production mode, rate limit, logging.
 * `createApp` takes them as plain values (tests configure it without environment variables);
 * `serverOptionsFromEnv()` is what `main.ts` passes.
 */

export interface Limits {
  /** Nesting of data fields, not counting a connection's `edges { node }` wrapper (see depth.ts). */
  maxDepth: number;
  /** GraphQL Armor's own depth count (every field level, `edges` and `node` included): a backstop. */
  maxRawDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
  /** Largest accepted request body, in bytes (413 above it). */
  maxBodyBytes: number;
}

export const defaultLimits: Limits = {
  maxDepth: 6,
  // Connections are only root lists, so a data depth of 6 is at most 8 raw levels.
  maxRawDepth: 8,
  maxAliases: 15,
  // The heaviest query of the test suite (an analyst report) costs ~16,500 in Armor's model.
  maxCost: 50_000,
  maxTokens: 2_000,
  maxDirectives: 20,
  // A 5,000-row bulk import travels as base64 inside the JSON body; 5 MB leaves room for it.
  maxBodyBytes: 5 * 1024 * 1024,
};

export interface RateLimitOptions {
  /** GraphQL operations per identity (token subject, or client IP for anonymous callers). */
  perMinute: number;
  /** Use the first `X-Forwarded-For` address as the client IP (only behind a trusted proxy). */
  trustProxy?: boolean;
}

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

export interface ServerOptions {
  /** Masks field suggestions, turns introspection and GraphiQL off unless enabled below. */
  production?: boolean;
  introspection?: boolean;
  graphiql?: boolean;
  limits?: Partial<Limits>;
  /** Off when undefined (the library default, so tests run unthrottled); `main.ts` sets it. */
  rateLimit?: RateLimitOptions;
  logLevel?: LogLevel;
  /**
   * Persisted operations (server/persisted.ts): "accept" (default) runs a known hash or any text, "only"
   * runs nothing but the console's generated operations (PERSISTED_OPERATIONS=only), "off" ignores hashes.
   */
  persistedOperations?: "off" | "accept" | "only";
  /** Serve the built console at /admin (server/console.ts; another build folder with `{ dir }`); on unless CONSOLE=0. */
  console?: boolean | { dir?: string; base?: string };
  /** When set (METRICS_TOKEN), `/metrics` answers only `Authorization: Bearer <token>` (a scraper's secret). */
  metricsToken?: string | undefined;
}

const flag = (value: string | undefined): boolean | undefined =>
  value === undefined || value === "" ? undefined : value === "1" || value.toLowerCase() === "true";

const int = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
};

/** The options `main.ts` uses: NODE_ENV, INTROSPECTION, GRAPHIQL, RATE_LIMIT_PER_MINUTE, MAX_BODY_BYTES, … */
export function serverOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const production = env.NODE_ENV === "production";
  const perMinute = int("RATE_LIMIT_PER_MINUTE", env.RATE_LIMIT_PER_MINUTE) ?? 600;
  const limits: Partial<Limits> = {};
  const maxBodyBytes = int("MAX_BODY_BYTES", env.MAX_BODY_BYTES);
  if (maxBodyBytes !== undefined) limits.maxBodyBytes = maxBodyBytes;
  const maxDepth = int("MAX_DEPTH", env.MAX_DEPTH);
  if (maxDepth !== undefined) Object.assign(limits, { maxDepth, maxRawDepth: maxDepth + 2 });
  return {
    production,
    introspection: flag(env.INTROSPECTION) ?? !production,
    graphiql: flag(env.GRAPHIQL) ?? !production,
    limits,
    // 0 turns the rate limit off.
    ...(perMinute > 0 ? { rateLimit: { perMinute, trustProxy: flag(env.TRUST_PROXY) ?? false } } : {}),
    logLevel: (env.LOG_LEVEL as LogLevel | undefined) ?? "info",
    persistedOperations: persistedMode(env.PERSISTED_OPERATIONS),
    console: flag(env.CONSOLE) ?? true,
    ...(env.METRICS_TOKEN ? { metricsToken: env.METRICS_TOKEN } : {}),
  };
}

function persistedMode(value: string | undefined): "off" | "accept" | "only" {
  if (value === undefined || value === "") return "accept";
  if (value === "off" || value === "accept" || value === "only") return value;
  throw new Error(`PERSISTED_OPERATIONS must be off, accept or only, got "${value}"`);
}
