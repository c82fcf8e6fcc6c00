import { cadenceAnswers } from "@gongjian/api/analytics/meeting-rules";
import { beijingYearMonth } from "@gongjian/api/analytics/rules";
import { createApp } from "@gongjian/api/app";
import { isJointWorkOverdue } from "@gongjian/api/joint-work/rules";
import { allowedSeatSources, type SeatProductionName, type SeatRoleName } from "@gongjian/api/seats/rules";
import { deriveManagementMode, superiorOf } from "@gongjian/api/units/rules";
import { isValidCreditCode, isValidIdNumber, openDatabase } from "@gongjian/db";
import { getDatamodel } from "@gongjian/db/pothos";
import { buildDataset, seed } from "@gongjian/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testAuth } from "../support/app.js";
import { freshDatabase, type TestDatabase } from "../support/db.js";

const models = getDatamodel().datamodel.models;
const tables = Object.keys(models).filter((m) => m !== "AuditEvent");

/** A digest of a table's whole content, independent of physical order and time zone. */
async function digest(sql: TestDatabase["sql"], table: string): Promise<string> {
  const rows = await sql.query<{ d: string | null }>(
    `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS d FROM "${table}" t`,
  );
  return `${rows[0]?.d}`;
}

type Dataset = ReturnType<typeof buildDataset>;

/**
 * The seats of a data set that break the seat rules of issue 14: a holder who is not a party
 * member; a source the role does not allow (part-time deputies and nominated members from resident
 * units' organisations, the full-time and executive deputies from a covered community's own
 * organisation); a nominated seat without its party congress (date and reference), an ex officio one with one.
 */
function seatViolations(data: Dataset): string[] {
  const persons = new Map(data.person.map((p) => [p.id, p]));
  const organizations = new Map(data.partyOrganization.map((o) => [o.id, o]));
  const covered = new Map<string, Set<string>>();
  for (const c of data.committeeCommunity) {
    covered.set(c.committeeId, (covered.get(c.committeeId) ?? new Set()).add(c.communityId));
  }
  const problems: string[] = [];
  for (const seat of data.seat) {
    const where = `seat ${seat.id} (${seat.role}, ${seat.production})`;
    if (persons.get(seat.personId)?.isPartyMember === false) problems.push(`${where}: holder is not a party member`);
    const source = organizations.get(seat.sourceOrganizationId);
    const community = source?.unitId === null && covered.get(seat.committeeId)?.has(String(source.communityId));
    const kind = community ? "COMMUNITY" : source?.unitId ? "RESIDENT_UNIT" : null;
    const allowed = allowedSeatSources(seat.role as SeatRoleName, seat.production as SeatProductionName);
    if (!kind || !allowed.includes(kind)) problems.push(`${where}: source ${kind} not among ${allowed.join("/")}`);
    const congress = seat.congressDate != null && Boolean(seat.congressReference);
    if (congress !== (seat.production === "NOMINATED")) problems.push(`${where}: congress recorded: ${congress}`);
  }
  return problems;
}

