/**
 * A committee's year of meetings: agendas, attendance and resolutions under the four principles. The
 * committee keeps its 党委会 cadence (monthly, or quarterly: in the quarter's first month) and holds a
 * 扩大会 every month (原则上每月召开), with organisations of its covered communities attending (列席); a
 * cancelled meeting is held again three days later, so the data satisfies the cadence rules.
 */
import type { DecisionPrinciple, MeetingStatus, SubjectArea } from "../../../generated/client/enums.js";
import type { Row } from "../factories/index.js";
import { AGENDA_TOPICS, EMERGENCY_TOPICS, POSITIONS, personName } from "../names/index.js";
import { addDays, beijing, DEMO_YEAR, REFERENCE_DATE } from "../random.js";
import type { Build, CommitteeCtx } from "./model.js";

const isPast = (d: Date) => d < REFERENCE_DATE;

export interface MeetingCtx {
  row: Row<"meeting">;
  month: number;
  presentSeats: number;
  agendaIds: string[];
}
export interface MeetingsOut {
  meetings: MeetingCtx[];
  fundingResolution: Row<"resolution"> | undefined;
  revisionResolution: Row<"resolution"> | undefined;
}

function activeSeatPersons(cm: CommitteeCtx): Row<"person">[] {
  return cm.seats.filter((s) => !s.extra).map((s) => s.person);
}

