/**
 * pnpm gateway --config api/gateway/districts.example.json
 *
 * Starts the federation gateway (Hive Gateway runtime) over the districts listed in the config
 * file. Env: GATEWAY_SECRET (shared with the subgraphs, ≥ 32 characters), JWT_SECRET / JWKS_URL /
 * JWT_ISSUER / JWT_AUDIENCE (the same token settings as the API), PORT / HOST (override the
 * config's `listen`), LOG_LEVEL. See README, "Running several districts".
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { gatewayTrustFromEnv } from "../auth/gateway-identity.js";
import { type AuthConfig, authConfigFromEnv, StartupError } from "../auth/tokens.js";
import { createLogger } from "../server/observability.js";
import { createGateway, gatewayConfigSchema } from "./gateway.js";
import { buildDistrictSubgraph } from "./subgraph.js";

const usage = "usage: pnpm gateway --config <districts.json>";
const { values } = parseArgs({
  options: { config: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
  strict: true,
});
if (values.help || !values.config) {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}
const logger = createLogger((process.env.LOG_LEVEL as "info" | undefined) ?? "info");
const config = gatewayConfigSchema.parse(JSON.parse(readFileSync(values.config, "utf8")));
const trust = gatewayTrustFromEnv();
if (!trust) {
  console.error("GATEWAY_SECRET must be set (the secret shared with the district subgraphs, at least 32 characters)");
  process.exit(2);
}

let auth: AuthConfig;
try {
  auth = authConfigFromEnv();
} catch (error) {
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const gateway = await createGateway({
  config,
  auth,
  trust,
  // Every district runs this code: a district that is down at start-up is composed from it.
  localSdl: (district) => {
    logger.warn(
      { district: district.code, url: district.url },
      "district unreachable; composing its SDL from this code",
    );
    return buildDistrictSubgraph(district.code, district.name).sdl;
  },
  logging: process.env.LOG_LEVEL === "debug" ? "debug" : "warn",
  production: process.env.NODE_ENV === "production",
  ...(process.env.INTROSPECTION ? { introspection: process.env.INTROSPECTION === "1" } : {}),
});

const server = createServer(gateway.runtime);
const port = Number(process.env.PORT ?? config.listen?.port ?? 4100);
const host = process.env.HOST ?? config.listen?.host ?? "0.0.0.0";
server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  logger.info(
    { port: actual, districts: config.districts.map((d) => d.code), sdl: gateway.sources },
    `Gongjian federation gateway on http://localhost:${actual}/graphql`,
  );
});

const stop = () => {
  server.close();
  void gateway.close().then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
