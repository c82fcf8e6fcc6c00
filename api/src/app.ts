import type { Database } from "@gongjian/db";
import { GraphQLError } from "graphql";
import { createYoga } from "graphql-yoga";
import { type AuthConfig, authConfigFromEnv } from "./auth/tokens.js";
import { type Context, createContext } from "./context.js";
import { schema } from "./schema/index.js";

export interface AppOptions {
  db: Database;
  auth?: AuthConfig;
  graphiql?: boolean;
}

const contexts = new WeakMap<Request, Context>();

/** The GraphQL application; `main.ts` makes it listen, tests call `app.fetch` in-process. */
export function createApp({
  db,
  auth = authConfigFromEnv(),
  graphiql = process.env.NODE_ENV !== "production",
}: AppOptions) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql,
    landingPage: false,
    plugins: [
      {
        // Authentication failures answer 401/403/400 before any GraphQL work is done.
        async onRequest({ request, endResponse, fetchAPI }) {
          if (new URL(request.url).pathname !== "/graphql") return;
          try {
            contexts.set(request, await createContext(db, auth, request));
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            const http = (error.extensions.http as { status?: number } | undefined) ?? {};
            endResponse(
              new fetchAPI.Response(
                JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] }),
                {
                  status: http.status ?? 401,
                  headers: { "content-type": "application/json; charset=utf-8" },
                },
              ),
            );
          }
        },
      },
    ],
    context: async ({ request }) => contexts.get(request) ?? createContext(db, auth, request),
  });
}