export function buildMeetings(b: Build, cm: CommitteeCtx): MeetingsOut {
  const { f, rnd, data } = b;
  const year = cm.dataYear;
  const out: MeetingsOut = { meetings: [], fundingResolution: undefined, revisionResolution: undefined };
  const seatPersons = activeSeatPersons(cm);
  const seatIds = new Set(seatPersons.map((p) => p.id));
  // 列席: the party organisations located in the covered communities, members or not.
  const located = cm.communities.flatMap((c) => c.orgs).filter((o) => !o.row.endedAt);
  // Community committees of the demo (and about half elsewhere) hold their 党委会 quarterly.
  const quarterly = cm.row.kind === "COMMUNITY" && (b.scale === "demo" || rnd.chance(0.5));
  cm.row.meetingCadence = quarterly ? "QUARTERLY" : "MONTHLY";
  const plans: { kind: "REGULAR" | "EXTENDED" | "EMERGENCY"; at: Date; month: number }[] = [];
  for (const m of quarterly ? [1, 4, 7, 10] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
    plans.push({ kind: "REGULAR", month: m, at: beijing(year, m, rnd.int(8, 14), 14, 30) });
  }
  for (let m = 1; m <= 12; m++)
    plans.push({ kind: "EXTENDED", month: m, at: beijing(year, m, rnd.int(18, 25), 9, 30) });
  if (cm.row.kind === "JOINT") {
    const until = year === DEMO_YEAR ? addDays(REFERENCE_DATE, -2) : beijing(year, 12, 31, 12, 0);
    for (let i = rnd.int(1, 2); i > 0; i--) {
      const when = rnd.momentBetween(beijing(year, 1, 2, 8, 0), until);
      plans.push({ kind: "EMERGENCY", month: 0, at: when });
    }
  }
  plans.sort((a, b) => a.at.getTime() - b.at.getTime());
  const principlesUsed = new Set<DecisionPrinciple>();
  let resolutionNo = 0;
  // A resolution's subject area is its agenda item's (议事范围).
  const areaOfAgenda = new Map<string, SubjectArea>();
  /**
   * What the resolution's principle requires (the API's rules): 要事共决, the vote of every seat holder
   * present at a quorate meeting (absentees made present when short), carried by a majority; 大事共议,
   * one to three member organisations consulted with their positions.
   */
  const decide = (r: Row<"resolution">, attendance: Row<"attendance">[]) => {
    if (r.principle === "IMPORTANT_MATTERS_DECIDED") {
      for (const a of attendance) {
        if (attendance.filter((x) => x.status === "PRESENT").length * 2 > seatPersons.length) break;
        if (a.status !== "PRESENT") {
          a.status = "PRESENT";
          a.note = null;
        }
      }
      const present = attendance.filter((a) => a.status === "PRESENT");
      const choices = present.map((_, i) =>
        i === 0 || present.length < 4
          ? "FOR"
          : rnd.weighted([
              ["FOR", 85],
              ["AGAINST", 7],
              ["ABSTAIN", 8],
            ] as const),
      );
      const votes = present.map((a, i) => f.resolutionVote(r, { id: a.personId }, choices[i] ?? "FOR"));
      // A majority carried it (for × 2 > votes cast).
      for (const v of votes) if (votes.filter((x) => x.choice === "FOR").length * 2 <= votes.length) v.choice = "FOR";
      data.resolutionVote.push(...votes);
      r.votesFor = votes.filter((v) => v.choice === "FOR").length;
      r.votesAgainst = votes.filter((v) => v.choice === "AGAINST").length;
      r.votesAbstain = votes.filter((v) => v.choice === "ABSTAIN").length;
    }
    if (r.principle === "MAJOR_MATTERS_DISCUSSED") {
      const day = r.adoptedAt as Date;
      const members = cm.memberships.filter(
        (m) => (m.row.fromDate as Date) <= day && (!m.row.toDate || (m.row.toDate as Date) >= day),
      );
      for (const m of rnd.sample(members, Math.min(members.length, rnd.int(1, 3)))) {
        data.resolutionConsultation.push(f.resolutionConsultation(r, m.org.row));
      }
    }
  };
  const place = (p: (typeof plans)[number], status: MeetingStatus) => {
    const meeting = f.meeting(cm.row, { kind: p.kind, scheduledAt: p.at, status });
    data.meeting.push(meeting);
    const topics = p.kind === "EMERGENCY" ? rnd.sample(EMERGENCY_TOPICS, 1) : rnd.sample(AGENDA_TOPICS, rnd.int(2, 4));
    const agenda = topics.map(([title, description, subjectArea], i) =>
      f.agendaItem(meeting, i + 1, { title, description, subjectArea }),
    );
    data.agendaItem.push(...agenda);
    for (const item of agenda) areaOfAgenda.set(item.id, item.subjectArea);
    return { meeting, agenda };
  };
  for (const planned of plans) {
    let p = planned;
    const mustHold = p.kind === "REGULAR" && (p.month === 1 || p.month === 4);
    if (isPast(p.at) && !mustHold && rnd.chance(0.04)) {
      place(p, "CANCELLED");
      p = { ...p, at: addDays(p.at, 3) }; // held again three days later
    }
    const status = isPast(p.at) ? "HELD" : "SCHEDULED";
    const { meeting, agenda } = place(p, status);
    if (p.kind === "REGULAR" && p.month === 1) {
      const first = agenda[0];
      if (first) {
        first.title = `审议${year}年度经费预算及出资比例`;
        first.description = "审议专项经费预算、各渠道收入和成员单位出资比例";
        first.subjectArea = "OTHER";
        areaOfAgenda.set(first.id, "OTHER");
      }
    }
    if (p.kind === "REGULAR" && p.month === 4) {
      const first = agenda[0];
      if (first) {
        first.title = `审议调整${year}年度出资比例`;
        first.description = "新增成员单位后调整出资比例";
        first.subjectArea = "OTHER";
        areaOfAgenda.set(first.id, "OTHER");
      }
    }
    const ctx: MeetingCtx = { row: meeting, month: p.month, presentSeats: 0, agendaIds: agenda.map((a) => a.id) };
    out.meetings.push(ctx);
    if (status !== "HELD") continue;
    const attendance = seatPersons.map((person) => f.attendance(meeting, person));
    // A held meeting had someone present (the API's rule).
    if (attendance[0] && !attendance.some((a) => a.status === "PRESENT")) {
      attendance[0].status = "PRESENT";
      attendance[0].note = null;
    }
    ctx.presentSeats = attendance.filter((a) => a.status === "PRESENT").length;
    data.attendance.push(...attendance);
    if (p.kind === "EXTENDED") {
      for (const org of rnd.sample(located, rnd.int(3, 6))) {
        const person = org.persons.find((x) => !seatIds.has(x.id));
        const representative =
          person && rnd.chance(0.7)
            ? { person }
            : { name: personName(rnd, rnd.chance(0.5) ? "MALE" : "FEMALE"), post: rnd.pick(POSITIONS.unitDeputy) };
        data.meetingAttendee.push(f.meetingAttendee(meeting, org.row, representative));
      }
    }
    /**
     * District scale: ~5 joint work items a committee a year (issue 15). Every 实事共办 resolution is born
     * with its item (the API's rule), so about three in five drawn become 大事共议 instead: ~4 a year, the
     * joint work seed adds items raised or born from other resolutions up to five. The demo keeps its draws.
     */
    const fewerPractical = (principle: DecisionPrinciple): DecisionPrinciple =>
      b.scale !== "demo" && principle === "PRACTICAL_MATTERS_DONE" && rnd.chance(0.6)
        ? "MAJOR_MATTERS_DISCUSSED"
        : principle;
    const resolve = (principle: DecisionPrinciple, title?: string, agendaId?: string) => {
      resolutionNo++;
      const agendaItemId = agendaId ?? rnd.pick(ctx.agendaIds);
      const r = f.resolution(meeting, {
        principle,
        number: `〔${year}〕${resolutionNo}号`,
        agendaItemId,
        subjectArea: areaOfAgenda.get(agendaItemId) ?? "OTHER",
        ...(title ? { title } : {}),
      });
      data.resolution.push(r);
      principlesUsed.add(principle);
      decide(r, attendance);
      return r;
    };
    if (p.kind === "EMERGENCY") resolve("URGENT_MATTERS_CONSULTED");
    else if (p.kind === "EXTENDED") {
      for (let i = rnd.int(1, 2); i > 0; i--)
        resolve(fewerPractical(rnd.pick(["MAJOR_MATTERS_DISCUSSED", "PRACTICAL_MATTERS_DONE"] as const)));
    } else if (p.month === 1) {
      out.fundingResolution = resolve(
        "IMPORTANT_MATTERS_DECIDED",
        `关于${year}年度经费预算及出资比例的决议`,
        ctx.agendaIds[0],
      );
    } else if (p.month === 4) {
      out.revisionResolution = resolve(
        "IMPORTANT_MATTERS_DECIDED",
        `关于调整${year}年度出资比例的决议`,
        ctx.agendaIds[0],
      );
    } else if (rnd.chance(0.6)) {
      resolve(
        fewerPractical(
          rnd.weighted([
            ["MAJOR_MATTERS_DISCUSSED", 35],
            ["PRACTICAL_MATTERS_DONE", 45],
            ["IMPORTANT_MATTERS_DECIDED", 20],
          ] as const),
        ),
      );
    }
  }
  // Every committee has decided under each of the four principles (急事共商 included: at an extended
  // meeting when the committee has no emergency meeting).
  for (const principle of ["MAJOR_MATTERS_DISCUSSED", "PRACTICAL_MATTERS_DONE", "URGENT_MATTERS_CONSULTED"] as const) {
    if (principlesUsed.has(principle)) continue;
    const held = out.meetings.filter(
      (m) =>
        m.row.status === "HELD" &&
        m.month !== 1 &&
        m.month !== 4 &&
        (principle !== "URGENT_MATTERS_CONSULTED" || m.row.kind !== "REGULAR"),
    );
    const target = held.length > 0 ? rnd.pick(held) : undefined;
    if (!target) continue;
    resolutionNo++;
    const r = f.resolution(target.row, {
      principle,
      number: `〔${year}〕${resolutionNo}号`,
      agendaItemId: target.agendaIds[0] ?? null,
      subjectArea: areaOfAgenda.get(target.agendaIds[0] ?? "") ?? "OTHER",
    });
    data.resolution.push(r);
    decide(r, []);
  }
  reportUrgent(b, out.meetings);
  return out;
}

