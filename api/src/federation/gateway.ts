/**
 * The federation gateway: Hive Gateway's runtime (open source, offline) over a supergraph that
 * we compose from the districts' subgraph SDL with The Guild's composition library. Our code only
 * adds what is ours: the configuration (which districts, where), composing, and identity —
 * the gateway verifies the user's token and signs the identity onto every subgraph request
 * (federation/identity.ts). See api/docs/federation.md.
 */
import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from "@graphql-hive/gateway";
import { composeServices } from "@theguild/federation-composition";
import { parse } from "graphql";
import { z } from "zod";
import { type GatewayTrust, IDENTITY_HEADER, signIdentity } from "../auth/gateway-identity.js";
import type { Identity } from "../auth/identity.js";
import { type AuthConfig, AuthError, verifyToken } from "../auth/tokens.js";

export const districtConfigSchema = z
  .object({
    /** 行政区划代码 (6 digits): the subgraph serves `district_<code>` and `in_<code>`. */
    code: z.string().regex(/^\d{6}$/, "a district code has 6 digits"),
    name: z.string().min(1).max(50).optional(),
    /** The subgraph's GraphQL endpoint, e.g. http://10.0.0.5:4001/graphql */
    url: z.string().url(),
  })
  .strict();

export const gatewayConfigSchema = z
  .object({
    districts: z
      .array(districtConfigSchema)
      .min(1)
      .refine((ds) => new Set(ds.map((d) => d.code)).size === ds.length, "each district code once"),
    listen: z
      .object({ host: z.string().optional(), port: z.number().int().min(0).max(65535).optional() })
      .strict()
      .optional(),
    /** Milliseconds a subgraph request may take (default 10,000). */
    upstreamTimeoutMs: z.number().int().positive().optional(),
  })
  .strict();

export type DistrictConfig = z.infer<typeof districtConfigSchema>;
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const subgraphName = (code: string) => `district_${code}`;

export class CompositionError extends Error {
  constructor(readonly messages: string[]) {
    super(`Composing the supergraph failed:\n${messages.map((m) => `  - ${m}`).join("\n")}`);
  }
}

/** Composes the supergraph from each district's subgraph SDL; throws CompositionError with every error. */
export function composeSupergraph(subgraphs: { code: string; url: string; sdl: string }[]): string {
  const result = composeServices(
    subgraphs.map((s) => ({ name: subgraphName(s.code), url: s.url, typeDefs: parse(s.sdl) })),
  );
  if (result.errors) throw new CompositionError(result.errors.map((e) => e.message));
  return result.supergraphSdl;
}

/** Asks a running subgraph for its SDL (`_service { sdl }`), as the gateway, anonymously. */
export async function fetchSubgraphSdl(
  district: DistrictConfig,
  trust: GatewayTrust,
  fetchFn: typeof fetch = fetch,
): Promise<string> {
  const body = JSON.stringify({ query: "{ _service { sdl } }" });
  const response = await fetchFn(district.url, {
    method: "POST",
    headers: { "content-type": "application/json", [IDENTITY_HEADER]: signIdentity(null, body, trust) },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  const json = (await response.json()) as { data?: { _service?: { sdl?: string } }; errors?: { message: string }[] };
  const sdl = json.data?._service?.sdl;
  if (!response.ok || !sdl) {
    throw new Error(
      `District ${district.code} at ${district.url} answered ${response.status}: ${json.errors?.[0]?.message ?? "no SDL"}`,
    );
  }
  return sdl;
}

function unauthenticatedResponse(Response: typeof globalThis.Response, error: AuthError) {
  return new Response(
    JSON.stringify({
      errors: [
        {
          message: `未认证：${error.reasonZh} / Unauthenticated: ${error.reasonEn}`,
          extensions: { code: "UNAUTHENTICATED" },
        },
      ],
    }),
    { status: 401, headers: { "content-type": "application/json; charset=utf-8" } },
  );
}

function bodyText(body: unknown): string {
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString("utf8");
  return ""; // anything else is signed as empty: the subgraph then refuses it (the hash will not match)
}

/**
 * Verifies the caller's bearer token (401 when it is invalid; no token = anonymous) and signs the
 * identity onto every subgraph request. Client headers are not propagated to subgraphs (Hive
 * Gateway forwards none unless told to); the identity header is set here, replacing anything.
 */
export function identityPlugin(auth: AuthConfig, trust: GatewayTrust): GatewayPlugin {
  const identities = new WeakMap<Request, Identity | null>();
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      const header = request.headers.get("authorization");
      if (!header) {
        identities.set(request, null);
        return;
      }
      const [scheme, token] = header.split(" ");
      try {
        if (scheme?.toLowerCase() !== "bearer" || !token) {
          throw new AuthError("请在 Authorization 中提供 Bearer 令牌", "expected a Bearer token in Authorization");
        }
        identities.set(request, await verifyToken(token, auth));
      } catch (error) {
        endResponse(
          unauthenticatedResponse(
            fetchAPI.Response,
            error instanceof AuthError ? error : new AuthError("令牌无效", "the token is not valid"),
          ),
        );
      }
    },
    onFetch({ context, options, setOptions }) {
      const request = (context as { request?: Request } | undefined)?.request;
      const identity = (request && identities.get(request)) ?? null;
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries((options.headers as Record<string, string> | undefined) ?? {})) {
        const lower = name.toLowerCase();
        if (lower !== IDENTITY_HEADER && lower !== "authorization") headers[name] = value;
      }
      headers[IDENTITY_HEADER] = signIdentity(identity, bodyText(options.body), trust);
      const requestId = request?.headers.get("x-request-id");
      if (requestId) headers["x-request-id"] = requestId.slice(0, 100);
      setOptions({ ...options, headers });
    },
  };
}

