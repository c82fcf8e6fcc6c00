/** Result types of the meeting cadence query. */
import type { Committee as CommitteeRow } from "@gongjian/db/client";
import { builder } from "../builder.js";
import { Committee } from "../committees/types.js";

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
  compliant: boolean | null;
}

export const MeetingCadencePeriod = builder.objectRef<CadencePeriodShape>("MeetingCadencePeriod").implement({
  description: "一个月或一个季度召开的会议 / Meetings held in one month or quarter",
  fields: (t) => ({
    period: t.exposeInt("period", { description: "月份（1–12）或季度（1–4）/ Month (1–12) or quarter (1–4)" }),
    regularHeld: t.exposeInt("regularHeld", { description: "已召开党委会 / Regular meetings held" }),
    extendedHeld: t.exposeInt("extendedHeld", { description: "已召开扩大会 / Extended meetings held" }),
    emergencyHeld: t.exposeInt("emergencyHeld", { description: "已召开紧急会议 / Emergency meetings held" }),
    compliant: t.exposeBoolean("compliant", {
      nullable: true,
      description:
        "本期内截至参照月的每个月都召开了党委会或扩大会；参照月之后为空 / Every month of the period up to the reference month had a regular or extended meeting; null after the reference month",
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
  missingMonths: number[];
  periods: CadencePeriodShape[];
}

export const MeetingCadence = builder.objectRef<CadenceShape>("MeetingCadence").implement({
  description: "大党委年度会议召开情况及是否按月召开 / A committee's meetings in a year and whether it met every month",
  fields: (t) => ({
    committee: t.field({ type: Committee, description: "大党委 / Committee", resolve: (r) => r.committee }),
    year: t.exposeInt("year", { description: "年度 / Year" }),
    throughMonth: t.exposeInt("throughMonth", {
      description:
        "参照月：检查1月至该月（0 表示尚无需检查）/ Reference month: January to it are checked (0: none yet)",
    }),
    regularHeld: t.exposeInt("regularHeld", { description: "全年已召开党委会 / Regular meetings held in the year" }),
    extendedHeld: t.exposeInt("extendedHeld", { description: "全年已召开扩大会 / Extended meetings held in the year" }),
    emergencyHeld: t.exposeInt("emergencyHeld", {
      description: "全年已召开紧急会议 / Emergency meetings held in the year",
    }),
    compliant: t.boolean({
      description:
        "1月至参照月每月至少召开一次党委会或扩大会 / Every month from January to the reference month had at least one regular or extended meeting held",
      resolve: (r) => r.missingMonths.length === 0,
    }),
    missingMonths: t.intList({
      description: "未召开党委会或扩大会的月份 / Months without a regular or extended meeting held",
      resolve: (r) => r.missingMonths,
    }),
    periods: t.field({
      type: [MeetingCadencePeriod],
      description: "按月或季度的会议数 / Meetings per month or quarter",
      resolve: (r) => r.periods,
    }),
  }),
});
