import { builder } from "../builder.js";
import { globalId, versionField } from "./validation.js";

/**
 * The input of a change that needs nothing but the record and the version it is based on
 * (a status transition, an end, a cancellation): `{ id, version }` under the mutation's own name.
 */
export function versionedRecordInput(name: string, description: string, idDescription: string) {
  return builder.inputType(name, {
    description,
    fields: (t) => ({
      id: t.id({ required: true, description: idDescription, validate: globalId }),
      version: t.int(versionField),
    }),
  });
}

/** The TypeScript shape of an input type's value (what a command receives): `InputOf<typeof CreateUnitInput>`. */
export type InputOf<Ref> = Ref extends { $inferInput: infer Shape } ? Shape : never;
