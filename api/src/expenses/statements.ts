/**
 * 收支报表 / Statements (issue 16 item 4): per plan, or per committee and year — opening balance, income
 * by channel (and the member units' contributions), spending by category against its budget, closing
 * balance — computed in SQL from the ledgers, so they equal them to the fen.
 *
 * - Period: the calendar year in Beijing. Income is dated by its received date (else the Beijing day it
 *   was recorded), a contribution by the Beijing day it was received, spending by the expense's date;
 *   spending is what was PAID, reversals included (negative). Approved, unpaid expenses are shown apart
 *   (committed), not in the balance.
 * - A plan's statement covers its year's revisions (money received on an earlier revision stays on the
 *   plan); a committee's covers all its plans, so its opening balance carries over the earlier years.
 * - Only the plans the caller may read count (a member unit's liaison: the adopted ones); the totals then
 *   include every entry of those plans, though the caller may not read each row (no payee is shown).
 */

import type { Prisma } from "@gongjian/db/client";
import { beijingDate } from "@gongjian/domain/calendar";
import { formatDate, formatFen } from "@gongjian/domain/format";
import type { ArgBuilder, SchemaTypes } from "@pothos/core";
import { builder, type Context } from "../builder.js";
import { contentTypes, FileDownloadType, FileFormatEnum, writeTable } from "../bulk/files.js";
import { Committee } from "../committees/types.js";
import { fromGlobalId } from "../data/ids.js";
import type { RowOf } from "../data/models.js";
import { year as yearSchema } from "../data/validation.js";
import { invalid, notFound } from "../errors/domain-error.js";
import { FundingPlan } from "../funding/types.js";
import { ExpenseCategoryEnum, enumLabels, FundingChannelEnum } from "../system/enums.js";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : SchemaTypes;

export const CHANNELS = ["FISCAL", "PARTY_DUES", "TASK_TRANSFER", "SELF_GENERATED", "SPONSORSHIP"] as const;
export const CATEGORIES = [
  "ACTIVITY",
  "JOINT_WORK",
  "RESIDENT_SERVICE",
  "TRAINING",
  "PUBLICITY",
  "CARE",
  "FACILITIES",
  "OFFICE",
  "OTHER",
] as const;

type Channel = (typeof CHANNELS)[number];
type Category = (typeof CATEGORIES)[number];

export interface StatementShape {
  committee: RowOf<"Committee">;
  plan: RowOf<"FundingPlan"> | null;
  year: number;
  openingBalanceFen: bigint;
  contributionsFen: bigint;
  incomeByChannel: { channel: Channel; amountFen: bigint }[];
  incomeFen: bigint;
  spendingByCategory: { category: Category; budgetFen: bigint | null; spentFen: bigint }[];
  spendingFen: bigint;
  closingBalanceFen: bigint;
  committedFen: bigint;
  budgetFen: bigint | null;
}

/**
 * The statement's figures over `planIds` for `year`, in one SQL statement: a row per (side, key) with
 * the amounts before and during the year, and the opening and closing balances as rows of their own.
 */
