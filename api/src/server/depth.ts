import {
  type ASTNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

/**
 * Depth of the data a query reaches. GraphQL Armor's max-depth counts every field level, so a relay
 * list costs two levels (`units { edges { node { … } } }`) before any data; here a connection's
 * `edges` and an edge's `node` do not count, so the limit means "levels of related records".
 * Fragments (named or inline) count like the fields they contain, whatever their name: a fragment
 * called `__schema` is an ordinary fragment. Only the real introspection fields at the root
 * (`__schema`, `__type`) are skipped; whether introspection is allowed at all is a separate rule.
 */
export function dataDepthRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const schema = context.getSchema();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const root =
          operation.operation === "query"
            ? schema.getQueryType()
            : operation.operation === "mutation"
              ? schema.getMutationType()
              : schema.getSubscriptionType();
        const depth = selectionDepth(
          schema,
          fragments,
          operation.selectionSet,
          root ?? undefined,
          true,
          new Set(),
          new Map(),
        );
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`查询嵌套过深（最多 ${maxDepth} 层）/ Query depth limit of ${maxDepth} exceeded`, {
              nodes: [operation as ASTNode],
              extensions: { code: "QUERY_TOO_DEEP", limit: maxDepth, depth },
            }),
          );
        }
      },
    };
  };
}

function selectionDepth(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  atRoot: boolean,
  expanding: Set<string>,
  memo: Map<string, number>,
): number {
  let max = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (atRoot && (name === "__schema" || name === "__type")) continue;
      const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
      const type = field ? getNamedType(field.type) : undefined;
      const wrapper =
        (name === "edges" && parent?.name.endsWith("Connection")) || (name === "node" && parent?.name.endsWith("Edge"));
      const own = wrapper ? 0 : 1;
      const below = selection.selectionSet
        ? selectionDepth(schema, fragments, selection.selectionSet, type, false, expanding, memo)
        : 0;
      max = Math.max(max, own + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      max = Math.max(
        max,
        selectionDepth(schema, fragments, selection.selectionSet, type ?? undefined, atRoot, expanding, memo),
      );
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || expanding.has(name)) continue; // unknown or cyclic: graphql's own rules refuse it
      // A fragment's depth does not depend on where it is spread: computed once (no exponential blow-up).
      const key = `${atRoot}:${name}`;
      let depth = memo.get(key);
      if (depth === undefined) {
        expanding.add(name);
        const type = schema.getType(fragment.typeCondition.name.value) ?? undefined;
        depth = selectionDepth(schema, fragments, fragment.selectionSet, type, atRoot, expanding, memo);
        expanding.delete(name);
        memo.set(key, depth);
      }
      max = Math.max(max, depth);
    }
  }
  return max;
}
