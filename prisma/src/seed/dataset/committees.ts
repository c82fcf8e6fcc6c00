/** Committees over the generations, the communities they cover, and their member organisations. */
import type { CommitteeKind, CommitteeStatus } from "../../../generated/client/enums.js";
import { addDays, beijing, DEMO_YEAR, dateOf, day, type Random } from "../random.js";
import type { ModeOf } from "./affiliations.js";
import { type Build, type CommitteeCtx, minDate, type Places } from "./model.js";
import { GENERATIONS } from "./scales.js";
import { buildSeats } from "./seats.js";

function partitionSizes(rnd: Random, n: number): number[] {
  const sizes: number[] = [];
  let left = n;
  while (left > 0) {
    let size: number = rnd.weighted([
      [1, 50],
      [2, 35],
      [3, 15],
    ] as const);
    if (size > left) size = left;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Every generation's committees per street (and a few rejected proposals at the district scale). */
export function buildCommittees(b: Build, { streets, communitiesByStreet }: Places): CommitteeCtx[] {
  const { scale, spec, f, rnd, data } = b;
  const committees: CommitteeCtx[] = [];
  const firstGeneration = GENERATIONS.length - 1 - spec.pastGenerations;
  for (let g = firstGeneration; g < GENERATIONS.length; g++) {
    const gen = GENERATIONS[g] as (typeof GENERATIONS)[number];
    const current = gen.lastYear === null;
    streets.forEach((street, s) => {
      const list = communitiesByStreet.get(street.id) ?? [];
      const sizes = scale === "demo" ? [3, 2, 1, 1, 1] : partitionSizes(rnd, list.length);
      let at = 0;
      sizes.forEach((size, k) => {
        const covered = list.slice(at, at + size);
        at += size;
        let status: CommitteeStatus = current ? "FILED" : "DISSOLVED";
        if (current && scale === "demo") status = k === 3 ? "DRAFT" : k === 4 ? "SUBMITTED" : "FILED";
        else if (current) {
          if (s === 0 && k === 0) status = "DRAFT";
          else if (s === 1 && k === 0) status = "SUBMITTED";
          else if (s === 2 && k === 0) status = "APPROVED";
          else
            status = rnd.weighted([
              ["FILED", 88],
              ["APPROVED", 5],
              ["SUBMITTED", 4],
              ["DRAFT", 3],
            ] as const);
        }
        const kind: CommitteeKind = size >= 2 ? "JOINT" : "COMMUNITY";
        const recent = current && status !== "FILED";
        const createdAt = recent
          ? beijing(DEMO_YEAR, status === "APPROVED" ? 5 : 8, rnd.int(1, 25), 10, 0)
          : beijing(gen.start, rnd.int(1, 2), rnd.int(5, 25), 10, 0);
        const row = f.committee(street, {
          kind,
          status,
          createdAt,
          communityNames: covered.map((c) => c.row.name),
          ...(gen.lastYear !== null ? { dissolvedAt: beijing(gen.lastYear + 1, 1, rnd.int(5, 15), 10, 0) } : {}),
        });
        committees.push({
          row,
          street,
          communities: covered,
          generation: g,
          dataYear: gen.lastYear ?? DEMO_YEAR,
          memberships: [],
          seats: [],
        });
      });
    });
    // A few proposals the street rejected (two adjacent communities); their coverage ended.
    if (scale === "district") {
      for (let r = 0; r < 2; r++) {
        const street = rnd.pick(streets);
        const list = communitiesByStreet.get(street.id) ?? [];
        const i = rnd.int(0, Math.max(0, list.length - 2));
        const covered = list.slice(i, i + 2);
        const year = gen.lastYear ?? DEMO_YEAR;
        const row = f.committee(street, {
          kind: "JOINT",
          status: "REJECTED",
          createdAt: beijing(current ? DEMO_YEAR : gen.start + 1, rnd.int(2, 6), rnd.int(1, 25), 10, 0),
          communityNames: covered.map((c) => c.row.name),
        });
        committees.push({
          row,
          street,
          communities: covered,
          generation: g,
          dataYear: year,
          memberships: [],
          seats: [],
        });
      }
    }
  }
  data.committee.push(...committees.map((c) => c.row));
  return committees;
}

/** Each committee's coverage of its communities, its seats and (unless rejected) its memberships. */
export function buildCommitteeMembers(b: Build, committees: CommitteeCtx[], modeOf: ModeOf): void {
  const { f, data } = b;
  for (const cm of committees) {
    const { row } = cm;
    const ended = (row.dissolvedAt as Date | null) ?? (row.rejectedAt as Date | null) ?? null;
    const started = (row.approvedAt as Date | null) ?? (row.submittedAt as Date | null) ?? (row.createdAt as Date);
    for (const c of cm.communities) {
      data.committeeCommunity.push(f.committeeCommunity(row, c.row, { startedAt: started, endedAt: ended }));
    }
    buildSeats(b, cm);
    if (row.status !== "REJECTED") buildMemberships(b, cm, modeOf);
  }
}

function buildMemberships(b: Build, cm: CommitteeCtx, modeOf: ModeOf) {
  const { f, rnd, data } = b;
  const { row } = cm;
  const share = (GENERATIONS[cm.generation] as (typeof GENERATIONS)[number]).memberShare;
  const seatOrgs = new Set(cm.seats.map((s) => s.row.sourceOrganizationId));
  const from = dateOf((row.approvedAt as Date | null) ?? (row.createdAt as Date));
  const to = row.dissolvedAt ? dateOf(row.dissolvedAt as Date) : null;
  for (const c of cm.communities) {
    for (const o of c.orgs) {
      if (share < 1 && o.unit !== null && !seatOrgs.has(o.row.id) && !rnd.chance(share)) continue;
      // Some organisations joined later in the term.
      const joined =
        o.unit !== null && !seatOrgs.has(o.row.id) && row.status === "FILED" && rnd.chance(0.1)
          ? minDate(addDays(from, rnd.int(60, 500)), day(DEMO_YEAR - 1, 12, 1))
          : from;
      const m = f.membership(row, o.row, {
        managementMode: modeOf(o.row, cm.street.id),
        fromDate: joined,
        toDate: to,
        ...(o.unit === null
          ? { responsibilities: "牵头组织大党委日常工作", resourcesOffered: "社区党群服务中心" }
          : {}),
      });
      data.membership.push(m);
      cm.memberships.push({ row: m, org: o });
    }
  }
}
