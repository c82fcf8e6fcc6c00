import type { Prisma } from "@gongjian/db/client";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { fromGlobalId } from "../data/ids.js";
import { month, year } from "../data/validation.js";
import type { Subject } from "../permissions/abilities.js";
import { ACTIVE_SEAT_STATUSES, type SeatRoleName, type SeatShape, seatStructureViolations } from "../seats/rules.js";
import { AssessmentKindEnum } from "../system/enums.js";
import {
  beijingMonthStart,
  decimalShare,
  defaultReferenceMonth,
  type MonthCount,
  monthsWithoutMeeting,
  percentToUnits,
  quarterOf,
  SCORE_BANDS,
  sharesOfBudget,
} from "./rules.js";
import {
  AnalyticsFilter,
  AssessmentDistribution,
  CadencePeriodEnum,
  type CadencePeriodShape,
  type ChannelTotalShape,
  CommitteeCoverage,
  type CoverageShape,
  FundingChannelTotal,
  FundingGroupingEnum,
  MeetingCadence,
  SeatStructureCompliance,
  UnitFunding,
  type UnitFundingShape,
} from "./types.js";

/**
 * Analyst queries. Every number is computed in the database (count, groupBy, aggregate) — except
 * `coverage`, which reads the ids it needs for all committees in four queries and intersects them
 * here — and every table read is AND-ed with the caller's row filter for that table (`ctx.guard.where`),
 * also inside relation filters, so a row the caller may not read is never counted. Columns
 * used to filter or group must be readable on every row the caller may see (as for the root
 * lists), otherwise the query is refused. See api/docs/analyst-queries.md.
 */

type Where = Record<string, unknown>;

const and = (...parts: (Where | null | undefined | false)[]): Where => ({
  AND: parts.filter((p): p is Where => !!p),
});

interface Scope {
  streetId?: string;
  committeeId?: string;
}

function scopeOf(filter: { streetId?: string | null; committeeId?: string | null } | null | undefined): Scope {
  const scope: Scope = {};
  if (filter?.streetId) scope.streetId = fromGlobalId("Street", filter.streetId, "filter.streetId");
  if (filter?.committeeId) scope.committeeId = fromGlobalId("Committee", filter.committeeId, "filter.committeeId");
  return scope;
}

/** The scope filter on a committee-scoped table's own columns. */
const scoped = (s: Scope): Where => ({
  ...(s.streetId ? { streetId: s.streetId } : {}),
  ...(s.committeeId ? { committeeId: s.committeeId } : {}),
});

/** The scope filter on the Committee table. */
const committeeScoped = (s: Scope): Where => ({
  ...(s.streetId ? { streetId: s.streetId } : {}),
  ...(s.committeeId ? { id: s.committeeId } : {}),
});

/**
 * Refuses to filter or group by a column that is not readable on every row the caller may
 * read (it would reveal hidden values); a caller with no read rule at all simply counts nothing.
 */
function requireReadable(ctx: Context, subject: Subject, fields: string[], scope?: Scope) {
  if (!ctx.guard.mayEver("read", subject)) return;
  const all = [
    ...fields,
    ...(scope?.streetId ? ["streetId"] : []),
    ...(scope?.committeeId && subject !== "Committee" ? ["committeeId"] : []),
  ];
  for (const field of all) {
    if (!ctx.guard.readableOnEveryRow(subject, field)) {
      throw new GraphQLError(`不能按 ${subject}.${field} 统计 / Cannot aggregate by ${subject}.${field}`, {
        extensions: { code: "FORBIDDEN", field },
      });
    }
  }
}

/**
 * The relations the client selects under `field` of the result rows (e.g. `committee { street
 * { name } }`), to load with the rows in one query instead of one load per row. Only an
 * `include` is taken (every column stays loaded, so the guard can check the rows); the guard
 * plugin still checks every related row, and list relations carry their `readable` filters.
 */
function relationsSelected(ctx: Context, info: GraphQLResolveInfo, field: string): { include?: object } {
  const query = queryFromInfo({ context: ctx, info, path: [field] }) as { include?: object };
  return query.include ? { include: query.include } : {};
}

