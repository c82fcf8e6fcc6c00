import { DomainError, invariant } from "../errors/domain-error.js";

export type SeatRoleName = "SECRETARY" | "EXECUTIVE_DEPUTY" | "DEPUTY_FULL_TIME" | "DEPUTY_PART_TIME" | "MEMBER";

export interface SeatShape {
  role: SeatRoleName;
  sourceOrganizationId: string;
}

/**
 * The seat structure of DESIGN.md invariant 1 and the 实施意见: one secretary; one full-time deputy,
 * who comes from a community party organisation of a covered community; 2–3 deputies in all
 * (full-time and part-time); at most one executive deputy; members unlimited.
 *
 * `complete` (for submission) requires the full structure; otherwise only the upper limits are
 * checked (a committee fills its seats one at a time). Returns the violations, empty when valid.
 */
export function seatStructureViolations(
  seats: readonly SeatShape[],
  communityOrganizationIds: ReadonlySet<string>,
  options: { complete: boolean },
): DomainError[] {
  const count = (role: SeatRoleName) => seats.filter((s) => s.role === role).length;
  const secretaries = count("SECRETARY");
  const fullTime = count("DEPUTY_FULL_TIME");
  const deputies = fullTime + count("DEPUTY_PART_TIME");
  const problems: DomainError[] = [];
  if (secretaries > 1) problems.push(invariant("role", "书记只能设1名", "There can be only one secretary"));
  if (fullTime > 1) problems.push(invariant("role", "专职副书记只能设1名", "There can be only one full-time deputy"));
  if (count("EXECUTIVE_DEPUTY") > 1) {
    problems.push(invariant("role", "常务副书记只能设1名", "There can be only one executive deputy"));
  }
  if (deputies > 3) problems.push(invariant("role", "专、兼职副书记合计不能超过3名", "At most 3 deputies in all"));
  for (const seat of seats) {
    if (seat.role === "DEPUTY_FULL_TIME" && !communityOrganizationIds.has(seat.sourceOrganizationId)) {
      problems.push(
        invariant(
          "sourceOrganizationId",
          "专职副书记须由覆盖社区的社区党组织成员担任",
          "The full-time deputy must come from the community party organisation of a covered community",
        ),
      );
    }
  }
  if (options.complete) {
    if (secretaries !== 1) problems.push(invariant("role", "须设书记1名", "A secretary is required"));
    if (fullTime !== 1) problems.push(invariant("role", "须设专职副书记1名", "A full-time deputy is required"));
    if (deputies < 2) problems.push(invariant("role", "专、兼职副书记须有2至3名", "2 to 3 deputies are required"));
  }
  return problems;
}

/** Throws the first violation, if any. */
export function assertSeatStructure(
  seats: readonly SeatShape[],
  communityOrganizationIds: ReadonlySet<string>,
  options: { complete: boolean },
): void {
  const [first] = seatStructureViolations(seats, communityOrganizationIds, options);
  if (first) throw first;
}

/** Seats that count: nominated, approved or filed (not rejected or ended). */
export const ACTIVE_SEAT_STATUSES = ["NOMINATED", "APPROVED", "FILED"] as const;

export { DomainError };
