/**
 * 共建项目/事项 (issue 15 item 3): every 实事共办 resolution has its joint work item, shared by two to four
 * member organisations (the street's organisations for a coordination meeting), one leading; the owner's
 * other items are born from other resolutions or raised by a member organisation, a party member or a
 * resident (those that started were put on a meeting's agenda first), about five per committee a year.
 * Statuses follow the workflow: started items have progress reports (never going back), done and closed
 * ones reached 100 %, a closed one names a resolution of a later meeting, a dropped one its reason; open
 * and in-progress items whose deadline has passed are overdue. The demo cycles through every category and
 * status. Built last, so the earlier phases draw exactly what they drew before.
 */
import { beijingDate } from "@gongjian/domain/calendar";
import { JOINT_WORK_CATEGORIES, type JointWorkStatusName } from "@gongjian/domain/joint-work";
import type { Row } from "../factories/index.js";
import { JOINT_WORK_DROP_REASONS } from "../names/index.js";
import { addDays, REFERENCE_DATE } from "../random.js";
import type { Build } from "./model.js";

const ITEMS_PER_OWNER = 5;
const STATUS_CYCLE: readonly JointWorkStatusName[] = [
  "IN_PROGRESS",
  "OPEN",
  "DONE",
  "CLOSED",
  "DROPPED",
  "IN_PROGRESS",
];
const RAISERS = ["MEMBER_ORGANIZATION", "PARTY_MEMBER", "RESIDENT"] as const;

type Resolution = Row<"resolution">;
const time = (d: unknown) => (d as Date).getTime();
const ownerKey = (r: { committeeId?: string | null; streetId: string }) => r.committeeId ?? `street:${r.streetId}`;

function group<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null) out.set(k, [...(out.get(k) ?? []), row]);
  }
  return out;
}

export function buildJointWork(b: Build): void {
  const { f, rnd, data } = b;
  const demo = b.scale === "demo";
  const meetings = new Map(data.meeting.map((m) => [m.id, m]));
  const resolutionsOf = group(data.resolution, ownerKey);
  const agendaOf = group(data.agendaItem, ownerKey);
  const plansOf = group(data.fundingPlan, (p) => p.committeeId);
  const membersOf = group(data.membership, (m) => m.committeeId);
  const streetOrgs = group(
    data.partyOrganization.filter((o) => o.endedAt == null),
    (o) => o.streetId,
  );
  const peopleAt = group(data.person, (p) => p.workplaceOrganizationId ?? null);
  const orgName = new Map(data.partyOrganization.map((o) => [o.id, o.name]));
  let counter = 0;

  const responsible = (orgId: string) => {
    const people = peopleAt.get(orgId);
    return people?.length ? rnd.pick(people).name : "联络员";
  };

  for (const [key, resolutions] of resolutionsOf) {
    const first = resolutions[0] as Resolution;
    const owner = { committeeId: first.committeeId ?? null, streetId: first.streetId };
    // The committee's members on the day (Beijing) of the last resolution, or the street's organisations.
    resolutions.sort((x, y) => time(x.adoptedAt) - time(y.adoptedAt));
    const practical = resolutions.filter((r) => r.principle === "PRACTICAL_MATTERS_DONE");
    const others = resolutions.filter((r) => r.principle !== "PRACTICAL_MATTERS_DONE");
    const born: (Resolution | null)[] = [...practical];
    // Up to about five a year: the rest born from other resolutions or raised (null).
    while (born.length < ITEMS_PER_OWNER) born.push(others.length && rnd.chance(0.4) ? rnd.pick(others) : null);
    const agenda = agendaOf.get(key) ?? [];
    const day = beijingDate((resolutions.at(-1) as Resolution).adoptedAt as Date);
    const orgs = owner.committeeId
      ? [
          ...new Set(
            (membersOf.get(owner.committeeId) ?? [])
              .filter((m) => time(m.fromDate) <= time(day) && (m.toDate == null || time(m.toDate) >= time(day)))
              .map((m) => m.organizationId),
          ),
        ]
      : (streetOrgs.get(owner.streetId) ?? []).map((o) => o.id);
    if (orgs.length < 2) continue;

    for (const origin of born) {
      counter += 1;
      const category = demo
        ? (JOINT_WORK_CATEGORIES[counter % JOINT_WORK_CATEGORIES.length] as (typeof JOINT_WORK_CATEGORIES)[number])
        : rnd.pick(JOINT_WORK_CATEGORIES);
      let status: JointWorkStatusName = demo
        ? (STATUS_CYCLE[counter % STATUS_CYCLE.length] as JointWorkStatusName)
        : rnd.pick(["OPEN", "IN_PROGRESS", "IN_PROGRESS", "DONE", "CLOSED", "CLOSED", "DROPPED"] as const);
      // A raised item: put on the agenda of one of the owner's meetings (it started only then).
      const agendaItem = origin === null && agenda.length ? rnd.pick(agenda) : null;
      const agendaMeeting = agendaItem ? meetings.get(agendaItem.meetingId) : undefined;
      if (origin === null && !agendaItem) status = rnd.chance(0.5) ? "OPEN" : "DROPPED";
      const bornAt = origin
        ? (origin.adoptedAt as Date)
        : addDays((agendaMeeting?.scheduledAt as Date | undefined) ?? REFERENCE_DATE, -rnd.int(10, 30));
      if (agendaMeeting && agendaMeeting.status !== "HELD" && status !== "OPEN") status = "OPEN";
      if (time(bornAt) >= time(REFERENCE_DATE)) status = "OPEN";
      const item = f.jointWorkItem(owner, category, bornAt, {
        ...(origin
          ? { originResolutionId: origin.id }
          : {
              raisedByKind: rnd.pick(RAISERS),
              raisedByName: agendaItem ? `${orgName.get(rnd.pick(orgs))}` : "社区居民",
              agendaItemId: agendaItem?.id ?? null,
            }),
        fundingPlanId:
          owner.committeeId && rnd.chance(0.3)
            ? (rnd.pick(plansOf.get(owner.committeeId) ?? [null])?.id ?? null)
            : null,
      });
      if (item.raisedByKind === "PARTY_MEMBER" || item.raisedByKind === "RESIDENT") {
        item.raisedByName = responsible(rnd.pick(orgs));
      }
      const shared = rnd.sample(orgs, Math.min(orgs.length, rnd.int(2, 4)));
      shared.forEach((orgId, i) => {
        data.jointWorkParticipant.push(
          f.jointWorkParticipant(item, orgId, i === 0 ? "LEAD" : "CO_OPERATING", responsible(orgId)),
        );
      });
      data.jointWorkItem.push(item);
      if (status === "OPEN") {
        item.deadline = deadlineOf(b, rnd.chance(0.3));
        continue;
      }
      progress(b, item, status, shared, origin, resolutionsOf.get(key) ?? []);
    }
  }
}