/** The committees with these ids that the caller may read (one query), by id. */
async function committeesById(ctx: Context, ids: Iterable<string>, info: GraphQLResolveInfo) {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map<string, Prisma.CommitteeGetPayload<object>>();
  const rows = await ctx.db.prisma.committee.findMany({
    ...relationsSelected(ctx, info, "committee"),
    where: and({ id: { in: list } }, ctx.guard.where("Committee")) as Prisma.CommitteeWhereInput,
  });
  return new Map(rows.map((r) => [r.id, r]));
}

const byCommitteeCode = <T extends { committee: { code: string } | null }>(a: T, b: T) =>
  (a.committee?.code ?? "").localeCompare(b.committee?.code ?? "");

/** Active coverage (committee → communities) the caller may read, of committees it may read. */
async function activeCoverage(ctx: Context, s: Scope) {
  requireReadable(ctx, "CommitteeCommunity", ["committeeId", "communityId", "endedAt"], s);
  const rows = await ctx.db.prisma.committeeCommunity.groupBy({
    by: ["committeeId", "communityId"],
    where: and(ctx.guard.where("CommitteeCommunity"), scoped(s), {
      endedAt: null,
    }) as Prisma.CommitteeCommunityWhereInput,
  });
  const communities = new Map<string, string[]>();
  for (const r of rows) communities.set(r.committeeId, [...(communities.get(r.committeeId) ?? []), r.communityId]);
  return communities;
}

// ---------------------------------------------------------------- 1. coverage

builder.queryField("coverage", (t) =>
  t.field({
    type: [CommitteeCoverage],
    permission: "read:PartyOrganization",
    description:
      "覆盖率：各大党委覆盖社区内的党组织、成员单位及其占比 / Coverage per committee: organisations in its covered communities, members and their shares",
    args: { filter: t.arg({ type: AnalyticsFilter, description: "统计范围 / Scope" }) },
    resolve: async (_root, args, ctx, info) => {
      const s = scopeOf(args.filter);
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
  }),
);

// ---------------------------------------------------------------- 2. funding by channel

const CHANNELS = ["FISCAL", "PARTY_DUES", "TASK_TRANSFER", "SELF_GENERATED", "SPONSORSHIP"];

builder.queryField("fundingByChannel", (t) =>
  t.field({
    type: [FundingChannelTotal],
    permission: "read:FundingIncome",
    description:
      "已通过（ADOPTED）经费方案的分渠道收入合计 / Income of ADOPTED funding plans per street or committee and channel",
    args: {
      year: t.arg.int({ required: true, description: "年度（2000–2100）/ Year (2000–2100)", validate: year }),
      per: t.arg({
        type: FundingGroupingEnum,
        defaultValue: "COMMITTEE",
        description: "按街道或按大党委汇总（默认按大党委）/ Total per street or per committee (default)",
      }),
      filter: t.arg({ type: AnalyticsFilter, description: "统计范围 / Scope" }),
    },
    resolve: async (_root, args, ctx, info) => {
      const s = scopeOf(args.filter);
      requireReadable(ctx, "FundingIncome", ["planId", "channel", "amountFen", "streetId", "committeeId"], s);
      requireReadable(ctx, "FundingPlan", ["status", "year"]);
      const perStreet = args.per === "STREET";
      const where = and(ctx.guard.where("FundingIncome"), scoped(s), {
        plan: and(ctx.guard.where("FundingPlan"), { status: "ADOPTED", year: args.year }),
      }) as Prisma.FundingIncomeWhereInput;
      const groups = perStreet
        ? (
            await ctx.db.prisma.fundingIncome.groupBy({
              by: ["streetId", "channel"],
              where,
              _sum: { amountFen: true },
              _count: { _all: true },
            })
          ).map((g) => ({ ...g, committeeId: null as string | null }))
        : await ctx.db.prisma.fundingIncome.groupBy({
            by: ["streetId", "committeeId", "channel"],
            where,
            _sum: { amountFen: true },
            _count: { _all: true },
          });
      const [streets, committees] = await Promise.all([
        ctx.db.prisma.street.findMany({
          ...relationsSelected(ctx, info, "street"),
          where: and({ id: { in: [...new Set(groups.map((g) => g.streetId))] } }, ctx.guard.where("Street")),
        }),
        committeesById(
          ctx,
          groups.flatMap((g) => (g.committeeId ? [g.committeeId] : [])),
          info,
        ),
      ]);
      const streetById = new Map(streets.map((r) => [r.id, r]));
      const rows: ChannelTotalShape[] = groups.map((g) => ({
        street: streetById.get(g.streetId) ?? null,
        committee: g.committeeId ? (committees.get(g.committeeId) ?? null) : null,
        channel: g.channel,
        amountFen: g._sum.amountFen ?? 0n,
        incomeCount: g._count._all,
      }));
      return rows.sort(
        (a, b) =>
          (a.street?.code ?? "").localeCompare(b.street?.code ?? "") ||
          byCommitteeCode(a, b) ||
          CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel),
      );
    },
  }),
);

