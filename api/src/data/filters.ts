/**
 * The typed filter inputs of the root lists (data/lists.ts): one operator input type per kind of
 * field (`StringFilter`, `IdFilter`, `IntFilter`, `DateTimeFilter`, `BooleanFilter`,
 * `PresenceFilter`, `<Enum>Filter`), each built once and shared by every list that filters on it.
 */
import type { InputObjectRef, SchemaTypes } from "@pothos/core";
import { z } from "zod";
import { builder } from "../builder.js";
import type { Subject } from "../permissions/abilities.js";
import type { InputFieldBuilder } from "./inputs.js";

export type FilterKind =
  | { kind: "id"; of: Subject }
  | { kind: "string" }
  | { kind: "int" }
  | { kind: "date" }
  | { kind: "boolean" }
  | { kind: "enum"; ref: unknown }
  | { kind: "present" }
  /** A derived yes/no (e.g. overdue): `where(true|false)` is its Prisma condition, read from `column`. */
  | { kind: "flag"; column: string; where: (on: boolean) => Record<string, unknown> };

export type FilterSpec = Record<string, FilterKind & { description: string }>;

type FilterInputRef = InputObjectRef<SchemaTypes, Record<string, unknown>>;
const filterInputs = new Map<string, FilterInputRef>();

/** The operator input type `name`, built on first use and shared after. */
function operatorInput(name: string, description: string, fields: (t: InputFieldBuilder) => object) {
  const existing = filterInputs.get(name);
  if (existing) return existing;
  const ref = builder.inputType(name, { description, fields: fields as never }) as never as FilterInputRef;
  filterInputs.set(name, ref);
  return ref;
}

const StringFilter = () =>
  operatorInput("StringFilter", "文本筛选 / Text filter", (t) => ({
    equals: t.string({ description: "等于 / Equals" }),
    in: t.stringList({ description: "属于 / One of" }),
    contains: t.string({ description: "包含 / Contains", validate: z.string().max(100).nullish() }),
    startsWith: t.string({ description: "开头为 / Starts with" }),
  }));
const IdFilter = () =>
  operatorInput("IdFilter", "ID 筛选（全局ID）/ ID filter (global IDs)", (t) => ({
    equals: t.id({ description: "等于 / Equals" }),
    in: t.idList({ description: "属于 / One of" }),
  }));
const IntFilter = () =>
  operatorInput("IntFilter", "整数筛选 / Integer filter", (t) => ({
    equals: t.int({ description: "等于 / Equals" }),
    gte: t.int({ description: "大于等于 / At least" }),
    lte: t.int({ description: "小于等于 / At most" }),
  }));
const DateFilter = () =>
  operatorInput("DateTimeFilter", "时间筛选 / Date filter", (t) => ({
    gte: t.field({ type: "DateTime", description: "不早于 / From" }),
    lte: t.field({ type: "DateTime", description: "不晚于 / Until" }),
  }));
const BooleanFilter = () =>
  operatorInput("BooleanFilter", "是非筛选 / Boolean filter", (t) => ({
    equals: t.boolean({ description: "等于 / Equals" }),
  }));
const PresentFilter = () =>
  operatorInput("PresenceFilter", "是否有值 / Whether the field has a value", (t) => ({
    present: t.boolean({ description: "有值 / Has a value" }),
  }));

function enumFilter(ref: unknown, name: string) {
  return operatorInput(`${name}Filter`, `${name} 筛选 / ${name} filter`, (t) => ({
    equals: t.field({ type: ref as never, description: "等于 / Equals" }),
    in: t.field({ type: [ref] as never, description: "属于 / One of" }),
  }));
}

/** The operator input type of each kind of filter; an enum's is built per enum (`enumFilter`). */
const operatorInputs = {
  id: IdFilter,
  string: StringFilter,
  int: IntFilter,
  date: DateFilter,
  boolean: BooleanFilter,
  present: PresentFilter,
  flag: BooleanFilter,
} as const;

/** The operator input type of a kind of filter. */
export function filterInputFor(kind: FilterKind) {
  if (kind.kind === "enum") return enumFilter(kind.ref, (kind.ref as { name: string }).name);
  return operatorInputs[kind.kind]();
}
