/** Analyst queries on funding: income per channel, and each member unit's share due, pledged and received. */
import type { Prisma } from "@gongjian/db/client";
import {
  type ChannelTotalShape,
  FundingChannelTotal,
  FundingGroupingEnum,
  UnitFunding,
  type UnitFundingShape,
} from "./funding-types.js";
import { percentToUnits, sharesOfBudget } from "./rules.js";
import { and, byCommitteeCode, committeesById, relationsSelected, requireReadable, scoped } from "./scope.js";
import { defineAnalystQuery } from "./types.js";

const CHANNELS = ["FISCAL", "PARTY_DUES", "TASK_TRANSFER", "SELF_GENERATED", "SPONSORSHIP"];

defineAnalystQuery("fundingByChannel", {
  returns: [FundingChannelTotal],
  permission: "read:FundingIncome",
  description:
    "已通过（ADOPTED）经费方案的分渠道收入合计 / Income of ADOPTED funding plans per street or committee and channel",
  year: true,
  args: (arg) => ({
    per: arg({
      type: FundingGroupingEnum,
      defaultValue: "COMMITTEE",
      description: "按街道或按大党委汇总（默认按大党委）/ Total per street or per committee (default)",
    }),
  }),
  resolve: async (s, args, ctx, info) => {
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
});

// ---------------------------------------------------------------- 3. funding by unit

defineAnalystQuery("fundingByUnit", {
  returns: [UnitFunding],
  permission: "read:ContributionRatio",
  description:
    "各成员单位在当年已通过经费方案中的应出资额、认缴额和实缴额 / Per committee and member: share due, pledged and received under the year's adopted plan",
  year: true,
  resolve: async (s, args, ctx, info) => {
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
});
