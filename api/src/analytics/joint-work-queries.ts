/**
 * Analyst queries on joint work (共建项目/事项, issue 15 item 3): items by 六联 category × status with the
 * overdue ones (Beijing time), and each organisation's participation. Counted in the database
 * (`groupBy`), through the caller's row filters.
 */
import type { Prisma } from "@gongjian/db/client";
import { beijingDate } from "@gongjian/domain/calendar";
import {
  type JointWorkCategoryName,
  type JointWorkStatusName,
  UNFINISHED_JOINT_WORK,
} from "@gongjian/domain/joint-work";
import { builder } from "../builder.js";
import { JointWorkCategoryEnum, JointWorkStatusEnum } from "../system/enums.js";
import { PartyOrganization } from "../units/types.js";
import { and, requireReadable, scoped } from "./scope.js";
import { defineAnalystQuery } from "./types.js";

interface CountShape {
  category: JointWorkCategoryName;
  status: JointWorkStatusName;
  count: number;
  overdueCount: number;
}
interface CountsShape {
  total: number;
  overdueCount: number;
  counts: CountShape[];
}

const JointWorkCount = builder.objectRef<CountShape>("JointWorkCount").implement({
  description: "某类别、某状态的共建事项数 / Joint work items of one category in one status",
  fields: (t) => ({
    category: t.field({ type: JointWorkCategoryEnum, description: "六联类别 / Category", resolve: (r) => r.category }),
    status: t.field({ type: JointWorkStatusEnum, description: "状态 / Status", resolve: (r) => r.status }),
    count: t.exposeInt("count", { description: "事项数 / Items" }),
    overdueCount: t.exposeInt("overdueCount", { description: "其中逾期（北京时间）/ Of which overdue (Beijing time)" }),
  }),
});

const JointWorkCounts = builder.objectRef<CountsShape>("JointWorkCounts").implement({
  description: "共建事项统计 / Joint work item counts",
  fields: (t) => ({
    total: t.exposeInt("total", { description: "事项总数 / Items in all" }),
    overdueCount: t.exposeInt("overdueCount", {
      description:
        "逾期事项数（未完成且期限早于今天，北京时间）/ Overdue items (unfinished, deadline before today in Beijing)",
    }),
    counts: t.field({
      type: [JointWorkCount],
      description: "按类别和状态（只列有事项的组合）/ By category and status (combinations with items only)",
      resolve: (r) => r.counts,
    }),
  }),
});

defineAnalystQuery("jointWorkCounts", {
  returns: JointWorkCounts,
  permission: "read:JointWorkItem",
  description:
    "共建事项统计：按六联类别和状态的事项数，及逾期事项数（北京时间）/ Joint work statistics: items by 六联 category and status, and the overdue ones (Beijing time)",
  resolve: async (s, _args, ctx) => {
    requireReadable(ctx, "JointWorkItem", ["category", "status", "deadline"], s);
    const where = and(ctx.guard.where("JointWorkItem"), scoped(s));
    const overdue = { status: { in: [...UNFINISHED_JOINT_WORK] }, deadline: { lt: beijingDate(new Date()) } };
    const group = (w: object) =>
      ctx.db.prisma.jointWorkItem.groupBy({
        by: ["category", "status"],
        where: w as Prisma.JointWorkItemWhereInput,
        _count: { _all: true },
        orderBy: [{ category: "asc" }, { status: "asc" }],
      });
    const [all, late] = await Promise.all([group(where), group(and(where, overdue))]);
    const lateBy = new Map(late.map((g) => [`${g.category}/${g.status}`, g._count._all]));
    const counts = all.map((g) => ({
      category: g.category,
      status: g.status,
      count: g._count._all,
      overdueCount: lateBy.get(`${g.category}/${g.status}`) ?? 0,
    }));
    return {
      total: counts.reduce((n, c) => n + c.count, 0),
      overdueCount: counts.reduce((n, c) => n + c.overdueCount, 0),
      counts,
    };
  },
});

interface ParticipationShape {
  organization: Prisma.PartyOrganizationGetPayload<object> | null;
  itemCount: number;
  leadCount: number;
  coOperatingCount: number;
}

const JointWorkParticipation = builder.objectRef<ParticipationShape>("JointWorkParticipation").implement({
  description: "一个单位参与共建事项的情况 / One organisation's participation in joint work",
  fields: (t) => ({
    organization: t.field({
      type: PartyOrganization,
      nullable: true,
      description: "参与单位（党组织）/ Participating organisation",
      resolve: (r) => r.organization,
    }),
    itemCount: t.exposeInt("itemCount", { description: "参与的事项数 / Items it takes part in" }),
    leadCount: t.exposeInt("leadCount", { description: "牵头的事项数 / Items it leads" }),
    coOperatingCount: t.exposeInt("coOperatingCount", { description: "协作的事项数 / Items it co-operates in" }),
  }),
});

defineAnalystQuery("jointWorkParticipation", {
  returns: [JointWorkParticipation],
  permission: "read:JointWorkParticipant",
  description:
    "成员单位参与共建事项情况：每个单位参与、牵头、协作的事项数（参与多者在前）/ Member organisations' participation in joint work: items each takes part in, leads and co-operates in (most first)",
  resolve: async (s, _args, ctx) => {
    requireReadable(ctx, "JointWorkParticipant", ["organizationId", "role"], s);
    const groups = await ctx.db.prisma.jointWorkParticipant.groupBy({
      by: ["organizationId", "role"],
      where: and(ctx.guard.where("JointWorkParticipant"), scoped(s)) as Prisma.JointWorkParticipantWhereInput,
      _count: { _all: true },
    });
    const byOrg = new Map<string, { lead: number; co: number }>();
    for (const g of groups) {
      const entry = byOrg.get(g.organizationId) ?? { lead: 0, co: 0 };
      if (g.role === "LEAD") entry.lead += g._count._all;
      else entry.co += g._count._all;
      byOrg.set(g.organizationId, entry);
    }
    const organizations = await ctx.db.prisma.partyOrganization.findMany({
      where: and(
        { id: { in: [...byOrg.keys()] } },
        ctx.guard.where("PartyOrganization"),
      ) as Prisma.PartyOrganizationWhereInput,
    });
    const orgById = new Map(organizations.map((o) => [o.id, o]));
    return [...byOrg.entries()]
      .map(([id, c]) => ({
        organization: orgById.get(id) ?? null,
        code: orgById.get(id)?.code ?? id,
        itemCount: c.lead + c.co,
        leadCount: c.lead,
        coOperatingCount: c.co,
      }))
      .sort((a, b) => b.itemCount - a.itemCount || a.code.localeCompare(b.code))
      .map(({ code: _code, ...row }) => row);
  },
});
