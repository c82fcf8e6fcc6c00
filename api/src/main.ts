import { createServer } from "node:http";
import { databaseConfigFromEnv, openDatabase } from "@gongjian/db";
import { seed } from "@gongjian/db/seed";
import { createApp } from "./app.js";

const config = databaseConfigFromEnv();
const db = await openDatabase(config, { migrate: process.env.MIGRATE_ON_START === "1" });

if (config.kind === "embedded" && process.env.DEMO_DATA !== "0") {
  const districts = await db.prisma.district.count();
  if (districts === 0) {
    const started = Date.now();
    await seed(db, { scale: "demo" });
    console.log(`Embedded database: loaded the demo data in ${Date.now() - started} ms`);
  }
}

const app = createApp({ db });
const server = createServer(app);
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? "0.0.0.0";

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  const where = config.kind === "embedded" ? `embedded database in ${config.dataDir ?? "memory"}` : "PostgreSQL";
  console.log(`Gongjian API on http://localhost:${actual}/graphql (${where})`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing in-flight requests`);
  server.close(async () => {
    await db.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
