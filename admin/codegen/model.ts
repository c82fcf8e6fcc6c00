/**
 * The console's resource model, derived from the GraphQL schema alone (no hand-written list per entity).
 *
 * `buildModel(schema)` finds every relay `Node` type that has a root list (`units`, `committees`, …) and
 * describes it for the generic react-admin views: labels (the schema's "中文 / English" descriptions, split),
 * columns, show fields, filters (from the list's `filter` input), sortable fields (from its `orderBy` enum),
 * references (an object field whose type is another resource), the create / update / end mutations and the
 * workflow actions (every other mutation that takes the record's `id` and `version`, or creates a child of it).
 * `operationsDocument(model)` writes the GraphQL operations the console sends for each resource; they are
 * typed by graphql-codegen and listed in the persisted-operations manifest.
 *
 * Both are pure functions of the schema: `codegen.ts` runs them, `tests/console/codegen.test.ts` checks that the
 * committed output is what they produce, and that a field added to the SDL appears in the model.
 */

import { actions } from "@gongjian/domain/actions";
import {
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";

export interface Label {
  zh: string;
  en: string;
}

/** How a value is shown and edited. */
export type FieldKind =
  | "id"
  | "string"
  | "text"
  | "int"
  | "float"
  | "boolean"
  | "date"
  | "datetime"
  | "fen"
  | "decimal"
  | "json"
  | "enum"
  /** Another resource (a `ReferenceField` / `ReferenceInput`). */
  | "reference"
  /** A Node type without a root list (e.g. District, AgendaItem): shown by its display field. */
  | "object"
  /** A nested input object (list of them in forms: `ArrayInput`). */
  | "input";

export interface FieldDef {
  name: string;
  label: Label;
  /** The whole description (label plus the explanation in brackets), both languages. */
  help: Label;
  kind: FieldKind;
  list: boolean;
  /** Enum type name (kind "enum"). */
  enum?: string;
  /** Target resource name (kind "reference") or object type (kind "object"). */
  target?: string;
  /** Display field of the target (kind "reference" / "object"), e.g. "name". */
  targetDisplay?: string;
  /** The orderBy enum value when the list can be sorted by this field. */
  sort?: string;
  /** Sub-fields of an embedded list of objects (e.g. Committee.activeCoverages). */
  fields?: FieldDef[];
  /** Filter key of the target list that selects this record's children (kind "reference", list: true). */
  childFilter?: string;
  /** Personal data (the description says 个人信息): never a list column. */
  personal?: boolean;
}

export type FilterKind = "id" | "reference" | "string" | "int" | "boolean" | "presence" | "datetime" | "enum";

export interface FilterDef {
  /** Key in the list's filter input (e.g. "communityId"). */
  name: string;
  label: Label;
  kind: FilterKind;
  enum?: string;
  /** Target resource of an id filter. */
  target?: string;
}

export interface InputFieldDef {
  name: string;
  label: Label;
  help: Label;
  kind: FieldKind;
  required: boolean;
  list: boolean;
  enum?: string;
  target?: string;
  targetDisplay?: string;
  /** Input object type name (kind "input"). */
  input?: string;
  fields?: InputFieldDef[];
  /** The record's field that holds the current value (e.g. communityId ← community). */
  recordField?: string;
}

export interface MutationDef {
  /** Root mutation field, e.g. "approveCommittee". */
  name: string;
  /** Name of the generated operation, e.g. "ApproveCommittee". */
  operation: string;
  label: Label;
  help: Label;
  /** GraphQL input type. */
  input: string;
  /** Input fields the user fills in (without the record id and version). */
  fields: InputFieldDef[];
  /** Input field that carries the record's global id ("id", "planId", …), if any. */
  idField?: string;
  /** Whether the input carries the record's `version` (optimistic concurrency). */
  versioned: boolean;
  /** CASL action the API checks (a hint for the console; the API decides). */
  action: string;
  /** Status the record moves to, when the mutation is a workflow transition on a status field. */
  toStatus?: string;
  /** The record type the mutation returns (the CASL subject of its check). */
  returns: string;
}

export interface ResourceDef {
  /** GraphQL type name; also the react-admin resource name and the CASL subject. */
  name: string;
  label: Label;
  /** Plural label (the root list's description), for the menu. */
  pluralLabel: Label;
  help: Label;
  /** Root list field ("units"), its export field ("exportUnits"). */
  list: string;
  export?: string;
  filterInput?: string;
  orderByInput?: string;
  /** Field shown when the record is referenced; a path for records named by another record. */
  display: string[];
  /** Every field the Show view shows, in schema order (relations included). */
  fields: FieldDef[];
  /** Fields of the list (Datagrid) columns. */
  columns: string[];
  filters: FilterDef[];
  /** Sortable fields: field name → orderBy enum value. */
  sort: Record<string, string>;
  defaultSort?: { field: string; order: "ASC" | "DESC" };
  create?: MutationDef;
  update?: MutationDef;
  /** The "end"/"delete" mutation mapped to react-admin's delete. */
  delete?: MutationDef;
  /** Workflow and other record actions (transitions, child records). */
  actions: MutationDef[];
  /** Whether the type has `allowedTransitions` (enable actions by target status). */
  hasTransitions: boolean;
  operations: { list: string; one: string; many: string; export?: string };
}

export interface EnumDef {
  name: string;
  label: Label;
  values: { value: string; label: Label }[];
}

export interface Model {
  resources: ResourceDef[];
  enums: EnumDef[];
  /** Operations of the console besides the resources' (viewer, personas, access, history). */
  common: string[];
}

// ---------------------------------------------------------------------------------------------------------
// Labels

/** "驻区单位 / Resident unit" → { zh: "驻区单位", en: "Resident unit" }; a text without "/ " is both. */
export function splitDescription(description: string | null | undefined, fallback: string): Label {
  const text = (description ?? "").replace(/\s+/g, " ").trim();
  if (!text) return { zh: fallback, en: humanize(fallback) };
  const at = text.indexOf("/ ");
  if (at < 0) return { zh: text, en: text };
  return { zh: text.slice(0, at).trim(), en: text.slice(at + 2).trim() };
}

/** A short label: without the explanation in brackets ("评语（个人信息…）" → "评语"). */
export function shortLabel(label: Label): Label {
  const zh = label.zh.replace(/（[^（）]*）$/u, "").trim() || label.zh;
  const en = label.en.replace(/\s*\([^()]*\)$/u, "").trim() || label.en;
  return { zh, en };
}

function humanize(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

const upperSnake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

// ---------------------------------------------------------------------------------------------------------
// Types

const scalarKinds: Record<string, FieldKind> = {
  ID: "id",
  String: "string",
  Int: "int",
  Float: "float",
  Boolean: "boolean",
  Date: "date",
  DateTime: "datetime",
  Fen: "fen",
  Decimal: "decimal",
  JSON: "json",
};

/** Long free text (a multiline input). */
const textFields = new Set([
  "text",
  "minutes",
  "remarks",
  "description",
  "note",
  "responsibilities",
  "resourcesOffered",
  "serviceCommitments",
  "rejectionReason",
  "reason",
  "evidence",
]);

function unwrap(type: GraphQLOutputType | GraphQLInputType): {
  named: GraphQLNamedType;
  list: boolean;
  required: boolean;
} {
  const required = isNonNullType(type);
  let t: GraphQLOutputType | GraphQLInputType = isNonNullType(type) ? type.ofType : type;
  const list = isListType(t);
  if (isListType(t)) t = t.ofType;
  return { named: getNamedType(t), list, required };
}

const implementsNode = (type: GraphQLNamedType): type is GraphQLObjectType =>
  isObjectType(type) && type.getInterfaces().some((i) => i.name === "Node");

const displayCandidates = ["name", "title", "code", "number", "filename"];

/** The scalar field that names a record of this type, if it has one. */
function directDisplay(type: GraphQLObjectType): string | undefined {
  const fields = type.getFields();
  return displayCandidates.find((name) => fields[name] && isScalarType(getNamedType(fields[name].type)));
}

/**
 * Form order: the required parents (committee, community…), the record's name or code, kinds, the other
 * required inputs, optional references, the rest, nested lists (agenda, attestations) last.
 */
function orderInputs(fields: InputFieldDef[]): InputFieldDef[] {
  const rank = (f: InputFieldDef) => {
    if (f.kind === "input") return 6;
    if (f.kind === "reference" && f.required && !f.list) return 0;
    if (["name", "title", "code", "creditCode", "number", "year"].includes(f.name)) return 1;
    if (f.kind === "enum") return 2;
    if (f.required) return 3;
    if (f.kind === "reference") return 4;
    return 5 + (/(End|To|Until)$/.test(f.name) || f.name === "toDate" ? 0.25 : 0);
  };
  return fields
    .map((f, i) => ({ f, i, r: rank(f) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ f }) => f);
}

// ---------------------------------------------------------------------------------------------------------
// The model

export function buildModel(schema: GraphQLSchema): Model {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (!query) throw new Error("schema has no Query type");

  // Resources: Node types with a root connection.
  const roots = new Map<string, GraphQLField<unknown, unknown>>();
  for (const field of Object.values(query.getFields())) {
    const type = getNamedType(field.type);
    if (!isObjectType(type) || !type.getFields().edges || !type.getFields().totalCount) continue;
    const edge = getNamedType(type.getFields().edges?.type);
    if (!isObjectType(edge)) continue;
    const node = getNamedType(edge.getFields().node?.type);
    if (node && implementsNode(node) && !roots.has(node.name)) roots.set(node.name, field);
  }
  const resourceNames = new Set(roots.keys());
  const typeOf = (name: string) => schema.getType(name) as GraphQLObjectType;

  const scopeParents = new Set(["committee", "street", "plan", "team", "meeting", "district"]);
  const displayOf = (type: GraphQLObjectType): string[] => {
    const direct = directDisplay(type);
    if (direct) return [direct];
    if (type.getFields().year) return ["year"];
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (isListType(isNonNullType(field.type) ? field.type.ofType : field.type)) continue;
      if (!isObjectType(target) || scopeParents.has(field.name)) continue;
      const inner = directDisplay(target);
      if (inner) return [field.name, inner];
    }
    const fallback = ["heldOn", "amountFen"].find((name) => type.getFields()[name]);
    return fallback ? [fallback] : ["id"];
  };

  const describeField = (field: GraphQLField<unknown, unknown>, depth = 0): FieldDef | null => {
    const { named, list } = unwrap(field.type);
    const help = splitDescription(field.description, field.name);
    const base = {
      name: field.name,
      label: shortLabel(help),
      help,
      list,
      ...(help.zh.includes("个人信息") ? { personal: true } : {}),
    };
    if (isScalarType(named)) {
      let kind = scalarKinds[named.name] ?? "string";
      if (kind === "string" && textFields.has(field.name)) kind = "text";
      return { ...base, kind };
    }
    if (isEnumType(named)) return { ...base, kind: "enum", enum: named.name };
    if (isObjectType(named) && implementsNode(named)) {
      const display = displayOf(named);
      if (resourceNames.has(named.name)) {
        return { ...base, kind: "reference", target: named.name, targetDisplay: display.join(".") };
      }
      if (list && depth === 0) {
        const fields = Object.values(named.getFields())
          .filter((f) => f.name !== "version")
          .map((f) => describeField(f, depth + 1))
          .filter((f): f is FieldDef => f !== null && !f.list && f.kind !== "object");
        return { ...base, kind: "object", target: named.name, targetDisplay: display.join("."), fields };
      }
      if (list) return null;
      return { ...base, kind: "object", target: named.name, targetDisplay: display.join(".") };
    }
    return null; // non-node objects (computed aggregates) are left to hand-made screens
  };

  const mutations = mutation ? Object.values(mutation.getFields()) : [];
  const returnsOf = (field: GraphQLField<unknown, unknown>): string[] => {
    const named = getNamedType(field.type);
    if (isUnionType(named)) return named.getTypes().map((t) => t.name);
    return [named.name];
  };
  const inputOf = (field: GraphQLField<unknown, unknown>): GraphQLInputObjectType | undefined => {
    const arg = field.args.find((a) => a.name === "input");
    const named = arg ? getNamedType(arg.type) : undefined;
    return named && isInputObjectType(named) ? named : undefined;
  };

  /** Resource a `xId` / `xIds` input or filter field refers to, using the entity's own fields first. */
  const targetOfId = (
    name: string,
    owner: GraphQLObjectType | undefined,
  ): { target?: string; recordField?: string } => {
    const stem = name.replace(/Ids?$/, "");
    if (stem === name || stem === "") return {};
    const fields = owner?.getFields() ?? {};
    const candidates = [stem, `${stem}s`, `${stem}es`];
    for (const candidate of candidates) {
      const field = fields[candidate];
      if (!field) continue;
      const named = getNamedType(field.type);
      if (isObjectType(named)) return { target: named.name, recordField: candidate };
    }
    const byName = capitalize(stem);
    if (schema.getType(byName) && implementsNode(schema.getType(byName) as GraphQLNamedType)) return { target: byName };
    for (const resource of resourceNames) {
      if (resource.toLowerCase().endsWith(stem.toLowerCase())) return { target: resource };
    }
    return {};
  };

  const describeInputField = (field: GraphQLInputField, owner: GraphQLObjectType | undefined): InputFieldDef => {
    const { named, list, required } = unwrap(field.type);
    const help = splitDescription(field.description, field.name);
    const base = { name: field.name, label: shortLabel(help), help, list, required };
    if (isEnumType(named)) {
      return {
        ...base,
        kind: "enum",
        enum: named.name,
        ...(owner?.getFields()[field.name] ? { recordField: field.name } : {}),
      };
    }
    if (isInputObjectType(named)) {
      return {
        ...base,
        kind: "input",
        input: named.name,
        fields: Object.values(named.getFields()).map((f) => describeInputField(f, undefined)),
      };
    }
    let kind = scalarKinds[named.name] ?? "string";
    if (kind === "string" && textFields.has(field.name)) kind = "text";
    if (kind === "id") {
      const { target, recordField } = targetOfId(field.name, owner);
      if (target) {
        const targetType = schema.getType(target);
        const display = isObjectType(targetType) ? displayOf(targetType).join(".") : "id";
        return {
          ...base,
          kind: resourceNames.has(target) ? "reference" : "id",
          target,
          targetDisplay: display,
          ...(recordField ? { recordField } : {}),
        };
      }
    }
    const ownField = owner?.getFields()[field.name];
    return { ...base, kind, ...(ownField ? { recordField: field.name } : {}) };
  };

  const transitionVerbs: Record<string, string> = {
    approve: "APPROVED",
    submit: "SUBMITTED",
    reject: "REJECTED",
    file: "FILED",
    dissolve: "DISSOLVED",
    end: "ENDED",
    close: "CLOSED",
    adopt: "ADOPTED",
    receive: "RECEIVED",
    cancel: "CANCELLED",
    reopen: "DRAFT",
    recordMeetingHeld: "HELD",
  };
  // A mutation named after a rule verb (submitCommittee, fileSeat, …) is checked against that verb.
  const caslActions = new Set<string>(actions);
  const verbOf = (name: string) => name.match(/^[a-z]+/)?.[0] ?? name;

  const describeMutation = (
    field: GraphQLField<unknown, unknown>,
    owner: GraphQLObjectType,
    idField: string | undefined,
    statusEnum: GraphQLEnumType | undefined,
  ): MutationDef => {
    const input = inputOf(field) as GraphQLInputObjectType;
    const inputFields = Object.values(input.getFields());
    const help = splitDescription(field.description, field.name);
    const verb = verbOf(field.name);
    const status = transitionVerbs[field.name] ?? transitionVerbs[verb];
    const def: MutationDef = {
      name: field.name,
      operation: capitalize(field.name),
      label: shortLabel(help),
      help,
      input: input.name,
      fields: orderInputs(
        inputFields.filter((f) => f.name !== "version" && f.name !== idField).map((f) => describeInputField(f, owner)),
      ),
      versioned: inputFields.some((f) => f.name === "version"),
      action: caslActions.has(verb)
        ? verb
        : !idField || ((verb === "add" || verb === "record") && !returnsOf(field).includes(owner.name))
          ? "create"
          : "update",
      returns: returnsOf(field).find((n) => n !== "DomainError" && n !== "Error") ?? owner.name,
    };
    if (idField) def.idField = idField;
    if (status && statusEnum?.getValue(status)) def.toStatus = status;
    return def;
  };

  const resources: ResourceDef[] = [];
  for (const [name, root] of roots) {
    const type = typeOf(name);
    const help = splitDescription(type.description, name);
    const pluralHelp = splitDescription(root.description, root.name);
    const fields = Object.values(type.getFields())
      .map((f) => describeField(f))
      .filter((f): f is FieldDef => f !== null);

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
        const { target } = targetOfId(f.name, type);
        if (target && resourceNames.has(target)) {
          def.kind = "reference";
          def.target = target;
        }
      }
      filters.push(def);
    }

    // Children: a list field of another resource whose list filter has `<this>Id`.
    for (const field of fields) {
      if (field.kind !== "reference" || !field.list || !field.target) continue;
      const childRoot = roots.get(field.target);
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

    // Mutations about this type.
    const statusField = type.getFields().status;
    const statusEnum =
      statusField && isEnumType(getNamedType(statusField.type))
        ? (getNamedType(statusField.type) as GraphQLEnumType)
        : undefined;
    let create: MutationDef | undefined;
    let update: MutationDef | undefined;
    let remove: MutationDef | undefined;
    const actions: MutationDef[] = [];
    const creates: GraphQLField<unknown, unknown>[] = [];
    const singular = capitalize(root.name.replace(/ies$/, "y").replace(/s$/, ""));
    const stems = [name, singular];
    for (const m of mutations) {
      const input = inputOf(m);
      if (!input) continue;
      const returns = returnsOf(m);
      const inputFields = input.getFields();
      const versioned = Boolean(inputFields.version);
      const requiredIds = Object.values(inputFields).filter(
        (f) => isNonNullType(f.type) && getNamedType(f.type).name === "ID" && !isListType(f.type.ofType),
      );
      if (returns.includes(name)) {
        let idField: string | undefined;
        if (inputFields.id) idField = "id";
        else if (versioned && requiredIds.length === 1) idField = requiredIds[0]?.name;
        if (!idField) {
          creates.push(m);
          continue;
        }
        const def = describeMutation(m, type, idField, statusEnum);
        if (stems.some((stem) => m.name === `update${stem}`) && idField === "id") update = def;
        else if (stems.some((stem) => m.name === `end${stem}` || m.name === `delete${stem}`) && !remove) {
          remove = def;
          actions.push(def);
        } else actions.push(def);
        continue;
      }
      // A child record created or changed on this record (e.g. addAgendaItem on a meeting).
      const childType = returns.map((n) => schema.getType(n)).find((t) => t && implementsNode(t));
      if (!childType || resourceNames.has(childType.name) || !isObjectType(childType)) continue;
      const holdsChildren = Object.values(type.getFields()).some(
        (f) =>
          getNamedType(f.type).name === childType.name && isListType(isNonNullType(f.type) ? f.type.ofType : f.type),
      );
      if (!holdsChildren) continue;
      for (const idInput of requiredIds) {
        const stem = idInput.name.replace(/Id$/, "");
        const back = childType.getFields()[stem];
        if (back && getNamedType(back.type).name === name) {
          actions.push(describeMutation(m, type, idInput.name, undefined));
          break;
        }
      }
    }
    const preferred =
      creates.find((m) => stems.some((stem) => m.name === `create${stem}`)) ??
      (creates.length === 1 ? creates[0] : undefined);
    if (preferred) create = describeMutation(preferred, type, undefined, undefined);
    for (const other of creates)
      if (other !== preferred) actions.push(describeMutation(other, type, undefined, undefined));

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
    const defaultSortField = ["name", "title", "code", "createdAt"].find((f) => sort[f]) ?? Object.keys(sort)[0];
    const exportField = query.getFields()[`export${capitalize(root.name)}`];

    const typeLabel = shortLabel(help);
    const resource: ResourceDef = {
      name,
      label: { zh: typeLabel.zh.split("：")[0] ?? typeLabel.zh, en: typeLabel.en.split(": ")[0] ?? typeLabel.en },
      pluralLabel: shortLabel(pluralHelp),
      help,
      list: root.name,
      ...(exportField ? { export: exportField.name } : {}),
      ...(filterInput ? { filterInput: filterInput.name } : {}),
      ...(orderByInput ? { orderByInput: orderByInput.name } : {}),
      display: displayOf(type),
      fields,
      columns,
      filters,
      sort,
      ...(defaultSortField
        ? {
            defaultSort: { field: defaultSortField, order: defaultSortField === "createdAt" ? "DESC" : "ASC" } as const,
          }
        : {}),
      ...(create ? { create } : {}),
      ...(update ? { update } : {}),
      ...(remove ? { delete: remove } : {}),
      actions,
      hasTransitions: Boolean(type.getFields().allowedTransitions),
      operations: {
        list: `${name}List`,
        one: `${name}One`,
        many: `${name}Many`,
        ...(exportField ? { export: `${name}Export` } : {}),
      },
    };
    resources.push(resource);
  }
  resources.sort((a, b) => a.name.localeCompare(b.name));

  const enums: EnumDef[] = Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLEnumType => isEnumType(t) && !t.name.startsWith("__") && !t.name.endsWith("OrderField"))
    .map((t) => ({
      name: t.name,
      label: shortLabel(splitDescription(t.description, t.name)),
      values: t.getValues().map((v) => ({ value: v.name, label: splitDescription(v.description, v.name) })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));

  return { resources, enums, common: commonOperations(schema) };
}

// ---------------------------------------------------------------------------------------------------------
// Operations

/** `code` is aliased: entities have a `code` field of another type. */
const domainErrorSelection = "... on DomainError { errorCode: code field messageZh messageEn allowed }";

function selectionOf(field: FieldDef, withLists: boolean): string | null {
  if (field.kind === "reference" || field.kind === "object") {
    if (field.list && !withLists) return null;
    if (field.kind === "reference" && field.list) return null; // children are fetched through their own list
    if (field.fields) {
      const inner = field.fields.map((f) => selectionOf(f, false)).filter(Boolean);
      return `${field.name} { ${["id", ...inner.filter((s) => s !== "id")].join(" ")} }`;
    }
    const path = (field.targetDisplay ?? "id").split(".");
    const display = path.reduceRight(
      (inner, name) => (name === "id" ? inner : `${name}${inner ? ` { id ${inner} }` : ""}`),
      "",
    );
    return `${field.name} { id${display ? ` ${display}` : ""} }`;
  }
  return field.name;
}

function recordSelection(resource: ResourceDef, names: string[] | null, withLists: boolean): string {
  const fields = resource.fields.filter((f) => names === null || names.includes(f.name) || f.name === "id");
  const parts = fields.map((f) => selectionOf(f, withLists)).filter((s): s is string => s !== null);
  if (!parts.includes("id")) parts.unshift("id");
  if (!names && resource.fields.some((f) => f.name === "version") && !parts.includes("version")) parts.push("version");
  return parts.join(" ");
}

/** Fields a list row needs: the columns, the display path's first field, version and transitions. */
function listFieldNames(resource: ResourceDef): string[] {
  const names = new Set([...resource.columns, resource.display[0] ?? "id", "id"]);
  for (const extra of ["version", "allowedTransitions", "managementMode", "status"]) {
    if (resource.fields.some((f) => f.name === extra)) names.add(extra);
  }
  return [...names];
}

function mutationOperation(m: MutationDef, model: Model): string {
  const target = model.resources.find((r) => r.name === m.returns);
  const selection = target ? recordSelection(target, null, false) : "id";
  return `mutation ${m.operation}($input: ${m.input}!) {\n  ${m.name}(input: $input) {\n    __typename\n    ... on ${m.returns} { ${selection} }\n    ${domainErrorSelection}\n  }\n}`;
}

/** Every operation the generic console sends, as one GraphQL document (typed by codegen, persisted). */
export function operationsDocument(model: Model): string {
  const out: string[] = [
    "# Generated by codegen.ts from api/schema.graphql (admin/codegen/model.ts). Do not edit.",
    ...model.common,
  ];
  const seen = new Set<string>();
  for (const r of model.resources) {
    const listSel = recordSelection(r, listFieldNames(r), false);
    const vars = [
      "$first: Int",
      "$offset: Int",
      ...(r.filterInput ? [`$filter: ${r.filterInput}`] : []),
      ...(r.orderByInput ? [`$orderBy: [${r.orderByInput}!]`] : []),
    ];
    const args = [
      "first: $first",
      "offset: $offset",
      ...(r.filterInput ? ["filter: $filter"] : []),
      ...(r.orderByInput ? ["orderBy: $orderBy"] : []),
    ];
    out.push(
      `query ${r.operations.list}(${vars.join(", ")}) {\n  ${r.list}(${args.join(", ")}) {\n    totalCount\n    edges { node { ${listSel} } }\n  }\n}`,
    );
    out.push(
      `query ${r.operations.one}($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on ${r.name} { ${recordSelection(r, null, true)} }\n  }\n}`,
    );
    out.push(
      `query ${r.operations.many}($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    __typename\n    ... on ${r.name} { ${listSel} }\n  }\n}`,
    );
    if (r.export && r.operations.export) {
      const evars = [
        "$format: FileFormat!",
        ...(r.filterInput ? [`$filter: ${r.filterInput}`] : []),
        ...(r.orderByInput ? [`$orderBy: [${r.orderByInput}!]`] : []),
      ];
      const eargs = [
        "format: $format",
        ...(r.filterInput ? ["filter: $filter"] : []),
        ...(r.orderByInput ? ["orderBy: $orderBy"] : []),
      ];
      out.push(
        `query ${r.operations.export}(${evars.join(", ")}) {\n  ${r.export}(${eargs.join(", ")}) { filename contentType base64 rowCount }\n}`,
      );
    }
    for (const m of [r.create, r.update, ...r.actions]) {
      if (!m || seen.has(m.operation)) continue;
      seen.add(m.operation);
      out.push(mutationOperation(m, model));
    }
  }
  return `${out.join("\n\n")}\n`;
}

function commonOperations(schema: GraphQLSchema): string[] {
  const q = schema.getQueryType()?.getFields() ?? {};
  const ops: string[] = [];
  if (q.viewer) {
    ops.push(
      "query ConsoleViewer {\n  viewer { id name readOnly impersonatedBy rules grants { role districtId streetId committeeId unitId organizationCode } }\n}",
    );
  }
  if (q.demoPersonas) ops.push("query ConsoleDemoPersonas {\n  demoPersonas { role labelZh labelEn token }\n}");
  if (q.explainAccess) {
    ops.push(
      "query ConsoleExplainAccess($action: String!, $subject: String!, $id: ID, $field: String) {\n  explainAccess(action: $action, subject: $subject, id: $id, field: $field) { allowed reasonZh reasonEn rule grant { role } }\n}",
    );
  }
  if (q.auditTrail) {
    ops.push(
      "query ConsoleAuditTrail($id: ID!, $last: Int) {\n  auditTrail(id: $id, last: $last) { id action actorId at entityType changedFields before after }\n}",
    );
  }
  return ops;
}
