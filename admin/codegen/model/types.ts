/** The shapes of the console's resource model (the generated resources.ts is typed by them). */

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
