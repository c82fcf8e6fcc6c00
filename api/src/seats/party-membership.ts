/**
 * Party membership of seat holders ("兼职副书记和委员由驻区单位党组织负责人或办公室主任（中共党员）担任").
 * Decision (api/docs/architecture.md, "Seat holders are party members"): recording a seated person
 * as not a party member is REFUSED while a seat of theirs is nominated, approved or filed; the seat
 * is not ended as a side effect. Ending a seat is the committee's decision, with its own audit trail.
 */
import { lockRow, type MutationScope } from "../data/mutation.js";
import { ACTIVE_SEAT_STATUSES, assertSeatHolderIsPartyMember, assertStaysMemberWhileSeated } from "./rules.js";

/**
 * Locks the person's row, so that a nomination or approval (which lock it too) and this change take
 * turns, and reads whether they are a party member. Unknown ids read as not a member.
 */
export async function lockedPartyMembership(scope: MutationScope, personId: string): Promise<boolean> {
  await lockRow(scope, "Person", personId);
  const person = await scope.tx.person.findUnique({ where: { id: personId }, select: { isPartyMember: true } });
  return person?.isPartyMember ?? false;
}

/** Refuses a seat for a person who is not (any longer) a party member. */
export async function assertSeatHolderStillMember(scope: MutationScope, personId: string): Promise<void> {
  assertSeatHolderIsPartyMember({ isPartyMember: await lockedPartyMembership(scope, personId) });
}

/**
 * Called by the person update with the `isPartyMember` it writes (undefined when unchanged):
 * setting it to false is refused (INVARIANT on `isPartyMember`) while the person holds a
 * nominated, approved or filed seat on any committee. Writes nothing.
 */
export async function assertSeatedStayMembers(
  scope: MutationScope,
  personId: string,
  isPartyMember: boolean | null | undefined,
): Promise<void> {
  if (isPartyMember !== false) return;
  await lockRow(scope, "Person", personId);
  const activeSeats = await scope.tx.seat.count({ where: { personId, status: { in: [...ACTIVE_SEAT_STATUSES] } } });
  assertStaysMemberWhileSeated(isPartyMember, activeSeats);
}
