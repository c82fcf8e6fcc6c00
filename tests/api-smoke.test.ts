import { createApp } from "@gongjian/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "./support/db.js";

let db: TestDatabase;
let app: ReturnType<typeof createApp>;

async function gql(query: string, variables?: Record<string, unknown>) {
  const response = await app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: unknown[] } };
}

beforeAll(async () => {
  db = await freshDatabase();
  const district = await db.prisma.district.create({ data: { code: "990101", name: "测试区" } });
  for (const [code, name] of [
    ["S02", "第二街道"],
    ["S01", "第一街道"],
  ]) {
    await db.prisma.street.create({ data: { code, name, districtId: district.id } });
  }
  app = createApp({ db });
});
afterAll(async () => {
  await db?.close();
});

describe("GraphQL server", () => {
  it("answers the health query with the database kind", async () => {
    const { status, body } = await gql("{ health { ok database } }");
    expect(status).toBe(200);
    expect(body).toEqual({ data: { health: { ok: true, database: db.label } } });
  });

  it("lists streets as a connection in code order with a total count and global IDs", async () => {
    const { body } = await gql(
      "{ streets(first: 1) { totalCount edges { node { id code name } } pageInfo { hasNextPage endCursor } } }",
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.streets.totalCount).toBe(2);
    expect(body.data.streets.edges).toHaveLength(1);
    const node = body.data.streets.edges[0].node;
    expect(node).toMatchObject({ code: "S01", name: "第一街道" });
    expect(Buffer.from(node.id, "base64").toString()).toMatch(/^Street:/);
    expect(body.data.streets.pageInfo.hasNextPage).toBe(true);
    const next = await gql("query($after: String) { streets(first: 5, after: $after) { edges { node { code } } } }", {
      after: body.data.streets.pageInfo.endCursor,
    });
    expect(next.body.data.streets.edges.map((e: any) => e.node.code)).toEqual(["S02"]);
  });

  it("rejects a malformed query with a GraphQL error, not a 500", async () => {
    const { status, body } = await gql('{ streets(first: "x") { totalCount } }');
    expect([200, 400]).toContain(status);
    expect(body.data).toBeUndefined();
    expect(JSON.stringify(body.errors)).toMatch(/Int/);
  });
});
