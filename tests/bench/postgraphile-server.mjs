/**
 * The comparison server for W3: PostGraphile 5 (preset amber) over the same tables, read-only
 * (no mutations), with the same pool size as the API (10). Run with
 * `node --import ./tests/bench/polyfill.mjs tests/bench/postgraphile-server.mjs` on Node 20.
 * Env: DATABASE_URL, PORT. `/bench-stats` answers the event-loop delay p99 since the last call.
 */
import { createServer } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import pg from "pg";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

if (typeof Promise.withResolvers !== "function") throw new Error("preload tests/bench/polyfill.mjs (node --import)");

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const preset = {
  extends: [PostGraphileAmberPreset],
  disablePlugins: ["PgMutationCreatePlugin", "PgMutationUpdateDeletePlugin"],
  pgServices: [makePgService({ pool, schemas: ["public"] })],
  grafserv: { graphqlPath: "/graphql", watch: false, graphiql: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const handler = serv._createHandler(false);
const server = createServer((req, res) => {
  if (req.url === "/bench-stats") {
    const body = JSON.stringify({ eventLoopDelayP99Ms: delay.percentile(99) / 1e6 });
    delay.reset();
    res.writeHead(200, { "content-type": "application/json" }).end(body);
    return;
  }
  if (req.url === "/healthz") {
    res.writeHead(200).end("ok");
    return;
  }
  handler(req, res);
});
await serv.ready();
const port = Number(process.env.PORT ?? 5678);
server.listen(port, "127.0.0.1", () => console.log(`PostGraphile on http://127.0.0.1:${port}/graphql`));
const stop = async () => {
  server.close();
  await pgl.release();
  await pool.end();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
