import type { Database } from "@gongjian/db";
import { createYoga } from "graphql-yoga";
import type { Context } from "./context.js";
import { schema } from "./schema/index.js";

export interface AppOptions {
  db: Database;
  graphiql?: boolean;
}

/** The GraphQL application; `main.ts` makes it listen, tests call `app.fetch` in-process. */
export function createApp({ db, graphiql = process.env.NODE_ENV !== "production" }: AppOptions) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql,
    landingPage: false,
    context: () => ({ db }),
  });
}
