import { randomBytes } from "node:crypto";
import { createApp } from "@gongjian/api";
import { mintToken } from "@gongjian/api/auth/tokens";
import type { Grant } from "@gongjian/api/permissions/abilities";
import { seed } from "@gongjian/db/seed";
import { freshDatabase, type TestDatabase } from "./db.js";

/** A fresh random key per test process: no secret is written in the repository. */
export const testSecret = randomBytes(32).toString("hex");
export const testAuth = {
  secret: new TextEncoder().encode(testSecret),
  issuer: "gongjian",
  audience: "gongjian-api",
};

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
}

export interface TestApp {
  db: TestDatabase;
  app: ReturnType<typeof createApp>;
  /** Runs a GraphQL operation as `token` (or anonymously). */
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GqlResult<T>>;
  /** A token with these grants; `name` is the display name it carries (default: the id). */
  token(grants: Grant[], id?: string, name?: string): Promise<string>;
  close(): Promise<void>;
}

/** A fresh database (optionally with the demo data) and the app over it, called in-process. */
export async function setupApp(options: { demo?: boolean; onQuery?: (sql: string) => void } = {}): Promise<TestApp> {
  const db = await freshDatabase(options.onQuery ? { onQuery: options.onQuery } : {});
  if (options.demo) await seed(db, { scale: "demo" });
  const app = createApp({ db, auth: { ...testAuth, jwks: undefined } });
  return {
    db,
    app,
    async gql(query, variables, token, headers = {}) {
      const response = await app.fetch("http://test/graphql", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: GqlResult["errors"] };
      return { status: response.status, data: body.data, errors: body.errors };
    },
    token: (grants, id = "test-user", name) => mintToken({ id, grants, ...(name ? { name } : {}) }, testAuth),
    close: () => db.close(),
  };
}

/** Ids in the demo data that tests address personas with. */
export async function demoScope(db: TestDatabase) {
  const district = await db.prisma.district.findFirstOrThrow();
  const street = await db.prisma.street.findFirstOrThrow({ orderBy: { code: "asc" } });
  const joint = await db.prisma.committee.findFirstOrThrow({
    where: { kind: "JOINT", status: "FILED" },
    orderBy: { code: "asc" },
  });
  const dualOrg = await db.prisma.partyOrganization.findFirstOrThrow({
    where: {
      managementMode: "DUAL",
      superiorExternalCode: { not: null },
      memberships: { some: { committeeId: joint.id, toDate: null } },
    },
    orderBy: { code: "asc" },
  });
  const directOrg = await db.prisma.partyOrganization.findFirstOrThrow({
    where: {
      managementMode: "DIRECT",
      unitId: { not: null },
      memberships: { some: { committeeId: joint.id, toDate: null } },
    },
    orderBy: { code: "asc" },
  });
  return { district, street, joint, dualOrg, directOrg };
}

/**
 * A second street of the district with one community and its party organisation, outside every
 * street-, committee- or unit-scoped grant on the demo data. `tag` keeps its codes apart from other
 * tests' (`<tag>-FOREIGN`, `<tag>-FOREIGN-C`, `<tag>FOREIGNORG`).
 */
export async function foreignStreet(db: TestDatabase, districtId: string, tag: string) {
  const street = await db.prisma.street.create({
    data: { districtId, code: `${tag}-FOREIGN`, name: "外街道（测试）" },
  });
  const community = await db.prisma.community.create({
    data: { streetId: street.id, code: `${tag}-FOREIGN-C`, name: "外社区（测试）" },
  });
  const organization = await db.prisma.partyOrganization.create({
    data: {
      code: `${tag}FOREIGNORG`,
      name: "外社区党委（测试）",
      level: "COMMITTEE",
      communityId: community.id,
      streetId: street.id,
    },
  });
  return { street, community, organization };
}
