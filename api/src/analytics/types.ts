import { builder } from "../builder.js";

/**
 * The scope input every analyst query takes. Their result types, one file per group of statistics
 * (coverage-, funding-, meeting-, seat- and assessment-types.ts), are plain objects (not nodes), with
 * references to the committee (and street, plan, membership) nodes, which the guard checks like any
 * other row. No result type has a field for personal data (ID numbers, phones, addresses, remarks).
 */

export const AnalyticsFilter = builder.inputType("AnalyticsFilter", {
  description: "统计范围（只会统计有权读取的记录）/ Scope of an aggregate (only rows you may read are counted)",
  fields: (t) => ({
    streetId: t.id({ description: "街道（全局ID）/ Street (global ID)" }),
    committeeId: t.id({ description: "大党委（全局ID）/ Committee (global ID)" }),
  }),
});
