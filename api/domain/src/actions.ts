import labels from "./labels.json" with { type: "json" };

/** The actions permission rules speak of (CASL's verbs). */
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
  "pay",
  "reverse",
] as const;
export type Action = (typeof actions)[number] | "manage";

/** A label in both languages. */
export interface ActionLabel {
  zh: string;
  en: string;
}

/**
 * What each action and each role is called, for people (./labels.json): refusals (`explainAccess`), the
 * console's history and its workflow buttons. The one table of action and role names (the GraphQL `Role`
 * enum's descriptions are the role labels).
 */
export const actionLabels: Record<Action, ActionLabel> = labels.actions;
export const roleLabels: Record<string, ActionLabel> = labels.roles;
