import constraintMessages from "./constraint-messages.json" with { type: "json" };
import { DomainError, invariant } from "./domain-error.js";

/**
 * Constraint names of prisma/migrations/*_invariants (and Prisma's unique indexes) → the field and the
 * Chinese and English message of the INVARIANT error the API returns when the database refuses a write the
 * domain layer did not catch first (e.g. two concurrent requests): ./constraint-messages.json.
 */
const constraints: Record<string, { field: string | null; zh: string; en: string }> = constraintMessages;

export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const text = describe(error);
  for (const [name, { field, zh, en }] of Object.entries(constraints)) {
    if (text.includes(name)) return invariant(field, zh, en);
  }
  if (/P2034|could not serialize|deadlock/i.test(text)) {
    return new DomainError("CONFLICT", "并发修改冲突，请重试", "Concurrent change; try again", { field: null });
  }
  return error;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const meta = (error as { meta?: unknown }).meta;
  let extra = "";
  try {
    extra = JSON.stringify(meta ?? {});
  } catch {
    extra = "";
  }
  return `${error.message} ${extra} ${error.cause ? describe(error.cause) : ""}`;
}
