import { createConnection, createServer, type Server, type Socket } from "node:net";

/**
 * A TCP proxy in front of PostgreSQL that counts the SQL statements its clients send, exactly and
 * whatever the client library: every simple-protocol `Query` ('Q') message and every
 * extended-protocol `Execute` ('E') message is one statement (node-postgres sends
 * Parse/Bind/Describe/Execute/Sync per parameterised statement, and `BEGIN`/`COMMIT` as simple
 * queries, which count too). The startup packet (no type byte) is passed through uncounted.
 * It also reads the server's side and keeps every `ErrorResponse` ('E' from the server): an SQL
 * error the API caused, whether or not the API let it show (the input fuzz test asserts none).
 * Used for the counting pass of the benchmark (never in the timed runs) and by tests.
 */
export interface ServerError {
  severity: string;
  sqlstate: string;
  message: string;
}

export interface CountingProxy {
  port: number;
  /** Statements seen since the last reset. */
  count(): number;
  /** Errors the server sent since the last reset. */
  errors(): ServerError[];
  reset(): void;
  close(): Promise<void>;
}

/** The fields of an ErrorResponse body: (type byte, C string)* then a zero byte. */
function parseError(body: Buffer): ServerError {
  const fields: Record<string, string> = {};
  let i = 0;
  while (i < body.length && body[i] !== 0) {
    const type = String.fromCharCode(body[i] as number);
    const end = body.indexOf(0, i + 1);
    fields[type] = body.subarray(i + 1, end).toString("utf8");
    i = end + 1;
  }
  return { severity: fields.V ?? fields.S ?? "", sqlstate: fields.C ?? "", message: fields.M ?? "" };
}

export async function startCountingProxy(upstream: { host: string; port: number }): Promise<CountingProxy> {
  let statements = 0;
  let serverErrors: ServerError[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const server = createConnection(upstream);
    sockets.add(client);
    sockets.add(server);
    let buffered: Buffer = Buffer.alloc(0);
    let startup = true;
    let fromServer: Buffer = Buffer.alloc(0);
    // The answer to an SSLRequest is one byte ('S' or 'N') without a length.
    let sslAnswers = 0;
    client.on("data", (chunk: Buffer) => {
      buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
      // Parse complete frontend messages; forward the bytes unchanged.
      for (;;) {
        if (startup) {
          if (buffered.length < 8) break;
          const length = buffered.readInt32BE(0);
          if (buffered.length < length) break;
          const code = buffered.readInt32BE(4);
          // SSLRequest / GSSENCRequest are followed by another startup packet; the StartupMessage itself ends this phase.
          if (code !== 80877103 && code !== 80877104) startup = false;
          else sslAnswers++;
          buffered = buffered.subarray(length);
          continue;
        }
        if (buffered.length < 5) break;
        const type = String.fromCharCode(buffered[0] as number);
        const length = buffered.readInt32BE(1);
        if (buffered.length < 1 + length) break;
        if (type === "Q" || type === "E") statements++;
        buffered = buffered.subarray(1 + length);
      }
      server.write(chunk);
    });
    server.on("data", (chunk: Buffer) => {
      fromServer = fromServer.length ? Buffer.concat([fromServer, chunk]) : chunk;
      for (;;) {
        if (sslAnswers > 0) {
          if (fromServer.length < 1) break;
          sslAnswers--;
          fromServer = fromServer.subarray(1);
          continue;
        }
        if (fromServer.length < 5) break;
        const type = String.fromCharCode(fromServer[0] as number);
        const length = fromServer.readInt32BE(1);
        if (fromServer.length < 1 + length) break;
        if (type === "E") serverErrors.push(parseError(fromServer.subarray(5, 1 + length)));
        fromServer = fromServer.subarray(1 + length);
      }
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      server.destroy();
      sockets.delete(client);
      sockets.delete(server);
    };
    client.on("close", end);
    server.on("close", end);
    client.on("error", end);
    server.on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    count: () => statements,
    errors: () => [...serverErrors],
    reset: () => {
      statements = 0;
      serverErrors = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
