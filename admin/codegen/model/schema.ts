/** Reading the GraphQL schema: value kinds, unwrapped types, Node types, the field that names a record. */
import {
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";
import type { FieldKind } from "./types.js";

/** The schema being read and its resources: Node types with a root connection (their root list field by type name). */
export interface Scope {
  schema: GraphQLSchema;
  roots: Map<string, GraphQLField<unknown, unknown>>;
  resourceNames: Set<string>;
  typeOf: (name: string) => GraphQLObjectType;
}

export const scalarKinds: Record<string, FieldKind> = {
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
export const textFields = new Set([
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

export function unwrap(type: GraphQLOutputType | GraphQLInputType): {
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

export const implementsNode = (type: GraphQLNamedType): type is GraphQLObjectType =>
  isObjectType(type) && type.getInterfaces().some((i) => i.name === "Node");

const displayCandidates = ["name", "title", "code", "number", "filename"];

/** The scalar field that names a record of this type, if it has one. */
function directDisplay(type: GraphQLObjectType): string | undefined {
  const fields = type.getFields();
  return displayCandidates.find((name) => fields[name] && isScalarType(getNamedType(fields[name].type)));
}

const scopeParents = new Set(["committee", "street", "plan", "team", "meeting", "district"]);
export function displayOf(type: GraphQLObjectType): string[] {
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
}

export function returnsOf(field: GraphQLField<unknown, unknown>): string[] {
  const named = getNamedType(field.type);
  if (isUnionType(named)) return named.getTypes().map((t) => t.name);
  return [named.name];
}

export function inputOf(field: GraphQLField<unknown, unknown>): GraphQLInputObjectType | undefined {
  const arg = field.args.find((a) => a.name === "input");
  const named = arg ? getNamedType(arg.type) : undefined;
  return named && isInputObjectType(named) ? named : undefined;
}
