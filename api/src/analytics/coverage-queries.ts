/** Analyst query: coverage of each committee (organisations in its communities, members, seats). */
import type { Prisma } from "@gongjian/db/client";
import { ACTIVE_SEAT_STATUSES } from "../seats/rules.js";
import { CommitteeCoverage, type CoverageShape } from "./coverage-types.js";
import { decimalShare } from "./rules.js";
import { activeCoverage, and, byCommitteeCode, committeesById, requireReadable } from "./scope.js";
import { defineAnalystQuery } from "./types.js";

defineAnalystQuery("coverage", {
  returns: [CommitteeCoverage],
  permission: "read:PartyOrganization",
  description:
    "覆盖率：各大党委覆盖社区内的党组织、成员单位及其占比 / Coverage per committee: organisations in its covered communities, members and their shares",
  resolve: async (s, _args, ctx, info) => {
    requireReadable(ctx, "PartyOrganization", ["communityId", "endedAt"]);
    requireReadable(ctx, "Unit", ["communityId"]);
    requireReadable(ctx, "Membership", ["committeeId", "organizationId", "toDate"]);
    requireReadable(ctx, "Seat", ["committeeId", "sourceOrganizationId", "status"]);
    const coverage = await activeCoverage(ctx, s);
    const committees = await committeesById(ctx, coverage.keys(), info);
    if (committees.size === 0) return [];
    // A community is covered by at most one active committee (invariant 2).
    const committeeOfCommunity = new Map<string, string>();
    for (const [committeeId, communityIds] of coverage) {
      if (committees.has(committeeId)) for (const c of communityIds) committeeOfCommunity.set(c, committeeId);
    }
    const communityIds = [...committeeOfCommunity.keys()];
    const committeeIds = [...committees.keys()];
    const prisma = ctx.db.prisma;
    // Four reads of ids for all committees at once (not three counts per committee); the sets are
    // intersected here. Each read is AND-ed with the caller's row filter, as the counts were.
    const unitsThere = and(ctx.guard.where("Unit"), { communityId: { in: communityIds } });
    const [units, organizations, memberships, seats] = await Promise.all([
      prisma.unit.findMany({
        where: unitsThere as Prisma.UnitWhereInput,
        select: { id: true, communityId: true },
      }),
      // Located in a covered community: the community's own organisation or a unit's there.
      prisma.partyOrganization.findMany({
        where: and(
          ctx.guard.where("PartyOrganization"),
          { endedAt: null },
          {
            OR: [{ communityId: { in: communityIds } }, { unit: unitsThere }],
          },
        ) as Prisma.PartyOrganizationWhereInput,
        select: { id: true, communityId: true, unitId: true },
      }),
      prisma.membership.findMany({
        where: and(ctx.guard.where("Membership"), {
          committeeId: { in: committeeIds },
          toDate: null,
        }) as Prisma.MembershipWhereInput,
        select: { committeeId: true, organizationId: true },
      }),
      prisma.seat.findMany({
        where: and(ctx.guard.where("Seat"), {
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
    const member = new Set(memberships.map((m) => `${m.committeeId} ${m.organizationId}`));
    const seated = new Set(seats.map((m) => `${m.committeeId} ${m.sourceOrganizationId}`));
    const rows = [...committees.values()].map((committee): CoverageShape => {
      const orgs = [...(located.get(committee.id) ?? [])];
      const members = orgs.filter((o) => member.has(`${committee.id} ${o}`));
      const seatedMembers = members.filter((o) => seated.has(`${committee.id} ${o}`));
      return {
        committee,
        communityCount: coverage.get(committee.id)?.length ?? 0,
        organizationCount: orgs.length,
        memberCount: members.length,
        memberShare: decimalShare(members.length, orgs.length),
        seatedMemberCount: seatedMembers.length,
        seatedMemberShare: decimalShare(seatedMembers.length, members.length),
      };
    });
    return rows.sort(byCommitteeCode);
  },
});
