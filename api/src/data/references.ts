/**
 * Loading the records an input names by global ID, through the caller's read rules: the shapes every
 * command starts with. A record outside the caller's scope is NOT_FOUND on the input's field, exactly
 * like a missing one; an ID of another type is VALIDATION on that field.
 */
import type { Context } from "../builder.js";
import { notFound } from "../errors/domain-error.js";
import type { Subject } from "../permissions/abilities.js";
import { fromGlobalId } from "./ids.js";
import type { RowOf } from "./models.js";
import { loadForWrite, loadReadable, type MutationScope } from "./mutation.js";

type Action = Parameters<Context["guard"]["assertCan"]>[0];

/** A record the input refers to (`input[field]`): decoded, then read through the read rules. */
export function loadReferenced<S extends Subject>(
  scope: MutationScope,
  subject: S,
  globalId: string,
  field: string,
): Promise<RowOf<S>> {
  return loadReadable(scope, subject, fromGlobalId(subject, globalId, field), field);
}

/**
 * The record a write addresses: read through the read rules, with `action` checked on it and on the
 * `fields` written (FORBIDDEN). `field` names the input field holding its ID (`id` by default).
 */
export async function loadTarget<S extends Subject>(
  scope: MutationScope,
  subject: S,
  globalId: string,
  action: Action,
  options: { fields?: string[]; field?: string } = {},
): Promise<RowOf<S>> {
  const field = options.field ?? "id";
  if (field === "id") return loadForWrite(scope, subject, fromGlobalId(subject, globalId), action, options.fields);
  const row = await loadReferenced(scope, subject, globalId, field);
  scope.ctx.guard.assertCan(action, subject, row as unknown as Record<string, unknown>, options.fields ?? []);
  return row;
}

/**
 * Several records of one subject the input lists (`entries[i]` decoded as `field(i)`), read in one
 * query through the read rules; any one missing or outside the scope is NOT_FOUND on its own field.
 * Returns the rows in the input's order.
 */
export async function loadReferencedAll<S extends Subject>(
  scope: MutationScope,
  subject: S,
  ids: readonly string[],
  field: (index: number) => string,
): Promise<RowOf<S>[]> {
  const name = subject.charAt(0).toLowerCase() + subject.slice(1);
  const model = (scope.tx as unknown as Record<string, { findMany(args: object): Promise<RowOf<S>[]> }>)[name];
  const rows = await model?.findMany({ where: { AND: [{ id: { in: [...ids] } }, scope.ctx.guard.where(subject)] } });
  const byId = new Map((rows ?? []).map((r) => [(r as unknown as { id: string }).id, r]));
  return ids.map((id, i) => {
    const row = byId.get(id);
    if (!row) throw notFound(subject, field(i));
    return row;
  });
}

/**
 * The scope columns of a new row under a committee or under one of its rows (a plan, a team…): the
 * same as its parent's, so the row rules see the row exactly where its parent is.
 */
export function scopeUnder(parent: { streetId: string } & ({ committeeId: string } | { id: string })) {
  return {
    committeeId: "committeeId" in parent ? parent.committeeId : parent.id,
    streetId: parent.streetId,
  };
}
