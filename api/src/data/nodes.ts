import { decodeGlobalID } from "@pothos/plugin-relay";
import { type GraphQLResolveInfo, isObjectType } from "graphql";
import type { Context } from "../builder.js";
import { invalid } from "../errors/domain-error.js";
import type { Subject } from "../permissions/abilities.js";
import { isUuid } from "./ids.js";

/**
 * `findUnique` for a prismaNode: `node(id)`, `nodes(ids)` and the plugin's fallback loads
 * go through the read rules, so a record outside the scope is null exactly like a missing one.
 */
export function scopedFindUnique(subject: Subject) {
  return (id: string, ctx: Context) =>
    (isUuid(id)
      ? { id, AND: [ctx.guard.where(subject)] }
      : // Not an id we could have issued: answer like a missing record (and never reach the database's uuid parser).
        { id: NIL_UUID, AND: [{ id: { in: [] } }] }) as never;
}

const NIL_UUID = "00000000-0000-0000-0000-000000000000";

/**
 * `node(id)`/`nodes(ids)` take global IDs of Node types only: an ID that does not decode, or names
 * a type that is not a Node (or none at all), is a typed VALIDATION error naming the argument,
 * instead of the relay plugin's untyped "X has not been implemented".
 */
export function assertNodeIds(ids: readonly unknown[], info: GraphQLResolveInfo, field: string): void {
  ids.forEach((id, i) => {
    const at = ids.length > 1 || field === "ids" ? `${field}[${i}]` : field;
    let typename: string;
    try {
      // The relay plugin hands the resolver ids it has already decoded ({ typename, id }).
      typename =
        id && typeof id === "object" && "typename" in id ? String(id.typename) : decodeGlobalID(String(id)).typename;
    } catch {
      throw invalid(at, `${at} 不是有效的全局ID`, `${at} is not a valid global ID`);
    }
    const type = info.schema.getType(typename);
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === "Node")) {
      throw invalid(at, `${at} 不是可查询记录的ID`, `${at} is not the ID of a record that can be looked up`);
    }
  });
}

/**
 * The options every guarded `prismaNode` shares: keyed by `id`, looked up (`node(id)`) through the
 * read rules, and null when the caller may not read it. Spread into `builder.prismaNode(model, {...})`.
 */
export function nodeOptions(subject: Subject) {
  return { id: { field: "id" as const }, findUnique: scopedFindUnique(subject), nullable: true as const };
}
