/**
 * The actions permission rules speak of (CASL's verbs). No imports: the console's code generator reads
 * them too (admin/codegen/model.ts), to name the rule a mutation is checked against.
 */
export const actions = [
  "read",
  "create",
  "update",
  "delete",
  "submit",
  "approve",
  "reject",
  "file",
  "dissolve",
  "end",
  "nominate",
  "acknowledge",
  "receive",
  "adopt",
  "close",
] as const;
export type Action = (typeof actions)[number] | "manage";
