/** What a resource's list offers: sorting, filters, child lists, and the order of fields and columns. */
import {
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
} from "graphql";
import { targetOfId } from "./fields.js";
import { shortLabel, splitDescription, upperSnake } from "./labels.js";
import { displayOf, type Scope } from "./schema.js";
import type { FieldDef, FieldKind, FilterDef, FilterKind } from "./types.js";

/** Sortable fields (field name → orderBy enum value) from the list's `orderBy` input; marks the fields too. */
export function listSort(
  root: GraphQLField<unknown, unknown>,
  type: GraphQLObjectType,
  fields: FieldDef[],
): { sort: Record<string, string>; orderByInput: GraphQLInputObjectType | undefined } {
  // Sorting: the orderBy enum's values are the fields in UPPER_SNAKE.
  const orderByArg = root.args.find((a) => a.name === "orderBy");
  const orderByInput = orderByArg ? (getNamedType(orderByArg.type) as GraphQLInputObjectType) : undefined;
  const orderEnum = orderByInput ? getNamedType(orderByInput.getFields().field?.type) : undefined;
  const sort: Record<string, string> = {};
  if (orderEnum && isEnumType(orderEnum)) {
    for (const value of orderEnum.getValues()) {
      const field = Object.keys(type.getFields()).find((f) => upperSnake(f) === value.name);
      sort[field ?? value.name.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = value.name;
    }
  }
  for (const field of fields) {
    if (sort[field.name]) field.sort = sort[field.name];
  }
  return { sort, orderByInput };
}

/** Filters from the list's `filter` input. */
export function listFilters(
  scope: Scope,
  root: GraphQLField<unknown, unknown>,
  type: GraphQLObjectType,
): { filters: FilterDef[]; filterInput: GraphQLInputObjectType | undefined } {
  // Filters.
  const filterArg = root.args.find((a) => a.name === "filter");
  const filterInput = filterArg ? (getNamedType(filterArg.type) as GraphQLInputObjectType) : undefined;
  const filters: FilterDef[] = [];
  for (const f of Object.values(filterInput?.getFields() ?? {})) {
    if (f.name === "id") continue;
    const inputType = getNamedType(f.type);
    const label = shortLabel(splitDescription(f.description, f.name));
    const kinds: Record<string, FilterKind> = {
      IdFilter: "id",
      StringFilter: "string",
      IntFilter: "int",
      BooleanFilter: "boolean",
      PresenceFilter: "presence",
      DateTimeFilter: "datetime",
    };
    let kind = kinds[inputType.name];
    const def: FilterDef = { name: f.name, label, kind: kind ?? "string" };
    if (!kind && isInputObjectType(inputType)) {
      const equals = inputType.getFields().equals;
      const enumType = equals ? getNamedType(equals.type) : undefined;
      if (enumType && isEnumType(enumType)) {
        kind = "enum";
        def.kind = "enum";
        def.enum = enumType.name;
      }
    }
    if (!kind && def.kind === "string" && !isInputObjectType(inputType)) continue;
    if (def.kind === "id") {
      const { target } = targetOfId(scope, f.name, type);
      if (target && scope.resourceNames.has(target)) {
        def.kind = "reference";
        def.target = target;
      }
    }
    filters.push(def);
  }
  return { filters, filterInput };
}

/** Marks each list field of another resource with the filter of that resource's list that selects the children. */
export function linkChildren(scope: Scope, name: string, fields: FieldDef[]): void {
  const { typeOf } = scope;
  // Children: a list field of another resource whose list filter has `<this>Id`.
  for (const field of fields) {
    if (field.kind !== "reference" || !field.list || !field.target) continue;
    const childRoot = scope.roots.get(field.target);
    const childFilter = childRoot?.args.find((a) => a.name === "filter");
    const childInput = childFilter ? (getNamedType(childFilter.type) as GraphQLInputObjectType) : undefined;
    const key = `${name.charAt(0).toLowerCase()}${name.slice(1)}Id`;
    const candidates = [key, ...Object.keys(typeOf(field.target).getFields()).map((f) => `${f}Id`)].filter((k) => {
      if (!childInput?.getFields()[k]) return false;
      const stem = k.replace(/Id$/, "");
      const back = typeOf(field.target as string).getFields()[stem];
      return k === key || (back && getNamedType(back.type).name === name);
    });
    if (candidates[0]) field.childFilter = candidates[0];
  }
}

/** Puts the fields in show-page order and returns the list's columns. */
export function orderFields(type: GraphQLObjectType, fields: FieldDef[]): string[] {
  // Order of the show page and of the columns: the record's name, its code, kinds and statuses,
  // references, amounts, numbers, dates, flags, text, timestamps; bookkeeping last; "…End" after "…Start".
  const kindRank: Partial<Record<FieldKind, number>> = {
    enum: 2,
    reference: 3,
    object: 3,
    fen: 4,
    decimal: 5,
    int: 5,
    float: 5,
    date: 6,
    boolean: 7,
    string: 8,
    text: 8.5,
    datetime: 9,
    json: 9.5,
  };
  const displayField = displayOf(type)[0];
  const rankOf = (f: FieldDef) => {
    if (f.name === "id") return -1;
    if (f.name === displayField) return 0;
    if (["code", "creditCode", "number"].includes(f.name)) return 1;
    if (["createdAt", "updatedAt", "version"].includes(f.name)) return 20;
    if (f.list && (f.kind === "reference" || f.fields)) return 15;
    const base = kindRank[f.kind] ?? 10;
    return base + (/(End|To|Until)$/.test(f.name) || f.name === "toDate" ? 0.25 : 0);
  };
  fields.splice(
    0,
    fields.length,
    ...fields
      .map((f, i) => ({ f, i, rank: rankOf(f) }))
      .sort((a, b) => a.rank - b.rank || a.i - b.i)
      .map(({ f }) => f),
  );
  const columns = fields
    .filter((f) => !f.list && !f.personal && f.kind !== "text" && f.kind !== "json" && kindRank[f.kind] !== undefined)
    .filter((f) => !["updatedAt", "createdAt", "version"].includes(f.name))
    .map((f) => f.name)
    .slice(0, 7);
  return columns;
}
