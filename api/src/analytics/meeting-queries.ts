/** Analyst query: meeting cadence per committee and month or quarter. */
import type { Prisma } from "@gongjian/db/client";
import { GraphQLError } from "graphql";
import { builder } from "../builder.js";
import { month, year } from "../data/validation.js";
import { cadenceAnswers, combined, compliantOver, missedMonths } from "./meeting-rules.js";
import { CadencePeriodEnum, type CadencePeriodShape, MeetingCadence } from "./meeting-types.js";
import { beijingMonthStart, defaultReferenceMonth, type MonthCount, quarterOf } from "./rules.js";
import { and, committeeScoped, relationsSelected, requireReadable, scoped, scopeOf } from "./scope.js";
import { AnalyticsFilter } from "./types.js";

builder.queryField("meetingCadence", (t) =>
  t.field({
    type: [MeetingCadence],
    permission: "read:Meeting",
    description:
      "会议召开情况：各大党委每月（或每季度）已召开的会议，党委会是否按本委周期召开，是否每月召开扩大会 / Meetings per committee and month (or quarter): whether the regular meeting kept the committee's cadence, and whether an extended meeting was held each month",
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
      requireReadable(ctx, "Committee", ["status", "meetingCadence"], s);
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
        const answers = cadenceAnswers(months, committee.meetingCadence, throughMonth);
        const periodOf = (month: number) => (args.period === "QUARTER" ? quarterOf(month) : month);
        const periods: CadencePeriodShape[] = [...new Set(months.map((m) => periodOf(m.month)))].map((period) => {
          const inPeriod = (m: { month: number }) => periodOf(m.month) === period;
          const sum = (k: "regular" | "extended" | "emergency") =>
            months.filter(inPeriod).reduce((a, m) => a + m[k], 0);
          const periodAnswers = answers.filter(inPeriod);
          return {
            period,
            regularHeld: sum("regular"),
            extendedHeld: sum("extended"),
            emergencyHeld: sum("emergency"),
            regularKept: combined(periodAnswers.map((a) => a.regularKept)),
            extendedKept: combined(periodAnswers.map((a) => a.extendedKept)),
            compliant: compliantOver(periodAnswers, throughMonth),
          };
        });
        const total = (k: "regular" | "extended" | "emergency") => months.reduce((a, m) => a + m[k], 0);
        return {
          committee,
          year,
          throughMonth,
          regularHeld: total("regular"),
          extendedHeld: total("extended"),
          emergencyHeld: total("emergency"),
          regularMissedMonths: missedMonths(answers, "regularKept"),
          extendedMissedMonths: missedMonths(answers, "extendedKept"),
          periods,
        };
      });
    },
  }),
);
