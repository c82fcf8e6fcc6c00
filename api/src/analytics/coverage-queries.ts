/** Analyst query: coverage of each committee (organisations in its communities, members, seats). */
import type { Prisma } from "@gongjian/db/client";
import type { Context } from "../context.js";
import { ACTIVE_SEAT_STATUSES } from "../seats/rules.js";
import { CommitteeCoverage, type CoverageShape } from "./coverage-types.js";
import { decimalShare } from "./rules.js";
import {
  activeCoverage,
  and,
  byCommitteeCode,
  committeesById,
  everyRow,
  guarded,
  type RowFilter,
  requireReadable,
  type Scope,
  whenComplete,
} from "./scope.js";
import { defineAnalystQuery } from "./types.js";

/** Per committee: the organisations located in its covered communities, the members among them, the seated members. */
interface CoverageSets {
  communities: Map<string, string[]>;
  located: Map<string, Set<string>>;
  member: Set<string>;
  seated: Set<string>;
}

/**
 * The coverage sets of `committeeIds` through `filter`: four reads of ids for all committees at once (not
 * three counts per committee), intersected here (Prisma cannot group organisations by their unit's community).
 */
async function coverageSets(
  ctx: Context,
  coverage: Map<string, string[]>,
  committeeIds: string[],
  filter: RowFilter,
): Promise<CoverageSets> {
  const prisma = ctx.db.prisma;
  // A community is covered by at most one active committee (invariant 2).
  const committeeOfCommunity = new Map<string, string>();
  for (const id of committeeIds) for (const c of coverage.get(id) ?? []) committeeOfCommunity.set(c, id);
  const communityIds = [...committeeOfCommunity.keys()];
  const unitsThere = and(filter("Unit"), { communityId: { in: communityIds } });
  const [units, organizations, memberships, seats] = await Promise.all([
    prisma.unit.findMany({ where: unitsThere as Prisma.UnitWhereInput, select: { id: true, communityId: true } }),
    // Located in a covered community: the community's own organisation or a unit's there.
    prisma.partyOrganization.findMany({
      where: and(
        filter("PartyOrganization"),
        { endedAt: null },
        {
          OR: [{ communityId: { in: communityIds } }, { unit: unitsThere }],
        },
      ) as Prisma.PartyOrganizationWhereInput,
      select: { id: true, communityId: true, unitId: true },
    }),
    prisma.membership.findMany({
      where: and(filter("Membership"), {
        committeeId: { in: committeeIds },
        toDate: null,
      }) as Prisma.MembershipWhereInput,
      select: { committeeId: true, organizationId: true },
    }),
    prisma.seat.findMany({
      where: and(filter("Seat"), {
        committeeId: { in: committeeIds },
        status: { in: [...ACTIVE_SEAT_STATUSES] },
      }) as Prisma.SeatWhereInput,
      select: { committeeId: true, sourceOrganizationId: true },
    }),
  ]);
  const unitCommunity = new Map(units.map((u) => [u.id, u.communityId]));
  const located = new Map<string, Set<string>>();
  for (const org of organizations) {
    for (const community of [org.communityId, org.unitId ? unitCommunity.get(org.unitId) : undefined]) {
      const committeeId = community ? committeeOfCommunity.get(community) : undefined;
      if (!committeeId) continue;
      const set = located.get(committeeId) ?? new Set<string>();
      set.add(org.id);
      located.set(committeeId, set);
    }
  }
  return {
    communities: coverage,
    located,
    member: new Set(memberships.map((m) => `${m.committeeId} ${m.organizationId}`)),
    seated: new Set(seats.map((m) => `${m.committeeId} ${m.sourceOrganizationId}`)),
  };
}

/** The three counts of a committee from its sets. */
function countsOf(sets: CoverageSets, committeeId: string) {
  const orgs = [...(sets.located.get(committeeId) ?? [])];
  const members = orgs.filter((o) => sets.member.has(`${committeeId} ${o}`));
  const seated = members.filter((o) => sets.seated.has(`${committeeId} ${o}`));
  return {
    communities: sets.communities.get(committeeId)?.length ?? 0,
    organizations: orgs.length,
    members: members.length,
    seated: seated.length,
  };
}

const shareOf = (part: number | null, whole: number | null) =>
  part === null || whole === null ? null : decimalShare(part, whole);

defineAnalystQuery("coverage", {
  returns: [CommitteeCoverage],
  permission: "read:PartyOrganization",
  description:
    "覆盖率：各大党委覆盖社区内的党组织、成员单位及其占比（无权读取全部相关记录时为空）/ Coverage per committee: organisations in its covered communities, members and their shares (null where you may not read every row counted)",
  resolve: async (s: Scope, _args, ctx, info) => {
    requireReadable(ctx, "PartyOrganization", ["communityId", "endedAt"]);
    requireReadable(ctx, "Unit", ["communityId"]);
    requireReadable(ctx, "Membership", ["committeeId", "organizationId", "toDate"]);
    requireReadable(ctx, "Seat", ["committeeId", "sourceOrganizationId", "status"]);
    const coverage = await activeCoverage(ctx, s);
    const committees = await committeesById(ctx, coverage.keys(), info);
    if (committees.size === 0) return [];
    const committeeIds = [...committees.keys()];
    // The caller's own sets (each read AND-ed with its row filter), and the same on every row of these
    // committees: a count is shown only where the two agree (the caller read every row it counts).
    const allCoverage = await activeCoverage(ctx, s, everyRow, committeeIds);
    const [own, all] = await Promise.all([
      coverageSets(ctx, coverage, committeeIds, guarded(ctx)),
      coverageSets(ctx, allCoverage, committeeIds, everyRow),
    ]);
    const rows = [...committees.values()].map((committee): CoverageShape => {
      const mine = countsOf(own, committee.id);
      const whole = countsOf(all, committee.id);
      const organizationCount = whenComplete(mine.organizations, whole.organizations);
      const memberCount = whenComplete(mine.members, whole.members);
      const seatedMemberCount = whenComplete(mine.seated, whole.seated);
      return {
        committee,
        communityCount: whenComplete(mine.communities, whole.communities),
        organizationCount,
        memberCount,
        memberShare: shareOf(memberCount, organizationCount),
        seatedMemberCount,
        seatedMemberShare: shareOf(seatedMemberCount, memberCount),
      };
    });
    return rows.sort(byCommitteeCode);
  },
});
