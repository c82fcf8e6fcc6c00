import { assertAllowedTransition, DomainError, invalid, invariant, type TransitionTable } from "./errors.js";

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
export const seatTransitions: TransitionTable<SeatStatusName> = {
  NOMINATED: ["APPROVED", "REJECTED"],
  APPROVED: ["FILED", "ENDED"],
  FILED: ["ENDED"],
  REJECTED: [],
  ENDED: [],
};

/** Throws INVALID_TRANSITION (with the transitions allowed from `from`) unless `from → to` is allowed. */
export const assertSeatTransition = (from: SeatStatusName, to: SeatStatusName) =>
  assertAllowedTransition("职务 Seat", seatTransitions, from, to);

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

export type SeatProductionName = "EX_OFFICIO" | "NOMINATED";

/**
 * Where a seat's holder comes from: the community party organisation of a covered community
 * (社区党组织) or a resident unit's party organisation that is a member of the committee (驻区单位党组织).
 */
export type SeatSourceKind = "COMMUNITY" | "RESIDENT_UNIT";

/**
 * The sources each role may come from, by how the seat is produced (实施意见): "兼职副书记和委员由驻区单位
 * 党组织负责人或办公室主任（中共党员）担任" — part-time deputies and nominated members come from resident
 * units; the full-time deputy (专职副书记) and the executive deputy (常务副书记, the community party
 * secretary) from the community's own organisation, whose elected members also enter as members ex officio
 * (当然进入); the secretary is a resident unit's leader or the community party secretary. Ex officio seats
 * come only from the community organisation, so a part-time deputy is never ex officio.
 */
export function allowedSeatSources(role: SeatRoleName, production: SeatProductionName): readonly SeatSourceKind[] {
  if (production === "EX_OFFICIO") return role === "DEPUTY_PART_TIME" ? [] : ["COMMUNITY"];
  switch (role) {
    case "SECRETARY":
      return ["COMMUNITY", "RESIDENT_UNIT"];
    case "EXECUTIVE_DEPUTY":
    case "DEPUTY_FULL_TIME":
      return ["COMMUNITY"];
    case "DEPUTY_PART_TIME":
    case "MEMBER":
      return ["RESIDENT_UNIT"];
  }
}

/** The kind of source an organisation is for a committee, or null when it is neither (not a member, not a covered community's). */
export function seatSourceKind(
  organizationId: string,
  memberOrganizationIds: ReadonlySet<string>,
  communityOrganizationIds: ReadonlySet<string>,
): SeatSourceKind | null {
  if (communityOrganizationIds.has(organizationId)) return "COMMUNITY";
  return memberOrganizationIds.has(organizationId) ? "RESIDENT_UNIT" : null;
}

const SOURCE_REFUSALS: Record<SeatRoleName, readonly [zh: string, en: string]> = {
  SECRETARY: [
    "书记须来自成员单位或所覆盖社区的社区党组织",
    "The secretary comes from a member or a covered community's organisation",
  ],
  EXECUTIVE_DEPUTY: [
    "常务副书记须来自所覆盖社区的社区党组织",
    "The executive deputy comes from a covered community's party organisation",
  ],
  DEPUTY_FULL_TIME: [
    "专职副书记须来自所覆盖社区的社区党组织",
    "The full-time deputy comes from a covered community's party organisation",
  ],
  DEPUTY_PART_TIME: [
    "兼职副书记须来自驻区成员单位的党组织",
    "A part-time deputy comes from a resident member unit's party organisation",
  ],
  MEMBER: [
    "委员须来自驻区成员单位的党组织（社区党组织成员只能当然进入）",
    "A member comes from a resident member unit's party organisation (community organisation members enter only ex officio)",
  ],
};

/**
 * The organisation a nominee comes from is an active member of the committee or the community
 * party organisation of a community the committee actively covers, of a kind the role allows
 * (`allowedSeatSources`); a seat produced ex officio (当然进入) comes from a community party organisation.
 */
export function assertSeatSource(
  seat: { sourceOrganizationId: string; role: SeatRoleName; production: SeatProductionName },
  memberOrganizationIds: ReadonlySet<string>,
  communityOrganizationIds: ReadonlySet<string>,
): void {
  const kind = seatSourceKind(seat.sourceOrganizationId, memberOrganizationIds, communityOrganizationIds);
  if (kind === null) {
    throw invariant(
      "sourceOrganizationId",
      "来源党组织须是该大党委的成员单位或所覆盖社区的社区党组织",
      "The source organisation must be a member of the committee or the party organisation of a covered community",
    );
  }
  if (seat.production === "EX_OFFICIO" && kind !== "COMMUNITY") {
    throw invariant(
      "production",
      "只有社区党组织成员可当然进入",
      "Only members of a covered community's party organisation enter ex officio",
    );
  }
  const allowed = allowedSeatSources(seat.role, seat.production);
  if (allowed.length === 0) {
    throw invariant("production", "兼职副书记不能当然进入", "A part-time deputy does not enter ex officio");
  }
  if (!allowed.includes(kind)) {
    const [zh, en] = SOURCE_REFUSALS[seat.role];
    throw invariant("sourceOrganizationId", zh, en);
  }
}

/** "（中共党员）": only a party member is nominated to, or approved for, a seat of any role. */
export function assertSeatHolderIsPartyMember(person: { isPartyMember: boolean }, field = "personId"): void {
  if (!person.isPartyMember) {
    throw invariant(field, "大党委职务只能由中共党员担任", "Only a party member may hold a seat on a committee");
  }
}

/**
 * A seated person stays a party member: while a seat of theirs is nominated, approved or filed,
 * `isPartyMember` cannot be set to false (end the seat first). `activeSeats` counts those seats.
 */
export function assertStaysMemberWhileSeated(isPartyMember: boolean | null | undefined, activeSeats: number): void {
  if (isPartyMember === false && activeSeats > 0) {
    throw invariant(
      "isPartyMember",
      "此人在大党委任职（已推选、已审批或已备案），须先结束其职务才能改为非党员",
      "This person holds a nominated, approved or filed committee seat; end the seat before recording them as not a party member",
    );
  }
}

/**
 * "其他委员由党员代表大会…推选产生": a nominated seat (not an ex officio one) records the party
 * congress (党员代表大会) that chose it — its date, not after today (Beijing), and its meeting or
 * document reference; an ex officio seat records none.
 */
export function assertCongressRecord(
  production: SeatProductionName,
  congress: { congressDate?: Date | null; congressReference?: string | null },
  today: Date,
): void {
  const { congressDate, congressReference } = congress;
  const reference = congressReference?.trim() ? congressReference : null;
  if (production === "EX_OFFICIO") {
    if (congressDate || reference) {
      throw invalid(
        congressDate ? "congressDate" : "congressReference",
        "当然进入的职务不经党员代表大会推选，不填推选会议",
        "An ex officio seat is not chosen by a party congress: leave the congress fields empty",
      );
    }
    return;
  }
  if (!congressDate) {
    throw invalid(
      "congressDate",
      "推选产生的职务须填写党员代表大会日期",
      "A nominated seat needs the party congress date",
    );
  }
  if (!reference) {
    throw invalid(
      "congressReference",
      "推选产生的职务须填写党员代表大会会议或文件编号",
      "A nominated seat needs the party congress meeting or document reference",
    );
  }
  if (congressDate.getTime() > today.getTime()) {
    throw invalid("congressDate", "党员代表大会日期不能晚于今天", "The party congress date cannot be in the future");
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
