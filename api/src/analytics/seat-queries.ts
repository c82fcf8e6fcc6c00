/** Analyst query: seat structure compliance of each committee. */
import type { Prisma } from "@gongjian/db/client";
import { ACTIVE_SEAT_STATUSES, type SeatRoleName, type SeatShape, seatStructureViolations } from "../seats/rules.js";
import { activeCoverage, and, committeeScoped, relationsSelected, requireReadable, scoped } from "./scope.js";
import { SeatStructureCompliance } from "./seat-types.js";
import { defineAnalystQuery } from "./types.js";

const ROLES: SeatRoleName[] = ["SECRETARY", "EXECUTIVE_DEPUTY", "DEPUTY_FULL_TIME", "DEPUTY_PART_TIME", "MEMBER"];
/** Roles whose source organisation the seat structure rule looks at. */
const SOURCED_ROLES = ["SECRETARY", "EXECUTIVE_DEPUTY", "DEPUTY_FULL_TIME"] as const;

defineAnalystQuery("seatStructureCompliance", {
  returns: [SeatStructureCompliance],
  permission: "read:Seat",
  description:
    "职数结构：各大党委（未撤销）的在任书记、副书记、委员数及是否符合要求 / Seat structure of each committee (not dissolved): secretaries, deputies, members and whether it complies",
  resolve: async (s, _args, ctx, info) => {
    requireReadable(ctx, "Committee", ["status"], s);
    requireReadable(ctx, "Seat", ["committeeId", "role", "status", "sourceOrganizationId"], s);
    requireReadable(ctx, "PartyOrganization", ["communityId", "endedAt"]);
    const prisma = ctx.db.prisma;
    const committees = await prisma.committee.findMany({
      ...relationsSelected(ctx, info, "committee"),
      where: and(ctx.guard.where("Committee"), committeeScoped(s), {
        status: { not: "DISSOLVED" },
      }) as Prisma.CommitteeWhereInput,
      orderBy: { code: "asc" },
    });
    if (committees.length === 0) return [];
    const committeeIds = committees.map((c) => c.id);
    const activeSeats = and(ctx.guard.where("Seat"), scoped(s), {
      committeeId: { in: committeeIds },
      status: { in: [...ACTIVE_SEAT_STATUSES] },
    });
    const [counts, sourced, coverage] = await Promise.all([
      prisma.seat.groupBy({
        by: ["committeeId", "role"],
        where: activeSeats as Prisma.SeatWhereInput,
        _count: { _all: true },
      }),
      // Where the secretary and the deputies come from (a few rows per committee: the rule checks sources).
      prisma.seat.findMany({
        where: and(activeSeats, { role: { in: [...SOURCED_ROLES] } }) as Prisma.SeatWhereInput,
        select: { committeeId: true, role: true, sourceOrganizationId: true },
      }),
      activeCoverage(ctx, s),
    ]);
    // The community party organisations of the covered communities (one per community).
    const communityIds = [...coverage.values()].flat();
    const communityOrgs = communityIds.length
      ? await prisma.partyOrganization.findMany({
          where: and(ctx.guard.where("PartyOrganization"), {
            communityId: { in: communityIds },
            endedAt: null,
          }) as Prisma.PartyOrganizationWhereInput,
          select: { id: true, communityId: true },
        })
      : [];
    return committees.map((committee) => {
      const count = (role: SeatRoleName) =>
        counts.find((c) => c.committeeId === committee.id && c.role === role)?._count._all ?? 0;
      const covered = new Set(coverage.get(committee.id) ?? []);
      const orgIds = new Set(communityOrgs.filter((o) => covered.has(o.communityId ?? "")).map((o) => o.id));
      // The rule counts seats per role and checks where the secretary and the deputies come from.
      const shapes: SeatShape[] = [];
      for (const role of ROLES) {
        if ((SOURCED_ROLES as readonly string[]).includes(role)) continue;
        for (let i = 0; i < count(role); i++) shapes.push({ role, sourceOrganizationId: "" });
      }
      for (const seat of sourced.filter((f) => f.committeeId === committee.id)) {
        shapes.push({ role: seat.role, sourceOrganizationId: seat.sourceOrganizationId });
      }
      const violations = seatStructureViolations(shapes, orgIds, { complete: true }).map((v) => ({
        field: v.field ?? null,
        messageZh: v.messageZh,
        messageEn: v.messageEn,
      }));
      return {
        committee,
        secretaries: count("SECRETARY"),
        executiveDeputies: count("EXECUTIVE_DEPUTY"),
        fullTimeDeputies: count("DEPUTY_FULL_TIME"),
        partTimeDeputies: count("DEPUTY_PART_TIME"),
        deputies: count("DEPUTY_FULL_TIME") + count("DEPUTY_PART_TIME"),
        members: count("MEMBER"),
        seats: ROLES.reduce((a, role) => a + count(role), 0),
        violations,
      };
    });
  },
});
