/** A record's fields and a mutation's input fields, described for the views and forms. */
import {
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isScalarType,
} from "graphql";
import { capitalize, shortLabel, splitDescription } from "./labels.js";
import { displayOf, implementsNode, type Scope, scalarKinds, textFields, unwrap } from "./schema.js";
import type { FieldDef, InputFieldDef } from "./types.js";

export function describeField(scope: Scope, field: GraphQLField<unknown, unknown>, depth = 0): FieldDef | null {
  const { resourceNames } = scope;
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
        .map((f) => describeField(scope, f, depth + 1))
        .filter((f): f is FieldDef => f !== null && !f.list && f.kind !== "object");
      return { ...base, kind: "object", target: named.name, targetDisplay: display.join("."), fields };
    }
    if (list) return null;
    return { ...base, kind: "object", target: named.name, targetDisplay: display.join(".") };
  }
  return null; // non-node objects (computed aggregates) are left to hand-made screens
}

/** Resource a `xId` / `xIds` input or filter field refers to, using the entity's own fields first. */
export function targetOfId(
  { schema, resourceNames }: Scope,
  name: string,
  owner: GraphQLObjectType | undefined,
): { target?: string; recordField?: string } {
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
}

export function describeInputField(
  scope: Scope,
  field: GraphQLInputField,
  owner: GraphQLObjectType | undefined,
): InputFieldDef {
  const { schema, resourceNames } = scope;
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
      fields: Object.values(named.getFields()).map((f) => describeInputField(scope, f, undefined)),
    };
  }
  let kind = scalarKinds[named.name] ?? "string";
  if (kind === "string" && textFields.has(field.name)) kind = "text";
  if (kind === "id") {
    const { target, recordField } = targetOfId(scope, field.name, owner);
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
}

/**
 * Form order: the required parents (committee, community…), the record's name or code, kinds, the other
 * required inputs, optional references, the rest, nested lists (agenda, attestations) last.
 */
export function orderInputs(fields: InputFieldDef[]): InputFieldDef[] {
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
