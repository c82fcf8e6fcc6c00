import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify, SignJWT } from "jose";
import { type Identity, identitySchema } from "./identity.js";

export interface AuthConfig {
  /** HS256 secret. */
  secret: Uint8Array;
  /** Optional JWKS URL for asymmetric tokens from an identity provider. */
  jwks?: JWTVerifyGetKey | undefined;
  issuer: string;
  audience: string;
}

/** A fixed secret for local development only; production must set JWT_SECRET. */
export const DEV_SECRET = "gongjian-development-secret-do-not-use-in-production";

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const secret = env.JWT_SECRET ?? (env.NODE_ENV === "production" ? undefined : DEV_SECRET);
  if (!secret) throw new Error("JWT_SECRET must be set in production");
  if (secret.length < 32) throw new Error("JWT_SECRET must be at least 32 characters");
  return {
    secret: new TextEncoder().encode(secret),
    jwks: env.JWKS_URL ? createRemoteJWKSet(new URL(env.JWKS_URL)) : undefined,
    issuer: env.JWT_ISSUER ?? "gongjian",
    audience: env.JWT_AUDIENCE ?? "gongjian-api",
  };
}

export class AuthError extends Error {
  constructor(readonly reason: string) {
    super(`Unauthenticated: ${reason}`);
  }
}

export async function verifyToken(token: string, config: AuthConfig): Promise<Identity> {
  let payload: JWTPayload;
  try {
    const options = { issuer: config.issuer, audience: config.audience };
    const header = JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString() || "{}") as {
      alg?: string;
    };
    if (header.alg === "HS256" || !config.jwks) {
      ({ payload } = await jwtVerify(token, config.secret, { ...options, algorithms: ["HS256"] }));
    } else {
      ({ payload } = await jwtVerify(token, config.jwks, options));
    }
  } catch (error) {
    throw new AuthError((error as Error).message);
  }
  const parsed = identitySchema.safeParse(payload);
  if (!parsed.success) throw new AuthError("token claims are invalid");
  return { id: parsed.data.sub, name: parsed.data.name ?? parsed.data.sub, grants: parsed.data.grants };
}

export async function mintToken(
  identity: { id: string; name?: string; grants: Identity["grants"] },
  config: Pick<AuthConfig, "secret" | "issuer" | "audience">,
  expiresIn = "8h",
): Promise<string> {
  return new SignJWT({ name: identity.name ?? identity.id, grants: identity.grants })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(identity.id)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(config.secret);
}
