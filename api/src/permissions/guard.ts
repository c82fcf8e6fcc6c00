import type { RawRuleOf } from "@casl/ability";
import { accessibleBy } from "@casl/prisma/runtime";
import { idFieldOf } from "../data/models.js";
import { forbidden, notFound } from "../errors/domain-error.js";
import { type Action, type AppAbility, createAbility, type Grant, type Subject } from "./abilities.js";

type Row = Record<string, unknown>;
type AbilityRules = ReturnType<AppAbility["rulesFor"]>;
type Where = Record<string, unknown>;

/**
 * The one place where a request's rules meet data. Reads ask `where()` for the SQL row filter
 * and `canRead()` to check a loaded row or field; writes call `assertCan()` on the row they
 * loaded. A row outside the scope is reported exactly like a row that does not exist.
 */
export class Guard {
  readonly ability: AppAbility;
  /**
   * Per-request memo of what depends only on the rules (never on a row): the rules for an
   * action/subject/field, `where`, `readableOnEveryRow`. The rules of a Guard never change after
   * construction, so these are the answers CASL would compute on every call. Nested maps, so that a
   * look-up per checked field allocates nothing.
   */
  private readonly rulesMemo = new Map<Action, Map<Subject, Map<string, AbilityRules>>>();
  private readonly whereMemo = new Map<Action, Map<Subject, Where>>();
  private readonly everyRowMemo = new Map<Subject, Map<string, boolean>>();

  /**
   * @param rules the union of the grants' rules
   * @param ruleGrants for each rule, the grant it came from (for explanations)
   */
  constructor(
    readonly rules: RawRuleOf<AppAbility>[],
    readonly ruleGrants: (Grant | null)[] = [],
  ) {
    this.ability = createAbility(rules);
  }

  /** `ability.rulesFor(action, subject, field)`, in CASL's priority order, memoised. */
  private rulesOf(action: Action, subject: Subject, field?: string): AbilityRules {
    const bySubject = memoOf(this.rulesMemo, action);
    const byField = memoOf(bySubject, subject);
    const key = field ?? "";
    let rules = byField.get(key);
    if (!rules) {
      rules = this.ability.rulesFor(action, subject, field);
      byField.set(key, rules);
    }
    return rules;
  }

  /** Prisma `where` for the rows `action` may reach. Callers embed it (AND); they never modify it. */
  where(subject: Subject, action: Action = "read"): Where {
    const bySubject = memoOf(this.whereMemo, action);
    let where = bySubject.get(subject);
    if (!where) {
      // Matches no row when no rule grants the action at all.
      if (!this.ability.rulesFor(action, subject).some((rule) => !rule.inverted)) {
        where = { [idFieldOf(subject)]: { in: [] } };
      } else {
        const accessible = accessibleBy(this.ability as never, action as never) as unknown as {
          ofType(s: string): Where;
        };
        where = accessible.ofType(subject);
      }
      bySubject.set(subject, where);
    }
    return where;
  }

  /**
   * The decision of CASL's `ability.can(action, subject(subject, row), field)`, without copying and
   * tagging the row for every check: CASL's `can` is "the first of `rulesFor(action, type, field)`
   * whose conditions match the object decides; none matches: refused" (`relevantRuleFor`), which
   * is exactly this loop over the same rules in the same order.
   */
  can(action: Action, subject: Subject, row: Row, field?: string): boolean {
    const object = row ?? {}; // an object is checked against the conditions (a missing row is an empty one)
    for (const rule of this.rulesOf(action, subject, field)) {
      if (rule.matchesConditions(object as never)) return !rule.inverted;
    }
    return false;
  }

  canRead(subject: Subject, row: Row, field?: string): boolean {
    return this.can("read", subject, row, field);
  }

  /** Whether some rule lets `action` touch `field` on some row (used to avoid even selecting it). */
  mayEver(action: Action, subject: Subject, field?: string): boolean {
    return this.rulesOf(action, subject, field).some((rule) => !rule.inverted);
  }

  /**
   * Whether `field` is readable on every row the role may read: only then may it be used in a
   * filter or an ordering, which would otherwise be an oracle for hidden values.
   */
  readableOnEveryRow(subject: Subject, field: string): boolean {
    const byField = memoOf(this.everyRowMemo, subject);
    let answer = byField.get(field);
    if (answer === undefined) {
      const rules = this.rulesOf("read", subject);
      const positive = rules.filter((rule) => !rule.inverted);
      answer =
        positive.length > 0 &&
        !rules.some((rule) => rule.inverted && (!rule.fields || rule.matchesField(field))) &&
        positive.every((rule) => !rule.fields || rule.matchesField(field));
      byField.set(field, answer);
    }
    return answer;
  }

  /** Throws NOT_FOUND unless the row is readable, then FORBIDDEN unless `action` on `fields` is allowed. */
  assertCan(action: Action, subject: Subject, row: Row | null | undefined, fields: string[] = []): asserts row is Row {
    if (!row || !this.canRead(subject, row)) throw notFound(subject);
    if (fields.length === 0) {
      if (!this.can(action, subject, row)) throw refused(action, subject);
      return;
    }
    for (const field of fields) {
      if (!this.can(action, subject, row, field)) throw refused(action, subject, field);
    }
  }
}

/** The inner map of `outer` for `key`, created on first use. */
function memoOf<K, V extends Map<unknown, unknown>>(outer: Map<K, V>, key: K): V {
  let inner = outer.get(key);
  if (!inner) {
    inner = new Map() as V;
    outer.set(key, inner);
  }
  return inner;
}

function refused(action: Action, subject: Subject, field?: string) {
  return forbidden(
    `无权对${subject}执行 ${action}${field ? `（字段 ${field}）` : ""}`,
    `Not allowed to ${action} ${subject}${field ? ` (field ${field})` : ""}`,
    field ?? null,
  );
}
