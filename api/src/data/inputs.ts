import { z } from "zod";
import { builder } from "../builder.js";
import { globalId, text, versionField } from "./validation.js";

/** The field builder of an input type (for helpers that add fields to several inputs). */
export type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

/** A required input field naming a record by its global ID: `t.id(refField("大党委 / Committee"))`. */
export const refField = (description: string) => ({ required: true, description, validate: globalId }) as const;

/**
 * The input of a change to one record based on the version it read: `{ id, version }` under the
 * mutation's own name, plus the `extra` fields the change records (none for a status transition, an
 * end, a cancellation; a reason, a filing number, the fields of an update).
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
      id: t.id(refField(idDescription)),
      version: t.int(versionField),
      ...(extra?.(t) as Extra),
    }),
  });
}

/**
 * The fields of an uploaded file (a rules document's attachment, an expense's voucher): its name, MIME type
 * and base64 content; the command checks the accepted types and the size (`@gongjian/domain/rules-documents`).
 */
export const uploadedFileFields = (t: InputFieldBuilder) => ({
  name: t.string({ required: true, description: "文件名 / File name", validate: text(200) }),
  contentType: t.string({ required: true, description: "MIME 类型 / Content type", validate: text(100) }),
  base64: t.string({
    required: true,
    description: "文件内容（base64）/ Content (base64)",
    validate: z.string().min(1),
  }),
});

/** The TypeScript shape of an input type's value (what a command receives): `InputOf<typeof CreateUnitInput>`. */
export type InputOf<Ref> = Ref extends { $inferInput: infer Shape } ? Shape : never;
