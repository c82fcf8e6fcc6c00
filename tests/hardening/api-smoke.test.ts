import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupApp, type TestApp } from "../support/app.js";

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await setupApp();
  const district = await t.db.prisma.district.create({ data: { code: "990101", name: "测试区" } });
  for (const street of [
    { code: "S02", name: "第二街道" },
    { code: "S01", name: "第一街道" },
  ]) {
    await t.db.prisma.street.create({ data: { ...street, districtId: district.id } });
  }
  admin = await t.token([{ role: "DISTRICT_ADMIN", districtId: district.id }]);
});
afterAll(async () => {
  await t?.close();
});

describe("GraphQL server", () => {
  it("answers the public health query with the database kind", async () => {
    const { status, data } = await t.gql("{ health { ok database } }");
    expect(status).toBe(200);
    expect(data).toEqual({ health: { ok: true, database: t.db.label } });
  });

  it("lists streets as a connection in code order with a total count and global IDs", async () => {
    const { data, errors } = await t.gql(
      "{ streets(first: 1) { totalCount edges { node { id code name } } pageInfo { hasNextPage endCursor } } }",
      {},
      admin,
    );
    expect(errors).toBeUndefined();
    expect(data.streets.totalCount).toBe(2);
    const node = data.streets.edges[0].node;
    expect(node).toMatchObject({ code: "S01", name: "第一街道" });
    expect(Buffer.from(node.id, "base64").toString()).toMatch(/^Street:/);
    expect(data.streets.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(
      "query($after: String) { streets(first: 5, after: $after) { edges { node { code } } } }",
      { after: data.streets.pageInfo.endCursor },
      admin,
    );
    expect(next.data.streets.edges.map((e: any) => e.node.code)).toEqual(["S02"]);
  });

  it("shows an anonymous caller no rows: it is told to sign in", async () => {
    const { data, errors } = await t.gql("{ streets(first: 5) { totalCount edges { node { code } } } }");
    expect(data.streets).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({
        message: "请先登录 / Sign in first",
        extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }),
      }),
    ]);
  });

  it("refuses a wrongly signed token with 401", async () => {
    const forged = `${admin.slice(0, -4)}AAAA`;
    const { status, errors } = await t.gql("{ streets(first: 1) { totalCount } }", {}, forged);
    expect(status).toBe(401);
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("rejects a malformed query with a GraphQL error, not a 500", async () => {
    const { status, data, errors } = await t.gql('{ streets(first: "x") { totalCount } }', {}, admin);
    expect([200, 400]).toContain(status);
    expect(data).toBeUndefined();
    expect(JSON.stringify(errors)).toMatch(/Int/);
  });
});
