import { createServer } from "node:http";
import { databaseConfigFromEnv, openDatabase } from "@gongjian/db";
import { seed } from "@gongjian/db/seed";
import { createApp } from "./app.js";
import { gatewayTrustFromEnv } from "./auth/gateway-identity.js";
import { assertKeyConfigured, authForServer, isLoopback } from "./auth/startup.js";
import { StartupError } from "./auth/tokens.js";
import { createDistrictApp, servedDistrict } from "./federation/server.js";
import { createLogger } from "./server/observability.js";
import { serverOptionsFromEnv } from "./server/options.js";
import { installGracefulShutdown } from "./server/shutdown.js";

const options = serverOptionsFromEnv();
const logger = createLogger(options.logLevel ?? "info");
const config = databaseConfigFromEnv();
// Loopback unless HOST says otherwise: the zero-configuration demo is not put on the network.
const host = process.env.HOST || "127.0.0.1";
// Federation (api/docs/federation.md): with GATEWAY_SECRET set this API is its district's subgraph
// and answers only requests signed by the gateway (users' tokens are verified by the gateway).
const gateway = gatewayTrustFromEnv();
try {
  if (!gateway) assertKeyConfigured(process.env, config, host);
} catch (error) {
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const db = await openDatabase(config, { migrate: process.env.MIGRATE_ON_START === "1" });
// A subgraph verifies no tokens: the gateway did, and signed the identity it forwards.
const auth = gateway ? undefined : await authForServer(process.env, config, host);

if (config.kind === "embedded" && process.env.DEMO_DATA !== "0") {
  const districts = await db.prisma.district.count();
  if (districts === 0) {
    const started = Date.now();
    await seed(db, { scale: "demo" });
    logger.info(`Embedded database: loaded the demo data in ${Date.now() - started} ms`);
  }
}

let draining = false;
const district = gateway ? await servedDistrict(db, process.env.FEDERATION_DISTRICT || undefined) : undefined;
// Sign-in tokens for anyone who asks: only for the embedded demo, and only on loopback unless
// DEMO_PERSONAS=1 says the demo is meant to be shown on the network.
const demoPersonas =
  config.kind === "embedded" &&
  process.env.DEMO_DATA !== "0" &&
  (isLoopback(host) || process.env.DEMO_PERSONAS === "1");
const app =
  gateway && district
    ? createDistrictApp({ db, ...options, logger, isDraining: () => draining, district, gateway })
    : createApp({ db, ...options, auth, logger, isDraining: () => draining, demoPersonas });
const server = createServer(app);
// Slow clients may not hold a connection open forever.
server.requestTimeout = 60_000;
server.headersTimeout = 20_000;
const port = Number(process.env.PORT ?? 4000);

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  const where = config.kind === "embedded" ? `embedded database in ${config.dataDir ?? "memory"}` : "PostgreSQL";
  logger.info(
    { port: actual, production: options.production, rateLimitPerMinute: options.rateLimit?.perMinute ?? 0 },
    district
      ? `Gongjian subgraph of district ${district.code} (${district.name}) on http://localhost:${actual}/graphql (${where}; only requests signed by the gateway)`
      : `Gongjian API on http://localhost:${actual}/graphql (${where})`,
  );
});

installGracefulShutdown({
  server,
  logger,
  timeoutMs: Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000),
  onDraining: () => {
    draining = true;
  },
  close: () => db.close(),
});
