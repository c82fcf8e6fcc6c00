/** Result types of the meeting cadence query (the rules: meeting-rules.ts). */
import type { Committee as CommitteeRow } from "@gongjian/db/client";
import { builder } from "../builder.js";
import { Committee } from "../committees/types.js";
import { RegularMeetingCadenceEnum } from "../system/enums.js";

export const CadencePeriodEnum = builder.enumType("CadencePeriod", {
  description: "会议统计周期 / Period of the meeting counts",
  values: {
    MONTH: { description: "按月 / Per month" },
    QUARTER: { description: "按季度 / Per quarter" },
  },
});

export interface CadencePeriodShape {
  period: number;
  regularHeld: number;
  extendedHeld: number;
  emergencyHeld: number;
  regularKept: boolean | null;
  extendedKept: boolean | null;
  compliant: boolean | null;
}

const regularKeptDescription =
  "党委会按本委周期召开（每月：当月召开；每季度：季度末月判断本季度是否召开，之前未到期为空）；参照月之后为空 / The regular meeting was held as the committee's cadence requires (monthly: that month; quarterly: judged at the quarter's last month, null before it is due); null after the reference month";
const extendedKeptDescription =
  "召开了扩大会（原则上每月一次）；参照月之后为空 / An extended meeting was held (in principle monthly); null after the reference month";

export const MeetingCadencePeriod = builder.objectRef<CadencePeriodShape>("MeetingCadencePeriod").implement({
  description: "一个月或一个季度召开的会议 / Meetings held in one month or quarter",
  fields: (t) => ({
    period: t.exposeInt("period", { description: "月份（1–12）或季度（1–4）/ Month (1–12) or quarter (1–4)" }),
    regularHeld: t.exposeInt("regularHeld", { description: "已召开党委会 / Regular meetings held" }),
    extendedHeld: t.exposeInt("extendedHeld", { description: "已召开扩大会 / Extended meetings held" }),
    emergencyHeld: t.exposeInt("emergencyHeld", { description: "已召开紧急会议 / Emergency meetings held" }),
    regularKept: t.exposeBoolean("regularKept", { nullable: true, description: regularKeptDescription }),
    extendedKept: t.exposeBoolean("extendedKept", { nullable: true, description: extendedKeptDescription }),
    compliant: t.exposeBoolean("compliant", {
      nullable: true,
      description:
        "本期内截至参照月，党委会按周期召开且每月召开了扩大会；参照月之后为空 / Up to the reference month, the regular meeting kept its cadence and every month had an extended meeting; null after the reference month",
    }),
  }),
});

export interface CadenceShape {
  committee: CommitteeRow;
  year: number;
  throughMonth: number;
  regularHeld: number;
  extendedHeld: number;
  emergencyHeld: number;
  regularMissedMonths: number[];
  extendedMissedMonths: number[];
  periods: CadencePeriodShape[];
}

const monthsOf = (missed: number[]) => [...new Set(missed)].sort((a, b) => a - b);

export const MeetingCadence = builder.objectRef<CadenceShape>("MeetingCadence").implement({
  description:
    "大党委年度会议召开情况：党委会是否按周期召开、是否每月召开扩大会 / A committee's meetings in a year: whether the regular meeting kept its cadence and whether an extended meeting was held every month",
  fields: (t) => ({
    committee: t.field({ type: Committee, description: "大党委 / Committee", resolve: (r) => r.committee }),
    year: t.exposeInt("year", { description: "年度 / Year" }),
    cadence: t.field({
      type: RegularMeetingCadenceEnum,
      description: "本委党委会召开周期 / The committee's regular meeting cadence",
      resolve: (r) => r.committee.meetingCadence,
    }),
    throughMonth: t.exposeInt("throughMonth", {
      description:
        "参照月：检查1月至该月（0 表示尚无需检查）/ Reference month: January to it are checked (0: none yet)",
    }),
    regularHeld: t.exposeInt("regularHeld", { description: "全年已召开党委会 / Regular meetings held in the year" }),
    extendedHeld: t.exposeInt("extendedHeld", { description: "全年已召开扩大会 / Extended meetings held in the year" }),
    emergencyHeld: t.exposeInt("emergencyHeld", {
      description: "全年已召开紧急会议 / Emergency meetings held in the year",
    }),
    regularKept: t.boolean({
      description:
        "1月至参照月党委会均按周期召开 / The regular meeting kept its cadence from January to the reference month",
      resolve: (r) => r.regularMissedMonths.length === 0,
    }),
    extendedKept: t.boolean({
      description:
        "1月至参照月每月都召开了扩大会 / Every month from January to the reference month had an extended meeting",
      resolve: (r) => r.extendedMissedMonths.length === 0,
    }),
    regularMissedMonths: t.intList({
      description:
        "党委会未按周期召开的月份（按季度的为季度末月）/ Months the regular meeting's cadence was missed (for a quarterly cadence, the quarter's last month)",
      resolve: (r) => r.regularMissedMonths,
    }),
    extendedMissedMonths: t.intList({
      description: "未召开扩大会的月份 / Months without an extended meeting",
      resolve: (r) => r.extendedMissedMonths,
    }),
    compliant: t.boolean({
      description:
        "两项都符合：党委会按周期召开，且1月至参照月每月召开扩大会（只开党委会不算符合）/ Both kept: the regular meeting's cadence and an extended meeting every month from January to the reference month (regular meetings alone do not comply)",
      resolve: (r) => r.regularMissedMonths.length + r.extendedMissedMonths.length === 0,
    }),
    missingMonths: t.intList({
      description:
        "党委会未按周期召开或未召开扩大会的月份 / Months that missed the regular meeting's cadence or an extended meeting",
      resolve: (r) => monthsOf([...r.regularMissedMonths, ...r.extendedMissedMonths]),
    }),
    periods: t.field({
      type: [MeetingCadencePeriod],
      description: "按月或季度的会议数 / Meetings per month or quarter",
      resolve: (r) => r.periods,
    }),
  }),
});