/**
 * 急事共商 reported to the committee's next regular meeting held after it; about one in six is left
 * unreported although that meeting was held (the overdue flag), the most recent first.
 */
function reportUrgent(b: Build, meetings: MeetingCtx[]) {
  const regular = meetings
    .filter((m) => m.row.kind === "REGULAR" && m.row.status === "HELD")
    .map((m) => m.row)
    .sort((x, y) => (x.heldAt as Date).getTime() - (y.heldAt as Date).getTime());
  const ids = new Set(meetings.map((m) => m.row.id));
  const urgent = b.data.resolution.filter((r) => ids.has(r.meetingId) && r.principle === "URGENT_MATTERS_CONSULTED");
  for (const r of urgent) {
    const next = regular.find((m) => (m.heldAt as Date) > (r.adoptedAt as Date));
    if (!next || b.rnd.chance(1 / 6)) continue;
    r.reportedAtMeetingId = next.id;
    r.reportedAt = next.heldAt as Date;
  }
}

/**
 * 街道工作协调会议 (doc 4: 街道党工委每年定期召开): each street holds one a year in March, from the year
 * before the first its committees have data for to the last (so last year's shows held too), with 4–6
 * organisations of the street attending, a 大事共议 resolution consulting some of them and a 实事共办 one. Of several streets, the last has not held this year's (the missing-meeting flag).
 */
