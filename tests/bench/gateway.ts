/**
 * W6: W3 through the federation gateway. The API runs as its district's subgraph (GATEWAY_SECRET,
 * FEDERATION_DISTRICT; api/docs/federation.md) and `pnpm gateway --config <file>`'s entry point
 * (api/src/federation/gateway-main.ts) runs the Hive Gateway over it, both on the server core; the
 * query enters through `district_<code>`. When the federation code is missing, the bench reports W6
 * as not measured with the reason given here.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { JWT_SECRET, RESULTS_DIR, ROOT, type Server, startApi, startNodeServer } from "./common.js";

export const GATEWAY_SECRET = "gongjian-benchmark-gateway-secret-0123456789abcdef";

export function gatewayAvailability(): { available: boolean; reason: string } {
  const scripts = (
    JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { scripts?: Record<string, string> }
  ).scripts;
  if (!scripts?.gateway) return { available: false, reason: "no `gateway` script in package.json" };
  for (const file of ["api/src/federation/gateway-main.ts", "api/src/federation/server.ts"]) {
    if (!existsSync(resolve(ROOT, file))) return { available: false, reason: `${file} is missing` };
  }
  return { available: true, reason: "" };
}

/** The API as the subgraph of `district` and the gateway in front of it; `url` is the gateway's. */
export async function startGatewayStack(options: {
  databaseUrl: string;
  apiPort: number;
  gatewayPort: number;
  district: { code: string; name: string };
}): Promise<Server> {
  const subgraph = await startApi({
    databaseUrl: options.databaseUrl,
    port: options.apiPort,
    env: { GATEWAY_SECRET, FEDERATION_DISTRICT: options.district.code },
  });
  mkdirSync(RESULTS_DIR, { recursive: true });
  const config = resolve(RESULTS_DIR, "gateway-districts.json");
  writeFileSync(
    config,
    JSON.stringify({
      listen: { host: "127.0.0.1", port: options.gatewayPort },
      upstreamTimeoutMs: 30_000,
      districts: [{ code: options.district.code, name: options.district.name, url: subgraph.url }],
    }),
  );
  try {
    const gateway = await startNodeServer(
      "gateway",
      ["--import", "tsx", "api/src/federation/gateway-main.ts", "--config", config],
      {
        NODE_ENV: "production",
        GATEWAY_SECRET,
        JWT_SECRET,
        LOG_LEVEL: "warn",
        PORT: String(options.gatewayPort),
        HOST: "127.0.0.1",
      },
      options.gatewayPort,
      "/healthcheck",
    );
    return {
      ...gateway,
      pids: [gateway.pid, subgraph.pid],
      // The gateway exposes no event-loop histogram of ours: the figure is the subgraph API's.
      eventLoopDelayP99: () => subgraph.eventLoopDelayP99(),
      async stop() {
        await gateway.stop();
        await subgraph.stop();
      },
      output: () => `${gateway.output()}\n--- subgraph API ---\n${subgraph.output()}`,
    };
  } catch (error) {
    await subgraph.stop();
    throw error;
  }
}
