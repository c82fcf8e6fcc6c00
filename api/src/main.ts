import { createServer } from "node:http";
import { databaseConfigFromEnv, openDatabase } from "@gongjian/db";
import { seed } from "@gongjian/db/seed";
import { createApp } from "./app.js";
import { gatewayTrustFromEnv } from "./federation/identity.js";
import { createDistrictApp, servedDistrict } from "./federation/server.js";
import { createLogger } from "./server/observability.js";
import { serverOptionsFromEnv } from "./server/options.js";
import { installGracefulShutdown } from "./server/shutdown.js";

const options = serverOptionsFromEnv();
const logger = createLogger(options.logLevel ?? "info");
const config = databaseConfigFromEnv();
const db = await openDatabase(config, { migrate: process.env.MIGRATE_ON_START === "1" });

if (config.kind === "embedded" && process.env.DEMO_DATA !== "0") {
  const districts = await db.prisma.district.count();
  if (districts === 0) {
    const started = Date.now();
    await seed(db, { scale: "demo" });
    logger.info(`Embedded database: loaded the demo data in ${Date.now() - started} ms`);
  }
}

let draining = false;
// Federation (api/docs/federation.md): with GATEWAY_SECRET set this API is its district's subgraph
// and answers only requests signed by the gateway.
const gateway = gatewayTrustFromEnv();
const district = gateway ? await servedDistrict(db, process.env.FEDERATION_DISTRICT || undefined) : undefined;
const demoPersonas = config.kind === "embedded" && process.env.DEMO_DATA !== "0";
const app =
  gateway && district
    ? createDistrictApp({ db, ...options, logger, isDraining: () => draining, district, gateway })
    : createApp({ db, ...options, logger, isDraining: () => draining, demoPersonas });
const server = createServer(app);
// Slow clients may not hold a connection open forever.
server.requestTimeout = 60_000;
server.headersTimeout = 20_000;
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? "0.0.0.0";

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
