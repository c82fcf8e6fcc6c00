import { subject as asSubject } from "@casl/ability";
import { actionLabels, roleLabels } from "@gongjian/domain/actions";
import type { Context } from "../builder.js";
import { idFieldOf } from "../data/models.js";
import type { Action, Grant, Subject } from "../permissions/abilities.js";

export interface Explanation {
  allowed: boolean;
  reasonZh: string;
  reasonEn: string;
  /** The rule that decided, as CASL raw rule JSON (conditions and fields). */
  rule: unknown;
  /** The grant that rule came from. */
  grant: Grant | null;
}

const roleLabel = (role: string) => roleLabels[role]?.zh ?? role;

/** Chinese names of the subject and field for the messages (from the schema's descriptions). */
export interface ExplainLabels {
  subject?: string | undefined;
  field?: string | undefined;
}

type Delegate = { findFirst(args: object): Promise<Record<string, unknown> | null> };

/**
 * Why the caller may or may not do `action` on a subject (a record, optionally a field of it).
 * A record the caller may not read is explained exactly like one that does not exist.
 */
export async function explainAccess(
  ctx: Context,
  action: Action,
  subject: Subject,
  id: string | null,
  field: string | null,
  labels: ExplainLabels = {},
): Promise<Explanation> {
  const { guard } = ctx;
  const grants = ctx.identity?.grants ?? [];
  const grantOf = (raw: unknown): Grant | null => {
    const index = guard.rules.indexOf(raw as never);
    return index >= 0 ? (guard.ruleGrants[index] ?? null) : null;
  };
  // "修改驻区单位的字段 联系邮箱": the schema's Chinese names; a code name only where there is none.
  const what = labels.subject ?? subject;
  const fieldName = field ? (labels.field ?? field) : "";
  const fieldText = field ? `的字段 ${fieldName}` : "";
  const act = actionLabels[action]?.zh ?? action;
  const fieldTextEn = field ? ` (field ${field})` : "";
  if (grants.length === 0) {
    return {
      allowed: false,
      reasonZh: "未登录：没有任何授权",
      reasonEn: "Not signed in: no grants",
      rule: null,
      grant: null,
    };
  }
  let target: Record<string, unknown> | string = subject;
  if (id) {
    const model = subject.charAt(0).toLowerCase() + subject.slice(1);
    const delegate = (ctx.db.prisma as unknown as Record<string, Delegate>)[model] as Delegate;
    const row = await delegate.findFirst({ where: { AND: [{ [idFieldOf(subject)]: id }, guard.where(subject)] } });
    if (!row) {
      return {
        allowed: false,
        reasonZh: `没有这条${what}记录，或它不在您的权限范围内`,
        reasonEn: `No such ${subject} record, or it is outside your scope`,
        rule: null,
        grant: null,
      };
    }
    target = asSubject(subject, row) as unknown as Record<string, unknown>;
  }
  const rule = guard.ability.relevantRuleFor(action, target as never, field ?? undefined);
  if (rule && !rule.inverted) {
    const grant = grantOf(rule.origin);
    const role = grant?.role ?? "";
    return {
      allowed: true,
      reasonZh: `允许：您作为${roleLabel(role)}的授权规则允许${act}${what}${fieldText}`,
      reasonEn: `Allowed: your ${role} grant has a rule that lets you ${action} ${subject}${fieldTextEn}`,
      rule: rule.origin,
      grant,
    };
  }
  if (rule?.inverted) {
    return {
      allowed: false,
      reasonZh: `拒绝：任何角色都不能直接修改${what}${fieldText}（范围和版本字段由系统维护）`,
      reasonEn: `Refused: nobody writes ${subject}${fieldTextEn} directly (scope and version fields are maintained by the system)`,
      rule: rule.origin,
      grant: null,
    };
  }
  const rulesForSubject = guard.ability.rulesFor(action, subject).filter((r) => !r.inverted);
  if (rulesForSubject.length === 0) {
    const roles = grants.map((g) => roleLabel(g.role)).join("、");
    return {
      allowed: false,
      reasonZh: `拒绝：您的角色（${roles}）没有${act}${what}的权限`,
      reasonEn: `Refused: your roles (${grants.map((g) => g.role).join(", ")}) have no rule to ${action} ${subject}`,
      rule: null,
      grant: null,
    };
  }
  const fieldRules = field ? rulesForSubject.filter((r) => !r.fields || r.matchesField(field)) : rulesForSubject;
  if (field && fieldRules.length === 0) {
    const allowedFields = [...new Set(rulesForSubject.flatMap((r) => (r.fields ? [r.fields].flat() : [])))];
    return {
      allowed: false,
      reasonZh: `拒绝：字段 ${fieldName} 不在允许${act}的字段中（允许：${allowedFields.join("、")}）`,
      reasonEn: `Refused: field ${field} is not among the fields you may ${action} (allowed: ${allowedFields.join(", ")})`,
      rule: fieldRules[0]?.origin ?? rulesForSubject[0]?.origin ?? null,
      grant: grantOf(rulesForSubject[0]?.origin),
    };
  }
  const conditions = fieldRules.map((r) => JSON.stringify(r.conditions ?? {})).join(" 或/or ");
  return {
    allowed: false,
    reasonZh: `拒绝：规则存在，但条件不适用于这条记录（条件：${conditions}）`,
    reasonEn: `Refused: rules exist but their conditions do not match this record (conditions: ${conditions})`,
    rule: fieldRules[0]?.origin ?? null,
    grant: grantOf(fieldRules[0]?.origin),
  };
}