export async function statementFigures(
  prisma: Context["db"]["prisma"] | Prisma.TransactionClient,
  planIds: string[],
  year: number,
) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const rows = await prisma.$queryRaw<{ side: string; key: string; before: string; during: string }[]>`
    WITH entries AS (
      SELECT 'INCOME' AS side, i.channel::text AS key, i."amountFen" AS amount,
             coalesce(i."receivedOn", (i."createdAt" AT TIME ZONE 'UTC' + interval '8 hours')::date) AS on_date
        FROM "FundingIncome" i WHERE i."planId" = ANY(${planIds}::uuid[])
      UNION ALL
      SELECT 'INCOME', 'CONTRIBUTIONS', c."amountFen", (c."receivedAt" AT TIME ZONE 'UTC' + interval '8 hours')::date
        FROM "Contribution" c WHERE c."planId" = ANY(${planIds}::uuid[]) AND c.status = 'RECEIVED'
      UNION ALL
      SELECT 'SPENDING', e.category::text, e."amountFen", e."spentOn"
        FROM "Expense" e WHERE e."planId" = ANY(${planIds}::uuid[]) AND e.status = 'PAID'
      UNION ALL
      SELECT 'COMMITTED', e.category::text, e."amountFen", e."spentOn"
        FROM "Expense" e WHERE e."planId" = ANY(${planIds}::uuid[]) AND e.status = 'APPROVED'
    ), signed AS (
      SELECT side, key, on_date,
             CASE side WHEN 'INCOME' THEN amount WHEN 'SPENDING' THEN -amount ELSE 0 END AS net, amount
        FROM entries
    )
    SELECT side, key,
           coalesce(sum(amount) FILTER (WHERE on_date < ${from}::date), 0)::text AS before,
           coalesce(sum(amount) FILTER (WHERE on_date BETWEEN ${from}::date AND ${to}::date), 0)::text AS during
      FROM signed GROUP BY side, key
    UNION ALL
    SELECT 'BALANCE', 'OPENING', coalesce(sum(net) FILTER (WHERE on_date < ${from}::date), 0)::text, '0' FROM signed
    UNION ALL
    SELECT 'BALANCE', 'CLOSING', coalesce(sum(net) FILTER (WHERE on_date <= ${to}::date), 0)::text, '0' FROM signed
    UNION ALL
    SELECT 'TOTAL', side, '0', coalesce(sum(amount) FILTER (WHERE on_date BETWEEN ${from}::date AND ${to}::date), 0)::text
      FROM signed WHERE side IN ('INCOME', 'SPENDING') GROUP BY side
    UNION ALL
    SELECT 'TOTAL', 'COMMITTED_ALL', '0', coalesce(sum(amount), 0)::text FROM signed WHERE side = 'COMMITTED'`;
  const during = (side: string, key: string) =>
    BigInt(rows.find((r) => r.side === side && r.key === key)?.during ?? "0");
  const before = (side: string, key: string) =>
    BigInt(rows.find((r) => r.side === side && r.key === key)?.before ?? "0");
  return {
    openingBalanceFen: before("BALANCE", "OPENING"),
    closingBalanceFen: before("BALANCE", "CLOSING"),
    contributionsFen: during("INCOME", "CONTRIBUTIONS"),
    incomeByChannel: CHANNELS.map((channel) => ({ channel, amountFen: during("INCOME", channel) })),
    incomeFen: during("TOTAL", "INCOME"),
    spentByCategory: new Map(CATEGORIES.map((c) => [c, during("SPENDING", c)])),
    spendingFen: during("TOTAL", "SPENDING"),
    committedFen: during("TOTAL", "COMMITTED_ALL"),
  };
}

/** The plan of a committee's year whose budget the statement shows: the adopted (or since closed) revision. */
async function budgetPlan(ctx: Context, committeeId: string, year: number) {
  return ctx.db.prisma.fundingPlan.findFirst({
    where: { AND: [ctx.guard.where("FundingPlan"), { committeeId, year, status: { in: ["ADOPTED", "CLOSED"] } }] },
    orderBy: { revision: "desc" },
    include: { budgetLines: { where: ctx.guard.where("FundingBudgetLine") as Prisma.FundingBudgetLineWhereInput } },
  });
}

