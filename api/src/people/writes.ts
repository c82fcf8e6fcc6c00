/** What the person mutations share: the check that an ID number is not registered to another person. */
import type { MutationScope } from "../data/mutation.js";
import { invariant } from "../errors/domain-error.js";

/** An ID number is registered once (also checked by the unique index, for concurrent writes). */
export async function assertIdNumberFree(scope: MutationScope, idNumber: string, exceptPersonId?: string) {
  const existing = await scope.tx.personPrivate.findUnique({ where: { idNumber }, select: { personId: true } });
  if (existing && existing.personId !== exceptPersonId) {
    throw invariant("idNumber", "身份证号已登记", "The ID number is already registered");
  }
}
