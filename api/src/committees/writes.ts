import type { MutationScope } from "../data/mutation.js";
import { forbidden } from "../errors/domain-error.js";
import type { Action, Subject } from "../permissions/abilities.js";
import { laterOf } from "./rules.js";

/** The refusal of a write the caller's rules do not allow (naming the input field at fault). */
export function refusal(action: Action, subject: Subject, field: string): [zh: string, en: string, field: string] {
  return [`无权对${subject}执行 ${action}`, `Not allowed to ${action} ${subject}`, field];
}

/** Refuses a write the caller's rules do not allow on `row` (naming the input field at fault). */
export function assertCanWrite(
  scope: MutationScope,
  action: Action,
  subject: Subject,
  row: Record<string, unknown>,
  field: string,
) {
  if (!scope.ctx.guard.can(action, subject, row)) throw forbidden(...refusal(action, subject, field));
}

/** Ends memberships (toDate, never before their start), each with an audit event. */
export async function endMemberships(
  scope: MutationScope,
  memberships: { id: string; streetId: string; fromDate: Date; [k: string]: unknown }[],
  action: string,
  today: Date,
) {
  for (const m of memberships) {
    assertCanWrite(scope, "end", "Membership", m, "id");
    const ended = await scope.tx.membership.update({
      where: { id: m.id },
      data: { toDate: laterOf(today, m.fromDate), version: { increment: 1 } },
    });
    scope.audit({ action, entityType: "Membership", entityId: m.id, streetId: m.streetId, before: m, after: ended });
  }
}