// ---------------------------------------------------------------- 3. funding by unit

builder.queryField("fundingByUnit", (t) =>
  t.field({
    type: [UnitFunding],
    permission: "read:ContributionRatio",
    description:
      "各成员单位在当年已通过经费方案中的应出资额、认缴额和实缴额 / Per committee and member: share due, pledged and received under the year's adopted plan",
    args: {
      year: t.arg.int({ required: true, description: "年度（2000–2100）/ Year (2000–2100)", validate: year }),
      filter: t.arg({ type: AnalyticsFilter, description: "统计范围 / Scope" }),
    },
    resolve: async (_root, args, ctx, info) => {
      const s = scopeOf(args.filter);
      requireReadable(ctx, "FundingPlan", ["year", "status", "budgetFen"], s);
      requireReadable(ctx, "ContributionRatio", ["planId", "membershipId", "percent"]);
      requireReadable(ctx, "Contribution", ["planId", "membershipId", "status", "amountFen"]);
      const prisma = ctx.db.prisma;
      const plans = await prisma.fundingPlan.findMany({
        ...relationsSelected(ctx, info, "plan"),
        where: and(ctx.guard.where("FundingPlan"), scoped(s), {
          year: args.year,
          status: "ADOPTED",
        }) as Prisma.FundingPlanWhereInput,
      });
      if (plans.length === 0) return [];
      const planIds = plans.map((p) => p.id);
      const [ratios, sums] = await Promise.all([
        prisma.contributionRatio.findMany({
          where: and(ctx.guard.where("ContributionRatio"), {
            planId: { in: planIds },
          }) as Prisma.ContributionRatioWhereInput,
          select: { planId: true, membershipId: true, percent: true },
          orderBy: [{ planId: "asc" }, { membershipId: "asc" }],
        }),
        prisma.contribution.groupBy({
          by: ["planId", "membershipId", "status"],
          where: and(ctx.guard.where("Contribution"), { planId: { in: planIds } }) as Prisma.ContributionWhereInput,
          _sum: { amountFen: true },
        }),
      ]);
      const key = (planId: string, membershipId: string) => `${planId}/${membershipId}`;
      const rows = new Map<string, UnitFundingShape & { planId: string; membershipId: string }>();
      const planById = new Map(plans.map((p) => [p.id, p]));
      const row = (planId: string, membershipId: string) => {
        const k = key(planId, membershipId);
        let r = rows.get(k);
        if (!r) {
          r = {
            planId,
            membershipId,
            committee: null,
            plan: planById.get(planId) as (typeof plans)[number],
            membership: null,
            ratioPercent: null,
            shareDueFen: null,
            pledgedFen: 0n,
            receivedFen: 0n,
          };
          rows.set(k, r);
        }
        return r;
      };
      for (const plan of plans) {
        const own = ratios.filter((r) => r.planId === plan.id);
        const shares = sharesOfBudget(
          plan.budgetFen,
          own.map((r) => percentToUnits(r.percent)),
        );
        own.forEach((ratio, i) => {
          const r = row(plan.id, ratio.membershipId);
          r.ratioPercent = ratio.percent.toFixed(4);
          r.shareDueFen = shares[i] ?? 0n;
        });
      }
      for (const g of sums) {
        const r = row(g.planId, g.membershipId);
        const amount = g._sum.amountFen ?? 0n;
        r.pledgedFen += amount;
        if (g.status === "RECEIVED") r.receivedFen += amount;
      }
      const membershipIds = [...new Set([...rows.values()].map((r) => r.membershipId))];
      const [committees, memberships] = await Promise.all([
        committeesById(
          ctx,
          plans.map((p) => p.committeeId),
          info,
        ),
        prisma.membership.findMany({
          ...relationsSelected(ctx, info, "membership"),
          where: and({ id: { in: membershipIds } }, ctx.guard.where("Membership")) as Prisma.MembershipWhereInput,
        }),
      ]);
      const membershipById = new Map(memberships.map((m) => [m.id, m]));
      const out = [...rows.values()].map((r) => ({
        ...r,
        committee: committees.get(r.plan.committeeId) ?? null,
        membership: membershipById.get(r.membershipId) ?? null,
      }));
      return out.sort(
        (a, b) =>
          byCommitteeCode(a, b) ||
          Number((b.shareDueFen ?? -1n) - (a.shareDueFen ?? -1n)) ||
          a.membershipId.localeCompare(b.membershipId),
      );
    },
  }),
);

