import type { ArgBuilder, InputFieldMap, InputShapeFromFields, ObjectRef, SchemaTypes } from "@pothos/core";
import type { GraphQLResolveInfo } from "graphql";
import { builder, type Context } from "../builder.js";
import { year } from "../data/validation.js";
import type { PermissionLabel } from "../permissions/labels.js";
import { type Scope, scopeOf } from "./scope.js";

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

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : SchemaTypes;

/**
 * The one shape of an analyst query: `name(<args>, [year: Int!], filter: AnalyticsFilter): <returns>`,
 * labelled with the permission it needs; `resolve` gets the decoded scope (`scopeOf(filter)`) and the
 * arguments. `year: true` adds the required year argument (2000–2100) the yearly statistics take.
 */
export function defineAnalystQuery<Shape, Fields extends InputFieldMap = Record<never, never>>(
  name: string,
  spec: {
    returns: ObjectRef<Types, Shape> | [ObjectRef<Types, Shape>];
    permission: PermissionLabel;
    description: string;
    year?: true;
    args?: (arg: ArgBuilder<Types>) => Fields;
    resolve: (
      scope: Scope,
      args: InputShapeFromFields<Fields> & { year: number },
      ctx: Context,
      info: GraphQLResolveInfo,
    ) => Promise<Shape | Shape[]>;
  },
): void {
  builder.queryField(name, (t) =>
    t.field({
      type: spec.returns as ObjectRef<Types, Shape>,
      permission: spec.permission,
      description: spec.description,
      args: {
        ...spec.args?.(t.arg),
        ...(spec.year
          ? { year: t.arg.int({ required: true, description: "年度（2000–2100）/ Year (2000–2100)", validate: year }) }
          : {}),
        filter: t.arg({ type: AnalyticsFilter, description: "统计范围 / Scope" }),
      },
      // Pothos cannot follow `Fields` through this generic; `spec`'s type is the contract.
      resolve: ((
        _root: unknown,
        args: InputShapeFromFields<Fields> & { year: number; filter?: Parameters<typeof scopeOf>[0] },
        ctx: Context,
        info: GraphQLResolveInfo,
      ) => spec.resolve(scopeOf(args.filter), args, ctx, info)) as never,
    }),
  );
}
