import { globalId } from "../data/validation.js";

/** The committee a mutation acts on (a global ID). */
export const committeeIdField = {
  required: true,
  description: "大党委 / Committee",
  validate: globalId,
} as const;
