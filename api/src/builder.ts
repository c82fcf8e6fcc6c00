import type { Database } from "@gongjian/db";
import type PrismaTypes from "@gongjian/db/pothos";
import { getDatamodel } from "@gongjian/db/pothos";
import SchemaBuilder from "@pothos/core";
import DirectivesPlugin from "@pothos/plugin-directives";
import ErrorsPlugin from "@pothos/plugin-errors";
import FederationPlugin from "@pothos/plugin-federation";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ValidationPlugin from "@pothos/plugin-validation";
import type { GraphQLResolveInfo } from "graphql";
import type { Identity } from "./auth/identity.js";
import type { AuthConfig } from "./auth/tokens.js";
import { assertNodeIds } from "./data/nodes.js";
import { DomainError } from "./errors/domain-error.js";
import { bilingualMessage, type IssueLike } from "./errors/validation-messages.js";
import type { Guard } from "./permissions/guard.js";
import GuardPlugin from "./permissions/pothos-guard.js";

/**
 * What every resolver receives (`ctx`): one per request, made before any GraphQL work by the
 * server's `identify` (`context.ts`: the bearer token; a district subgraph: the gateway's signature).
 */
export interface Context {
  db: Database;
  identity: Identity | null;
  guard: Guard;
  requestId: string;
  /** True while a DISTRICT_ADMIN views as another role: every mutation is refused. */
  readOnly: boolean;
  /** Set only in embedded demo mode: lets `demoPersonas` mint sign-in tokens for the demo data. */
  demoAuth?: AuthConfig | undefined;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    Fen: { Input: string; Output: bigint | number };
    Decimal: { Input: string; Output: string | { toString(): string } };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Directives and federation only annotate types (entity keys, @shareable): the normal schema and
  // its SDL are unchanged; `federation/subgraph.ts` builds a district's subgraph from the same types.
  plugins: [ErrorsPlugin, ValidationPlugin, DirectivesPlugin, PrismaPlugin, RelayPlugin, GuardPlugin, FederationPlugin],
  prisma: {
    client: (ctx) => ctx.db.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: {
      permission: "read:node",
      resolve: (
        _root: unknown,
        args: { id: unknown },
        _ctx: unknown,
        info: GraphQLResolveInfo,
        resolveNode: (ids: unknown[]) => unknown,
      ) => {
        assertNodeIds([args.id], info, "id");
        return resolveNode([args.id]);
      },
      description:
        "按全局ID取一条记录（无权限与不存在一样返回 null）/ A record by global ID (null when missing or outside your scope)",
    } as object,
    nodesQueryOptions: {
      permission: "read:node",
      resolve: (
        _root: unknown,
        args: { ids: readonly unknown[] },
        _ctx: unknown,
        info: GraphQLResolveInfo,
        resolveNodes: (ids: readonly unknown[]) => unknown,
      ) => {
        assertNodeIds(args.ids, info, "ids");
        return resolveNodes(args.ids);
      },
      description: "按全局ID取多条记录 / Records by global IDs",
    } as object,
  },
  errors: {
    defaultTypes: [DomainError],
    directResult: true,
    unsafelyHandleInputErrors: true,
    defaultUnionOptions: {
      description: "结果或可预期的错误 / The result or an expected error",
    } as object,
  },
  validation: {
    // Input that fails its schema becomes a typed VALIDATION error naming the field at fault.
    validationError: (result) => {
      const issue = result.issues[0];
      const path = (issue?.path ?? [])
        .map((p) => (typeof p === "object" && p !== null ? p.key : p))
        .filter((p, i) => !(i === 0 && p === "input"))
        .join(".");
      // Our schemas carry "中文 / English" messages; zod's own are translated from the issue.
      const [zh, en] = bilingualMessage((issue ?? {}) as IssueLike);
      return new DomainError(
        "VALIDATION",
        `输入无效：${path || "输入"} ${zh}`,
        `Invalid input: ${path || "input"} ${en}`,
        {
          field: path || null,
        },
      );
    },
  },
});

builder.queryType({ description: "查询 / Queries" });
builder.mutationType({ description: "变更 / Mutations" });
