/**
 * The identity the gateway forwards to district subgraphs, signed with HMAC-SHA256.
 *
 * The gateway verifies the user's token once and sends each subgraph request with
 * `X-Gongjian-Identity: <payload>.<signature>`: the payload (base64url JSON) holds the subject,
 * name and grants, the time of signing and the SHA-256 of the request body; the signature is
 * HMAC-SHA256 with the shared `GATEWAY_SECRET` over a domain tag and the payload. A subgraph in
 * gateway mode accepts identity only from a valid, fresh signature over the body it received:
 * a stolen header cannot carry another query, a forged one fails the MAC, and nothing a client
 * puts in other headers or in `extensions` is read as identity.
 *
 * Signed by the gateway (`federation/gateway.ts`), verified by a district subgraph
 * (`federation/server.ts`); `federation/identity.ts` re-exports this module under its old path.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { type Identity, identitySchema } from "./identity.js";

export const IDENTITY_HEADER = "x-gongjian-identity";
const TAG = "gongjian-gateway-identity-v1.";

export interface GatewayTrust {
  /** The secret shared by the gateway and the subgraphs (at least 32 characters). */
  secret: string;
  /** How old (or how far in the future) a signature may be; default 60 s. */
  maxAgeMs?: number;
}

export function gatewayTrustFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayTrust | undefined {
  const secret = env.GATEWAY_SECRET;
  if (secret === undefined || secret === "") return undefined;
  if (secret.length < 32) throw new Error("GATEWAY_SECRET must be at least 32 characters");
  const maxAge = env.GATEWAY_MAX_AGE_MS ? Number(env.GATEWAY_MAX_AGE_MS) : undefined;
  return { secret, ...(maxAge && Number.isFinite(maxAge) ? { maxAgeMs: maxAge } : {}) };
}

const payloadSchema = z
  .object({
    /** Signed at (ms since the epoch). */
    t: z.number().int(),
    /** SHA-256 of the request body (base64url). */
    b: z.string().max(64),
    /** The user, or null for an anonymous request. */
    u: identitySchema.nullable(),
  })
  .strict();

export type SignedIdentity = Pick<Identity, "id" | "name" | "grants"> | null;

const mac = (secret: string, payload: string) => createHmac("sha256", secret).update(TAG).update(payload).digest();
export const bodyHash = (body: string) => createHash("sha256").update(body).digest("base64url");

/** The header value for a request with `body`, made by the gateway. */
export function signIdentity(identity: SignedIdentity, body: string, trust: GatewayTrust, now = Date.now()): string {
  const user = identity ? { sub: identity.id, name: identity.name, grants: identity.grants } : null;
  const payload = Buffer.from(JSON.stringify({ t: now, b: bodyHash(body), u: user })).toString("base64url");
  return `${payload}.${mac(trust.secret, payload).toString("base64url")}`;
}

export class SignatureError extends Error {
  constructor(
    readonly reasonZh: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * Checks a header made by `signIdentity`: the MAC first (nothing else is looked at before),
 * then the age, then the body. Throws SignatureError; returns the identity (null: anonymous).
 */
export async function verifySignedIdentity(
  header: string | null,
  readBody: () => Promise<string>,
  trust: GatewayTrust,
  now = Date.now(),
): Promise<Identity | null> {
  if (!header)
    throw new SignatureError(
      "请求须经联邦网关（无签名身份）",
      "requests must come through the federation gateway (no signed identity)",
    );
  const [payload = "", signature = "", ...rest] = header.split(".");
  const given = Buffer.from(signature, "base64url");
  const expected = mac(trust.secret, payload);
  if (rest.length > 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new SignatureError("网关签名无效", "the gateway signature is invalid");
  }
  let parsed: z.infer<typeof payloadSchema>;
  try {
    parsed = payloadSchema.parse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
  } catch {
    throw new SignatureError("签名身份格式无效", "the signed identity is malformed");
  }
  const maxAge = trust.maxAgeMs ?? 60_000;
  if (Math.abs(now - parsed.t) > maxAge)
    throw new SignatureError("网关签名已过期", "the gateway signature has expired");
  const actual = Buffer.from(bodyHash(await readBody()));
  const signed = Buffer.from(parsed.b);
  if (actual.length !== signed.length || !timingSafeEqual(actual, signed)) {
    throw new SignatureError("签名与请求内容不符", "the signature is for another request body");
  }
  if (!parsed.u) return null;
  return { id: parsed.u.sub, name: parsed.u.name ?? parsed.u.sub, grants: parsed.u.grants };
}
