/**
 * The seat structure of DESIGN.md invariant 1, as the API checks it (`api/src/seats/rules.ts`), so
 * the seat board shows violations before anything is submitted. Messages are the API's;
 * tests/e2e/console-arithmetic.test.ts checks that both give the same answers for any board.
 */
export type SeatRoleName = "SECRETARY" | "EXECUTIVE_DEPUTY" | "DEPUTY_FULL_TIME" | "DEPUTY_PART_TIME" | "MEMBER";

export const SEAT_ROLES: SeatRoleName[] = [
  "SECRETARY",
  "EXECUTIVE_DEPUTY",
  "DEPUTY_FULL_TIME",
  "DEPUTY_PART_TIME",
  "MEMBER",
];

/** Seats that count: nominated, approved or filed. */
export const ACTIVE_SEAT_STATUSES = ["NOMINATED", "APPROVED", "FILED"];

export interface SeatShape {
  role: SeatRoleName;
  sourceOrganizationId: string;
}

export interface Violation {
  field: string;
  messageZh: string;
  messageEn: string;
}

const v = (field: string, messageZh: string, messageEn: string): Violation => ({ field, messageZh, messageEn });

export function seatStructureViolations(
  seats: readonly SeatShape[],
  communityOrganizationIds: ReadonlySet<string>,
  options: { complete: boolean },
): Violation[] {
  const count = (role: SeatRoleName) => seats.filter((s) => s.role === role).length;
  const secretaries = count("SECRETARY");
  const fullTime = count("DEPUTY_FULL_TIME");
  const deputies = fullTime + count("DEPUTY_PART_TIME");
  const problems: Violation[] = [];
  if (secretaries > 1) problems.push(v("role", "书记只能设1名", "There can be only one secretary"));
  if (fullTime > 1) problems.push(v("role", "专职副书记只能设1名", "There can be only one full-time deputy"));
  if (count("EXECUTIVE_DEPUTY") > 1)
    problems.push(v("role", "常务副书记只能设1名", "There can be only one executive deputy"));
  if (deputies > 3) problems.push(v("role", "专、兼职副书记合计不能超过3名", "At most 3 deputies in all"));
  const secretary = seats.find((s) => s.role === "SECRETARY");
  if (count("EXECUTIVE_DEPUTY") > 0 && secretary && communityOrganizationIds.has(secretary.sourceOrganizationId)) {
    problems.push(
      v(
        "role",
        "书记由社区党组织书记担任时不设常务副书记",
        "There is no executive deputy when the secretary comes from the community party organisation",
      ),
    );
  }
  for (const seat of seats) {
    if (seat.role === "EXECUTIVE_DEPUTY" && !communityOrganizationIds.has(seat.sourceOrganizationId)) {
      problems.push(
        v(
          "sourceOrganizationId",
          "常务副书记由覆盖社区的社区党组织书记担任",
          "The executive deputy is the community party secretary of a covered community",
        ),
      );
    }
    if (seat.role === "DEPUTY_FULL_TIME" && !communityOrganizationIds.has(seat.sourceOrganizationId)) {
      problems.push(
        v(
          "sourceOrganizationId",
          "专职副书记须由覆盖社区的社区党组织成员担任",
          "The full-time deputy must come from the community party organisation of a covered community",
        ),
      );
    }
  }
  if (options.complete) {
    if (secretaries !== 1) problems.push(v("role", "须设书记1名", "A secretary is required"));
    if (fullTime !== 1) problems.push(v("role", "须设专职副书记1名", "A full-time deputy is required"));
    if (deputies < 2) problems.push(v("role", "专、兼职副书记须有2至3名", "2 to 3 deputies are required"));
  }
  return problems;
}

/** Slots of the board: how many seats each role should or may have. */
export const SEAT_LIMITS: Record<SeatRoleName, { min: number; max: number | null }> = {
  SECRETARY: { min: 1, max: 1 },
  EXECUTIVE_DEPUTY: { min: 0, max: 1 },
  DEPUTY_FULL_TIME: { min: 1, max: 1 },
  DEPUTY_PART_TIME: { min: 0, max: 2 },
  MEMBER: { min: 0, max: null },
};
