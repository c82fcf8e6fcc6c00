import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import type { Database } from "@gongjian/db";
import { type ExecutionResult, GraphQLError, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { type Logger, pino } from "pino";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { Context } from "../builder.js";
import type { LogLevel } from "./options.js";

/** JSON lines on stdout (or `destination`). Never tokens or personal data: no headers, bodies or variables. */
export function createLogger(level: LogLevel, destination?: { write(line: string): void }): Logger {
  const options = { level, base: { service: "gongjian-api" }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}

/** What we learn about one HTTP request on its way through yoga. */
export interface RequestState {
  started: number;
  requestId: string;
  operation: string | undefined;
  executed: boolean;
  hadErrors: boolean;
  rateLimited: boolean;
}

export type Outcome = "ok" | "error" | "refused" | "rate_limited" | "failed";

export function outcomeOf(state: RequestState, status: number): Outcome {
  if (status >= 500) return "failed";
  if (state.rateLimited) return "rate_limited";
  if (!state.executed || status >= 400) return "refused";
  return state.hadErrors ? "error" : "ok";
}

const MAX_OPERATION_LABELS = 200;

export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<"operation" | "outcome">;
  private readonly duration: Histogram<"operation" | "outcome">;
  private readonly names = new Set<string>();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: "gongjian_" });
    this.requests = new Counter({
      name: "gongjian_graphql_requests_total",
      help: "GraphQL requests by operation name and outcome",
      labelNames: ["operation", "outcome"],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: "gongjian_graphql_request_duration_seconds",
      help: "GraphQL request duration by operation name and outcome",
      labelNames: ["operation", "outcome"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
  }

  /** Operation names come from clients: only names of executed (valid) operations, and a bounded set. */
  label(operation: string | undefined): string {
    if (!operation) return "-";
    if (this.names.has(operation)) return operation;
    if (this.names.size >= MAX_OPERATION_LABELS) return "other";
    this.names.add(operation);
    return operation;
  }

  observe(operation: string | undefined, outcome: Outcome, seconds: number) {
    const labels = { operation: this.label(operation), outcome };
    this.requests.inc(labels);
    this.duration.observe(labels, seconds);
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const json = (fetchAPI: { Response: typeof Response }, status: number, body: unknown) =>
  new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });

/** `/healthz` (the process answers), `/readyz` (the database answers `SELECT 1`; 503 while draining), `/metrics`. */
export function operationsRoutesPlugin(
  db: Database,
  metrics: Metrics,
  isDraining: () => boolean,
  metricsToken?: string,
): Plugin {
  const expected = metricsToken ? createHash("sha256").update(`Bearer ${metricsToken}`).digest() : null;
  const mayScrape = (request: Request) =>
    !expected ||
    timingSafeEqual(
      createHash("sha256")
        .update(request.headers.get("authorization") ?? "")
        .digest(),
      expected,
    );
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      if (url.pathname === "/healthz") {
        endResponse(json(fetchAPI, 200, { status: "ok" }));
      } else if (url.pathname === "/readyz") {
        if (isDraining()) {
          endResponse(json(fetchAPI, 503, { status: "draining" }));
          return;
        }
        try {
          await withTimeout(db.sql.query("SELECT 1"), 2_000);
          endResponse(json(fetchAPI, 200, { status: "ready", database: db.kind }));
        } catch {
          endResponse(json(fetchAPI, 503, { status: "unavailable", database: db.kind }));
        }
      } else if (url.pathname === "/metrics") {
        if (!mayScrape(request)) {
          endResponse(json(fetchAPI, 401, { status: "unauthorized" }));
          return;
        }
        endResponse(
          new fetchAPI.Response(await metrics.registry.metrics(), {
            status: 200,
            headers: { "content-type": metrics.registry.contentType },
          }),
        );
      }
    },
  };
}

/** Errors yoga masked (not a GraphQLError of ours): their original, to log beside the correlation id. */
export const maskedOriginals = new WeakMap<GraphQLError, unknown>();

/**
 * One log line and one metrics sample per GraphQL request; masked errors get the request id in
 * their extensions (`requestId`) and are logged with it; every response carries `X-Request-Id`.
 */
export function requestObservabilityPlugin(
  logger: Logger,
  metrics: Metrics,
  states: WeakMap<Request, RequestState>,
  contextOf: (request: Request) => Context | undefined,
): Plugin {
  const stateOf = (request: Request): RequestState => {
    let state = states.get(request);
    if (!state) {
      state = {
        started: performance.now(),
        requestId: request.headers.get("x-request-id")?.slice(0, 100) || randomUUID(),
        operation: undefined,
        executed: false,
        hadErrors: false,
        rateLimited: false,
      };
      states.set(request, state);
    }
    return state;
  };
  return {
    onRequest({ request }) {
      stateOf(request);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request) return;
      const state = stateOf(request);
      state.executed = true;
      state.operation = getOperationAST(args.document, args.operationName)?.name?.value ?? "anonymous";
    },
    onExecutionResult({ request, result, setResult }) {
      if (!result || Symbol.asyncIterator in (result as object)) return;
      const single = result as ExecutionResult;
      if (!single.errors?.length) return;
      const state = stateOf(request);
      state.hadErrors = true;
      let changed = false;
      const errors = single.errors.map((error) => {
        if (!maskedOriginals.has(error as GraphQLError)) return error;
        changed = true;
        const original = maskedOriginals.get(error as GraphQLError);
        logger.error(
          {
            requestId: state.requestId,
            operation: state.operation,
            err: original instanceof Error ? original : String(original),
          },
          "unexpected error (masked)",
        );
        return new GraphQLError(error.message, {
          nodes: error.nodes,
          source: error.source,
          positions: error.positions,
          path: error.path,
          extensions: { ...error.extensions, requestId: state.requestId },
        });
      });
      if (changed) setResult({ ...single, errors });
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      if (!state) return;
      try {
        response.headers.set("x-request-id", state.requestId);
      } catch {
        // immutable headers (e.g. a static response): the id is still in the log
      }
      const url = new URL(request.url);
      if (url.pathname !== "/graphql") return;
      const seconds = (performance.now() - state.started) / 1000;
      const outcome = outcomeOf(state, response.status);
      metrics.observe(state.executed ? state.operation : undefined, outcome, seconds);
      logger.info(
        {
          requestId: state.requestId,
          operation: state.operation ?? null,
          durationMs: Math.round(seconds * 1000),
          status: response.status,
          outcome,
          userId: contextOf(request)?.identity?.id ?? null,
        },
        "request",
      );
    },
  };
}
