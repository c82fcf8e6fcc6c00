import type { Database } from "@gongjian/db";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { createYoga, maskError } from "graphql-yoga";
import type { Logger } from "pino";
import { type AuthConfig, authConfigFromEnv } from "./auth/tokens.js";
import type { Context } from "./builder.js";
import { createContext } from "./context.js";
import { requestErrorCodesPlugin, typedQueryError } from "./errors/query-errors.js";
import { schema } from "./schema/index.js";
import { consolePlugin } from "./server/console.js";
import { graphiqlAssetsPlugin, graphiqlDefaults, renderGraphiQLPage } from "./server/graphiql/index.js";
import { limitPlugins } from "./server/limits.js";
import {
  createLogger,
  Metrics,
  maskedOriginals,
  operationsRoutesPlugin,
  type RequestState,
  requestObservabilityPlugin,
} from "./server/observability.js";
import { defaultLimits, type ServerOptions } from "./server/options.js";
import { persistedOperationsPlugin } from "./server/persisted.js";
import { rateLimitPlugin } from "./server/rate-limit.js";

/**
 * How a request's identity is established: its `Context`, or a GraphQLError (its status in
 * `extensions.http.status`, default 401) that refuses it before any GraphQL work is done.
 */
export type Identify = (request: Request) => Promise<Context>;

export interface AppOptions extends ServerOptions {
  db: Database;
  /** Verifies the bearer tokens of the default `identify`; defaults to `authConfigFromEnv()` (JWT_SECRET, JWKS_URL). */
  auth?: AuthConfig;
  /** Defaults to a pino logger at `logLevel` (LOG_LEVEL, "info"; "silent" under vitest unless LOG_LEVEL is set). */
  logger?: Logger;
  /** Consulted by `/readyz`: true once the server is shutting down. */
  isDraining?: () => boolean;
  /** Embedded demo mode: offer sign-in tokens for the demo personas (`demoPersonas`). Never in production. */
  demoPersonas?: boolean;
  /** Serve this schema instead of the normal one (`schema/index.ts`), e.g. a district's federation subgraph. */
  schema?: GraphQLSchema;
  /**
   * How each `/graphql` request's identity is established. Default: its bearer token and, for a
   * DISTRICT_ADMIN, `X-View-As` (`createContext`); a district subgraph passes its own (the gateway's signature).
   */
  identify?: Identify;
}

/**
 * The GraphQL application; `main.ts` makes it listen, tests call `app.fetch` in-process. A
 * district's federation subgraph is this application with its own `schema` and `identify`.
 */
export function createApp({
  db,
  auth,
  production = process.env.NODE_ENV === "production",
  introspection = !production,
  graphiql = !production,
  limits: limitOverrides = {},
  rateLimit,
  logLevel = (process.env.LOG_LEVEL as ServerOptions["logLevel"]) ?? (process.env.VITEST ? "silent" : "info"),
  logger = createLogger(logLevel),
  isDraining = () => false,
  demoPersonas = false,
  persistedOperations = "accept",
  metricsToken,
  console: serveConsole = true,
  schema: servedSchema = schema,
  identify = bearerIdentify(db, auth ?? authConfigFromEnv(), demoPersonas && !production),
}: AppOptions) {
  const limits = { ...defaultLimits, ...limitOverrides };
  const contexts = new WeakMap<Request, Context>();
  const states = new WeakMap<Request, RequestState>();
  const metrics = new Metrics();
  const contextOf = (request: Request) => contexts.get(request);

  const app = createYoga<Record<string, unknown>, Context>({
    schema: servedSchema,
    graphqlEndpoint: "/graphql",
    // GraphiQL served from this server only (no CDN): the page, its assets under /graphql-ui/ (server/graphiql/).
    graphiql: graphiql ? graphiqlDefaults : false,
    renderGraphiQL: renderGraphiQLPage,
    landingPage: false,
    batching: false,
    maskedErrors: {
      // Unexpected errors (not our GraphQLErrors or typed results) become "Unexpected error." with
      // the request id in their extensions; the original is logged with that id (observability.ts).
      maskError(error, message, isDev) {
        // Expected failures (bad input, missing records) keep their code and bilingual message.
        const typed = typedQueryError(error);
        if (typed) return typed;
        const masked = maskError(error, message, isDev);
        if (masked !== error && masked instanceof GraphQLError) maskedOriginals.set(masked, error);
        return masked;
      },
    },
    logging: logger,
    plugins: [
      requestObservabilityPlugin(logger, metrics, states, contextOf),
      operationsRoutesPlugin(db, metrics, isDraining, metricsToken),
      ...(serveConsole ? [consolePlugin(serveConsole === true ? {} : serveConsole)] : []),
      ...(graphiql ? [graphiqlAssetsPlugin()] : []),
      requestErrorCodesPlugin(),
      ...limitPlugins(limits, { production, introspection }),
      {
        // Authentication failures answer 401/403/400 before any GraphQL work is done.
        async onRequest({ request, endResponse, fetchAPI }) {
          if (new URL(request.url).pathname !== "/graphql") return;
          try {
            const context = await identify(request);
            contexts.set(request, context);
            const state = states.get(request);
            if (state) state.requestId = context.requestId; // the audit log's request id is the correlation id
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            const http = (error.extensions.http as { status?: number } | undefined) ?? {};
            endResponse(
              new fetchAPI.Response(
                JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] }),
                {
                  status: http.status ?? 401,
                  headers: { "content-type": "application/json; charset=utf-8" },
                },
              ),
            );
          }
        },
      },
      ...[persistedOperationsPlugin(persistedOperations)].filter((p) => p !== null),
      ...(rateLimit
        ? [
            rateLimitPlugin(rateLimit, contextOf, (request) => {
              const state = states.get(request);
              if (state) state.rateLimited = true;
            }),
          ]
        : []),
    ],
    context: async ({ request }) => contexts.get(request) ?? identify(request),
  });
  return Object.assign(app, { metrics, logger });
}

/** The default `identify`: the bearer token (`createContext`). */
function bearerIdentify(db: Database, auth: AuthConfig, demoPersonas: boolean): Identify {
  return (request) => createContext(db, auth, request, { demoPersonas });
}