/** The statement of a plan (its year's revisions) or of a committee and year, over the plans the caller may read. */
export async function statement(
  ctx: Context,
  args: { planId?: string | null; committeeId?: string | null; year?: number | null },
): Promise<StatementShape> {
  let committeeId: string;
  let year: number;
  let plan: RowOf<"FundingPlan"> | null = null;
  if (args.planId) {
    if (args.committeeId) {
      throw invalid("committeeId", "按方案或按大党委和年度，二者选一", "Give either a plan or a committee and a year");
    }
    const id = fromGlobalId("FundingPlan", args.planId, "planId");
    plan = await ctx.db.prisma.fundingPlan.findFirst({ where: { AND: [{ id }, ctx.guard.where("FundingPlan")] } });
    if (!plan) throw notFound("FundingPlan", "planId");
    committeeId = plan.committeeId;
    year = args.year ?? plan.year;
  } else {
    if (!args.committeeId)
      throw invalid("planId", "须给出经费方案，或大党委和年度", "Give a plan, or a committee and a year");
    if (!args.year) throw invalid("year", "按大党委出报表须给出年度", "A committee's statement needs the year");
    committeeId = fromGlobalId("Committee", args.committeeId, "committeeId");
    year = args.year;
  }
  const parsedYear = yearSchema.safeParse(year);
  if (!parsedYear.success) throw invalid("year", "年度须在2000–2100之间", "The year must be between 2000 and 2100");
  const committee = await ctx.db.prisma.committee.findFirst({
    where: { AND: [{ id: committeeId }, ctx.guard.where("Committee")] },
  });
  if (!committee) throw notFound("Committee", "committeeId");
  return statementFor(ctx, committee, year, plan);
}

/** The statement of `plan`'s year (its revisions) or, without a plan, of the committee, for `year`. */
export async function statementFor(
  ctx: Context,
  committee: RowOf<"Committee">,
  year: number,
  plan: RowOf<"FundingPlan"> | null,
): Promise<StatementShape> {
  const committeeId = committee.id;
  const plans = await ctx.db.prisma.fundingPlan.findMany({
    where: {
      AND: [ctx.guard.where("FundingPlan"), { committeeId, ...(plan ? { year: plan.year } : {}) }],
    } as Prisma.FundingPlanWhereInput,
    select: { id: true },
  });
  const figures = await statementFigures(
    ctx.db.prisma,
    plans.map((p) => p.id),
    year,
  );
  const budget = await budgetPlan(ctx, committeeId, year);
  const lineOf = new Map((budget?.budgetLines ?? []).map((l) => [l.category, l.amountFen]));
  return {
    committee,
    plan,
    year,
    openingBalanceFen: figures.openingBalanceFen,
    contributionsFen: figures.contributionsFen,
    incomeByChannel: figures.incomeByChannel,
    incomeFen: figures.incomeFen,
    spendingByCategory: CATEGORIES.map((category) => ({
      category,
      budgetFen: budget ? (lineOf.get(category) ?? null) : null,
      spentFen: figures.spentByCategory.get(category) ?? 0n,
    })),
    spendingFen: figures.spendingFen,
    closingBalanceFen: figures.closingBalanceFen,
    committedFen: figures.committedFen,
    budgetFen: budget?.budgetFen ?? null,
  };
}

const StatementIncomeLine = builder
  .objectRef<StatementShape["incomeByChannel"][number]>("StatementIncomeLine")
  .implement({
    description: "报表中一个渠道的收入 / Income of one channel in a statement",
    fields: (t) => ({
      channel: t.expose("channel", { type: FundingChannelEnum, nullable: false, description: "渠道 / Channel" }),
      amountFen: t.expose("amountFen", { type: "Fen", nullable: false, description: "金额（分）/ Amount in fen" }),
    }),
  });