// ---------------------------------------------------------------- 4. meeting cadence

builder.queryField("meetingCadence", (t) =>
  t.field({
    type: [MeetingCadence],
    permission: "read:Meeting",
    description:
      "会议召开情况：各大党委每月（或每季度）已召开的会议，及是否每月召开党委会或扩大会 / Meeting cadence per committee and month (or quarter), and whether it met every month",
    args: {
      year: t.arg.int({ required: true, description: "年度（2000–2100）/ Year (2000–2100)", validate: year }),
      period: t.arg({
        type: CadencePeriodEnum,
        defaultValue: "MONTH",
        description: "按月或按季度列出（默认按月）/ List per month (default) or per quarter",
      }),
      throughMonth: t.arg.int({
        validate: month.nullish(),
        description:
          "参照月（1–12）：检查1月至该月；默认为已结束的最后一个月 / Reference month (1–12): January to it are checked; default: the last month that has ended",
      }),
      filter: t.arg({ type: AnalyticsFilter, description: "统计范围 / Scope" }),
    },
    resolve: async (_root, args, ctx, info) => {
      const s = scopeOf(args.filter);
      requireReadable(ctx, "Meeting", ["committeeId", "kind", "status", "heldAt"], s);
      requireReadable(ctx, "Committee", ["status"], s);
      const year = args.year;
      const throughMonth = args.throughMonth ?? defaultReferenceMonth(year, new Date());
      if (throughMonth < 0 || throughMonth > 12) {
        throw new GraphQLError("参照月应为 0–12 / throughMonth must be 0–12", {
          extensions: { code: "BAD_USER_INPUT", field: "throughMonth" },
        });
      }
      const prisma = ctx.db.prisma;
      const meetingWhere = ctx.guard.where("Meeting");
      const held = (from: Date, to: Date) => ({ status: "HELD", heldAt: { gte: from, lt: to } });
      // Committees that are running (approved or filed), or that held a meeting that year.
      const committees = await prisma.committee.findMany({
        ...relationsSelected(ctx, info, "committee"),
        where: and(ctx.guard.where("Committee"), committeeScoped(s), {
          OR: [
            { status: { in: ["APPROVED", "FILED"] } },
            {
              meetings: {
                some: and(meetingWhere, held(beijingMonthStart(year, 1), beijingMonthStart(year, 13))),
              },
            },
          ],
        }) as Prisma.CommitteeWhereInput,
        orderBy: { code: "asc" },
      });
      if (committees.length === 0) return [];
      const committeeIds = committees.map((c) => c.id);
      // One grouped count per month (months are in Beijing time).
      const perMonth = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          prisma.meeting.groupBy({
            by: ["committeeId", "kind"],
            where: and(
              meetingWhere,
              scoped(s),
              { committeeId: { in: committeeIds } },
              held(beijingMonthStart(year, i + 1), beijingMonthStart(year, i + 2)),
            ) as Prisma.MeetingWhereInput,
            _count: { _all: true },
          }),
        ),
      );
      return committees.map((committee) => {
        const months: MonthCount[] = perMonth.map((groups, i) => {
          const count = (kind: string) =>
            groups.find((g) => g.committeeId === committee.id && g.kind === kind)?._count._all ?? 0;
          return {
            month: i + 1,
            regular: count("REGULAR"),
            extended: count("EXTENDED"),
            emergency: count("EMERGENCY"),
          };
        });
        const missing = monthsWithoutMeeting(months, throughMonth);
        const periodOf = (month: number) => (args.period === "QUARTER" ? quarterOf(month) : month);
        const periods: CadencePeriodShape[] = [];
        for (const m of months) {
          const p = periodOf(m.month);
          let entry = periods.find((x) => x.period === p);
          if (!entry) {
            entry = { period: p, regularHeld: 0, extendedHeld: 0, emergencyHeld: 0, compliant: null };
            periods.push(entry);
          }
          entry.regularHeld += m.regular;
          entry.extendedHeld += m.extended;
          entry.emergencyHeld += m.emergency;
          if (m.month <= throughMonth) entry.compliant = (entry.compliant ?? true) && !missing.includes(m.month);
        }
        const total = (k: "regular" | "extended" | "emergency") => months.reduce((a, m) => a + m[k], 0);
        return {
          committee,
          year,
          throughMonth,
          regularHeld: total("regular"),
          extendedHeld: total("extended"),
          emergencyHeld: total("emergency"),
          missingMonths: missing,
          periods,
        };
      });
    },
  }),
);

