import type { Server } from "node:http";
import type { Logger } from "pino";

/**
 * Graceful shutdown: stop accepting connections (and mark the app as draining so `/readyz` says
 * 503), let in-flight requests finish for at most `timeoutMs`, then cut what is left, close the
 * database and exit.
 */
export function installGracefulShutdown(options: {
  server: Server;
  logger: Logger;
  timeoutMs: number;
  close: () => Promise<void>;
  onDraining: () => void;
}) {
  const { server, logger, timeoutMs, close, onDraining } = options;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    onDraining();
    logger.info({ signal, timeoutMs }, `${signal}: finishing in-flight requests`);
    const deadline = setTimeout(() => {
      logger.warn({ timeoutMs }, "shutdown: in-flight requests did not finish in time, closing their connections");
      server.closeAllConnections();
    }, timeoutMs);
    deadline.unref();
    server.close(() => {
      clearTimeout(deadline);
      close()
        .then(() => {
          logger.info("shutdown: done");
          process.exit(0);
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, "shutdown: closing the database failed");
          process.exit(1);
        });
    });
    // Keep-alive connections with no request in flight would hold `close` open.
    server.closeIdleConnections();
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}
