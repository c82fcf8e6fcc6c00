/**
 * Signing in: tokens must expire within the maximum lifetime, refusals are one clean bilingual
 * sentence, an anonymous caller is told to sign in instead of being shown empty lists, there is no
 * built-in secret, and production answers suggest no names.
 */
import { createApp } from "@gongjian/api";
import { authConfigFromEnv, StartupError } from "@gongjian/api/auth/tokens";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp, testAuth } from "../support/app.js";

let t: TestApp;
let districtId: string;

beforeAll(async () => {
  t = await setupApp({ demo: true });
  districtId = (await demoScope(t.db)).district.id;
});
afterAll(async () => {
  await t?.close();
});

const UNITS = "{ units { totalCount } }";

/** A correctly signed token with the claims given (seconds since the epoch for iat/exp). */
async function signed(claims: { iat?: number; exp?: number }, secret = testAuth.secret) {
  let jwt = new SignJWT({ grants: [{ role: "DISTRICT_ADMIN", districtId }] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject("tester")
    .setIssuer(testAuth.issuer)
    .setAudience(testAuth.audience);
  if (claims.iat !== undefined) jwt = jwt.setIssuedAt(claims.iat);
  if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
  return jwt.sign(secret);
}
const now = () => Math.floor(Date.now() / 1000);

describe("token lifetime", () => {
  it("accepts a token that expires within 12 hours of its issue", async () => {
    const token = await signed({ iat: now(), exp: now() + 12 * 3600 });
    const { status, data, errors } = await t.gql(UNITS, {}, token);
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data.units.totalCount).toBeGreaterThan(0);
  });

  it("refuses a correctly signed token without exp, or without iat (401)", async () => {
    const noExp = await t.gql(UNITS, {}, await signed({ iat: now() }));
    expect(noExp.status).toBe(401);
    expect(noExp.errors?.[0]).toMatchObject({
      message: "未认证：令牌没有有效期（exp） / Unauthenticated: the token has no expiry (exp)",
      extensions: { code: "UNAUTHENTICATED" },
    });
    const noIat = await t.gql(UNITS, {}, await signed({ exp: now() + 3600 }));
    expect(noIat.status).toBe(401);
    expect(noIat.errors?.[0]?.message).toContain("iat");
  });

  it("refuses a token whose lifetime exceeds the maximum (12 h by default, configurable)", async () => {
    const long = await signed({ iat: now(), exp: now() + 12 * 3600 + 1 });
    const refused = await t.gql(UNITS, {}, long);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.message).toBe(
      "未认证：令牌有效期超过上限（12小时），请重新签发 / Unauthenticated: the token's lifetime exceeds the maximum (12 h); issue a new one",
    );
    // A deployment that allows 1 h refuses a 2-hour token and accepts a 1-hour one.
    const strict = createApp({ db: t.db, auth: { ...testAuth, maxLifetimeSeconds: 3600 } });
    const ask = async (token: string) =>
      strict.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: UNITS }),
      });
    expect((await ask(await signed({ iat: now(), exp: now() + 7200 }))).status).toBe(401);
    expect((await ask(await signed({ iat: now(), exp: now() + 3600 }))).status).toBe(200);
    expect(authConfigFromEnv({ JWT_SECRET: "s".repeat(32), JWT_MAX_LIFETIME: "30m" }).maxLifetimeSeconds).toBe(1800);
    expect(authConfigFromEnv({ JWT_SECRET: "s".repeat(32) }).maxLifetimeSeconds).toBe(12 * 3600);
    expect(() => authConfigFromEnv({ JWT_SECRET: "s".repeat(32), JWT_MAX_LIFETIME: "soon" })).toThrow(StartupError);
  });

  it("refuses an expired token and one signed with another key, each in one sentence", async () => {
    const expired = await t.gql(UNITS, {}, await signed({ iat: now() - 7200, exp: now() - 3600 }));
    expect(expired.status).toBe(401);
    expect(expired.errors?.[0]?.message).toBe(
      "未认证：令牌已过期，请重新登录 / Unauthenticated: the token has expired; sign in again",
    );
    const otherKey = new TextEncoder().encode("another-secret-another-secret-another-secret");
    const forged = await t.gql(UNITS, {}, await signed({ iat: now(), exp: now() + 60 }, otherKey));
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0]?.message).toBe("未认证：令牌无效 / Unauthenticated: the token is not valid");
  });
});

