import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { type ApiProcess, startApi } from "../support/api-process.js";

// Issue 8: graceful shutdown. The real server (`api/src/main.ts`) receives SIGTERM while a request
// is in flight (its body still arriving); it stops accepting, lets that request finish, then exits 0.

/** The real server on the embedded database in memory, without demo data, on a free port. */
async function start(): Promise<ApiProcess & { port: number }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DIR: "memory",
    DEMO_DATA: "0",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
  };
  delete env.DATABASE_URL;
  const api = await startApi(env);
  return { ...api, port: Number(new URL(api.url).port) };
}

const waitFor = async (predicate: () => boolean, ms = 10_000) => {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe("graceful shutdown", () => {
  it("finishes an in-flight request after SIGTERM, refuses new connections, then exits 0", async () => {
    const server = await start();
    const exited = new Promise<number | null>((resolve) => server.child.on("exit", resolve));
    const body = JSON.stringify({ query: "query InFlight { health { ok database } }" });
    const half = Math.floor(body.length / 2);
    let answer = "";
    let status = 0;
    const done = new Promise<void>((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port: server.port,
          path: "/graphql",
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          status = res.statusCode ?? 0;
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => {
            answer += chunk;
          });
          res.on("end", () => resolve());
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, half));
      // The request is in flight (headers and half the body sent); now stop the server.
      setTimeout(async () => {
        server.child.kill("SIGTERM");
        await waitFor(() => /SIGTERM: finishing in-flight requests/.test(server.log.join("")));
        // A new connection is refused while the old request is still open.
        const refused = await fetch(`http://127.0.0.1:${server.port}/healthz`).then(
          () => false,
          () => true,
        );
        expect(refused).toBe(true);
        await new Promise((resolve) => setTimeout(resolve, 300));
        req.end(body.slice(half));
      }, 200);
    });
    await done;
    expect(status).toBe(200);
    expect(JSON.parse(answer)).toEqual({ data: { health: { ok: true, database: "embedded" } } });
    expect(await exited).toBe(0);
    const lines = server.log
      .join("")
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l));
    expect(lines.find((l) => l.msg === "request")).toMatchObject({ operation: "InFlight", status: 200 });
    expect(lines.some((l) => l.msg === "shutdown: done")).toBe(true);
  }, 180_000);
});
