import { DomainError, invalid, invalidTransition, invariant } from "./errors.js";

export type SeatRoleName = "SECRETARY" | "EXECUTIVE_DEPUTY" | "DEPUTY_FULL_TIME" | "DEPUTY_PART_TIME" | "MEMBER";

export interface SeatShape {
  role: SeatRoleName;
  sourceOrganizationId: string;
}

/**
 * The seat structure of DESIGN.md invariant 1 and the 实施意见: one secretary; one full-time deputy,
 * who comes from a community party organisation of a covered community; 2–3 deputies in all
 * (full-time and part-time); at most one executive deputy, who is the community party secretary
 * and is appointed only when the secretary is a resident unit's leader (社区党组织书记履行常务副书记职责;
 * the seat is optional: the duty exists whether or not it is recorded as a seat); members unlimited.
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
  const secretary = seats.find((s) => s.role === "SECRETARY");
  if (count("EXECUTIVE_DEPUTY") > 0 && secretary && communityOrganizationIds.has(secretary.sourceOrganizationId)) {
    problems.push(
      invariant(
        "role",
        "书记由社区党组织书记担任时不设常务副书记",
        "There is no executive deputy when the secretary comes from the community party organisation",
      ),
    );
  }
  for (const seat of seats) {
    if (seat.role === "EXECUTIVE_DEPUTY" && !communityOrganizationIds.has(seat.sourceOrganizationId)) {
      problems.push(
        invariant(
          "sourceOrganizationId",
          "常务副书记由覆盖社区的社区党组织书记担任",
          "The executive deputy is the community party secretary of a covered community",
        ),
      );
    }
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

export type SeatStatusName = "NOMINATED" | "APPROVED" | "FILED" | "REJECTED" | "ENDED";

/**
 * The seat workflow (DESIGN.md "Workflows"): nominated (推选) → approved by the street (街道党工委审批)
 * → filed by the district (区委组织部备案); a nomination may be rejected; an approved or filed seat
 * ends when its term ends. Rejected and ended seats are final.
 */
export const seatTransitions: Readonly<Record<SeatStatusName, readonly SeatStatusName[]>> = {
  NOMINATED: ["APPROVED", "REJECTED"],
  APPROVED: ["FILED", "ENDED"],
  FILED: ["ENDED"],
  REJECTED: [],
  ENDED: [],
};

/** Throws INVALID_TRANSITION (with the transitions allowed from `from`) unless `from → to` is allowed. */
export function assertSeatTransition(from: SeatStatusName, to: SeatStatusName): void {
  const allowed = seatTransitions[from];
  if (!allowed.includes(to)) throw invalidTransition("职务 Seat", from, to, [...allowed]);
}

/**
 * The columns a transition writes: the new status and its lifecycle timestamp (the database
 * checks that they agree), and for a rejection its reason.
 */
export function seatTransitionData(to: SeatStatusName, now: Date, reason?: string): Record<string, unknown> {
  switch (to) {
    case "APPROVED":
      return { status: to, approvedAt: now };
    case "FILED":
      return { status: to, filedAt: now };
    case "REJECTED":
      return { status: to, rejectedAt: now, rejectionReason: reason ?? null };
    case "ENDED":
      return { status: to, endedAt: now };
    case "NOMINATED":
      return { status: to, nominatedAt: now };
  }
}

/** The three qualifications of a committee member (委员基本条件). */
export const QUALIFICATIONS = ["ENTHUSIASM", "COORDINATION", "AVAILABILITY"] as const;
export type QualificationName = (typeof QUALIFICATIONS)[number];

/** A nomination records an attestation of each of the three qualifications, each exactly once. */
export function assertAttestations(attestations: readonly { qualification: QualificationName }[]): void {
  const given = attestations.map((a) => a.qualification);
  const duplicate = given.find((q, i) => given.indexOf(q) !== i);
  if (duplicate) {
    throw invalid(
      "attestations",
      `任职条件 ${duplicate} 重复证明`,
      `The qualification ${duplicate} is attested more than once`,
    );
  }
  const missing = QUALIFICATIONS.filter((q) => !given.includes(q));
  if (missing.length > 0) {
    throw invariant(
      "attestations",
      `推选须证明全部三项任职条件，缺少：${missing.join("、")}`,
      `A nomination must attest all three qualifications; missing: ${missing.join(", ")}`,
    );
  }
}

/** A dissolved committee takes no more nominations. */
export function assertCommitteeTakesNominations(status: string): void {
  if (status === "DISSOLVED") {
    throw invariant("committeeId", "大党委已撤销，不能推选委员", "The committee is dissolved and takes no nominations");
  }
}

/**
 * The organisation a nominee comes from is an active member of the committee or the community
 * party organisation of a community the committee actively covers; a seat produced ex officio
 * (当然进入) comes from a community party organisation.
 */
export function assertSeatSource(
  seat: { sourceOrganizationId: string; production: "EX_OFFICIO" | "NOMINATED" },
  memberOrganizationIds: ReadonlySet<string>,
  communityOrganizationIds: ReadonlySet<string>,
): void {
  const fromCommunity = communityOrganizationIds.has(seat.sourceOrganizationId);
  if (!fromCommunity && !memberOrganizationIds.has(seat.sourceOrganizationId)) {
    throw invariant(
      "sourceOrganizationId",
      "来源党组织须是该大党委的成员单位或所覆盖社区的社区党组织",
      "The source organisation must be a member of the committee or the party organisation of a covered community",
    );
  }
  if (seat.production === "EX_OFFICIO" && !fromCommunity) {
    throw invariant(
      "production",
      "只有社区党组织成员可当然进入",
      "Only members of a covered community's party organisation enter ex officio",
    );
  }
}

/** A person holds at most one active seat on a committee; an ended person holds none. */
export function assertPersonMayTakeSeat(
  person: { id: string; endedAt: Date | null },
  activeSeats: readonly { personId: string }[],
): void {
  if (person.endedAt) throw invariant("personId", "此人已注销", "The person has been deregistered");
  if (activeSeats.some((s) => s.personId === person.id)) {
    throw invariant("personId", "此人已在该大党委任职", "This person already holds a seat on the committee");
  }
}

/** A term ends on or after it starts. */
export function assertTerm(termStart: Date | null, termEnd: Date | null): void {
  if (termStart && termEnd && termEnd.getTime() < termStart.getTime()) {
    throw invalid("termEnd", "任期结束不能早于任期开始", "The term cannot end before it starts");
  }
}

const sameProblem = (a: DomainError, b: DomainError) =>
  a.code === b.code && a.field === b.field && a.messageEn === b.messageEn;

/**
 * The upper limits of the structure still hold once `added` joins the active seats (the
 * structure is completed one seat at a time: `assertSeatStructure` with `complete: false`). Only a
 * violation the new seat causes is reported, so a committee whose covered communities changed
 * since an earlier appointment can still fill its other seats.
 */
export function assertNominationKeepsStructure(
  activeSeats: readonly SeatShape[],
  added: SeatShape,
  communityOrganizationIds: ReadonlySet<string>,
): void {
  const existing = seatStructureViolations(activeSeats, communityOrganizationIds, { complete: false });
  const after = seatStructureViolations([...activeSeats, added], communityOrganizationIds, { complete: false });
  const remaining = [...existing];
  const caused = after.filter((problem) => {
    const i = remaining.findIndex((old) => sameProblem(old, problem));
    if (i === -1) return true;
    remaining.splice(i, 1);
    return false;
  });
  const [first] = caused;
  if (first) throw first;
}

export { DomainError };