const StatementSpendingLine = builder
  .objectRef<StatementShape["spendingByCategory"][number]>("StatementSpendingLine")
  .implement({
    description: "报表中一个类别的支出及其预算 / Spending of one category in a statement, against its budget",
    fields: (t) => ({
      category: t.expose("category", { type: ExpenseCategoryEnum, nullable: false, description: "类别 / Category" }),
      budgetFen: t.expose("budgetFen", {
        type: "Fen",
        nullable: true,
        description: "分类预算（分；未设定为空）/ Budget in fen (null when none was set)",
      }),
      spentFen: t.expose("spentFen", {
        type: "Fen",
        nullable: false,
        description: "实际支出（分，已支付减冲销）/ Spent in fen (paid, less reversals)",
      }),
      remainingFen: t.field({
        type: "Fen",
        nullable: true,
        description: "预算余额（分；超支为负）/ Budget left in fen (negative when over)",
        resolve: (line) => (line.budgetFen === null ? null : line.budgetFen - line.spentFen),
      }),
      overBudget: t.boolean({
        nullable: false,
        description: "是否超出分类预算 / Whether spending exceeds the budget",
        resolve: (line) => line.budgetFen !== null && line.spentFen > line.budgetFen,
      }),
    }),
  });

const FundingStatement = builder.objectRef<StatementShape>("FundingStatement").implement({
  description:
    "收支报表：期初余额、分渠道收入、分类支出、期末余额（按北京时间自然年，与台账分毫不差）/ Statement: opening balance, income by channel, spending by category, closing balance (calendar year in Beijing time; equal to the ledgers to the fen)",
  fields: (t) => ({
    committee: t.field({
      type: Committee,
      nullable: true,
      description: "大党委 / Committee",
      resolve: (s) => s.committee,
    }),
    plan: t.field({
      type: FundingPlan,
      nullable: true,
      description: "经费方案（按大党委出报表时为空）/ Funding plan (null for a committee's statement)",
      resolve: (s) => s.plan,
    }),
    year: t.exposeInt("year", { nullable: false, description: "年度 / Year" }),
    openingBalanceFen: t.expose("openingBalanceFen", {
      type: "Fen",
      nullable: false,
      description: "期初余额（分）/ Opening balance in fen",
    }),
    contributionsFen: t.expose("contributionsFen", {
      type: "Fen",
      nullable: false,
      description: "成员单位出资到账（分）/ Member units' contributions received (fen)",
    }),
    incomeByChannel: t.field({
      type: [StatementIncomeLine],
      nullable: false,
      description: "分渠道收入 / Income by channel",
      resolve: (s) => s.incomeByChannel,
    }),
    incomeFen: t.expose("incomeFen", {
      type: "Fen",
      nullable: false,
      description: "本期收入合计（分，含成员单位出资）/ Income of the period in fen (contributions included)",
    }),
    spendingByCategory: t.field({
      type: [StatementSpendingLine],
      nullable: false,
      description: "分类支出与预算 / Spending by category against budget",
      resolve: (s) => s.spendingByCategory,
    }),
    spendingFen: t.expose("spendingFen", {
      type: "Fen",
      nullable: false,
      description: "本期支出合计（分）/ Spending of the period in fen",
    }),
    closingBalanceFen: t.expose("closingBalanceFen", {
      type: "Fen",
      nullable: false,
      description: "期末余额（分）= 期初 + 收入 − 支出 / Closing balance in fen = opening + income − spending",
    }),
    committedFen: t.expose("committedFen", {
      type: "Fen",
      nullable: false,
      description: "已审批未支付（分，不计入余额）/ Approved and unpaid in fen (not in the balance)",
    }),
    budgetFen: t.expose("budgetFen", {
      type: "Fen",
      nullable: true,
      description: "方案预算（分）/ The plan's budget in fen",
    }),
  }),
});

const statementArgs = (arg: ArgBuilder<Types>) => ({
  planId: arg.id({ description: "经费方案（按方案出报表）/ Funding plan (a plan's statement)" }),
  committeeId: arg.id({
    description: "大党委（按大党委和年度出报表）/ Committee (a committee's statement for a year)",
  }),
  year: arg.int({ description: "年度（按方案时默认方案年度）/ Year (default: the plan's year)" }),
});