/**
 * The deadline of an unfinished item: passed by the reference date (overdue), or months after it (the
 * seed's reference date is in September; a deadline at least 100 days later is still ahead in December).
 */
function deadlineOf(b: Build, overdue: boolean): Date {
  const today = beijingDate(REFERENCE_DATE);
  return overdue ? addDays(today, -b.rnd.int(5, 60)) : addDays(today, b.rnd.int(100, 300));
}

/** Moves an item along the workflow to `status` (or as far as its dates allow), with its reports. */
function progress(
  b: Build,
  item: Row<"jointWorkItem">,
  target: JointWorkStatusName,
  shared: readonly string[],
  origin: Resolution | null,
  resolutions: readonly Resolution[],
): void {
  const { f, rnd, data } = b;
  const startedAt = addDays(item.createdAt as Date, rnd.int(3, 15));
  if (target === "DROPPED") {
    item.status = "DROPPED";
    item.dropReason = rnd.pick(JOINT_WORK_DROP_REASONS);
    item.droppedAt = addDays(startedAt, rnd.int(10, 60));
    if (time(item.droppedAt) > time(REFERENCE_DATE)) item.droppedAt = REFERENCE_DATE;
    item.updatedAt = item.droppedAt;
    return;
  }
  item.status = "IN_PROGRESS";
  item.startedAt = startedAt;
  item.updatedAt = startedAt;
  const finishing = target === "DONE" || target === "CLOSED";
  // Work takes until the reference date, except (district scale) an item to be closed: done within one to
  // four months, so a later meeting had time to close it (a done item not closed yet was done recently).
  const untilNow = Math.floor((time(REFERENCE_DATE) - time(startedAt)) / 86_400_000);
  const days = target === "CLOSED" && b.scale !== "demo" ? Math.min(untilNow, rnd.int(30, 120)) : untilNow;
  const reports = rnd.int(1, 3);
  let percent = 0;
  let last = beijingDate(startedAt);
  for (let i = 1; i <= reports; i++) {
    percent = finishing && i === reports ? 100 : Math.min(95, percent + rnd.int(10, 40));
    const step = Math.max(0, Math.floor((days * i) / (reports + 1)));
    const on = addDays(beijingDate(startedAt), Math.min(step, Math.max(days - 1, 0)));
    last = time(on) < time(last) ? last : on;
    data.jointWorkProgress.push(f.jointWorkProgress(item, rnd.pick(shared), last, percent));
  }
  // In progress with the deadline passed: overdue (kept so in the demo every few items).
  if (!finishing) {
    item.deadline = deadlineOf(b, rnd.chance(0.3));
    return;
  }
  item.status = "DONE";
  item.completedAt = addDays(last, 1);
  item.updatedAt = item.completedAt;
  if (target !== "CLOSED") return;
  const closing = resolutions.find(
    (r) => time(r.adoptedAt) > time(item.completedAt) && r.meetingId !== origin?.meetingId,
  );
  if (!closing) return;
  item.status = "CLOSED";
  item.closingResolutionId = closing.id;
  item.closedAt = closing.adoptedAt;
  item.updatedAt = closing.adoptedAt;
}
