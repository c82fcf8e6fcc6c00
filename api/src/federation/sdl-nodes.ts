/**
 * Building the types a district subgraph adds or changes, with the AST nodes `printSubgraphSchema`
 * prints (a type built in code has none): SDL parsed into definitions, `@shareable`, fields added
 * to a type of a fresh build, and root-like object types whose fields keep their own AST.
 */
import {
  type ConstDirectiveNode,
  type FieldDefinitionNode,
  type GraphQLFieldConfig,
  type GraphQLFieldConfigMap,
  GraphQLNonNull,
  GraphQLObjectType,
  Kind,
  type ObjectTypeDefinitionNode,
  parse,
} from "graphql";
import type { Context } from "../builder.js";

const directive = (name: string): ConstDirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: name },
  arguments: [],
});
export const shareable = directive("shareable");

/** Parses an object type definition written as SDL (for the types and fields added here). */
export function definition(sdl: string): ObjectTypeDefinitionNode {
  return parse(sdl).definitions[0] as ObjectTypeDefinitionNode;
}
export function fieldNode(sdl: string): FieldDefinitionNode {
  return definition(`type T { ${sdl} }`).fields?.[0] as FieldDefinitionNode;
}

export function withShareable(node: ObjectTypeDefinitionNode | null | undefined) {
  if (!node) return node;
  if (node.directives?.some((d) => d.name.value === "shareable")) return node;
  return { ...node, directives: [...(node.directives ?? []), shareable] };
}

/** Adds fields (with their AST) to an object type of a fresh build. */
export function addFields(type: GraphQLObjectType, fields: GraphQLFieldConfigMap<unknown, Context>) {
  const map = type.getFields() as Record<string, unknown>;
  const nodes: FieldDefinitionNode[] = [];
  for (const [name, config] of Object.entries(fields)) {
    map[name] = {
      name,
      description: config.description,
      type: config.type,
      args: [],
      resolve: config.resolve,
      subscribe: undefined,
      deprecationReason: undefined,
      extensions: {},
      astNode: config.astNode,
    };
    if (config.astNode) nodes.push(config.astNode);
  }
  const mutable = type as { astNode: ObjectTypeDefinitionNode | null | undefined };
  if (mutable.astNode) mutable.astNode = { ...mutable.astNode, fields: [...(mutable.astNode.fields ?? []), ...nodes] };
}

/** A field config with its AST from `sdl` (the field's own SDL, description included). */
export function field<T>(
  sdl: string,
  config: Omit<GraphQLFieldConfig<T, Context>, "astNode">,
): GraphQLFieldConfig<T, Context> {
  return { ...config, astNode: fieldNode(sdl) };
}

/** A `@shareable` object type holding fields taken from a built schema (each keeps its AST). */
export function shareableObject(
  name: string,
  description: string,
  fields: GraphQLFieldConfigMap<unknown, Context>,
): GraphQLObjectType<unknown, Context> {
  return new GraphQLObjectType<unknown, Context>({
    name,
    description,
    fields,
    astNode: {
      kind: Kind.OBJECT_TYPE_DEFINITION,
      name: { kind: Kind.NAME, value: name },
      description: { kind: Kind.STRING, value: description },
      fields: Object.values(fields).map((f) => f.astNode as FieldDefinitionNode),
      directives: [shareable],
    },
  });
}

/**
 * A root type (`Query`, `Mutation`) whose one field is declared in `sdl` (`type <name> { … }`) and
 * returns `type`; `more` adds fields without SDL of their own (federation's `_entities`, `_service`).
 */
export function singleFieldRoot(
  name: "Query" | "Mutation",
  description: string | null | undefined,
  sdl: string,
  type: GraphQLObjectType<unknown, Context>,
  more: () => GraphQLFieldConfigMap<unknown, Context> = () => ({}),
): GraphQLObjectType<unknown, Context> {
  const ast = definition(sdl);
  const root = ast.fields?.[0] as FieldDefinitionNode;
  return new GraphQLObjectType<unknown, Context>({
    name,
    description,
    astNode: ast,
    fields: () => ({
      [root.name.value]: {
        type: new GraphQLNonNull(type),
        description: root.description?.value,
        astNode: root,
        resolve: () => ({}),
      },
      ...more(),
    }),
  });
}
