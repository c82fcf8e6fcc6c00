/**
 * A district's Apollo Federation v2 subgraph (api/docs/federation.md).
 *
 * Every district runs the same code, but federation routes by type and field, never by key
 * value: two subgraphs that both resolve `Query.units` or `PartyOrganization.name` are
 * interchangeable to the query planner. So the subgraph of district `<code>` is the normal
 * schema (built by the same Pothos builder, entity keys from `schema/entities.ts`) with:
 *
 * - district-qualified entry points: `Query.district_<code>: DistrictQuery!` and
 *   `Mutation.district_<code>: DistrictMutation!` hold the normal root fields; only that
 *   district defines them, so the gateway sends them to it;
 * - every object type `@shareable`: a traversal that starts in a district stays in it;
 * - `OrganizationReference @key(fields: "code")`, a party organisation known only by its code:
 *   `PartyOrganization.superiorOrganization` and `DistrictQuery.organizationReference(code)` return one,
 *   and each district adds `in_<code>: OrganizationInDistrict` (what that district knows of the
 *   organisation: its record there and its subordinates there), which makes the gateway hop to
 *   that district through `_entities`;
 *
 * It is built once per district at start-up from a fresh build of the builder, so several
 * districts can be served from one process (the tests do).
 */

import { printSubgraphSchema } from "@apollo/subgraph";
import {
  type GraphQLFieldResolver,
  GraphQLList,
  type GraphQLNamedType,
  GraphQLNonNull,
  type GraphQLObjectType,
  GraphQLSchema,
  GraphQLUnionType,
  isIntrospectionType,
  isObjectType,
  type ObjectTypeDefinitionNode,
} from "graphql";
import { builder, type Context } from "../builder.js";
import "../schema/index.js";
import { organizationReferences } from "./organization-references.js";
import { shareableObject, singleFieldRoot, withShareable } from "./sdl-nodes.js";

/** The federation spec version the subgraphs link to. */
export const FEDERATION_LINK = "https://specs.apollo.dev/federation/v2.6";

const DISTRICT_CODE = /^\d{6}$/;

/** The root field (query and mutation) of district `code`. */
export const districtField = (code: string) => `district_${code}`;
export { inDistrictField } from "./organization-references.js";

export interface DistrictSubgraph {
  districtCode: string;
  schema: GraphQLSchema;
  /** The subgraph SDL with its federation directives (what `_service { sdl }` answers). */
  sdl: string;
}

type Resolver = GraphQLFieldResolver<unknown, Context, Record<string, unknown>>;

/** Mutations inside `district_<code>` run one after another in document order, as root mutations do. */
const mutationQueues = new WeakMap<object, Promise<unknown>>();
function serialized(resolve: Resolver | undefined): Resolver | undefined {
  if (!resolve) return resolve;
  return (parent, args, context, info) => {
    const previous = mutationQueues.get(context) ?? Promise.resolve();
    const next = previous.then(() => resolve(parent, args, context, info));
    mutationQueues.set(
      context,
      next.then(
        () => undefined,
        () => undefined,
      ),
    );
    return next;
  };
}

export function buildDistrictSubgraph(districtCode: string, name = districtCode): DistrictSubgraph {
  if (!DISTRICT_CODE.test(districtCode)) throw new Error(`A district code has 6 digits, not "${districtCode}"`);
  // The name only goes into descriptions (SDL strings).
  const districtName = name.replace(/["\\\r\n]/g, "").slice(0, 50) || districtCode;
  // A fresh build: its types are ours to adjust.
  const base = builder.toSubGraphSchema({
    linkUrl: FEDERATION_LINK,
    federationDirectives: ["@key", "@shareable"],
  });
  const baseQuery = base.getQueryType() as GraphQLObjectType;
  const baseMutation = base.getMutationType() as GraphQLObjectType;
  const PartyOrganization = base.getType("PartyOrganization") as GraphQLObjectType;
  const label = `${districtName}（${districtCode}）`;

  // Every object type is shared by all districts (same code, same shape).
  for (const type of Object.values(base.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    if (type === baseQuery || type === baseMutation || type.name.startsWith("_")) continue;
    const mutable = type as { astNode: ObjectTypeDefinitionNode | null | undefined };
    mutable.astNode = withShareable(type.astNode);
  }

  const { OrganizationInDistrict, OrganizationReference, organizationReference } = organizationReferences(
    districtCode,
    districtName,
    label,
    PartyOrganization,
  );
  // ------------------------------------------------------------ district-qualified roots
  const { _entities: baseEntities, _service: baseService, ...rootQueryFields } = baseQuery.toConfig().fields;
  if (!baseEntities || !baseService) throw new Error("The federation build has no _entities/_service");
  // A reference to any organisation by its code, entered through this district: the traversal
  // then hops to each district whose in_<code> is asked for.
  rootQueryFields.organizationReference = organizationReference;
  const queryDescription =
    "一个区的查询（与单区API的查询相同）/ One district's queries (the same as a single district's API)";
  const DistrictQuery = shareableObject("DistrictQuery", queryDescription, rootQueryFields);
  const mutationFields = Object.fromEntries(
    Object.entries(baseMutation.toConfig().fields).map(([name, f]) => [name, { ...f, resolve: serialized(f.resolve) }]),
  );
  const mutationDescription =
    "一个区的变更（同一请求中的多个变更按顺序执行）/ One district's mutations (several in one request run in order)";
  const DistrictMutation = shareableObject("DistrictMutation", mutationDescription, mutationFields);

  const entityTypes = [
    ...Object.values(base.getTypeMap()).filter(
      (t): t is GraphQLObjectType =>
        isObjectType(t) &&
        Array.isArray(t.extensions?.directives) &&
        (t.extensions.directives as { name: string }[]).some((d) => d.name === "key"),
    ),
    OrganizationReference,
  ];
  const Entity = new GraphQLUnionType({
    ...(base.getType("_Entity") as GraphQLUnionType).toConfig(),
    types: entityTypes,
  });

  let sdl = "";
  const districtRoot = districtField(districtCode);
  const Query = singleFieldRoot(
    "Query",
    baseQuery.description,
    `type Query {
      "${label}的查询 / Queries of district ${districtCode} (${districtName})"
      ${districtRoot}: DistrictQuery!
    }`,
    DistrictQuery,
    () => ({
      _entities: { ...baseEntities, type: new GraphQLNonNull(new GraphQLList(Entity)) },
      _service: { ...baseService, resolve: () => ({ sdl }) },
    }),
  );
  const Mutation = singleFieldRoot(
    "Mutation",
    baseMutation.description,
    `type Mutation {
      "${label}的变更 / Mutations of district ${districtCode} (${districtName})"
      ${districtRoot}: DistrictMutation!
    }`,
    DistrictMutation,
  );

  const replaced = new Set(["Query", "Mutation", "_Entity"]);
  const schema = new GraphQLSchema({
    query: Query,
    mutation: Mutation,
    types: [
      ...(Object.values(base.getTypeMap()) as GraphQLNamedType[]).filter((t) => !replaced.has(t.name)),
      DistrictQuery,
      DistrictMutation,
      OrganizationReference,
      OrganizationInDistrict,
      Entity,
    ],
    directives: base.getDirectives(),
    extensions: base.extensions,
    astNode: base.astNode,
    extensionASTNodes: base.extensionASTNodes,
  });
  sdl = printSubgraphSchema(schema);
  return { districtCode, schema, sdl };
}
