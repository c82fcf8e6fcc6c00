import { randomUUID } from "node:crypto";
import type { Database } from "@gongjian/db";
import { GraphQLError } from "graphql";
import { type Identity, identitySchema } from "./auth/identity.js";
import { type AuthConfig, AuthError, verifyToken } from "./auth/tokens.js";
import type { Context } from "./builder.js";
import { type Grant, rulesForGrant } from "./permissions/abilities.js";
import { Guard } from "./permissions/guard.js";
import { loadScopeFacts } from "./permissions/scope.js";

// The type lives with the builder (every resolver's `ctx`); re-exported for the modules that still import it from here.
export type { Context };

/** A 401 answered before any GraphQL work (`createApp`'s `identify`). */
export function unauthenticated(zh: string, en: string): GraphQLError {
  return new GraphQLError(`未认证：${zh} / Unauthenticated: ${en}`, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

export async function buildGuard(db: Database, grants: Grant[]): Promise<Guard> {
  const facts = await Promise.all(grants.map((grant) => loadScopeFacts(db.prisma, grant)));
  const perGrant = grants.map((grant, i) => rulesForGrant(grant, facts[i] ?? { streetIds: [] }));
  return new Guard(
    perGrant.flat(),
    perGrant.flatMap((rules, i) => rules.map(() => grants[i] ?? null)),
  );
}

/** The request's correlation id: its `X-Request-Id` (at most 100 characters), else a new one. */
export const requestIdOf = (request: Request): string =>
  request.headers.get("x-request-id")?.slice(0, 100) || randomUUID();

/** The context of an established identity (null: anonymous, who may read nothing). */
export async function identityContext(db: Database, identity: Identity | null, requestId: string): Promise<Context> {
  if (!identity) return { db, identity: null, guard: new Guard([]), requestId, readOnly: false };
  return { db, identity, guard: await buildGuard(db, identity.grants), requestId, readOnly: false };
}

/**
 * Reads the bearer token (and, for a DISTRICT_ADMIN, an `X-View-As` header) into a context: the
 * API's default way of establishing a request's identity (`createApp`'s `identify`).
 */
export async function createContext(
  db: Database,
  auth: AuthConfig,
  request: Request,
  options: { demoPersonas?: boolean } = {},
): Promise<Context> {
  const context = await contextFor(db, auth, request);
  return options.demoPersonas ? { ...context, demoAuth: auth } : context;
}

async function contextFor(db: Database, auth: AuthConfig, request: Request): Promise<Context> {
  const requestId = requestIdOf(request);
  const header = request.headers.get("authorization");
  if (!header) return identityContext(db, null, requestId);
  const [scheme, token] = header.split(" ");
  if (scheme?.toLowerCase() !== "bearer" || !token) {
    throw unauthenticated("请在 Authorization 中提供 Bearer 令牌", "expected a Bearer token in Authorization");
  }
  let identity: Identity;
  try {
    identity = await verifyToken(token, auth);
  } catch (error) {
    if (error instanceof AuthError) throw unauthenticated(error.reasonZh, error.reasonEn);
    throw unauthenticated("令牌无效", "the token is not valid");
  }

  const viewAs = request.headers.get("x-view-as");
  if (viewAs) {
    if (!identity.grants.some((g) => g.role === "DISTRICT_ADMIN")) {
      throw new GraphQLError("只有区委组织部可以模拟其他角色 / Only a DISTRICT_ADMIN may view as another role", {
        extensions: { code: "FORBIDDEN", http: { status: 403 } },
      });
    }
    let grants: Grant[];
    try {
      const parsed = identitySchema.shape.grants.parse(JSON.parse(Buffer.from(viewAs, "base64url").toString("utf8")));
      grants = parsed;
    } catch {
      throw new GraphQLError("X-View-As 无效 / Invalid X-View-As header", {
        extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
      });
    }
    const viewed: Identity = { ...identity, grants, impersonatedBy: { id: identity.id, grants: identity.grants } };
    await db.prisma.auditEvent.create({
      data: {
        actorId: identity.id,
        actorName: identity.name.slice(0, 100),
        actorGrants: identity.grants,
        impersonating: grants,
        action: "viewAs",
        entityType: "Session",
        entityId: identity.id,
        changedFields: [],
        requestId,
      },
    });
    return { db, identity: viewed, guard: await buildGuard(db, grants), requestId, readOnly: true };
  }
  return identityContext(db, identity, requestId);
}
