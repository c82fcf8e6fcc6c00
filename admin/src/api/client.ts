import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type DocumentNode, print } from "graphql";
import { currentToken } from "./session.js";

/** The API's GraphQL endpoint; the console is served by the API itself, so it is same-origin. */
export const GRAPHQL_URL = import.meta.env.VITE_GRAPHQL_URL ?? "/graphql";

/** A GraphQL error answered by the API (transport or top-level `errors`), with its code when there is one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * Runs one operation as the signed-in user. Typed results come from the operations graphql-codegen
 * generates (`src/generated/`); typed domain errors (`DomainError` members of result unions) are data,
 * not exceptions: callers check `__typename`.
 */
export async function request<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
  document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
  variables?: TVariables,
): Promise<TData> {
  const query = typeof document === "string" ? document : print(document);
  const token = currentToken();
  const response = await fetch(GRAPHQL_URL, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables: variables ?? {} }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: TData;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  const first = body?.errors?.[0];
  if (first || !body?.data) {
    throw new ApiError(first?.message ?? `HTTP ${response.status}`, first?.extensions?.code, response.status);
  }
  return body.data;
}
