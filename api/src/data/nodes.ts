import type { Context } from "../context.js";
import type { Subject } from "../permissions/abilities.js";

/**
 * `findUnique` for a prismaNode: `node(id)`, `nodes(ids)` and the plugin's fallback loads
 * go through the read rules, so a record outside the scope is null exactly like a missing one.
 */
export function scopedFindUnique(subject: Subject) {
  return (id: string, ctx: Context) =>
    (UUID.test(id)
      ? { id, AND: [ctx.guard.where(subject)] }
      : // Not an id we could have issued: answer like a missing record (and never reach the database's uuid parser).
        { id: NIL_UUID, AND: [{ id: { in: [] } }] }) as never;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NIL_UUID = "00000000-0000-0000-0000-000000000000";