builder.prismaObjectField(
  "FundingPlan",
  "statement",
  (t) =>
    t.field({
      type: FundingStatement,
      nullable: true,
      description: "本方案年度的收支报表（各版本合计）/ The statement of this plan's year (its revisions together)",
      guardField: "budgetFen",
      resolve: async (plan, _args, ctx) => {
        const committee = await ctx.db.prisma.committee.findFirst({
          where: { AND: [{ id: plan.committeeId }, ctx.guard.where("Committee")] },
        });
        return committee ? statementFor(ctx, committee, plan.year, plan) : null;
      },
    }) as never,
);

builder.prismaObjectField(
  "Committee",
  "fundingStatement",
  (t) =>
    t.field({
      type: FundingStatement,
      description: "本大党委某年度的收支报表（全部方案）/ The committee's statement for a year (all its plans)",
      guardField: "id",
      args: {
        year: t.arg.int({ required: true, description: "年度（2000–2100）/ Year (2000–2100)", validate: yearSchema }),
      },
      resolve: (committee, args, ctx) => statementFor(ctx, committee, args.year, null),
    }) as never,
);

builder.queryField("fundingStatement", (t) =>
  t.field({
    type: FundingStatement,
    permission: "read:FundingPlan",
    description:
      "收支报表：按经费方案，或按大党委和年度 / A statement: of a funding plan, or of a committee for a year",
    args: statementArgs(t.arg),
    resolve: (_root, args, ctx) => statement(ctx, args as never),
  }),
);

const label = (enumName: "FundingChannel" | "ExpenseCategory", value: string) =>
  (enumLabels[enumName].values as Record<string, { zh: string }>)[value]?.zh ?? value;

/** The statement as table rows (项目, 预算, 金额): what the XLSX export writes. */
export function statementRows(s: StatementShape): (string | null)[][] {
  const fen = (v: bigint | null) => (v === null ? null : formatFen(v));
  return [
    ["大党委", s.committee.name, null],
    ["经费方案", s.plan ? `${s.plan.year}年度 第${s.plan.revision}版` : "全部方案", null],
    [
      "期间",
      `${formatDate(new Date(Date.UTC(s.year, 0, 1)))} 至 ${formatDate(new Date(Date.UTC(s.year, 11, 31)))}`,
      null,
    ],
    ["期初余额", null, fen(s.openingBalanceFen)],
    ["收入：成员单位出资", null, fen(s.contributionsFen)],
    ...s.incomeByChannel.map((l) => [`收入：${label("FundingChannel", l.channel)}`, null, fen(l.amountFen)]),
    ["收入合计", null, fen(s.incomeFen)],
    ...s.spendingByCategory.map((l) => [
      `支出：${label("ExpenseCategory", l.category)}`,
      fen(l.budgetFen),
      fen(l.spentFen),
    ]),
    ["支出合计", fen(s.budgetFen), fen(s.spendingFen)],
    ["期末余额", null, fen(s.closingBalanceFen)],
    ["已审批未支付（不计入余额）", null, fen(s.committedFen)],
  ];
}

builder.queryField("fundingStatementFile", (t) =>
  t.field({
    type: FileDownloadType,
    permission: "read:FundingPlan",
    description: "导出收支报表（与报表相同的权限）/ Export a statement (with the same permissions as the statement)",
    args: {
      ...statementArgs(t.arg),
      format: t.arg({ type: FileFormatEnum, defaultValue: "XLSX", description: "文件格式 / File format" }),
    },
    resolve: async (_root, args, ctx) => {
      const s = await statement(ctx, args as never);
      const format = (args.format ?? "XLSX") as "CSV" | "XLSX";
      const rows = statementRows(s);
      const content = await writeTable(format, "收支报表", ["项目", "预算", "金额"], rows);
      const stamp = formatDate(beijingDate(new Date())).replaceAll("-", "");
      return {
        filename: `收支报表_${s.committee.code}_${s.year}_${stamp}.${format.toLowerCase()}`,
        contentType: contentTypes[format],
        base64: content.toString("base64"),
        rowCount: rows.length,
      };
    },
  }),
);
