import type { Prisma } from "@gongjian/db/client";
import type { Subject } from "../permissions/abilities.js";

/** The row type of a guarded model: its scalar columns, as Prisma's type map has them (no hand-kept list). */
export type RowOf<S extends Subject> = Prisma.TypeMap["model"][S]["payload"]["scalars"];

/** The primary key column of a guarded model (PersonPrivate is keyed by its person). */
export function idFieldOf(subject: Subject): string {
  return subject === "PersonPrivate" ? "personId" : "id";
}
