import { beijingDate } from "@gongjian/domain/calendar";
import { formatDate, formatDateTime, formatFen } from "@gongjian/domain/format";
import {
  astFromValue,
  GraphQLEnumType,
  GraphQLError,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLList,
  type GraphQLNamedType,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLSchema,
  graphql,
  isInputType,
  print,
} from "graphql";
import { builder, type Context } from "../builder.js";
import { exportTitleOf, rootLists } from "../data/lists.js";
import { fields as fieldGroups, type Subject } from "../permissions/abilities.js";
import { enumLabels, type Label } from "../system/enums.js";
import { type Cell, contentTypes, FileDownloadType, type FileFormat, FileFormatEnum, writeTable } from "./files.js";

/**
 * 导出列表 / Export of the root lists to CSV and XLSX.
 *
 * An export runs the list itself (the same root field, the same `filter` and `orderBy`) through
 * the schema with the caller's context, page after page. So it has exactly the list's rows, its
 * refusals (a filter on a hidden field is refused the same way) and its field rules (a value the
 * caller may not read is empty, personal data is not even selected). A column appears only if
 * some rule lets the caller read that field at all, so an ANALYST's export of persons has no ID
 * number or phone columns. Enum values are written as their Chinese labels.
 */

const PAGE = 100; // within the maximum page size of the lists
export const MAX_EXPORT_ROWS = 100_000;
const skipped = new Set(["version"]);
const personal = new Set<string>(fieldGroups.personal);

interface Column {
  header: string;
  /** Path in a result node. */
  path: string[];
  /** Enum type name for labels. */
  enumName?: string;
  kind: "string" | "number" | "boolean" | "date" | "datetime" | "fen";
}

/** Scalars written as the console shows them (@gongjian/domain/format): Beijing time, ¥ amounts. */
const scalarKinds: Record<string, Column["kind"]> = {
  Int: "number",
  Float: "number",
  Boolean: "boolean",
  Date: "date",
  DateTime: "datetime",
  Fen: "fen",
};

/** The Chinese part of a field description, without its parenthetical: the column header. */
const zhOf = (description: string | null | undefined, fallback: string) =>
  (description ?? fallback)
    .split(/\s*\/\s/)[0]
    ?.replace(/（[^）]*）$/, "")
    .trim() || fallback;

/** Columns that lead and trail; the schema is sorted alphabetically, which is no order for a table. */
const leading = ["code", "name", "title", "kind", "level", "role", "status", "year"];
const trailing = ["endedAt", "createdAt", "updatedAt"];
const rank = (name: string) =>
  leading.includes(name) ? leading.indexOf(name) - 100 : trailing.includes(name) ? trailing.indexOf(name) + 100 : 0;

function unwrap(type: unknown): { named: GraphQLNamedType; list: boolean } {
  let t = type as GraphQLNamedType | GraphQLNonNull<never> | GraphQLList<never>;
  let list = false;
  while (t instanceof GraphQLNonNull || t instanceof GraphQLList) {
    if (t instanceof GraphQLList) list = true;
    t = t.ofType;
  }
  return { named: t as GraphQLNamedType, list };
}

function guardFieldOf(field: GraphQLField<unknown, unknown>): string | false | undefined {
  return (field.extensions as { pothosOptions?: { guardField?: string | false } }).pothosOptions?.guardField;
}

/** The columns of a subject the caller may read, from the node type of the schema. */
function columnsFor(ctx: Context, schema: GraphQLSchema, subject: Subject): Column[] {
  const node = schema.getType(subject);
  if (!(node instanceof GraphQLObjectType)) throw new Error(`No object type ${subject}`);
  const columns: Column[] = [{ header: "ID", path: ["id"], kind: "string" }];
  const ordered = Object.values(node.getFields()).sort((a, b) => rank(a.name) - rank(b.name));
  for (const field of ordered) {
    if (field.name === "id" || skipped.has(field.name) || field.args.length > 0) continue;
    const { named, list } = unwrap(field.type);
    if (list) continue;
    const guardField = guardFieldOf(field);
    const header = zhOf(field.description, field.name);
    if (named instanceof GraphQLObjectType) {
      // A related record: its code and/or name, when the caller may read the reference.
      const reference = typeof guardField === "string" ? guardField : `${field.name}Id`;
      if (!ctx.guard.mayEver("read", subject, reference)) continue;
      const related = named.getFields();
      if (related.code) columns.push({ header: `${header}（代码）`, path: [field.name, "code"], kind: "string" });
      if (related.name) columns.push({ header: `${header}（名称）`, path: [field.name, "name"], kind: "string" });
      continue;
    }
    const visible =
      guardField === false
        ? personal.has(field.name)
          ? ctx.guard.mayEver("read", "PersonPrivate", field.name)
          : true
        : ctx.guard.mayEver("read", subject, typeof guardField === "string" ? guardField : field.name);
    if (!visible) continue;
    if (named instanceof GraphQLEnumType) {
      columns.push({ header, path: [field.name], enumName: named.name, kind: "string" });
    } else if (named instanceof GraphQLScalarType) {
      columns.push({ header, path: [field.name], kind: scalarKinds[named.name] ?? "string" });
    }
  }
  return columns;
}

