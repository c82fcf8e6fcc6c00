/** Analyst query: gaps in the committees' rules documents (制度), per kind. */
import type { Prisma } from "@gongjian/db/client";
import { RULES_DOCUMENT_KINDS, type RulesDocumentKindName } from "@gongjian/domain/rules-documents";
import { builder } from "../builder.js";
import { RulesDocumentKindEnum } from "../system/enums.js";
import { decimalShare } from "./rules.js";
import { and, committeeScoped, requireReadable } from "./scope.js";
import { defineAnalystQuery } from "./types.js";

/** The committees the statistic looks at: the ones at work (approved or filed). */
const WORKING = ["APPROVED", "FILED"] as const;

interface KindGap {
  kind: RulesDocumentKindName;
  missingCount: number;
  missingShare: string | null;
}
interface GapsShape {
  committeeCount: number;
  missingAnyCount: number;
  kinds: KindGap[];
}

const RulesDocumentKindGap = builder.objectRef<KindGap>("RulesDocumentKindGap").implement({
  description: "某类制度的缺失情况 / How many committees lack a kind of rules document",
  fields: (t) => ({
    kind: t.field({ type: RulesDocumentKindEnum, description: "制度类型 / Kind", resolve: (r) => r.kind }),
    missingCount: t.exposeInt("missingCount", {
      description: "没有该类现行制度的大党委数 / Committees without a current document of this kind",
    }),
    missingShare: t.expose("missingShare", {
      type: "Decimal",
      nullable: true,
      description: "占统计大党委的比例（0–1，四位小数）/ Share of the committees counted (0–1, four decimals)",
    }),
  }),
});

const RulesDocumentGaps = builder.objectRef<GapsShape>("RulesDocumentGaps").implement({
  description:
    "制度缺失统计（已审批或已备案的大党委）/ Gaps in the rules documents of the committees at work (approved or filed)",
  fields: (t) => ({
    committeeCount: t.exposeInt("committeeCount", {
      description: "统计的大党委数（已审批或已备案）/ Committees counted (approved or filed)",
    }),
    missingAnyCount: t.exposeInt("missingAnyCount", {
      description: "四项制度不全的大党委数 / Committees lacking at least one of the four",
    }),
    kinds: t.field({
      type: [RulesDocumentKindGap],
      description: "按制度类型 / Per kind",
      resolve: (r) => r.kinds,
    }),
  }),
});

defineAnalystQuery("rulesDocumentGaps", {
  returns: RulesDocumentGaps,
  permission: "read:RulesDocument",
  description:
    "制度缺失统计：已审批或已备案的大党委中，缺少各类现行制度的数量和比例 / Rules document gaps: of the committees at work (approved or filed), how many lack a current document of each kind",
  resolve: async (s, _args, ctx) => {
    requireReadable(ctx, "Committee", ["status"], s);
    requireReadable(ctx, "RulesDocument", ["committeeId", "kind", "supersededAt"]);
    const committees = and(ctx.guard.where("Committee"), committeeScoped(s), { status: { in: [...WORKING] } });
    const current = (kind?: RulesDocumentKindName) =>
      and(ctx.guard.where("RulesDocument"), { supersededAt: null }, kind ? { kind } : null);
    const count = (where: object) => ctx.db.prisma.committee.count({ where: where as Prisma.CommitteeWhereInput });
    // Each a COUNT in the database: the committees without a current document of the kind.
    const [committeeCount, perKind, complete] = await Promise.all([
      count(committees),
      Promise.all(
        RULES_DOCUMENT_KINDS.map((kind) => count(and(committees, { rulesDocuments: { none: current(kind) } }))),
      ),
      count(and(committees, ...RULES_DOCUMENT_KINDS.map((kind) => ({ rulesDocuments: { some: current(kind) } })))),
    ]);
    return {
      committeeCount,
      missingAnyCount: committeeCount - complete,
      kinds: RULES_DOCUMENT_KINDS.map((kind, i) => ({
        kind,
        missingCount: perKind[i] as number,
        missingShare: decimalShare(perKind[i] as number, committeeCount),
      })),
    };
  },
});
