/** Analyst query: seat structure compliance of each committee. */
import type { Prisma } from "@gongjian/db/client";
import { ACTIVE_SEAT_STATUSES, type SeatRoleName, type SeatShape, seatStructureViolations } from "../seats/rules.js";
import {
  activeCoverage,
  and,
  committeeScoped,
  everyRow,
  relationsSelected,
  requireReadable,
  scoped,
  whenComplete,
} from "./scope.js";
import { SeatStructureCompliance } from "./seat-types.js";
import { defineAnalystQuery } from "./types.js";

const ROLES: SeatRoleName[] = ["SECRETARY", "EXECUTIVE_DEPUTY", "DEPUTY_FULL_TIME", "DEPUTY_PART_TIME", "MEMBER"];
/** Roles whose source organisation the seat structure rule looks at. */
const SOURCED_ROLES = ["SECRETARY", "EXECUTIVE_DEPUTY", "DEPUTY_FULL_TIME"] as const;

defineAnalystQuery("seatStructureCompliance", {
  returns: [SeatStructureCompliance],
  permission: "read:Committee",
  description:
    "职数结构：各大党委（未撤销）的在任书记、副书记、委员数及是否符合要求（结论按全部在任职务计算，不含任何人员信息；无权读取全部职务时各数为空）/ Seat structure of each committee (not dissolved): secretaries, deputies, members and whether it complies (the verdict is computed on all its active seats and names nobody; the counts are null unless you may read every seat)",
  resolve: async (s, _args, ctx, info) => {
    requireReadable(ctx, "Committee", ["status"], s);
    // The caller's own count of seats filters on these columns (a role that may never read a seat counts none).
    requireReadable(ctx, "Seat", ["committeeId", "status"], s);
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
    // The verdict is the committee's, not the caller's: it is computed on every active seat of a committee
    // the caller may read (and on its whole coverage), and it reveals no person, only which rule fails.
    const activeSeats = and(scoped(s), {
      committeeId: { in: committeeIds },
      status: { in: [...ACTIVE_SEAT_STATUSES] },
    });
    const [counts, visible, sourced, coverage] = await Promise.all([
      prisma.seat.groupBy({
        by: ["committeeId", "role"],
        where: activeSeats as Prisma.SeatWhereInput,
        _count: { _all: true },
      }),
      // The seats the caller may read, per committee: the counts are shown only if it may read them all.
      prisma.seat.groupBy({
        by: ["committeeId"],
        where: and(ctx.guard.where("Seat"), activeSeats) as Prisma.SeatWhereInput,
        _count: { _all: true },
      }),
      // Where the secretary and the deputies come from (a few rows per committee: the rule checks sources).
      prisma.seat.findMany({
        where: and(activeSeats, { role: { in: [...SOURCED_ROLES] } }) as Prisma.SeatWhereInput,
        select: { committeeId: true, role: true, sourceOrganizationId: true },
      }),
      activeCoverage(ctx, s, everyRow, committeeIds),
    ]);
    // The community party organisations of the covered communities (one per community).
    const communityIds = [...coverage.values()].flat();
    const communityOrgs = communityIds.length
      ? await prisma.partyOrganization.findMany({
          where: { communityId: { in: communityIds }, endedAt: null },
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
      const seats = ROLES.reduce((a, role) => a + count(role), 0);
      const own = visible.find((v) => v.committeeId === committee.id)?._count._all ?? 0;
      // Every count or none: a caller that may not read every active seat sees the verdict only.
      const shown = whenComplete(own, seats) !== null;
      const figure = (n: number) => (shown ? n : null);
      return {
        committee,
        secretaries: figure(count("SECRETARY")),
        executiveDeputies: figure(count("EXECUTIVE_DEPUTY")),
        fullTimeDeputies: figure(count("DEPUTY_FULL_TIME")),
        partTimeDeputies: figure(count("DEPUTY_PART_TIME")),
        deputies: figure(count("DEPUTY_FULL_TIME") + count("DEPUTY_PART_TIME")),
        members: figure(count("MEMBER")),
        seats: figure(seats),
        violations,
      };
    });
  },
});
