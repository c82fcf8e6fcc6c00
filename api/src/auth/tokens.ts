import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify, SignJWT } from "jose";
import { type Identity, identitySchema } from "./identity.js";

export interface AuthConfig {
  /** HS256 secret; absent when only an identity provider's keys (JWKS_URL) are trusted. */
  secret?: Uint8Array | undefined;
  /** Optional JWKS URL for asymmetric tokens from an identity provider. */
  jwks?: JWTVerifyGetKey | undefined;
  issuer: string;
  audience: string;
  /** Longest accepted lifetime (`exp − iat`) in seconds; default 12 h (JWT_MAX_LIFETIME). */
  maxLifetimeSeconds?: number | undefined;
}

export const DEFAULT_MAX_LIFETIME_SECONDS = 12 * 3600;
export const MIN_SECRET_LENGTH = 32;

/**
 * A start that must not go on: one bilingual line saying what to set. `main.ts`, the gateway and
 * the token tool print its message and exit 2.
 */
export class StartupError extends Error {
  constructor(zh: string, en: string) {
    super(`${zh} / ${en}`);
    this.name = "StartupError";
  }
}

export const missingSecret = () =>
  new StartupError(
    `未设置令牌密钥：请设置 JWT_SECRET（至少${MIN_SECRET_LENGTH}个字符，如 openssl rand -hex 32）或 JWKS_URL（身份提供方的公钥地址）`,
    `No token key configured: set JWT_SECRET (at least ${MIN_SECRET_LENGTH} characters, e.g. openssl rand -hex 32) or JWKS_URL (your identity provider's keys)`,
  );

/** `12h`, `30m`, `3600` (seconds), `1d` → seconds. */
export function parseDuration(name: string, value: string): number {
  const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };
  const match = /^(\d+)\s*(s|m|h|d)?$/.exec(value.trim());
  const seconds = match ? Number(match[1]) * (units[match[2] ?? "s"] ?? Number.NaN) : Number.NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new StartupError(`${name} 无效：${value}（例如 12h、30m）`, `${name} is invalid: ${value} (e.g. 12h, 30m)`);
  }
  return seconds;
}

/**
 * Token settings from the environment. There is no built-in secret: JWT_SECRET or JWKS_URL must be
 * set, or `fallbackSecret` given (the embedded demo's own random secret, `auth/secret.ts`).
 */
export function authConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  options: { fallbackSecret?: string | undefined } = {},
): AuthConfig {
  const secret = env.JWT_SECRET || options.fallbackSecret;
  if (!secret && !env.JWKS_URL) throw missingSecret();
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH) {
    throw new StartupError(
      `JWT_SECRET 太短：至少${MIN_SECRET_LENGTH}个字符`,
      `JWT_SECRET is too short: at least ${MIN_SECRET_LENGTH} characters`,
    );
  }
  return {
    secret: secret ? new TextEncoder().encode(secret) : undefined,
    jwks: env.JWKS_URL ? createRemoteJWKSet(new URL(env.JWKS_URL)) : undefined,
    issuer: env.JWT_ISSUER ?? "gongjian",
    audience: env.JWT_AUDIENCE ?? "gongjian-api",
    maxLifetimeSeconds: env.JWT_MAX_LIFETIME
      ? parseDuration("JWT_MAX_LIFETIME", env.JWT_MAX_LIFETIME)
      : DEFAULT_MAX_LIFETIME_SECONDS,
  };
}

/** Why a token was refused, in one clean sentence per language (never a parser's or library's text). */
export class AuthError extends Error {
  constructor(
    readonly reasonZh: string,
    readonly reasonEn: string,
  ) {
    super(`Unauthenticated: ${reasonEn}`);
  }
}

const notValid = () => new AuthError("令牌无效", "the token is not valid");

function refusal(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  if (error instanceof errors.JWTExpired)
    return new AuthError("令牌已过期，请重新登录", "the token has expired; sign in again");
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "exp") return new AuthError("令牌没有有效期（exp）", "the token has no expiry (exp)");
    if (error.claim === "iat") return new AuthError("令牌没有签发时间（iat）", "the token has no issue time (iat)");
    if (error.claim === "iss" || error.claim === "aud") {
      return new AuthError("令牌不是签发给本系统的", "the token was not issued for this system");
    }
    if (error.claim === "nbf") return new AuthError("令牌尚未生效", "the token is not valid yet");
  }
  return notValid();
}

export async function verifyToken(token: string, config: AuthConfig): Promise<Identity> {
  const maxLifetime = config.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS;
  let payload: JWTPayload;
  try {
    const options = { issuer: config.issuer, audience: config.audience, requiredClaims: ["exp", "iat"] };
    let alg: unknown;
    try {
      alg = (JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString()) as { alg?: unknown }).alg;
    } catch {
      throw notValid();
    }
    if (alg === "HS256" || !config.jwks) {
      if (!config.secret) throw notValid();
      ({ payload } = await jwtVerify(token, config.secret, { ...options, algorithms: ["HS256"] }));
    } else {
      ({ payload } = await jwtVerify(token, config.jwks, options));
    }
  } catch (error) {
    throw refusal(error);
  }
  const { exp, iat } = payload as { exp: number; iat: number };
  if (exp - iat > maxLifetime) {
    const hours = Math.round((maxLifetime / 3600) * 100) / 100;
    throw new AuthError(
      `令牌有效期超过上限（${hours}小时），请重新签发`,
      `the token's lifetime exceeds the maximum (${hours} h); issue a new one`,
    );
  }
  const parsed = identitySchema.safeParse(payload);
  if (!parsed.success) throw new AuthError("令牌中的身份或授权无效", "the token's identity or grants are invalid");
  return { id: parsed.data.sub, name: parsed.data.name ?? parsed.data.sub, grants: parsed.data.grants };
}

export async function mintToken(
  identity: { id: string; name?: string; grants: Identity["grants"] },
  config: Pick<AuthConfig, "secret" | "issuer" | "audience">,
  expiresIn = "8h",
): Promise<string> {
  if (!config.secret) throw missingSecret();
  return new SignJWT({ name: identity.name ?? identity.id, grants: identity.grants })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(identity.id)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(config.secret);
}
