/**
 * One versioned step of a record's workflow (approve, adopt, close, receive, end…): load the record
 * the input addresses with the step's action checked, check the rule of the step on it, then write
 * the step's columns if the input's version is still current (a stale one is CONFLICT), with the
 * audit event. Nothing is written when a check refuses.
 */
import type { Context } from "../builder.js";
import type { Subject } from "../permissions/abilities.js";
import type { RowOf } from "./models.js";
import { type MutationScope, updateVersioned } from "./mutation.js";
import { loadTarget } from "./references.js";

type Action = Parameters<Context["guard"]["assertCan"]>[0];

export interface StepSpec<S extends Subject> {
  /** The ability action checked on the record (`approve`, `close`, …). */
  action: Action;
  /** The audit event's action (the mutation's name). */
  audit: string;
  /** The step's rule (throws a typed DomainError); may read more records. */
  check?: (before: RowOf<S>) => void | Promise<void>;
  /** The columns the step writes, given the record before it. */
  data: (before: RowOf<S>) => Record<string, unknown>;
}

export async function versionedStep<S extends Subject>(
  scope: MutationScope,
  subject: S,
  input: { id: string; version: number },
  spec: StepSpec<S>,
): Promise<RowOf<S>> {
  const before = await loadTarget(scope, subject, input.id, spec.action);
  await spec.check?.(before);
  return updateVersioned(scope, subject, before, input.version, spec.data(before), spec.audit);
}
