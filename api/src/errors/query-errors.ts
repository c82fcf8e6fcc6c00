import { PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { DomainError } from "./domain-error.js";

/**
 * Queries have no typed result union (that is the mutations' way: plugin-errors), so an expected
 * failure in a query — bad input caught by a zod schema or by a resolver (`invalid`, `notFound`) —
 * becomes a GraphQL error carrying the same fields: `extensions.code` (VALIDATION, NOT_FOUND, …),
 * `messageZh`, `messageEn` and the `field` at fault. Without this the error masking turns it into
 * an INTERNAL_SERVER_ERROR "Unexpected error.".
 */
export function typedQueryError(error: unknown): GraphQLError | null {
  const domain = findDomainError(error) ?? fromPothos(error);
  if (!domain) return null;
  const extensions = {
    code: domain.code,
    messageZh: domain.messageZh,
    messageEn: domain.messageEn,
    field: domain.field,
    ...(domain.allowed.length ? { allowed: domain.allowed } : {}),
  };
  if (error instanceof GraphQLError) {
    // Typed in place: the same error object tells yoga nothing was masked, so an expected refusal is
    // not logged as an error.
    error.message = domain.message;
    Object.assign(error.extensions as Record<string, unknown>, extensions);
    return error;
  }
  return new GraphQLError(domain.message, { extensions });
}

/**
 * Pothos' own input checks (relay's global-id decoding, connection arguments) throw a
 * PothosValidationError in English, echoing the input: typed VALIDATION, bilingual, no echo.
 */
function fromPothos(error: unknown): DomainError | null {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (!(original instanceof PothosValidationError)) return null;
  if (original.message.startsWith("Invalid global ID")) {
    return new DomainError("VALIDATION", "ID 不是有效的全局ID", "The ID is not a valid global ID", { field: "id" });
  }
  const argument = /^Argument "(\w+)"/.exec(original.message)?.[1] ?? null;
  return new DomainError(
    "VALIDATION",
    `输入无效${argument ? `：${argument}` : ""}`,
    `Invalid input${argument ? `: ${argument}` : ""}`,
    {
      field: argument,
    },
  );
}

function findDomainError(error: unknown): DomainError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof DomainError) return current;
    const next = (current as { originalError?: unknown; cause?: unknown }).originalError;
    current = next ?? (current as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * Errors graphql-js raises before any field runs (a variable that does not fit its type: a misspelt
 * input field, an unknown enum value, a string for an Int) carry no code of their own. They become
 * BAD_USER_INPUT with the variable as the field at fault and a Chinese sentence before the English.
 */
export function typeRequestErrors(errors: readonly GraphQLError[] | undefined): void {
  for (const error of errors ?? []) {
    const extensions = error.extensions as Record<string, unknown>;
    if (extensions.code || error.path) continue;
    const variable = /^Variable "\$([^"]+)"/.exec(error.message)?.[1];
    extensions.code = "BAD_USER_INPUT";
    if (variable) {
      extensions.field = variable;
      extensions.messageZh = `变量 $${variable} 的值无效`;
      extensions.messageEn = error.message;
      error.message = `变量 $${variable} 的值无效 / ${error.message}`;
    }
  }
}

/** Applies `typeRequestErrors` to every result (runs before production's suggestion stripping). */
export function requestErrorCodesPlugin(): Plugin {
  return {
    onResultProcess({ result }) {
      for (const item of Array.isArray(result) ? result : [result]) {
        typeRequestErrors((item as { errors?: GraphQLError[] } | null)?.errors);
      }
    },
  };
}