export function buildCoordinationMeetings(b: Build, committees: CommitteeCtx[]): void {
  const { f, rnd, data } = b;
  const streets = [...data.street].sort((x, y) => x.code.localeCompare(y.code));
  streets.forEach((street, index) => {
    const dataYears = committees.filter((c) => c.row.streetId === street.id).map((c) => c.dataYear);
    const orgs = data.partyOrganization.filter((o) => o.streetId === street.id && !o.endedAt);
    if (orgs.length === 0 || dataYears.length === 0) return;
    // Held yearly: from the year before the first one its committees have data for (the dashboard looks at
    // this year and last) to the last one, without a gap.
    const years: number[] = [];
    for (let y = Math.min(...dataYears) - 1; y <= Math.max(...dataYears); y++) years.push(y);
    for (const year of years) {
      if (streets.length > 1 && year === DEMO_YEAR && index === streets.length - 1) continue;
      const at = beijing(year, 3, rnd.int(10, 20), 9, 0);
      const status = isPast(at) ? "HELD" : "SCHEDULED";
      const meeting = f.meeting(
        { id: null as unknown as string, streetId: street.id },
        {
          kind: "COORDINATION",
          committeeId: null,
          scheduledAt: at,
          status,
          title: `${year}年${street.name}工作协调会议`,
        },
      );
      data.meeting.push(meeting);
      const topics = rnd.sample(AGENDA_TOPICS, 2);
      const agenda = topics.map(([title, description, subjectArea], i) =>
        f.agendaItem(meeting, i + 1, { title, description, subjectArea }),
      );
      data.agendaItem.push(...agenda);
      if (status !== "HELD") continue;
      const attending = rnd.sample(orgs, Math.min(orgs.length, rnd.int(4, 6)));
      for (const org of attending) {
        const post = rnd.pick(POSITIONS.unitDeputy);
        data.meetingAttendee.push(
          f.meetingAttendee(meeting, org, { name: personName(rnd, rnd.chance(0.5) ? "MALE" : "FEMALE"), post }),
        );
      }
      const [first, second] = agenda;
      const major = f.resolution(meeting, {
        principle: "MAJOR_MATTERS_DISCUSSED",
        number: `〔${year}〕协${1}号`,
        agendaItemId: first?.id ?? null,
        subjectArea: first?.subjectArea ?? "OTHER",
        title: `关于${year}年度街道共建事项的决议`,
      });
      data.resolution.push(major);
      for (const org of attending.slice(0, rnd.int(2, 3))) {
        data.resolutionConsultation.push(f.resolutionConsultation(major, org));
      }
      data.resolution.push(
        f.resolution(meeting, {
          principle: "PRACTICAL_MATTERS_DONE",
          number: `〔${year}〕协${2}号`,
          agendaItemId: second?.id ?? null,
          subjectArea: second?.subjectArea ?? "OTHER",
        }),
      );
    }
  });
}
