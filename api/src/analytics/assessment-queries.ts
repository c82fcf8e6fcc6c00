/** Analyst query: distribution of assessment results. */
import type { Prisma } from "@gongjian/db/client";
import { AssessmentKindEnum } from "../system/enums.js";
import { AssessmentDistribution } from "./assessment-types.js";
import { SCORE_BANDS } from "./rules.js";
import { and, requireReadable, scoped } from "./scope.js";
import { defineAnalystQuery } from "./types.js";

const GRADES = ["EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT"];

defineAnalystQuery("assessmentDistribution", {
  returns: AssessmentDistribution,
  permission: "read:Assessment",
  description:
    "考核结果分布：按等次、分数段计数及平均分（不含评语）/ Assessment results: counts per grade and score band, average score (never the remarks)",
  year: true,
  args: (arg) => ({
    kind: arg({ type: AssessmentKindEnum, required: true, description: "考核类型 / Kind" }),
  }),
  resolve: async (s, args, ctx) => {
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
});
