/** Result types of the assessment distribution query. */
import { builder } from "../builder.js";
import { AssessmentGradeEnum, AssessmentKindEnum } from "../system/enums.js";

export interface GradeCountShape {
  grade: string | null;
  count: number;
}

export const AssessmentGradeCount = builder.objectRef<GradeCountShape>("AssessmentGradeCount").implement({
  description: "某一等次的考核数 / Assessments with one grade",
  fields: (t) => ({
    grade: t.field({
      type: AssessmentGradeEnum,
      nullable: true,
      description: "等次（空：未定等次）/ Grade (null: not graded)",
      resolve: (r) => r.grade as never,
    }),
    count: t.exposeInt("count", { description: "数量 / Count" }),
  }),
});

export interface ScoreBandShape {
  band: string;
  min: number;
  max: number | null;
  count: number;
}

export const ScoreBandCount = builder.objectRef<ScoreBandShape>("ScoreBandCount").implement({
  description: "某一分数段的考核数 / Assessments in one score band",
  fields: (t) => ({
    band: t.exposeString("band", { description: "分数段，如 80-89 / Band, e.g. 80-89" }),
    min: t.exposeInt("min", { description: "下限（含）/ Lower bound (included)" }),
    max: t.exposeInt("max", {
      nullable: true,
      description:
        "上限（不含；最高段为空，含100分）/ Upper bound (excluded; null for the top band, which includes 100)",
    }),
    count: t.exposeInt("count", { description: "数量 / Count" }),
  }),
});

export interface DistributionShape {
  kind: string;
  year: number;
  total: number;
  scored: number;
  averageScore: string | null;
  minScore: string | null;
  maxScore: string | null;
  grades: GradeCountShape[];
  bands: ScoreBandShape[];
}

export const AssessmentDistribution = builder.objectRef<DistributionShape>("AssessmentDistribution").implement({
  description: "考核结果分布：按等次和分数段 / Distribution of assessment results by grade and score band",
  fields: (t) => ({
    kind: t.field({
      type: AssessmentKindEnum,
      description: "考核类型 / Kind",
      resolve: (r) => r.kind as never,
    }),
    year: t.exposeInt("year", { description: "年度 / Year" }),
    total: t.exposeInt("total", { description: "考核总数 / Assessments in all" }),
    scored: t.exposeInt("scored", { description: "有分数的考核数 / Assessments with a score" }),
    averageScore: t.expose("averageScore", {
      type: "Decimal",
      nullable: true,
      description: "平均分（两位小数）/ Average score (two decimals)",
    }),
    minScore: t.expose("minScore", { type: "Decimal", nullable: true, description: "最低分 / Lowest score" }),
    maxScore: t.expose("maxScore", { type: "Decimal", nullable: true, description: "最高分 / Highest score" }),
    grades: t.expose("grades", {
      type: [AssessmentGradeCount],
      description: "按等次（每个等次一行，另有未定等次一行）/ Per grade (every grade, and one row for not graded)",
    }),
    bands: t.expose("bands", { type: [ScoreBandCount], description: "按分数段 / Per score band" }),
  }),
});
