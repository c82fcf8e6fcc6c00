import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Context } from "../builder.js";
import type { RateLimitOptions } from "./options.js";

/** Client address: the socket's, or behind a trusted proxy the first `X-Forwarded-For` entry. */
export function clientIp(request: Request, serverContext: unknown, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? "local";
}

/**
 * Counts GraphQL operations (each set of params yoga executes), not HTTP requests, per identity:
 * the token's subject, or the client IP for anonymous callers. In memory (one process); a refused
 * operation gets a typed error (code RATE_LIMITED, retryAfterSeconds) and HTTP 429 with Retry-After.
 */
export function rateLimitPlugin(
  options: RateLimitOptions,
  contextOf: (request: Request) => Context | undefined,
  onLimited: (request: Request) => void,
): Plugin {
  const limiter = new RateLimiterMemory({ points: options.perMinute, duration: 60 });
  return {
    async onParams({ request, setResult, context }) {
      const identity = contextOf(request)?.identity;
      const key = identity ? `user:${identity.id}` : `ip:${clientIp(request, context, options.trustProxy ?? false)}`;
      try {
        await limiter.consume(key, 1);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        onLimited(request);
        setResult({
          errors: [
            new GraphQLError(`请求过于频繁，请 ${retryAfter} 秒后再试 / Too many requests, retry in ${retryAfter} s`, {
              extensions: {
                code: "RATE_LIMITED",
                retryAfterSeconds: retryAfter,
                http: { status: 429, headers: { "Retry-After": String(retryAfter) } },
              },
            }),
          ],
        });
      }
    },
  };
}