/**
 * A district that cannot be reached answers, through the gateway, a GraphQL error naming it
 * (code DISTRICT_UNAVAILABLE) instead of an opaque failure: the gateway then returns every other
 * district's data with that error at the paths that district would have filled.
 */
export function unavailableDistrictPlugin(districts: DistrictConfig[]): GatewayPlugin {
  const byUrl = new Map(districts.map((d) => [d.url, d]));
  return {
    onFetch({ url, fetchFn, setFetchFn }) {
      const district = byUrl.get(url);
      if (!district) return;
      setFetchFn(async (input, init, ...rest) => {
        try {
          return await fetchFn(input, init, ...rest);
        } catch (error) {
          const name = district.name ? ` (${district.name})` : "";
          return new Response(
            JSON.stringify({
              errors: [
                {
                  message: `区 ${district.code}${name} 暂时无法访问 / District ${district.code}${name} is unavailable`,
                  extensions: { code: "DISTRICT_UNAVAILABLE", district: district.code, cause: (error as Error).name },
                },
              ],
            }),
            { status: 200, headers: { "content-type": "application/json" } },
          );
        }
      });
    },
  };
}

export interface Gateway {
  runtime: GatewayRuntime;
  supergraphSdl: string;
  /** Where each district's SDL came from. */
  sources: Record<string, "subgraph" | "local">;
  close(): Promise<void>;
}

export interface GatewayOptions {
  config: GatewayConfig;
  auth: AuthConfig;
  trust: GatewayTrust;
  /**
   * When a district cannot be asked for its SDL at start-up, build it from this code base
   * instead (every district runs the same code); without it, start-up fails.
   */
  localSdl?: (district: DistrictConfig) => string;
  logging?: boolean | "debug" | "info" | "warn" | "error";
  fetchFn?: typeof fetch;
  /** Production: no introspection through the gateway (unless `introspection`). */
  production?: boolean;
  introspection?: boolean;
}

/** Composes the supergraph of the configured districts and starts the Hive Gateway runtime over it. */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { config, trust } = options;
  const sources: Record<string, "subgraph" | "local"> = {};
  const subgraphs = await Promise.all(
    config.districts.map(async (district) => {
      let sdl: string;
      try {
        sdl = await fetchSubgraphSdl(district, trust, options.fetchFn);
        sources[district.code] = "subgraph";
      } catch (error) {
        if (!options.localSdl) throw error;
        sdl = options.localSdl(district);
        sources[district.code] = "local";
      }
      return { code: district.code, url: district.url, sdl };
    }),
  );
  const supergraphSdl = composeSupergraph(subgraphs);
  const runtime = createGatewayRuntime({
    supergraph: supergraphSdl,
    logging: options.logging ?? false,
    landingPage: false,
    graphqlEndpoint: "/graphql",
    upstreamTimeout: config.upstreamTimeoutMs ?? 10_000,
    // As on the API: a request a browser could send without a preflight needs this header.
    csrfPrevention: { requestHeaders: ["x-graphql-yoga-csrf", "apollo-require-preflight"] },
    ...((options.introspection ?? !options.production) ? {} : { disableIntrospection: { disableIf: () => true } }),
    plugins: () => [identityPlugin(options.auth, trust), unavailableDistrictPlugin(config.districts)],
  });
  return {
    runtime,
    supergraphSdl,
    sources,
    close: async () => {
      await runtime.dispose();
    },
  };
}
