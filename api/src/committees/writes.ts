import type { RowOf } from "../data/models.js";
import { type MutationScope, updateVersioned } from "../data/mutation.js";
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

type Row = { id: string; streetId: string; version: number; [k: string]: unknown };

/**
 * A side effect on a row the mutation did not name (a coverage ending with its committee, a meeting
 * cancelled with it): checks `ability` on the row (refusing on `field`), then writes `data` through
 * `updateVersioned` at the version read in this transaction (a concurrent change is a CONFLICT, not
 * overwritten), with the audit event under the mutation's `action`. Returns the row after the write.
 */
export async function changeChecked<S extends Subject>(
  scope: MutationScope,
  ability: Action,
  subject: S,
  before: Row,
  data: Record<string, unknown>,
  action: string,
  field = "id",
): Promise<RowOf<S>> {
  assertCanWrite(scope, ability, subject, before, field);
  return updateVersioned(scope, subject, before as unknown as RowOf<S>, before.version, data, action);
}

/** Ends memberships (toDate, never before their start), each with an audit event. */
export async function endMemberships(
  scope: MutationScope,
  memberships: { id: string; streetId: string; version: number; fromDate: Date; [k: string]: unknown }[],
  action: string,
  today: Date,
) {
  for (const m of memberships) {
    await changeChecked(scope, "end", "Membership", m, { toDate: laterOf(today, m.fromDate) }, action);
  }
}