describe("seed data set (pure)", () => {
  it("seats only party members, from the sources their roles allow, nominated ones with their congress (demo and district)", () => {
    const demo = buildDataset("demo", 1);
    expect(seatViolations(demo)).toEqual([]);
    expect(seatViolations(buildDataset("district", 1))).toEqual([]);
    // The check sees each kind of violation.
    const filed = (role: string, production: string, committeeId?: string) =>
      demo.seat.find(
        (s) =>
          s.role === role &&
          s.production === production &&
          s.status === "FILED" &&
          (committeeId === undefined || s.committeeId === committeeId),
      );
    const partTime = filed("DEPUTY_PART_TIME", "NOMINATED");
    const member = filed("MEMBER", "NOMINATED");
    const exOfficio = filed("MEMBER", "EX_OFFICIO", partTime?.committeeId);
    if (!partTime || !member || !exOfficio) throw new Error("the demo has filed part-time deputies and members");
    const broken: Dataset = {
      ...demo,
      person: demo.person.map((p) => (p.id === member.personId ? { ...p, isPartyMember: false } : p)),
      seat: demo.seat.map((s) =>
        s.id === partTime.id
          ? { ...s, sourceOrganizationId: exOfficio.sourceOrganizationId }
          : s.id === member.id
            ? { ...s, congressDate: null, congressReference: null }
            : s,
      ),
    };
    const found = seatViolations(broken);
    expect(found.some((p) => p.startsWith(`seat ${member.id}`) && p.endsWith("holder is not a party member"))).toBe(
      true,
    );
    expect(found).toContain(
      `seat ${partTime.id} (DEPUTY_PART_TIME, NOMINATED): source COMMUNITY not among RESIDENT_UNIT`,
    );
    expect(found).toContain(`seat ${member.id} (MEMBER, NOMINATED): congress recorded: false`);
  });

  it("is deterministic for a seed and differs for another seed", () => {
    const a = JSON.stringify(buildDataset("demo", 1), (_k, v) => (typeof v === "bigint" ? `${v}n` : v));
    const b = JSON.stringify(buildDataset("demo", 1), (_k, v) => (typeof v === "bigint" ? `${v}n` : v));
    const c = JSON.stringify(buildDataset("demo", 2), (_k, v) => (typeof v === "bigint" ? `${v}n` : v));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("has valid credit codes, valid-format ID numbers and ratios summing to exactly 100%", () => {
    const data = buildDataset("demo", 1);
    expect(data.unit.length).toBeGreaterThanOrEqual(140);
    expect(data.unit.every((u) => isValidCreditCode(u.creditCode))).toBe(true);
    expect(data.personPrivate.every((p) => isValidIdNumber(p.idNumber))).toBe(true);
    // Clearly fake: the area code 9999xx does not exist.
    expect(data.personPrivate.every((p) => p.idNumber.startsWith("9999"))).toBe(true);
    const sums = new Map<string, number>();
    for (const r of data.contributionRatio) {
      const [whole = "0", frac = ""] = String(r.percent).split(".");
      const units = Number(whole) * 10_000 + Number(frac.padEnd(4, "0"));
      sums.set(r.planId, (sums.get(r.planId) ?? 0) + units);
    }
    expect(sums.size).toBeGreaterThan(0);
    for (const total of sums.values()) expect(total).toBe(1_000_000);
  });

  it("has the demo's shape: one street, ~8 communities, two joint and one community committee, full seats", () => {
    const data = buildDataset("demo", 1);
    expect(data.street).toHaveLength(1);
    expect(data.community.length).toBeGreaterThanOrEqual(8);
    const filed = data.committee.filter((c) => c.status === "FILED");
    expect(filed.filter((c) => c.kind === "JOINT")).toHaveLength(2);
    expect(filed.filter((c) => c.kind === "COMMUNITY")).toHaveLength(1);
    for (const committee of filed) {
      const seats = data.seat.filter((s) => s.committeeId === committee.id && s.status === "FILED");
      expect(seats.filter((s) => s.role === "SECRETARY")).toHaveLength(1);
      expect(seats.filter((s) => s.role === "DEPUTY_FULL_TIME")).toHaveLength(1);
      const deputies = seats.filter((s) => s.role === "DEPUTY_FULL_TIME" || s.role === "DEPUTY_PART_TIME").length;
      expect(deputies).toBeGreaterThanOrEqual(2);
      expect(deputies).toBeLessThanOrEqual(3);
      if (committee.kind === "JOINT") {
        expect(data.committeeCommunity.filter((c) => c.committeeId === committee.id).length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it.each(["demo", "district"] as const)(
    "has %s assessments notified (通报) and not, and annual appraisals reaching a workplace unit's liaison",
    (scale) => {
      const data = buildDataset(scale, 1);
      const unitOf = new Map(data.partyOrganization.map((o) => [o.id, o.unitId]));
      const notified = data.assessment.filter((a) => a.notifiedAt);
      expect(notified.length).toBeGreaterThan(0);
      expect(notified.length).toBeLessThan(data.assessment.length);
      const appraisals = data.assessment.filter((a) => a.kind === "ANNUAL_APPRAISAL");
      expect(appraisals.some((a) => !a.notifiedAt)).toBe(true);
      // Notified to the person's workplace organisation, which belongs to a unit (whose liaison reads it).
      const reaching = appraisals.filter((a) => a.notifiedAt && a.organizationId && unitOf.get(a.organizationId));
      expect(reaching.length).toBeGreaterThan(0);
      for (const a of notified) expect(a.organizationId).not.toBeNull();
    },
    60_000,
  );
});

describe("issue 14 items 5 and 7 in the seeds", () => {
  for (const scale of ["demo", "district"] as const) {
    it(`${scale}: every workplace kind with exactly its columns, and residents' committees managed directly`, () => {
      const data = buildDataset(scale, 1);
      const orgById = new Map(data.partyOrganization.map((o) => [o.id, o]));
      const unitKind = new Map(data.unit.map((u) => [u.id, u.kind]));
      const kinds = new Map<string | null, number>();
      for (const p of data.person) {
        const kind = p.workplaceKind ?? null;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        const set = [
          p.workplaceOrganizationId,
          p.workplaceExternalCode,
          p.workplaceDistrictCode,
          p.workplaceEmployerName,
          p.workplaceCreditCode,
        ].map((v) => v != null);
        expect(set, `${p.id} ${kind}`).toEqual(
          kind === "ORGANIZATION"
            ? [true, false, false, false, false]
            : kind === "EXTERNAL_ORGANIZATION"
              ? [false, true, true, false, false]
              : kind === "UNREGISTERED_EMPLOYER"
                ? [false, false, false, true, true]
                : [false, false, false, false, false],
        );
        if (kind === "UNREGISTERED_EMPLOYER") expect(isValidCreditCode(String(p.workplaceCreditCode))).toBe(true);
        if (kind === "ORGANIZATION") expect(orgById.has(String(p.workplaceOrganizationId))).toBe(true);
      }
      for (const kind of ["ORGANIZATION", "EXTERNAL_ORGANIZATION", "UNREGISTERED_EMPLOYER", null]) {
        expect(kinds.get(kind) ?? 0, String(kind)).toBeGreaterThan(0);
      }
      if (scale === "district") {
        // In-service members registered in one street who work in another.
        expect(
          data.person.some(
            (p) => p.workplaceOrganizationId && orgById.get(p.workplaceOrganizationId)?.streetId !== p.streetId,
          ),
        ).toBe(true);
      }
      let residentsCommittees = 0;
      for (const o of data.partyOrganization) {
        const kind = o.unitId ? (unitKind.get(o.unitId) ?? null) : null;
        const superiorStreet = o.superiorId ? orgById.get(o.superiorId)?.streetId : null;
        expect(o.managementMode, o.code).toBe(deriveManagementMode(o.streetId, superiorOf(o, superiorStreet), kind));
        if (kind === "RESIDENTS_COMMITTEE") {
          residentsCommittees += 1;
          expect(o.managementMode, o.code).toBe("DIRECT");
        }
      }
      expect(residentsCommittees).toBeGreaterThan(0);
    });
  }
});

/**
 * Issue 14, items 2 and 3: every committee keeps its 党委会 cadence and holds an extended meeting every
 * month up to the last month that has ended; extended meetings record their 列席 organisations (located
 * in the covered communities, with exactly one kind of representative); votes never exceed the seat
 * holders present.
 */
function meetingRuleViolations(data: ReturnType<typeof buildDataset>): string[] {
  const violations: string[] = [];
  const reference = { year: 2026, month: 8 }; // the seed's reference date is 2026-09-15
  // Committees' meetings (a street's coordination meetings have no committee and no cadence of months).
  const held = data.meeting.filter((m) => m.status === "HELD" && m.committeeId !== null);
  const byCommitteeYear = new Map<string, { regular: number; extended: number; emergency: number; month: number }[]>();
  for (const m of held) {
    const { year, month } = beijingYearMonth(new Date(m.heldAt as Date));
    const key = `${m.committeeId}/${year}`;
    const months =
      byCommitteeYear.get(key) ??
      Array.from({ length: 12 }, (_, i) => ({ month: i + 1, regular: 0, extended: 0, emergency: 0 }));
    const slot = months[month - 1] as (typeof months)[number];
    if (m.kind === "REGULAR") slot.regular++;
    else if (m.kind === "EXTENDED") slot.extended++;
    else slot.emergency++;
    byCommitteeYear.set(key, months);
  }
  const committees = new Map(data.committee.map((c) => [c.id, c]));
  for (const [key, months] of byCommitteeYear) {
    const [committeeId, year] = key.split("/") as [string, string];
    const cadence = committees.get(committeeId)?.meetingCadence ?? "MONTHLY";
    const through = Number(year) < reference.year ? 12 : reference.month;
    for (const a of cadenceAnswers(months, cadence, through)) {
      if (a.regularKept === false) violations.push(`${key}: 党委会 cadence ${cadence} missed in month ${a.month}`);
      if (a.extendedKept === false) violations.push(`${key}: no extended meeting in month ${a.month}`);
    }
  }
  const meetings = new Map(data.meeting.map((m) => [m.id, m]));
  const units = new Map(data.unit.map((u) => [u.id, u]));
  const organizations = new Map(data.partyOrganization.map((o) => [o.id, o]));
  for (const a of data.meetingAttendee) {
    const meeting = meetings.get(a.meetingId);
    const org = organizations.get(a.organizationId);
    if (meeting?.kind === "COORDINATION") {
      // A street's coordination meeting: organisations of the street.
      if (org?.streetId !== meeting.streetId) violations.push(`attendee ${a.id}: organisation of another street`);
      continue;
    }
    if (meeting?.kind !== "EXTENDED") violations.push(`attendee ${a.id} of a ${meeting?.kind} meeting`);
    const community = org?.communityId ?? units.get(org?.unitId ?? "")?.communityId;
    const covered = data.committeeCommunity.some(
      (c) => c.committeeId === meeting?.committeeId && c.communityId === community,
    );
    if (!covered) violations.push(`attendee ${a.id}: organisation outside the covered communities`);
    const registered = a.personId != null && a.representativeName == null && a.representativePost == null;
    const named = a.personId == null && Boolean(a.representativeName) && Boolean(a.representativePost);
    if (registered === named) violations.push(`attendee ${a.id}: not exactly one kind of representative`);
  }
  const withAttendees = new Set(data.meetingAttendee.map((a) => a.meetingId));
  for (const m of held.filter((x) => x.kind === "EXTENDED" && !withAttendees.has(x.id))) {
    violations.push(`extended meeting ${m.id} without attendees`);
  }
  const present = new Map<string, number>();
  for (const a of data.attendance) {
    if (a.status === "PRESENT") present.set(a.meetingId, (present.get(a.meetingId) ?? 0) + 1);
  }
  for (const m of held) if (!present.get(m.id)) violations.push(`held meeting ${m.id} with nobody present`);
  for (const r of data.resolution) {
    const votes = (r.votesFor ?? 0) + (r.votesAgainst ?? 0) + (r.votesAbstain ?? 0);
    if (votes > (present.get(r.meetingId) ?? 0)) violations.push(`resolution ${r.id}: ${votes} votes`);
  }
  return [...violations, ...principleViolations(data), ...jointWorkViolations(data)];
}

/**
 * 共建事项 (issue 15 item 3) as the API enforces them: every 实事共办 resolution has its item; an item is
 * shared by at least two organisations of its committee (the street's, for a street's item), exactly one
 * leading; a raised item started only from an agenda; progress never goes back; a closed item names a
 * resolution of another meeting of its owner; a dropped one its reason.
 */
function jointWorkViolations(data: ReturnType<typeof buildDataset>): string[] {
  const violations: string[] = [];
  const born = new Set(data.jointWorkItem.map((i) => i.originResolutionId));
  for (const r of data.resolution) {
    if (r.principle === "PRACTICAL_MATTERS_DONE" && !born.has(r.id)) violations.push(`实事共办 ${r.id}: no joint work`);
  }
  const resolutions = new Map(data.resolution.map((r) => [r.id, r]));
  const orgStreet = new Map(data.partyOrganization.map((o) => [o.id, o.streetId]));
  const members = new Set(data.membership.map((m) => `${m.committeeId}/${m.organizationId}`));
  for (const item of data.jointWorkItem) {
    const participants = data.jointWorkParticipant.filter((p) => p.itemId === item.id);
    if (new Set(participants.map((p) => p.organizationId)).size < 2)
      violations.push(`item ${item.id}: < 2 organisations`);
    if (participants.filter((p) => p.role === "LEAD").length !== 1) violations.push(`item ${item.id}: not one lead`);
    for (const p of participants) {
      const allowed = item.committeeId
        ? members.has(`${item.committeeId}/${p.organizationId}`)
        : orgStreet.get(p.organizationId) === item.streetId;
      if (!allowed) violations.push(`participant ${p.id}: not an organisation of the owner`);
    }
    if (!item.originResolutionId && item.status !== "OPEN" && item.status !== "DROPPED" && !item.agendaItemId) {
      violations.push(`item ${item.id}: raised item started without an agenda`);
    }
    const reports = data.jointWorkProgress
      .filter((p) => p.itemId === item.id)
      .sort((a, b) => (a.reportedOn as Date).getTime() - (b.reportedOn as Date).getTime());
    reports.forEach((p, i) => {
      if (i > 0 && p.percent < (reports[i - 1]?.percent ?? 0)) violations.push(`report ${p.id}: progress went back`);
    });
    if (["DONE", "CLOSED"].includes(String(item.status)) && reports.at(-1)?.percent !== 100) {
      violations.push(`item ${item.id}: ${item.status} without a 100% report`);
    }
    if (item.status === "CLOSED") {
      const closing = resolutions.get(item.closingResolutionId ?? "");
      const origin = resolutions.get(item.originResolutionId ?? "");
      if (closing?.committeeId !== item.committeeId || closing?.meetingId === origin?.meetingId) {
        violations.push(`item ${item.id}: closed by ${closing?.id}`);
      }
    }
    if ((item.status === "DROPPED") !== Boolean(item.dropReason)) violations.push(`item ${item.id}: drop reason`);
  }
  return violations;
}

/** The 议事原则 as the API enforces them (issue 15): votes, consultations, urgent meetings and reports. */
function principleViolations(data: ReturnType<typeof buildDataset>): string[] {
  const violations: string[] = [];
  const meetings = new Map(data.meeting.map((m) => [m.id, m]));
  const activeSeats = new Map<string, Set<string>>();
  for (const seat of data.seat) {
    if (!["NOMINATED", "APPROVED", "FILED"].includes(String(seat.status))) continue;
    const set = activeSeats.get(seat.committeeId) ?? new Set<string>();
    activeSeats.set(seat.committeeId, set.add(seat.personId));
  }
  const presentAt = new Map<string, Set<string>>();
  for (const a of data.attendance) {
    if (a.status !== "PRESENT") continue;
    presentAt.set(a.meetingId, (presentAt.get(a.meetingId) ?? new Set<string>()).add(a.personId));
  }
  const byResolution = <T extends { resolutionId: string }>(rows: T[]) => {
    const out = new Map<string, T[]>();
    for (const row of rows) out.set(row.resolutionId, [...(out.get(row.resolutionId) ?? []), row]);
    return out;
  };
  const votesOf = byResolution(data.resolutionVote);
  const consultationsOf = byResolution(data.resolutionConsultation);
  for (const r of data.resolution) {
    const meeting = meetings.get(r.meetingId);
    const votes = votesOf.get(r.id) ?? [];
    const consulted = consultationsOf.get(r.id) ?? [];
    if (r.principle === "IMPORTANT_MATTERS_DECIDED") {
      const present = presentAt.get(r.meetingId) ?? new Set<string>();
      const seats = activeSeats.get(r.committeeId ?? "")?.size ?? 0;
      if (present.size * 2 <= seats) violations.push(`resolution ${r.id}: no quorum (${present.size}/${seats})`);
      const voters = new Set(votes.map((v) => v.personId));
      if (voters.size !== present.size || [...voters].some((p) => !present.has(p))) {
        violations.push(`resolution ${r.id}: voters are not the seat holders present`);
      }
      const votesFor = votes.filter((v) => v.choice === "FOR").length;
      if (votesFor * 2 <= votes.length) violations.push(`resolution ${r.id}: no majority`);
      if (r.votesFor !== votesFor) violations.push(`resolution ${r.id}: votesFor ${r.votesFor} ≠ ${votesFor}`);
    } else if (votes.length > 0) violations.push(`resolution ${r.id}: votes under ${r.principle}`);
    if (r.principle === "MAJOR_MATTERS_DISCUSSED") {
      if (consulted.length === 0) violations.push(`resolution ${r.id}: 大事共议 without consultation`);
      for (const c of consulted) {
        const member = r.committeeId
          ? data.membership.some((m) => m.committeeId === r.committeeId && m.organizationId === c.organizationId)
          : data.partyOrganization.some((o) => o.id === c.organizationId && o.streetId === r.streetId);
        if (!member) violations.push(`consultation ${c.id}: not a member organisation`);
      }
    } else if (consulted.length > 0) violations.push(`resolution ${r.id}: consultations under ${r.principle}`);
    if (r.principle === "URGENT_MATTERS_CONSULTED" && meeting?.kind === "REGULAR") {
      violations.push(`resolution ${r.id}: 急事共商 at a regular meeting`);
    }
    if (r.reportedAtMeetingId) {
      const to = meetings.get(r.reportedAtMeetingId);
      const later = to?.heldAt && (to.heldAt as Date) > (r.adoptedAt as Date);
      if (to?.kind !== "REGULAR" || to.committeeId !== r.committeeId || !later) {
        violations.push(`resolution ${r.id}: reported to ${to?.kind} meeting ${to?.id}`);
      }
    }
  }
  return violations;
}

describe("seed data set: meeting cadence and 列席 (issue 14)", () => {
  it("the demo: both cadences in use, monthly extended meetings with attendees, every rule kept", () => {
    const data = buildDataset("demo", 1);
    const cadences = new Set(data.committee.filter((c) => c.status === "FILED").map((c) => c.meetingCadence));
    expect(cadences).toEqual(new Set(["MONTHLY", "QUARTERLY"]));
    expect(data.meetingAttendee.length).toBeGreaterThan(20);
    expect(data.meetingAttendee.some((a) => a.personId)).toBe(true);
    expect(data.meetingAttendee.some((a) => a.representativeName)).toBe(true);
    expect(meetingRuleViolations(data)).toEqual([]);
    // Every principle is represented, with votes, consultations and urgent decisions reported and overdue.
    expect(new Set(data.resolution.map((r) => r.principle)).size).toBe(4);
    expect(new Set(data.resolution.map((r) => r.subjectArea)).size).toBeGreaterThanOrEqual(5);
    expect(data.resolutionVote.some((v) => v.choice === "AGAINST")).toBe(true);
    expect(data.resolutionConsultation.length).toBeGreaterThan(5);
    const urgent = data.resolution.filter((r) => r.principle === "URGENT_MATTERS_CONSULTED");
    expect(urgent.some((r) => r.reportedAtMeetingId)).toBe(true);
    expect(urgent.some((r) => !r.reportedAtMeetingId)).toBe(true);
    // 街道工作协调会议: the demo's street held this year's; none under a committee.
    const coordination = data.meeting.filter((m) => m.kind === "COORDINATION");
    expect(coordination.every((m) => m.committeeId === null)).toBe(true);
    const streetsHeld = new Set(coordination.filter((m) => m.status === "HELD").map((m) => m.streetId));
    expect(streetsHeld.size).toBe(data.street.length);
    // …and last year's too (the dashboard shows this year and last).
    const heldIn = (year: number) =>
      new Set(
        coordination
          .filter((m) => m.status === "HELD" && beijingYearMonth(m.heldAt as Date).year === year)
          .map((m) => m.streetId),
      );
    expect(heldIn(2026).size).toBe(data.street.length);
    expect(heldIn(2025).size).toBe(data.street.length);
    expect(data.resolution.some((r) => r.committeeId === null && r.principle === "MAJOR_MATTERS_DISCUSSED")).toBe(true);
    // 共建事项: every status and 六联 category, overdue ones included (at the seed's reference date).
    expect(new Set(data.jointWorkItem.map((i) => i.status))).toEqual(
      new Set(["OPEN", "IN_PROGRESS", "DONE", "CLOSED", "DROPPED"]),
    );
    expect(new Set(data.jointWorkItem.map((i) => i.category)).size).toBe(6);
    const reference = new Date("2026-09-15T01:00:00Z");
    expect(data.jointWorkItem.some((i) => isJointWorkOverdue(i as { status: string; deadline: Date }, reference))).toBe(
      true,
    );
    expect(data.jointWorkItem.some((i) => i.raisedByKind && i.agendaItemId && i.status !== "OPEN")).toBe(true);
    expect(data.jointWorkItem.some((i) => i.committeeId === null)).toBe(true);
  });

  it("the district: every rule kept", { timeout: 120_000 }, () => {
    const data = buildDataset("district", 1);
    expect(data.committee.some((c) => c.meetingCadence === "QUARTERLY")).toBe(true);
    expect(meetingRuleViolations(data)).toEqual([]);
    // ~5 joint work items a committee a year (issue 15): each committee's items over the years it has data for.
    const committeeYears = new Set(
      data.meeting
        .filter((m) => m.committeeId && m.status === "HELD")
        .map((m) => `${m.committeeId}:${beijingYearMonth(m.heldAt as Date).year}`),
    ).size;
    const perCommitteeYear = data.jointWorkItem.filter((i) => i.committeeId).length / committeeYears;
    expect(perCommitteeYear).toBeGreaterThanOrEqual(4.5);
    expect(perCommitteeYear).toBeLessThanOrEqual(6);
    // Finished items are mostly closed by a later meeting; some done ones wait for it.
    const count = (status: string) => data.jointWorkItem.filter((i) => i.status === status).length;
    expect(count("CLOSED")).toBeGreaterThan(count("DONE"));
    expect(count("DONE")).toBeGreaterThan(0);
    // Every street held its coordination meeting each year from the year before its committees' first.
    const coordinationYears = data.meeting
      .filter((m) => m.kind === "COORDINATION" && m.status === "HELD")
      .map((m) => `${m.streetId}:${beijingYearMonth(m.heldAt as Date).year}`);
    expect(new Set(coordinationYears).size).toBe(coordinationYears.length);
    expect(coordinationYears.some((k) => k.endsWith(":2025"))).toBe(true);
  });
});

describe("seeded database", () => {
  let db: TestDatabase;
  let embedded: Awaited<ReturnType<typeof openDatabase>>;

  beforeAll(async () => {
    db = await freshDatabase();
    await seed(db, { scale: "demo" });
    embedded = await openDatabase({ kind: "embedded", dataDir: undefined });
    await seed(embedded, { scale: "demo" });
    for (const target of [db.sql, embedded.sql]) await target.exec("SET TIME ZONE 'UTC'");
  });
  afterAll(async () => {
    await db?.close();
    await embedded?.close();
  });

  it("reads back every model with all its fields exactly as written", async () => {
    const data = buildDataset("demo", 1) as unknown as Record<string, Record<string, unknown>[]>;
    for (const model of tables) {
      const key = model.charAt(0).toLowerCase() + model.slice(1);
      const written = data[key] ?? [];
      expect(written.length, model).toBeGreaterThan(0);
      const delegate = (
        db.prisma as unknown as Record<string, { findMany(a: object): Promise<Record<string, unknown>[]> }>
      )[key];
      const read = await delegate?.findMany({});
      expect(read?.length, model).toBe(written.length);
      const pk = model === "PersonPrivate" ? "personId" : model === "CommunityNeighbour" ? null : "id";
      const byKey = new Map(read?.map((r) => [pk ? r[pk] : `${r.communityId}/${r.neighbourId}`, r]));
      const scalars = models[model]?.fields.filter((f) => f.kind === "scalar" || f.kind === "enum") ?? [];
      for (const row of written) {
        const stored = byKey.get(pk ? row[pk] : `${row.communityId}/${row.neighbourId}`);
        expect(stored, `${model} row`).toBeDefined();
        for (const field of scalars) {
          if (!(field.name in row)) continue; // left to the database default
          const norm = (v: unknown) =>
            v instanceof Date ? v.toISOString() : v === null || v === undefined ? null : String(v);
          const want = row[field.name];
          const got = stored?.[field.name];
          if (field.type === "Decimal") {
            expect(Number(String(got)), `${model}.${field.name}`).toBe(Number(String(want)));
          } else if (field.type === "DateTime" && typeof want === "string") {
            expect(norm(got), `${model}.${field.name}`).toBe(new Date(want).toISOString());
          } else {
            expect(norm(got), `${model}.${field.name}`).toBe(norm(want));
          }
        }
      }
    }
  });

  it(`gives the same data on the ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "embedded"} database as on the embedded default`, async () => {
    for (const table of tables) {
      expect(await digest(db.sql, table), table).toBe(await digest(embedded.sql, table));
    }
  });

  it("lets the demo's UNIT_LIAISON persona read notified results (通报) only, at least one", async () => {
    const app = createApp({ db, auth: { ...testAuth, jwks: undefined }, demoPersonas: true, console: false });
    const post = async (query: string, token?: string) =>
      (
        await app.fetch("http://test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query }),
        })
      ).json() as Promise<{ data: any; errors?: unknown }>;
    const personas = (await post("{ demoPersonas { role token } }")).data.demoPersonas as {
      role: string;
      token: string;
    }[];
    const liaison = personas.find((p) => p.role === "UNIT_LIAISON");
    expect(liaison).toBeDefined();
    const result = await post(
      "{ assessments(first: 100) { totalCount edges { node { kind notifiedAt } } } }",
      liaison?.token,
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data.assessments.edges.map(
      (e: { node: { kind: string; notifiedAt: string | null } }) => e.node,
    );
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: { notifiedAt: string | null }) => n.notifiedAt !== null)).toBe(true);
  });

  it("refuses to seed a database that already has data, and reloads with reset", async () => {
    await expect(seed(db, { scale: "demo" })).rejects.toThrow(/refusing/);
    const before = await digest(db.sql, "Unit");
    await seed(db, { scale: "demo", reset: true });
    expect(await digest(db.sql, "Unit")).toBe(before);
  });
});

/** Ledger problems of a data set: spending beyond the money received on a committee's year, broken reversals. */
function ledgerViolations(data: Dataset): string[] {
  const plans = new Map(data.fundingPlan.map((p) => [p.id, p]));
  const yearOf = (planId: string) => {
    const p = plans.get(planId);
    return p ? `${p.committeeId}/${p.year}` : "?";
  };
  const money = new Map<string, bigint>();
  const add = (k: string, v: bigint) => money.set(k, (money.get(k) ?? 0n) + v);
  for (const i of data.fundingIncome) add(yearOf(i.planId), BigInt(i.amountFen as bigint));
  for (const c of data.contribution) if (c.status === "RECEIVED") add(yearOf(c.planId), BigInt(c.amountFen as bigint));
  for (const e of data.expense) {
    if (e.status === "APPROVED" || e.status === "PAID") add(yearOf(e.planId), -BigInt(e.amountFen as bigint));
  }
  const problems = [...money].filter(([, v]) => v < 0n).map(([k, v]) => `${k}: overdrawn by ${-v} fen`);
  const byId = new Map(data.expense.map((e) => [e.id, e]));
  for (const e of data.expense.filter((x) => x.reversesId)) {
    const original = byId.get(e.reversesId as string);
    if (original?.status !== "PAID" || BigInt(e.amountFen as bigint) !== -BigInt(original.amountFen as bigint)) {
      problems.push(`reversal ${e.id} does not counter a paid expense`);
    }
  }
  return problems;
}

describe("seed expenditure ledger (pure)", () => {
  it("demo and district: never spend beyond the money received; reversals counter paid expenses; every status and a reversal in the demo", () => {
    const demo = buildDataset("demo", 1);
    expect(ledgerViolations(demo)).toEqual([]);
    expect(new Set(demo.expense.map((e) => e.status))).toEqual(new Set(["DRAFT", "APPROVED", "PAID", "REJECTED"]));
    expect(demo.expense.some((e) => e.reversesId)).toBe(true);
    expect(new Set(demo.expense.map((e) => e.payeeKind))).toEqual(new Set(["UNIT", "PERSON", "OTHER"]));
    expect(new Set(demo.expense.map((e) => e.approvalKind).filter(Boolean))).toEqual(
      new Set(["RESOLUTION", "SECRETARY"]),
    );
    expect(demo.expense.some((e) => e.jointWorkItemId)).toBe(true);
    expect(demo.fundingBudgetLine.length).toBeGreaterThan(0);
    const district = buildDataset("district", 1);
    expect(ledgerViolations(district)).toEqual([]);
    expect(district.expense.some((e) => e.reversesId)).toBe(true);
    // The check sees an overdrawn year.
    const paid = demo.expense.find((e) => e.status === "PAID" && !e.reversesId);
    if (paid) paid.amountFen = 10n ** 12n;
    expect(ledgerViolations(demo).length).toBeGreaterThan(0);
  }, 120_000);
});
