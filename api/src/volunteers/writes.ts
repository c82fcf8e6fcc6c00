/** What the volunteer mutations share: reading a referenced person through the caller's rules. */
import { fromGlobalId } from "../data/ids.js";
import type { MutationScope } from "../data/mutation.js";
import { notFound } from "../errors/domain-error.js";

/** A person referenced by an input, read through the caller's rules (foreign → NOT_FOUND). */
export async function loadPerson(scope: MutationScope, id: string, field: string) {
  const person = await scope.tx.person.findFirst({
    where: { AND: [{ id: fromGlobalId("Person", id, field) }, scope.ctx.guard.where("Person")] },
    select: { id: true },
  });
  if (!person) throw notFound("Person", field);
  return person.id;
}
