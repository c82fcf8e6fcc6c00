import { GraphQLError } from "graphql";
import { z } from "zod";
import { builder, type Context } from "../builder.js";
import type { Subject } from "../permissions/abilities.js";
import { type FilterKind, type FilterSpec, filterInputFor } from "./filters.js";
import { fromGlobalId, isUuid } from "./ids.js";

/**
 * The list grammar every root list shares (the console's data provider speaks it): a relay
 * connection with `totalCount`, a typed `filter`, `orderBy`, cursor pagination
 * (`first`/`after`/`last`/`before`) and, for page-numbered tables, `offset`. Every field used
 * in a filter or an ordering must be readable on every row the caller may see; otherwise the
 * request is refused, so a hidden value can never be probed through a filter.
 */
export interface ListConfig {
  subject: Subject;
  field: string;
  /** "中文 / English"; the Chinese part names the list's export file unless `exportTitle` says otherwise. */
  description: string;
  exportTitle?: string;
  /** The list's filters; an `id` filter (a list of ids, as the console's getMany sends) comes first unless `idFilter` is false. */
  filters: FilterSpec;
  idFilter?: false;
  orderable: string[];
  defaultOrder: Record<string, "asc" | "desc">[];
}

const SortDirection = builder.enumType("SortDirection", {
  description: "排序方向 / Sort direction",
  values: {
    ASC: { value: "asc", description: "升序 / Ascending" },
    DESC: { value: "desc", description: "降序 / Descending" },
  },
});

function refuseHidden(ctx: Context, subject: Subject, field: string, use: "filter" | "order") {
  // A role that may read no row of the subject gets an empty list whatever it filters by.
  if (!ctx.guard.mayEver("read", subject)) return;
  if (!ctx.guard.readableOnEveryRow(subject, field)) {
    const zh = use === "filter" ? "筛选" : "排序";
    throw new GraphQLError(`不能按字段 ${field} ${zh} / Cannot ${use} by field ${field}`, {
      extensions: { code: "FORBIDDEN", field },
    });
  }
}

/** Translates a typed filter into Prisma `where` after the visibility check. */
export function filterToWhere(
  ctx: Context,
  subject: Subject,
  spec: FilterSpec,
  filter: Record<string, Record<string, unknown> | null | undefined> | null | undefined,
): Record<string, unknown>[] {
  if (!filter) return [];
  const where: Record<string, unknown>[] = [];
  for (const [field, ops] of Object.entries(filter)) {
    if (!ops || !Object.hasOwn(spec, field)) continue;
    const kind = spec[field] as FilterKind;
    refuseHidden(ctx, subject, kind.kind === "flag" ? kind.column : field, "filter");
    const clause: Record<string, unknown> = {};
    for (const [op, value] of Object.entries(ops)) {
      if (value === null || value === undefined) continue;
      if (kind.kind === "id") {
        const decode = (v: unknown) =>
          field === "id"
            ? fromGlobalId(subject, String(v), `filter.${field}`)
            : fromGlobalId(kind.of, String(v), `filter.${field}`);
        clause[op] = Array.isArray(value) ? value.map(decode) : decode(value);
      } else if (kind.kind === "flag") {
        where.push(kind.where(Boolean(value)));
      } else if (kind.kind === "present") {
        where.push(value ? { NOT: { [field]: null } } : { [field]: null });
      } else if (kind.kind === "string" && (op === "contains" || op === "startsWith")) {
        clause[op] = value;
        clause.mode = "insensitive";
      } else {
        clause[op] = value;
      }
    }
    if (Object.keys(clause).length > 0) where.push({ [field]: clause });
  }
  return where;
}

export function orderToPrisma(
  ctx: Context,
  config: ListConfig,
  orderBy: { field: string; direction: "asc" | "desc" }[] | null | undefined,
) {
  const order = (orderBy ?? []).map(({ field, direction }) => {
    refuseHidden(ctx, config.subject, field, "order");
    return { [field]: direction };
  });
  return [...(order.length ? order : config.defaultOrder), { id: "asc" as const }];
}

/** Input types of a list: `<Subject>Filter` and `<Subject>OrderBy`. */
export function listInputs(config: ListConfig) {
  const filter = builder.inputType(`${config.subject}Filter`, {
    description: `${config.description}筛选条件（各条件同时满足）/ Filter (all conditions apply)`,
    fields: (t) =>
      Object.fromEntries(
        Object.entries(config.filters).map(([field, kind]) => {
          const type = filterInputFor(kind);
          return [field, t.field({ type: type as never, description: kind.description })];
        }),
      ) as never,
  });
  const fieldEnum = builder.enumType(`${config.subject}OrderField`, {
    description: `${config.description}排序字段 / Sortable fields`,
    values: Object.fromEntries(
      config.orderable.map((f) => [
        f.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase(),
        { value: f, description: `按 ${f} 排序 / Order by ${f}` },
      ]),
    ) as Record<string, { value: string; description: string }>,
  });
  const orderBy = builder.inputType(`${config.subject}OrderBy`, {
    description: `${config.description}排序 / Ordering`,
    fields: (t) => ({
      field: t.field({ type: fieldEnum, required: true, description: "字段 / Field" }),
      direction: t.field({ type: SortDirection, required: true, defaultValue: "asc", description: "方向 / Direction" }),
    }),
  });
  return { filter, orderBy };
}

