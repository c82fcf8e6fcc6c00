import { builder } from "../builder.js";
import { globalId, versionField } from "./validation.js";

/** The field builder of an input type (for helpers that add fields to several inputs). */
export type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

/**
 * The input of a change that needs nothing but the record and the version it is based on
 * (a status transition, an end, a cancellation): `{ id, version }` under the mutation's own name,
 * plus the `extra` fields the change records (a reason, a filing number).
 */
export function versionedRecordInput<Extra extends object = Record<never, never>>(
  name: string,
  description: string,
  idDescription: string,
  extra?: (t: InputFieldBuilder) => Extra,
) {
  return builder.inputType(name, {
    description,
    fields: (t) => ({
      id: t.id({ required: true, description: idDescription, validate: globalId }),
      version: t.int(versionField),
      ...(extra?.(t) as Extra),
    }),
  });
}
