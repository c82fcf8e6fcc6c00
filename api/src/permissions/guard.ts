import { subject as asSubject, type RawRuleOf } from "@casl/ability";
import { accessibleBy } from "@casl/prisma/runtime";
import { idFieldOf } from "../data/models.js";
import { forbidden, notFound } from "../errors/domain-error.js";
import { type Action, type AppAbility, createAbility, type Grant, type Subject } from "./abilities.js";

type Row = Record<string, unknown>;
type Where = Record<string, unknown>;

/**
 * The one place where a request's rules meet data. Reads ask `where()` for the SQL row filter
 * and `canRead()` to check a loaded row or field; writes call `assertCan()` on the row they
 * loaded. A row outside the scope is reported exactly like a row that does not exist.
 */
export class Guard {
  readonly ability: AppAbility;

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

  /** Prisma `where` for the rows `action` may reach. */
  where(subject: Subject, action: Action = "read"): Where {
    // Matches no row when no rule grants the action at all.
    if (!this.ability.rulesFor(action, subject).some((rule) => !rule.inverted))
      return { [idFieldOf(subject)]: { in: [] } };
    const accessible = accessibleBy(this.ability as never, action as never) as unknown as {
      ofType(s: string): Where;
    };
    return accessible.ofType(subject);
  }

  can(action: Action, subject: Subject, row: Row, field?: string): boolean {
    return this.ability.can(action, asSubject(subject, { ...row }) as never, field);
  }

  canRead(subject: Subject, row: Row, field?: string): boolean {
    return this.can("read", subject, row, field);
  }

  /** Whether some rule lets `action` touch `field` on some row (used to avoid even selecting it). */
  mayEver(action: Action, subject: Subject, field?: string): boolean {
    return this.ability.rulesFor(action, subject, field).some((rule) => !rule.inverted);
  }

  /**
   * Whether `field` is readable on every row the role may read: only then may it be used in a
   * filter or an ordering, which would otherwise be an oracle for hidden values.
   */
  readableOnEveryRow(subject: Subject, field: string): boolean {
    const rules = this.ability.rulesFor("read", subject);
    const positive = rules.filter((rule) => !rule.inverted);
    if (positive.length === 0) return false;
    if (rules.some((rule) => rule.inverted && (!rule.fields || rule.matchesField(field)))) return false;
    return positive.every((rule) => !rule.fields || rule.matchesField(field));
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

function refused(action: Action, subject: Subject, field?: string) {
  return forbidden(
    `无权对${subject}执行 ${action}${field ? `（字段 ${field}）` : ""}`,
    `Not allowed to ${action} ${subject}${field ? ` (field ${field})` : ""}`,
    field ?? null,
  );
}
