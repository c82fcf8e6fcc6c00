import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AuthConfig } from "@gongjian/api/auth/tokens";
import { createGateway, type Gateway } from "@gongjian/api/federation/gateway";
import type { GatewayTrust } from "@gongjian/api/federation/identity";
import { createDistrictApp } from "@gongjian/api/federation/server";
import { seed } from "@gongjian/db/seed";
import { testAuth } from "./app.js";
import { freshDatabase, type TestDatabase } from "./db.js";

export const DISTRICT_A = { code: "210102", name: "和泰区" };
export const DISTRICT_B = { code: "210103", name: "河东区" };
export const gatewayTrust: GatewayTrust = { secret: "federation-test-secret-0123456789abcdef" };
export const auth: AuthConfig = { ...testAuth, jwks: undefined };

export interface Listening {
  server: Server;
  url: string;
  /** Stops accepting and cuts every open connection (keep-alive ones included). */
  stop(): Promise<void>;
}

/** Listens on a loopback ephemeral port. */
export async function listen(handler: Parameters<typeof createServer>[1]): Promise<Listening> {
  const server = createServer(handler);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  let stopped = false;
  return {
    server,
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      if (stopped) return;
      stopped = true;
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
    },
  };
}

export interface District {
  code: string;
  name: string;
  db: TestDatabase;
  app: ReturnType<typeof createDistrictApp>;
  http: Listening;
}

export interface Federation {
  a: District;
  b: District;
  gateway: Gateway;
  gatewayHttp: Listening;
  close(): Promise<void>;
}

/**
 * Two districts, each its own database and distinct demo data (B: seed 2; A: seed 1 with some
 * organisations whose superiors are organisations of B), their subgraphs and the gateway, all
 * listening on loopback ports.
 */
export async function startFederation(
  options: { onQueryA?: (sql: string) => void; onQueryB?: (sql: string) => void } = {},
): Promise<Federation> {
  const [dbA, dbB] = await Promise.all([
    freshDatabase(options.onQueryA ? { onQuery: options.onQueryA } : {}),
    freshDatabase(options.onQueryB ? { onQuery: options.onQueryB } : {}),
  ]);
  await Promise.all([
    seed(dbB, { scale: "demo", seed: 2, district: DISTRICT_B }),
    seed(dbA, { scale: "demo", seed: 1, district: DISTRICT_A, peer: { district: DISTRICT_B, seed: 2 } }),
  ]);
  const district = async (info: typeof DISTRICT_A, db: TestDatabase): Promise<District> => {
    const app = createDistrictApp({ db, district: info, gateway: gatewayTrust, auth });
    return { ...info, db, app, http: await listen(app) };
  };
  const a = await district(DISTRICT_A, dbA);
  const b = await district(DISTRICT_B, dbB);
  const gateway = await createGateway({
    config: {
      districts: [
        { ...DISTRICT_A, url: a.http.url },
        { ...DISTRICT_B, url: b.http.url },
      ],
      upstreamTimeoutMs: 5_000,
    },
    auth,
    trust: gatewayTrust,
  });
  const gatewayHttp = await listen(gateway.runtime);
  return {
    a,
    b,
    gateway,
    gatewayHttp,
    async close() {
      await gatewayHttp.stop();
      await gateway.close();
      await Promise.all([a.http.stop(), b.http.stop()]);
      await Promise.all([dbA.close(), dbB.close()]);
    },
  };
}

export interface HttpResult<T = any> {
  status: number;
  data: T;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;
}

/** POSTs a GraphQL operation to `url`. */
export async function post<T = any>(
  url: string,
  query: string,
  options: {
    variables?: Record<string, unknown>;
    token?: string;
    headers?: Record<string, string>;
    extensions?: object;
  } = {},
): Promise<HttpResult<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables, extensions: options.extensions }),
  });
  const body = (await response.json()) as { data?: T; errors?: HttpResult["errors"] };
  return { status: response.status, data: body.data as T, errors: body.errors };
}
