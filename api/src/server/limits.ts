import { costLimitPlugin } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { type GraphQLError, NoSchemaIntrospectionCustomRule } from "graphql";
import type { Plugin } from "graphql-yoga";
import { dataDepthRule } from "./depth.js";
import type { Limits } from "./options.js";

/**
 * Request limits, in the order a request meets them: body size (before anything is parsed),
 * CSRF header for requests a browser would send without a preflight, then GraphQL Armor's
 * parser and validation rules (tokens, depth, aliases, directives, cost), our data-depth rule, and
 * in production no introspection and no "did you mean" suggestions. Batching is off (yoga's
 * default) and mutations over GET are refused by yoga itself.
 */
export function limitPlugins(limits: Limits, options: { production: boolean; introspection: boolean }): Plugin[] {
  // Armor's errors carry no code: give each a typed one (the error is thrown right after onReject).
  const armor = (code: string) => ({
    exposeLimits: true,
    onReject: [
      (_context: unknown, error: GraphQLError) => {
        Object.assign(error.extensions as object, { code });
      },
    ],
  });
  const plugins: Plugin[] = [
    bodyLimitPlugin(limits.maxBodyBytes),
    useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf", "apollo-require-preflight"] }),
    maxTokensPlugin({ ...armor("QUERY_TOO_LARGE"), n: limits.maxTokens }),
    maxDepthPlugin({
      ...armor("QUERY_TOO_DEEP"),
      n: limits.maxRawDepth,
      ignoreIntrospection: true,
      flattenFragments: false,
    }),
    maxAliasesPlugin({ ...armor("TOO_MANY_ALIASES"), n: limits.maxAliases }),
    maxDirectivesPlugin({ ...armor("TOO_MANY_DIRECTIVES"), n: limits.maxDirectives }),
    costLimitPlugin({ ...armor("QUERY_TOO_COSTLY"), maxCost: limits.maxCost }),
    {
      onValidate({ addValidationRule }) {
        addValidationRule(dataDepthRule(limits.maxDepth));
        if (!options.introspection) addValidationRule(NoSchemaIntrospectionCustomRule);
      },
    },
  ];
  if (options.production) plugins.push(noSuggestionsPlugin());
  return plugins;
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Production: no "Did you mean …?" anywhere, so field, argument, input-field and enum names cannot
 * be enumerated with introspection off. graphql-js suggests in validation errors and in the
 * coercion of variables (at execution), so this strips every error of every result, whatever
 * produced it (Armor's block-field-suggestions only looked at validation, and not at enum values).
 */
export function noSuggestionsPlugin(): Plugin {
  const strip = (result: unknown) => {
    for (const item of Array.isArray(result) ? result : [result]) {
      const errors = (item as { errors?: { message: string; extensions?: Record<string, unknown> }[] } | null)?.errors;
      for (const error of errors ?? []) {
        if (error.message.includes("Did you mean")) error.message = error.message.replace(SUGGESTION, "").trim();
        const english = error.extensions?.messageEn;
        if (typeof english === "string" && english.includes("Did you mean") && error.extensions) {
          error.extensions.messageEn = english.replace(SUGGESTION, "").trim();
        }
      }
    }
  };
  return {
    onResultProcess({ result }) {
      strip(result);
    },
  };
}

function tooLarge(fetchAPI: { Response: typeof Response }, maxBytes: number): Response {
  return new fetchAPI.Response(
    JSON.stringify({
      errors: [
        {
          message: `请求体过大（最多 ${maxBytes} 字节）/ Request body too large (at most ${maxBytes} bytes)`,
          extensions: { code: "PAYLOAD_TOO_LARGE", limit: maxBytes },
        },
      ],
    }),
    { status: 413, headers: { "content-type": "application/json; charset=utf-8", connection: "close" } },
  );
}

/**
 * Refuses a body above `maxBytes` with 413: at once from `Content-Length`, or, for a chunked body,
 * as soon as the bytes read pass the limit (the rest is never read). Yoga itself has no limit.
 */
export function bodyLimitPlugin(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = request.headers.get("content-length");
      if (length !== null && Number(length) > maxBytes) endResponse(tooLarge(fetchAPI, maxBytes));
    },
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser || request.method === "GET" || !request.body) return;
      if (request.headers.get("content-length") !== null) return; // checked in onRequest
      setRequestParser(async (original) => {
        const reader = (original.body as ReadableStream<Uint8Array>).getReader();
        const chunks: Uint8Array[] = [];
        let size = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > maxBytes) {
            await reader.cancel().catch(() => undefined);
            return tooLarge(fetchAPI, maxBytes);
          }
          chunks.push(value);
        }
        const body = Buffer.concat(chunks);
        return requestParser(
          new fetchAPI.Request(original.url, { method: original.method, headers: original.headers, body }),
        );
      });
    },
  };
}
