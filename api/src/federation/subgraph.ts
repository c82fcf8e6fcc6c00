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
import { queryFromInfo } from "@pothos/plugin-prisma";
import {
  type ConstDirectiveNode,
  type FieldDefinitionNode,
  GraphQLError,
  type GraphQLFieldConfig,
  type GraphQLFieldConfigMap,
  type GraphQLFieldResolver,
  GraphQLList,
  type GraphQLNamedType,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSchema,
  GraphQLString,
  GraphQLUnionType,
  isIntrospectionType,
  isObjectType,
  Kind,
  type ObjectTypeDefinitionNode,
  parse,
} from "graphql";
import { builder, type Context } from "../builder.js";
import { batched } from "../data/batch.js";
import "../schema/index.js";
import { workplaceReference } from "./workplace.js";

/** The federation spec version the subgraphs link to. */
export const FEDERATION_LINK = "https://specs.apollo.dev/federation/v2.6";

const DISTRICT_CODE = /^\d{6}$/;

/** The root field (query and mutation) of district `code`. */
export const districtField = (code: string) => `district_${code}`;
/** The field of `OrganizationReference` that district `code` contributes. */
export const inDistrictField = (code: string) => `in_${code}`;

export interface DistrictSubgraph {
  districtCode: string;
  schema: GraphQLSchema;
  /** The subgraph SDL with its federation directives (what `_service { sdl }` answers). */
  sdl: string;
}

type Row = Record<string, unknown>;
type Resolver = GraphQLFieldResolver<unknown, Context, Record<string, unknown>>;

const directive = (name: string): ConstDirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: name },
  arguments: [],
});
const shareable = directive("shareable");

/** Parses an object type definition written as SDL (for the types and fields added here). */
function definition(sdl: string): ObjectTypeDefinitionNode {
  return parse(sdl).definitions[0] as ObjectTypeDefinitionNode;
}
function fieldNode(sdl: string): FieldDefinitionNode {
  return definition(`type T { ${sdl} }`).fields?.[0] as FieldDefinitionNode;
}

function withShareable(node: ObjectTypeDefinitionNode | null | undefined) {
  if (!node) return node;
  if (node.directives?.some((d) => d.name.value === "shareable")) return node;
  return { ...node, directives: [...(node.directives ?? []), shareable] };
}