/** Largest page a list returns; `first`/`last` above it is refused (not silently cut to size). */
export const MAX_PAGE_SIZE = 200;

function maxPageSize(args: { first?: number | null; last?: number | null }): number {
  for (const arg of ["first", "last"] as const) {
    const value = args[arg];
    if (typeof value === "number" && value > MAX_PAGE_SIZE) {
      throw new GraphQLError(
        `每页最多 ${MAX_PAGE_SIZE} 条（${arg} = ${value}）/ At most ${MAX_PAGE_SIZE} rows per page (${arg} = ${value})`,
        { extensions: { code: "PAGE_SIZE_EXCEEDED", field: arg, limit: MAX_PAGE_SIZE } },
      );
    }
  }
  return MAX_PAGE_SIZE;
}

/**
 * A list's cursor is what plugin-prisma writes for an `id` cursor: base64 of `GPC:S:<uuid>`.
 * Anything else (forged, truncated, another list's kind) is refused as VALIDATION before any SQL;
 * a forged one would otherwise reach PostgreSQL's uuid parser.
 */
export function isListCursor(cursor: string): boolean {
  if (cursor.length > 100) return false;
  const decoded = Buffer.from(cursor, "base64").toString("utf8");
  return (
    decoded.startsWith("GPC:S:") &&
    isUuid(decoded.slice(6)) &&
    Buffer.from(decoded, "utf8").toString("base64") === cursor
  );
}
const cursorArg = z
  .string()
  .refine(isListCursor, { message: "不是本列表的有效游标 / is not a valid cursor of this list" })
  .nullish();
const pageSize = z.number().int().min(0).nullish();
/** Checks the cursor and page-size arguments (the rest pass through unchanged; sizes above the maximum are PAGE_SIZE_EXCEEDED). */
const cursorArgs = z.looseObject({ after: cursorArg, before: cursorArg, first: pageSize, last: pageSize });

type Delegate = {
  findMany(args: Record<string, unknown>): Promise<unknown[]>;
  count(args: Record<string, unknown>): Promise<number>;
};

/**
 * Every root list defined so far, in definition order: the one declaration that other list-wide
 * features derive from (the `export<List>` fields of bulk/export.ts), so a new list is added in its
 * own domain folder only.
 */
export const rootLists: ListConfig[] = [];

/** The title of a list's export (file name, sheet): `exportTitle`, else the description's Chinese part. */
export const exportTitleOf = (config: ListConfig) =>
  config.exportTitle ?? config.description.split(/\s*\/\s/)[0]?.trim() ?? "";

/** Defines the root list `config.field` over `config.subject` with the shared grammar. */
export function defineRootList(declared: ListConfig) {
  const config: ListConfig =
    declared.idFilter === false
      ? declared
      : { ...declared, filters: { id: { kind: "id", of: declared.subject, description: "ID" }, ...declared.filters } };
  rootLists.push(config);
  const inputs = listInputs(config);
  const model = config.subject.charAt(0).toLowerCase() + config.subject.slice(1);
  const delegate = (ctx: Context) => (ctx.db.prisma as unknown as Record<string, Delegate>)[model] as Delegate;
  const where = (ctx: Context, args: { filter?: unknown }) => ({
    AND: [ctx.guard.where(config.subject), ...filterToWhere(ctx, config.subject, config.filters, args.filter as never)],
  });
  builder.queryField(config.field, (t) =>
    t.prismaConnection(
      {
        type: config.subject as never,
        cursor: "id",
        maxSize: maxPageSize,
        description: config.description,
        permission: `read:${config.subject}`,
        validate: cursorArgs,
        args: {
          filter: t.arg({ type: inputs.filter, description: "筛选 / Filter" }),
          orderBy: t.arg({ type: [inputs.orderBy], description: "排序 / Ordering" }),
          offset: t.arg.int({
            description:
              "跳过的行数（按页浏览时用，代替 after）/ Rows to skip (page-numbered tables; instead of after)",
            // A zod schema: plugin-validation 4 calls the schema's `~standard.validate` (a plain
            // `{ min, max }` object, the plugin's old option, made every request with `offset` fail).
            validate: z.number().int().min(0).max(1_000_000).nullish(),
          }),
        },
        totalCount: (_parent: unknown, args: { filter?: unknown; orderBy?: unknown }, ctx: Context) => {
          orderToPrisma(ctx, config, args.orderBy as never); // the same refusals with or without rows
          return delegate(ctx).count({ where: where(ctx, args) });
        },
        resolve: (query: Record<string, unknown>, _parent: unknown, args: Record<string, unknown>, ctx: Context) =>
          delegate(ctx).findMany({
            ...query,
            where: where(ctx, args),
            orderBy: orderToPrisma(ctx, config, args.orderBy as never),
            ...(typeof args.offset === "number" ? { skip: args.offset, cursor: undefined } : {}),
          }),
      } as never,
      { description: `${config.description}连接 / Connection` } as never,
    ),
  );
}
