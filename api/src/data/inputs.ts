import type { InputFieldBuilder, InputFieldMap, SchemaTypes } from "@pothos/core";
import { builder } from "../builder.js";
import { globalId, versionField } from "./validation.js";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : SchemaTypes;

/** A required input field naming a record by its global ID: `t.id(refField("大党委 / Committee"))`. */
export const refField = (description: string) => ({ required: true, description, validate: globalId }) as const;

/**
 * The input of a change to one record based on the version it read: `{ id, version }` under the
 * mutation's own name, plus the change's own fields (`extra`; none for a status transition, an end,
 * a cancellation).
 */
export function versionedRecordInput<Extra extends InputFieldMap = Record<never, never>>(
  name: string,
  description: string,
  idDescription: string,
  extra?: (t: InputFieldBuilder<Types, "InputObject">) => Extra,
) {
  return builder.inputType(name, {
    description,
    fields: (t) => ({
      id: t.id(refField(idDescription)),
      version: t.int(versionField),
      ...(extra?.(t) as Extra),
    }),
  });
}
