import type { Context } from "../context.js";
import type { Subject } from "../permissions/abilities.js";

/**
 * `findUnique` for a prismaNode: `node(id)`, `nodes(ids)` and the plugin's fallback loads
 * go through the read rules, so a record outside the scope is null exactly like a missing one.
 */
export function scopedFindUnique(subject: Subject) {
  return (id: string, ctx: Context) => ({ id, AND: [ctx.guard.where(subject)] }) as never;
}
