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
 *
 * The parts live in ./model/: the model's types, labels, reading the schema, fields, list features
 * (sorting, filters, children, columns), mutations, and the operations document.
 */

import {
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isObjectType,
} from "graphql";
import { describeField } from "./model/fields.js";
import { capitalize, shortLabel, splitDescription } from "./model/labels.js";
import { linkChildren, listFilters, listSort, orderFields } from "./model/lists.js";
import { resourceMutations } from "./model/mutations.js";
import { commonOperations } from "./model/operations.js";
import { displayOf, implementsNode, type Scope } from "./model/schema.js";
import type { EnumDef, FieldDef, Model, ResourceDef } from "./model/types.js";

export { shortLabel, splitDescription } from "./model/labels.js";
export { operationsDocument } from "./model/operations.js";
export type * from "./model/types.js";

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
  const scope: Scope = { schema, roots, resourceNames, typeOf };
  const mutations = mutation ? Object.values(mutation.getFields()) : [];

  const resources: ResourceDef[] = [];
  for (const [name, root] of roots) {
    const type = typeOf(name);
    const help = splitDescription(type.description, name);
    const pluralHelp = splitDescription(root.description, root.name);
    const fields = Object.values(type.getFields())
      .map((f) => describeField(scope, f))
      .filter((f): f is FieldDef => f !== null);

    const { sort, orderByInput } = listSort(root, type, fields);
    const { filters, filterInput } = listFilters(scope, root, type);
    linkChildren(scope, name, fields);
    const { create, update, remove, actions } = resourceMutations(scope, mutations, name, root, type);
    const columns = orderFields(type, fields);
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