/** Adds fields (with their AST) to an object type of a fresh build. */
function addFields(type: GraphQLObjectType, fields: GraphQLFieldConfigMap<unknown, Context>) {
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

function field<T>(
  sdl: string,
  config: Omit<GraphQLFieldConfig<T, Context>, "astNode">,
): GraphQLFieldConfig<T, Context> {
  return { ...config, astNode: fieldNode(sdl) };
}

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

  // ------------------------------------------------------------ cross-district references
  const OrganizationInDistrict: GraphQLObjectType<{ code: string }, Context> = new GraphQLObjectType({
    name: "OrganizationInDistrict",
    description: "某区掌握的党组织信息 / What one district knows about a party organisation",
    astNode: withShareable(
      definition(`"某区掌握的党组织信息 / What one district knows about a party organisation"
      type OrganizationInDistrict {
        "区代码 / District code"
        districtCode: String!
        "该区登记的此党组织（未登记或不在您的权限范围内为 null）/ The organisation as registered in this district (null when not registered here or outside your scope)"
        registered: PartyOrganization
        "该区以此党组织为上级的党组织（您有权查看的）/ Organisations of this district whose superior it is (those you may see)"
        subordinates: [PartyOrganization!]!
      }`),
    ),
    fields: () => ({
      districtCode: { type: new GraphQLNonNull(GraphQLString), resolve: () => districtCode },
      registered: {
        type: PartyOrganization,
        resolve: ({ code }, _args, ctx, info) => loadRegistered(ctx, info, code),
      },
      subordinates: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(PartyOrganization))),
        // One query for every organisation code asked about in a response.
        resolve: ({ code }, _args, ctx) =>
          batched(ctx, "OrganizationInDistrict.subordinates", (codes) => subordinatesOf(ctx, codes), [])(code),
      },
    }),
  });
  for (const [name, f] of Object.entries(OrganizationInDistrict.getFields())) {
    f.astNode = OrganizationInDistrict.astNode?.fields?.find((n) => n.name.value === name);
    f.description = f.astNode?.description?.value;
  }

  const referenceAst = definition(`type OrganizationReference @key(fields: "code") @shareable {
    "党组织代码 / Organisation code"
    code: String!
    "${label}掌握的此党组织信息（该区无法访问时为 null 并报错）/ What district ${districtCode} (${districtName}) knows about this organisation (null, with an error, when that district cannot be reached)"
    ${inDistrictField(districtCode)}: OrganizationInDistrict
  }`);
  const referenceDescription =
    "按党组织代码引用的党组织（可在任何一区登记）；用 in_<区代码> 查询某区掌握的信息 / A party organisation by its code (registered in any district); ask in_<district code> for what a district knows";
  const OrganizationReference = new GraphQLObjectType<{ code: string }, Context>({
    name: "OrganizationReference",
    description: referenceDescription,
    astNode: { ...referenceAst, description: { kind: Kind.STRING, value: referenceDescription } },
    // The reference is only an address (the code the caller gave): no data, nothing to guard.
    extensions: { apollo: { subgraph: { resolveReference: ({ code }: { code: string }) => ({ code }) } } },
    fields: () => ({
      code: { type: new GraphQLNonNull(GraphQLString), astNode: referenceAst.fields?.[0] },
      [inDistrictField(districtCode)]: {
        type: OrganizationInDistrict,
        description: referenceAst.fields?.[1]?.description?.value,
        astNode: referenceAst.fields?.[1],
        resolve: ({ code }) => ({ code }),
      },
    }),
  });

  addFields(PartyOrganization, {
    superiorOrganization: field<Row>(
      `"上级党组织（按代码跨区引用：本区登记的或外区登记的）/ Superior organisation as a reference by code (registered in this or another district)"
      superiorOrganization: OrganizationReference`,
      {
        type: OrganizationReference,
        description:
          "上级党组织（按代码跨区引用：本区登记的或外区登记的）/ Superior organisation as a reference by code (registered in this or another district)",
        resolve: async (org, _args, ctx) => superiorReference(org, ctx),
      },
    ) as GraphQLFieldConfig<unknown, Context>,
  });
  const Person = base.getType("Person") as GraphQLObjectType;
  addFields(Person, {
    workplaceReference: field<Row>(
      `"工作单位党组织（按代码跨区引用：本区登记的或外区登记的）/ Workplace organisation as a reference by code (registered in this or another district)"
      workplaceReference: OrganizationReference`,
      {
        type: OrganizationReference,
        description:
          "工作单位党组织（按代码跨区引用：本区登记的或外区登记的）/ Workplace organisation as a reference by code (registered in this or another district)",
        resolve: async (person, _args, ctx) => workplaceReference(person, ctx),
      },
    ) as GraphQLFieldConfig<unknown, Context>,
  });
  // ------------------------------------------------------------ district-qualified roots
  const { _entities: baseEntities, _service: baseService, ...rootQueryFields } = baseQuery.toConfig().fields;
  if (!baseEntities || !baseService) throw new Error("The federation build has no _entities/_service");
  // A reference to any organisation by its code, entered through this district: the traversal
  // then hops to each district whose in_<code> is asked for.
  const referenceField = fieldNode(`
    "按代码引用一个党组织（任何区登记的），再用 in_<区代码> 查询各区掌握的信息 / A party organisation by its code (registered in any district); then ask in_<district code> what each district knows"
    organizationReference(
      "党组织代码 / Organisation code"
      code: String!
    ): OrganizationReference!`);
  rootQueryFields.organizationReference = {
    type: new GraphQLNonNull(OrganizationReference),
    description: referenceField.description?.value,
    astNode: referenceField,
    args: {
      code: {
        type: new GraphQLNonNull(GraphQLString),
        description: "党组织代码 / Organisation code",
        astNode: referenceField.arguments?.[0],
      },
    },
    resolve: (_root, { code }) => {
      if (typeof code !== "string" || code.length < 1 || code.length > 30) {
        throw new GraphQLError("党组织代码无效 / Invalid organisation code", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      return { code };
    },
  };
  const queryDescription =
    "一个区的查询（与单区API的查询相同）/ One district's queries (the same as a single district's API)";
  const DistrictQuery = new GraphQLObjectType<unknown, Context>({
    name: "DistrictQuery",
    description: queryDescription,
    fields: rootQueryFields,
    astNode: {
      kind: Kind.OBJECT_TYPE_DEFINITION,
      name: { kind: Kind.NAME, value: "DistrictQuery" },
      description: { kind: Kind.STRING, value: queryDescription },
      fields: Object.values(rootQueryFields).map((f) => f.astNode as FieldDefinitionNode),
      directives: [shareable],
    },
  });
  const mutationFields = Object.fromEntries(
    Object.entries(baseMutation.toConfig().fields).map(([name, f]) => [name, { ...f, resolve: serialized(f.resolve) }]),
  );
  const mutationDescription =
    "一个区的变更（同一请求中的多个变更按顺序执行）/ One district's mutations (several in one request run in order)";
  const DistrictMutation = new GraphQLObjectType<unknown, Context>({
    name: "DistrictMutation",
    description: mutationDescription,
    fields: mutationFields,
    astNode: {
      kind: Kind.OBJECT_TYPE_DEFINITION,
      name: { kind: Kind.NAME, value: "DistrictMutation" },
      description: { kind: Kind.STRING, value: mutationDescription },
      fields: Object.values(mutationFields).map((f) => f.astNode as FieldDefinitionNode),
      directives: [shareable],
    },
  });

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
  const queryAst = definition(`type Query {
    "${label}的查询 / Queries of district ${districtCode} (${districtName})"
    ${districtRoot}: DistrictQuery!
  }`);
  const Query = new GraphQLObjectType<unknown, Context>({
    name: "Query",
    description: baseQuery.description,
    astNode: queryAst,
    fields: () => ({
      [districtRoot]: {
        type: new GraphQLNonNull(DistrictQuery),
        description: queryAst.fields?.[0]?.description?.value,
        astNode: queryAst.fields?.[0],
        resolve: () => ({}),
      },
      _entities: { ...baseEntities, type: new GraphQLNonNull(new GraphQLList(Entity)) },
      _service: { ...baseService, resolve: () => ({ sdl }) },
    }),
  });
  const mutationAst = definition(`type Mutation {
    "${label}的变更 / Mutations of district ${districtCode} (${districtName})"
    ${districtRoot}: DistrictMutation!
  }`);
  const Mutation = new GraphQLObjectType<unknown, Context>({
    name: "Mutation",
    description: baseMutation.description,
    astNode: mutationAst,
    fields: {
      [districtRoot]: {
        type: new GraphQLNonNull(DistrictMutation),
        description: mutationAst.fields?.[0]?.description?.value,
        astNode: mutationAst.fields?.[0],
        resolve: () => ({}),
      },
    },
  });

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

/**
 * The superior of an organisation as a reference by code: the external code for a superior
 * registered in another district, the local superior's code when the caller may read it.
 */
async function superiorReference(org: Row, ctx: Context): Promise<{ code: string } | null> {
  let row = org;
  if (!("superiorExternalCode" in row) || !("superiorId" in row)) {
    if (typeof org.id !== "string") return null;
    const loaded = await ctx.db.prisma.partyOrganization.findUnique({ where: { id: org.id } });
    if (!loaded) return null;
    row = loaded as unknown as Row;
  }
  if (typeof row.superiorExternalCode === "string" && row.superiorExternalCode) {
    if (!ctx.guard.canRead("PartyOrganization", row, "superiorExternalCode")) return null;
    return { code: row.superiorExternalCode };
  }
  if (typeof row.superiorId === "string") {
    if (!ctx.guard.canRead("PartyOrganization", row, "superiorId")) return null;
    const superior = await ctx.db.prisma.partyOrganization.findFirst({
      where: { id: row.superiorId, AND: [ctx.guard.where("PartyOrganization")] },
      select: { code: true },
    });
    return superior ? { code: superior.code } : null;
  }
  return null;
}

/**
 * `OrganizationInDistrict.registered` for every reference of one `_entities` call (or list) in one
 * query: the codes asked for in the same turn of the event loop are loaded together, with the
 * request's SQL row filter, and with the nested selection (`queryFromInfo`), so a hop costs a
 * constant number of statements however many organisations it carries.
 */
interface RegisteredBatch {
  codes: Set<string>;
  rows: Promise<Map<string, Row>>;
}
const registeredBatches = new WeakMap<object, Map<string, RegisteredBatch>>();
function loadRegistered(ctx: Context, info: GraphQLResolveInfo, code: string): Promise<Row | null> {
  const key = pathKey(info.path);
  const batches = registeredBatches.get(ctx) ?? new Map<string, RegisteredBatch>();
  registeredBatches.set(ctx, batches);
  let batch = batches.get(key);
  if (!batch) {
    const codes = new Set<string>();
    const query = queryFromInfo({ context: ctx, info, typeName: "PartyOrganization" }) as {
      select?: Record<string, unknown>;
    };
    const rows = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      batches.delete(key); // later asks start a new batch
      const found = (await ctx.db.prisma.partyOrganization.findMany({
        ...(query.select ? { select: { ...query.select, code: true } } : query),
        where: { code: { in: [...codes] }, AND: [ctx.guard.where("PartyOrganization")] },
      } as never)) as Row[];
      return new Map(found.map((row) => [row.code as string, row]));
    });
    batch = { codes, rows };
    batches.set(key, batch);
  }
  batch.codes.add(code);
  return batch.rows.then((rows) => rows.get(code) ?? null);
}
/** The response path without list indices: the same field of every item of a list. */
function pathKey(path: GraphQLResolveInfo["path"] | undefined): string {
  const keys: string[] = [];
  for (let p = path; p; p = p.prev) if (typeof p.key === "string") keys.unshift(p.key);
  return keys.join(".");
}

/** The organisations (readable by the caller) whose superior has each of `codes`, by code, ordered by code. */
async function subordinatesOf(ctx: Context, codes: string[]): Promise<Map<string, Row[]>> {
  const rows = await ctx.db.prisma.partyOrganization.findMany({
    where: {
      OR: [{ superiorExternalCode: { in: codes } }, { superior: { code: { in: codes } } }],
      AND: [ctx.guard.where("PartyOrganization")],
    },
    include: { superior: { select: { code: true } } },
    orderBy: { code: "asc" },
  });
  const byCode = new Map<string, Row[]>();
  for (const { superior, ...row } of rows) {
    const code = row.superiorExternalCode ?? superior?.code;
    if (code) byCode.set(code, [...(byCode.get(code) ?? []), row as Row]);
  }
  return byCode;
}