// ---------------------------------------------------------------- 5. seat structure

const ROLES: SeatRoleName[] = ["SECRETARY", "EXECUTIVE_DEPUTY", "DEPUTY_FULL_TIME", "DEPUTY_PART_TIME", "MEMBER"];
/** Roles whose source organisation the seat structure rule looks at. */
const SOURCED_ROLES = ["SECRETARY", "EXECUTIVE_DEPUTY", "DEPUTY_FULL_TIME"] as const;

builder.queryField("seatStructureCompliance", (t) =>
  t.field({
    type: [SeatStructureCompliance],
    permission: "read:Seat",
    description:
      "职数结构：各大党委（未撤销）的在任书记、副书记、委员数及是否符合要求 / Seat structure of each committee (not dissolved): secretaries, deputies, members and whether it complies",
    args: { filter: t.arg({ type: AnalyticsFilter, description: "统计范围 / Scope" }) },
    resolve: async (_root, args, ctx, info) => {
      const s = scopeOf(args.filter);
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
  }),
);

// ---------------------------------------------------------------- 6. assessment distribution

const GRADES = ["EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT"];

builder.queryField("assessmentDistribution", (t) =>
  t.field({
    type: AssessmentDistribution,
    permission: "read:Assessment",
    description:
      "考核结果分布：按等次、分数段计数及平均分（不含评语）/ Assessment results: counts per grade and score band, average score (never the remarks)",
    args: {
      kind: t.arg({ type: AssessmentKindEnum, required: true, description: "考核类型 / Kind" }),
      year: t.arg.int({ required: true, description: "年度（2000–2100）/ Year (2000–2100)", validate: year }),
      filter: t.arg({ type: AnalyticsFilter, description: "统计范围 / Scope" }),
    },
    resolve: async (_root, args, ctx) => {
      const s = scopeOf(args.filter);
      requireReadable(ctx, "Assessment", ["kind", "year", "grade", "score"], s);
      const prisma = ctx.db.prisma;
      const base = and(ctx.guard.where("Assessment"), scoped(s), { kind: args.kind, year: args.year });
      const where = base as Prisma.AssessmentWhereInput;
      const [grades, stats, ...bands] = await Promise.all([
        prisma.assessment.groupBy({ by: ["grade"], where, _count: { _all: true } }),
        prisma.assessment.aggregate({
          where,
          _count: { _all: true, score: true },
          _avg: { score: true },
          _min: { score: true },
          _max: { score: true },
        }),
        ...SCORE_BANDS.map((b, i) =>
          prisma.assessment.count({
            where: and(base, {
              score: { ...(i === 0 ? {} : { gte: b.min }), ...(b.max === null ? { not: null } : { lt: b.max }) },
            }) as Prisma.AssessmentWhereInput,
          }),
        ),
      ]);
      const gradeCount = (grade: string | null) => grades.find((g) => g.grade === grade)?._count._all ?? 0;
      return {
        kind: args.kind,
        year: args.year,
        total: stats._count._all,
        scored: stats._count.score,
        averageScore: stats._avg.score ? stats._avg.score.toFixed(2) : null,
        minScore: stats._min.score ? stats._min.score.toFixed(2) : null,
        maxScore: stats._max.score ? stats._max.score.toFixed(2) : null,
        grades: [...GRADES, null].map((grade) => ({ grade, count: gradeCount(grade) })),
        bands: SCORE_BANDS.map((b, i) => ({ band: b.band, min: b.min, max: b.max, count: bands[i] ?? 0 })),
      };
    },
  }),
);
