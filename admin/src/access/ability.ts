/**
 * The viewer's CASL ability in the browser, from `viewer.rules` (the API packs the very rules it enforces,
 * built by api/src/permissions/abilities.ts, with `packRules`).
 *
 * Rules' conditions are Prisma-style conditions on a row's own columns (`{ streetId: "…" }`,
 * `{ id: { in: [...] } }`, `{ managementMode: "DUAL" }`) with raw database ids. The console holds GraphQL
 * records (global ids, references as objects), so `toSubject` turns a record into the row shape it can
 * know: raw `id`, `<reference>Id` for every reference, scalars as they are. A condition on a column the
 * record does not carry (e.g. a unit's `streetId`) is treated as met: the record was readable, so it is in
 * the viewer's scope. The console uses the ability to hide and disable; the API decides, and a refusal is
 * explained with `explainAccess`.
 */
import { Ability, fieldPatternMatcher, type RawRuleOf, subject as tagSubject } from "@casl/ability";
import { unpackRules } from "@casl/ability/extra";
import { ruleTarget } from "@gongjian/domain/field-subjects";

export type ConsoleAbility = Ability<[string, string | Record<string, unknown>], Record<string, unknown>>;

type Condition = Record<string, unknown>;

function matchValue(expected: unknown, actual: unknown): boolean {
  if (actual === undefined) return true; // a column the record does not carry
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    const ops = expected as Record<string, unknown>;
    return Object.entries(ops).every(([op, value]) => {
      switch (op) {
        case "in":
          return Array.isArray(value) && value.includes(actual as never);
        case "notIn":
          return Array.isArray(value) && !value.includes(actual as never);
        case "equals":
          return actual === value;
        case "not":
          return !matchValue(value, actual);
        case "gt":
          return (actual as number) > (value as number);
        case "gte":
          return (actual as number) >= (value as number);
        case "lt":
          return (actual as number) < (value as number);
        case "lte":
          return (actual as number) <= (value as number);
        default:
          return true; // relation filters and the like: the API decides
      }
    });
  }
  return actual === expected;
}

export function matchesConditions(conditions: Condition, row: Record<string, unknown>): boolean {
  return Object.entries(conditions).every(([key, expected]) => {
    if (key === "AND") return (expected as Condition[]).every((c) => matchesConditions(c, row));
    if (key === "OR") return (expected as Condition[]).some((c) => matchesConditions(c, row));
    if (key === "NOT") return ![expected].flat().some((c) => matchesConditions(c as Condition, row));
    return matchValue(expected, row[key]);
  });
}

export function createConsoleAbility(packed: unknown): ConsoleAbility {
  const rules = Array.isArray(packed) ? (unpackRules(packed as never) as RawRuleOf<ConsoleAbility>[]) : [];
  return new Ability(rules, {
    conditionsMatcher: (conditions) => (object) =>
      matchesConditions(conditions as Condition, object as Record<string, unknown>),
    fieldMatcher: fieldPatternMatcher,
  }) as ConsoleAbility;
}

/** The raw id inside a relay global id (base64 of "Type:id"). */
export function rawId(globalId: string): string {
  try {
    const decoded = atob(globalId);
    const at = decoded.indexOf(":");
    return at > 0 ? decoded.slice(at + 1) : globalId;
  } catch {
    return globalId;
  }
}

/** A GraphQL record as the row a rule's conditions talk about. */
export function toSubject(type: string, record: Record<string, unknown> | undefined | null) {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record ?? {})) {
    if (key === "__typename") continue;
    if (key === "id" && typeof value === "string") row.id = rawId(value);
    else if (value && typeof value === "object" && !Array.isArray(value) && "id" in value) {
      const id = (value as { id: unknown }).id;
      if (typeof id === "string") row[`${key}Id`] = rawId(id);
    } else if (!Array.isArray(value) && (value === null || typeof value !== "object")) {
      if (!(key in row)) row[key] = value;
    }
  }
  return tagSubject(type, row);
}

/**
 * Whether some rule lets the viewer read `type.field` on some record (used to leave out fields and
 * columns the viewer can never see, label and all). Fields guarded as another subject's (a person's
 * personal data is PersonPrivate's) are asked as that subject, from the API's own table.
 */
export function canEverRead(ability: ConsoleAbility, type: string, field: string): boolean {
  const [subject, subjectField] = ruleTarget(type, field);
  return ability.can("read", subject, subjectField);
}
