/**
 * The typed filter inputs of the root lists (data/lists.ts): one operator input type per kind of
 * field (`StringFilter`, `IdFilter`, `IntFilter`, `DateTimeFilter`, `BooleanFilter`,
 * `PresenceFilter`, `<Enum>Filter`), each built once and shared by every list that filters on it.
 */
import type { InputObjectRef, SchemaTypes } from "@pothos/core";
import { z } from "zod";
import { builder } from "../builder.js";
import type { Subject } from "../permissions/abilities.js";

export type FilterKind =
  | { kind: "id"; of: Subject }
  | { kind: "string" }
  | { kind: "int" }
  | { kind: "date" }
  | { kind: "boolean" }
  | { kind: "enum"; ref: unknown }
  | { kind: "present" };

export type FilterSpec = Record<string, FilterKind & { description: string }>;

const filterInputs = new Map<string, InputObjectRef<SchemaTypes, Record<string, unknown>>>();

function operatorInput(name: string, build: () => InputObjectRef<SchemaTypes, Record<string, unknown>>) {
  const existing = filterInputs.get(name);
  if (existing) return existing;
  const ref = build();
  filterInputs.set(name, ref);
  return ref;
}

const StringFilter = () =>
  operatorInput(
    "StringFilter",
    () =>
      builder.inputType("StringFilter", {
        description: "文本筛选 / Text filter",
        fields: (t) => ({
          equals: t.string({ description: "等于 / Equals" }),
          in: t.stringList({ description: "属于 / One of" }),
          contains: t.string({ description: "包含 / Contains", validate: z.string().max(100).nullish() }),
          startsWith: t.string({ description: "开头为 / Starts with" }),
        }),
      }) as never,
  );
const IdFilter = () =>
  operatorInput(
    "IdFilter",
    () =>
      builder.inputType("IdFilter", {
        description: "ID 筛选（全局ID）/ ID filter (global IDs)",
        fields: (t) => ({
          equals: t.id({ description: "等于 / Equals" }),
          in: t.idList({ description: "属于 / One of" }),
        }),
      }) as never,
  );
const IntFilter = () =>
  operatorInput(
    "IntFilter",
    () =>
      builder.inputType("IntFilter", {
        description: "整数筛选 / Integer filter",
        fields: (t) => ({
          equals: t.int({ description: "等于 / Equals" }),
          gte: t.int({ description: "大于等于 / At least" }),
          lte: t.int({ description: "小于等于 / At most" }),
        }),
      }) as never,
  );
const DateFilter = () =>
  operatorInput(
    "DateTimeFilter",
    () =>
      builder.inputType("DateTimeFilter", {
        description: "时间筛选 / Date filter",
        fields: (t) => ({
          gte: t.field({ type: "DateTime", description: "不早于 / From" }),
          lte: t.field({ type: "DateTime", description: "不晚于 / Until" }),
        }),
      }) as never,
  );
const BooleanFilter = () =>
  operatorInput(
    "BooleanFilter",
    () =>
      builder.inputType("BooleanFilter", {
        description: "是非筛选 / Boolean filter",
        fields: (t) => ({ equals: t.boolean({ description: "等于 / Equals" }) }),
      }) as never,
  );
const PresentFilter = () =>
  operatorInput(
    "PresenceFilter",
    () =>
      builder.inputType("PresenceFilter", {
        description: "是否有值 / Whether the field has a value",
        fields: (t) => ({ present: t.boolean({ description: "有值 / Has a value" }) }),
      }) as never,
  );

function enumFilter(ref: unknown, name: string) {
  return operatorInput(
    `${name}Filter`,
    () =>
      builder.inputType(`${name}Filter`, {
        description: `${name} 筛选 / ${name} filter`,
        fields: (t) => ({
          equals: t.field({ type: ref as never, description: "等于 / Equals" }),
          in: t.field({ type: [ref] as never, description: "属于 / One of" }),
        }),
      }) as never,
  );
}

/** The operator input type of a kind of filter. */
export function filterInputFor(kind: FilterKind) {
  switch (kind.kind) {
    case "id":
      return IdFilter();
    case "string":
      return StringFilter();
    case "int":
      return IntFilter();
    case "date":
      return DateFilter();
    case "boolean":
      return BooleanFilter();
    case "present":
      return PresentFilter();
    default:
      return enumFilter(kind.ref, (kind.ref as { name: string }).name);
  }
}