function selection(columns: Column[]): string {
  const tree: Record<string, Set<string> | true> = {};
  for (const c of columns) {
    const [head, sub] = c.path as [string, string | undefined];
    if (sub) {
      const set = tree[head] instanceof Set ? (tree[head] as Set<string>) : new Set<string>();
      set.add(sub);
      tree[head] = set;
    } else tree[head] = true;
  }
  return Object.entries(tree)
    .map(([k, v]) => (v === true ? k : `${k} { ${[...v].join(" ")} }`))
    .join(" ");
}

function cellOf(column: Column, node: Record<string, unknown>): Cell {
  let value: unknown = node;
  for (const key of column.path)
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : null;
  if (value === null || value === undefined) return null;
  if (column.enumName) {
    const labels = (enumLabels as Record<string, { values: Record<string, Label> }>)[column.enumName];
    return labels?.values[String(value)]?.zh ?? String(value);
  }
  if (column.kind === "boolean") return value ? "是" : "否";
  if (column.kind === "number") return typeof value === "number" ? value : Number(value);
  if (column.kind === "date") return formatDate(value);
  if (column.kind === "datetime") return formatDateTime(value);
  if (column.kind === "fen") return formatFen(value as string);
  return String(value);
}

function literal(schema: GraphQLSchema, typeName: string, value: unknown, list = false): string | null {
  if (value === null || value === undefined) return null;
  const named = schema.getType(typeName);
  if (!named || !isInputType(named)) throw new Error(`No input type ${typeName}`);
  const type: GraphQLInputType = list ? new GraphQLList(new GraphQLNonNull(named)) : named;
  const ast = astFromValue(value, type);
  return ast ? print(ast) : null;
}

export async function exportList(
  ctx: Context,
  schema: GraphQLSchema,
  spec: { list: string; subject: Subject; title: string },
  format: FileFormat,
  args: { filter?: unknown; orderBy?: unknown },
) {
  const columns = columnsFor(ctx, schema, spec.subject);
  const listArgs = [
    ["filter", literal(schema, `${spec.subject}Filter`, args.filter)],
    ["orderBy", literal(schema, `${spec.subject}OrderBy`, args.orderBy, true)],
  ]
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`)
    .join(", ");
  const source = `query ($after: String) {
    list: ${spec.list}(first: ${PAGE}, after: $after${listArgs ? `, ${listArgs}` : ""}) {
      pageInfo { hasNextPage endCursor }
      edges { node { ${selection(columns)} } }
    }
  }`;
  const rows: Cell[][] = [];
  let after: string | null = null;
  for (;;) {
    const result = await graphql({ schema, source, contextValue: ctx, variableValues: { after } });
    if (result.errors?.length) {
      const first = result.errors[0] as GraphQLError;
      throw new GraphQLError(first.message, {
        extensions: first.extensions,
        originalError: first.originalError ?? undefined,
      });
    }
    const page = (
      result.data as {
        list: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: Record<string, unknown> | null }[];
        };
      }
    ).list;
    for (const edge of page.edges) {
      if (edge.node) rows.push(columns.map((c) => cellOf(c, edge.node as Record<string, unknown>)));
    }
    if (rows.length > MAX_EXPORT_ROWS) {
      throw new GraphQLError(
        `导出超过 ${MAX_EXPORT_ROWS} 行，请加筛选条件 / More than ${MAX_EXPORT_ROWS} rows; add a filter`,
        { extensions: { code: "BAD_USER_INPUT" } },
      );
    }
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  const content = await writeTable(
    format,
    spec.title,
    columns.map((c) => c.header),
    rows,
  );
  // The day in Beijing, and no character a file system refuses in the name.
  const stamp = beijingDate(new Date()).toISOString().slice(0, 10).replaceAll("-", "");
  const name = spec.title.replace(/[\\/:*?"<>|]/g, "_");
  return {
    filename: `${name}_${stamp}.${format.toLowerCase()}`,
    contentType: contentTypes[format],
    base64: content.toString("base64"),
    rowCount: rows.length,
  };
}

// One export per root list (data/lists.ts's registry: every domain folder has been imported by now,
// schema/index.ts imports this folder last).
for (const list of rootLists) {
  const spec = { list: list.field, subject: list.subject, title: exportTitleOf(list) };
  const field = `export${spec.list.charAt(0).toUpperCase()}${spec.list.slice(1)}`;
  builder.queryField(field, (t) =>
    t.field({
      type: FileDownloadType,
      nullable: false,
      description: `导出${spec.title}（与列表 ${spec.list} 相同的筛选、排序和权限）/ Export of the ${spec.list} list (same filter, ordering and permissions)`,
      permission: `read:${spec.subject}`,
      args: {
        format: t.arg({ type: FileFormatEnum, required: true, description: "文件格式 / Format" }),
        filter: t.arg({ type: `${spec.subject}Filter` as never, description: "筛选（同列表）/ Filter (as the list)" }),
        orderBy: t.arg({
          type: [`${spec.subject}OrderBy`] as never,
          description: "排序（同列表）/ Ordering (as the list)",
        }),
      },
      resolve: (_root, args, ctx, info) =>
        exportList(ctx, info.schema, spec, args.format, args as { filter?: unknown; orderBy?: unknown }),
    }),
  );
}