describe("sign-in errors speak people's language", () => {
  it("answers garbled tokens with one clean bilingual sentence and no parser internals", async () => {
    for (const garbage of ["garbage.token.x", "💥", "a.b", "eyJhbGciOiJub25lIn0.e30.", "x".repeat(3000)]) {
      const { status, errors } = await t.gql(UNITS, {}, garbage);
      expect(status).toBe(401);
      expect(errors).toEqual([
        {
          message: "未认证：令牌无效 / Unauthenticated: the token is not valid",
          extensions: { code: "UNAUTHENTICATED" },
        },
      ]);
    }
    const basic = await t.gql(UNITS, {}, undefined, { authorization: "Basic dXNlcjpwYXNz" });
    expect(basic.status).toBe(401);
    expect(basic.errors?.[0]?.message).toBe(
      "未认证：请在 Authorization 中提供 Bearer 令牌 / Unauthenticated: expected a Bearer token in Authorization",
    );
  });

  it("tells an anonymous caller to sign in on every non-public query field, instead of answering 0", async () => {
    for (const query of [UNITS, "{ persons(first: 1) { totalCount } }", '{ node(id: "VW5pdDox") { id } }']) {
      const { data, errors } = await t.gql(query);
      expect(errors).toHaveLength(1);
      expect(errors?.[0]).toMatchObject({
        message: "请先登录 / Sign in first",
        extensions: { code: "UNAUTHENTICATED", messageZh: "请先登录", messageEn: "Sign in first" },
      });
      expect(Object.values(data ?? {})).toEqual([null]);
    }
    // The public fields answer anonymously: the health check and the demo sign-in list.
    const open = await t.gql("{ health { ok } demoPersonas { role } viewer { grants { role } } }");
    expect(open.errors).toBeUndefined();
    expect(open.data.health.ok).toBe(true);
    // A mutation refuses anonymous callers with its typed result, as before.
    const write = await t.gql(
      `mutation { updateUnit(input: { id: "VW5pdDox", version: 1, name: "x" }) { __typename ... on Error { code } } }`,
    );
    expect(write.data.updateUnit).toEqual({ __typename: "DomainError", code: "UNAUTHENTICATED" });
  });
});

describe("no built-in secret", () => {
  it("refuses to build a token configuration without JWT_SECRET or JWKS_URL, naming what to set", () => {
    let error: unknown;
    try {
      authConfigFromEnv({});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(
      /^未设置令牌密钥：请设置 JWT_SECRET.* \/ No token key configured: set JWT_SECRET/,
    );
    expect(() => authConfigFromEnv({ JWT_SECRET: "short" })).toThrow(StartupError);
    expect(authConfigFromEnv({ JWKS_URL: "http://127.0.0.1:1/jwks" }).secret).toBeUndefined();
  });

  it("with only an identity provider's keys, refuses HS256 tokens whatever key signed them", async () => {
    const jwksOnly = createApp({ db: t.db, auth: { ...testAuth, secret: undefined, jwks: undefined } });
    const response = await jwksOnly.fetch("http://test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await signed({ iat: now(), exp: now() + 60 })}`,
      },
      body: JSON.stringify({ query: UNITS }),
    });
    expect(response.status).toBe(401);
  });
});

describe("production answers suggest no names", () => {
  const cases: [string, Record<string, unknown>?][] = [
    ['{ units(filter: { nam: { equals: "x" } }) { totalCount } }'],
    ["{ units(orderBy: [{ field: NAMEE }]) { totalCount } }"],
    ["{ unitz { totalCount } }"],
    ["{ units(firs: 1) { totalCount } }"],
    ["{ units { totalCont } }"],
    ["query($f: UnitFilter) { units(filter: $f) { totalCount } }", { f: { nam: { equals: "x" } } }],
    ["query($o: [UnitOrderBy!]) { units(orderBy: $o) { totalCount } }", { o: [{ field: "NAMEE" }] }],
    ["query($o: [UnitOrderBy!]) { units(orderBy: $o) { totalCount } }", { o: [{ field: "NAME", directoin: "ASC" }] }],
  ];
  const messages = async (production: boolean) => {
    const app = createApp({ db: t.db, auth: testAuth, production });
    const token = await t.token([{ role: "DISTRICT_ADMIN", districtId }]);
    const out: string[] = [];
    for (const [query, variables] of cases) {
      const response = await app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      expect(body.errors?.length, query).toBeGreaterThan(0);
      for (const error of body.errors ?? []) {
        expect(error.extensions?.code, query).toBeTypeOf("string");
        out.push(JSON.stringify(error));
      }
    }
    return out;
  };

  it("strips every 'Did you mean' (fields, arguments, input fields and enum values, literal or in variables)", async () => {
    // Outside production graphql-js suggests for each of these inputs (so the cases are real) …
    const development = await messages(false);
    expect(development.filter((m) => m.includes("Did you mean")).length).toBe(cases.length);
    // … and in production none of them does.
    const production = await messages(true);
    expect(production).toHaveLength(development.length);
    // Not the hint, nor the names it would have given (`name` for `nam`, `direction` for `directoin`).
    for (const error of production) expect(error).not.toMatch(/Did you mean|\\"name\\"|direction/);
  });
});
