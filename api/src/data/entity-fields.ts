import { getDatamodel } from "@gongjian/db/pothos";
import type { FieldRef } from "@pothos/core";
import type { PrismaModelTypes, PrismaNodeOptions, PrismaNodeRef } from "@pothos/plugin-prisma";
import { builder } from "../builder.js";
import type { Subject } from "../permissions/abilities.js";
import { readable } from "../permissions/pothos-guard.js";
import { nodeOptions } from "./nodes.js";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type Ref = FieldRef<Types, unknown, "Object">;
type Model<N extends keyof Types["PrismaTypes"]> = PrismaModelTypes & Types["PrismaTypes"][N];

/**
 * A guarded Prisma node, its model named once: `entityNode("Project", { description, fields })` is
 * `builder.prismaNode` with `nodeOptions("Project")` (keyed by `id`, looked up through the read rules, null
 * when the caller may not read it). The fields every node declares the same way are options, next to its
 * own `fields`: `parents` (to-one relations, see `parents`), `children` (to-many, see `children`) and
 * `stamps` (`"full"`: version and timestamps, see `stamps`; `"version"`: the version only, see `versionOnly`).
 */
export function entityNode<N extends Subject & keyof Types["PrismaTypes"]>(
  name: N,
  options: {
    description: string;
    parents?: Record<string, string>;
    children?: Record<string, readonly [description: string, subject: Subject]>;
    stamps?: "full" | "version";
    fields?: PrismaNodeOptions<Types, Model<N>, [], unknown, unknown, Model<N>["Shape"], "id">["fields"];
  },
): PrismaNodeRef<Types, Model<N>, Model<N>["Shape"]> {
  const { description, fields: own, stamps: bookkeeping } = options;
  const fields = (t: PrismaFieldBuilder & PrismaColumnBuilder) => ({
    ...(options.parents ? parents(t, options.parents) : {}),
    ...(own as ((t: unknown) => Record<string, Ref>) | undefined)?.(t),
    ...(options.children ? children(t, options.children) : {}),
    ...(bookkeeping === "full" ? stamps(t) : bookkeeping === "version" ? versionOnly(t) : {}),
  });
  return builder.prismaNode(name, { description, fields, ...nodeOptions(name) } as never) as never;
}

/** What `stamps` needs of a Prisma object's field builder. */
interface PrismaFieldBuilder {
  model: string;
  exposeInt(name: "version", options: { description: string }): unknown;
  expose(name: "createdAt" | "updatedAt", options: { type: "DateTime"; description: string }): unknown;
}

/** What the field-group helpers below need of a Prisma object's field builder. */
interface PrismaColumnBuilder {
  relation(name: string, options: object): unknown;
  expose(name: string, options: { type: "Date" | "DateTime"; description: string }): unknown;
  exposeString(name: string, options: { description: string }): unknown;
  exposeInt(name: "version", options: { description: string }): unknown;
}

function fieldsOf<K extends string, V>(specs: Record<K, V>, field: (name: K, spec: V) => unknown): Record<K, Ref> {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, field(name as K, spec as V)])) as Record<
    K,
    Ref
  >;
}

/**
 * To-one relations by name and description, `{ committee: "大党委 / Committee" }`; nullable, so a
 * parent the caller may not read shows as null instead of failing the row.
 */
export function parents<K extends string>(t: PrismaColumnBuilder, descriptions: Record<K, string>): Record<K, Ref> {
  return fieldsOf(descriptions, (name, description) => t.relation(name, { description, nullable: true }));
}

/** To-many relations filtered by the read rules of their rows, `{ seats: ["职务 / Seats", "Seat"] }`. */
export function children<K extends string>(
  t: PrismaColumnBuilder,
  specs: Record<K, readonly [description: string, subject: Subject]>,
): Record<K, Ref> {
  return fieldsOf(specs, (name, [description, subject]) => t.relation(name, { description, ...readable(subject) }));
}

/** Calendar-date (`Date`) or instant (`DateTime`) columns shown as they are, `{ termStart: "任期开始 / Term start" }`. */
export function dates<K extends string>(
  t: PrismaColumnBuilder,
  type: "Date" | "DateTime",
  descriptions: Record<K, string>,
): Record<K, Ref> {
  return fieldsOf(descriptions, (name, description) => t.expose(name, { type, description }));
}

/** Text columns shown as they are, `{ note: "说明 / Note" }`. */
export function strings<K extends string>(t: PrismaColumnBuilder, descriptions: Record<K, string>): Record<K, Ref> {
  return fieldsOf(descriptions, (name, description) => t.exposeString(name, { description }));
}

/** The version of a record edited only through its parent (no timestamps of its own shown). */
export function versionOnly(t: PrismaColumnBuilder): { version: Ref } {
  return { version: t.exposeInt("version", { description: "版本号 / Version" }) as Ref };
}

const stampFields = ["version", "createdAt", "updatedAt"] as const;

/**
 * The bookkeeping every versioned record shows: its version (optimistic concurrency) and timestamps.
 * TypeScript cannot see through Pothos' field builder here, so the schema build checks the model
 * has the three columns (a model without them fails the build, not a query).
 */
export function stamps(t: PrismaFieldBuilder): { version: Ref; createdAt: Ref; updatedAt: Ref } {
  const columns = new Set(getDatamodel().datamodel.models[t.model]?.fields.map((f) => f.name));
  const missing = stampFields.filter((f) => !columns.has(f));
  if (missing.length > 0) throw new Error(`stamps(): model ${t.model} has no ${missing.join(", ")}`);
  return {
    version: t.exposeInt("version", { description: "版本号（乐观锁）/ Version (optimistic concurrency)" }) as Ref,
    createdAt: t.expose("createdAt", { type: "DateTime", description: "创建时间 / Created at" }) as Ref,
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "修改时间 / Updated at" }) as Ref,
  };
}

/**
 * A workflow record's `allowedTransitions`: the statuses it may move to from its current one, from
 * the domain's transition table (the console offers exactly these actions). `noun` names the record
 * in the English description ("Statuses the <noun> may move to from its current one").
 */
export function defineAllowedTransitions(
  model: string,
  statusEnum: unknown,
  transitions: Readonly<Record<string, readonly string[]>>,
  noun: string,
): void {
  // Pothos cannot follow a model name through this generic; the schema build checks the model and enum.
  (builder.prismaObjectField as (...args: unknown[]) => void)(
    model,
    "allowedTransitions",
    (t: PrismaTransitionBuilder) =>
      t.field({
        type: [statusEnum],
        description: `当前状态允许变更到的状态 / Statuses the ${noun} may move to from its current one`,
        guardField: "status",
        select: { status: true },
        resolve: (row: { status: string }) => [...(transitions[row.status] ?? [])],
      }),
  );
}

interface PrismaTransitionBuilder {
  field(options: object): unknown;
  boolean(options: object): unknown;
}

/**
 * A dated record's `active`: true while its ending column (`endedAt`, `toDate`, …) is empty. The
 * flag is readable exactly when that column is.
 */
export function defineActiveFlag(model: string, endColumn: string, description: string): void {
  (builder.prismaObjectField as (...args: unknown[]) => void)(model, "active", (t: PrismaTransitionBuilder) =>
    t.boolean({
      description,
      guardField: endColumn,
      resolve: (row: Record<string, unknown>) => row[endColumn] === null,
    }),
  );
}
