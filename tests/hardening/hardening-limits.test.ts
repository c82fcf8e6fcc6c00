import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "@gongjian/api";
import { toGlobalId } from "@gongjian/api/data/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp, testAuth } from "../support/app.js";

// Issue 8, acceptance 1: each abusive request is refused quickly, with a clear error, and writes nothing.

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let admin: string;
let communityId: string;

const snapshot = async () => ({
  audit: await t.db.prisma.auditEvent.count(),
  units: await t.db.prisma.unit.count(),
  income: await t.db.prisma.fundingIncome.count(),
});

/** Runs `fn`, asserting it took under `ms` and that the database did not change. */
async function refusedQuickly<T>(fn: () => T | Promise<T>, ms = 2_000): Promise<T> {
  const before = await snapshot();
  const started = performance.now();
  const result = await fn();
  expect(performance.now() - started).toBeLessThan(ms);
  expect(await snapshot()).toEqual(before);
  return result;
}

const raw = (body: string, headers: Record<string, string> = {}, method = "POST") =>
  t.app.fetch("http://test/graphql", {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${admin}`, ...headers },
    ...(method === "GET" ? {} : { body }),
  });

const createUnit = (name: string) => ({
  query: `mutation($input: CreateUnitInput!) { createUnit(input: $input) { __typename ... on Unit { id } ... on Error { code field messageEn } } }`,
  variables: { input: { communityId, name, kind: "OTHER", creditCode: "91210102MA00000000" } },
});

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  admin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }]);
  const community = await t.db.prisma.community.findFirstOrThrow({ where: { streetId: scope.street.id } });
  communityId = toGlobalId("Community", community.id);
});
afterAll(async () => {
  await t?.close();
});

describe("query shape limits (GraphQL Armor and the data-depth rule)", () => {
  // Depth counts levels of fields down to the leaves; a connection's `edges { node }` wrapper is free.
  it("accepts a query six levels of data deep", async () => {
    const { errors } = await t.gql(
      `{ units(first: 1) { edges { node { organizations { memberships { committee { memberships { id } } } } } } } }`,
      {},
      admin,
    );
    expect(errors).toBeUndefined();
  });

  it("refuses a query seven levels deep", async () => {
    const { status, data, errors } = await refusedQuickly(() =>
      t.gql(
        `{ units(first: 1) { edges { node { organizations { memberships { committee { memberships { organization { id } } } } } } } } }`,
        {},
        admin,
      ),
    );
    expect([200, 400]).toContain(status);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.message).toMatch(/depth limit/i);
    expect(errors?.[0]?.extensions?.code).toBe("QUERY_TOO_DEEP");
  });

  it("refuses depth 7 through a node query with the data-depth rule alone (Armor's raw count relaxed)", async () => {
    const app = createApp({ db: t.db, auth: { ...testAuth, jwks: undefined }, limits: { maxRawDepth: 100 } });
    const response = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
      body: JSON.stringify({
        query: `query($id: ID!) { node(id: $id) { ... on Unit { organizations { memberships { committee { memberships { organization { id } } } } } } } }`,
        variables: { id: toGlobalId("Unit", "00000000-0000-0000-0000-000000000000") },
      }),
    });
    const body = (await response.json()) as any;
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_DEEP", limit: 6, depth: 7 });
    // The same query one level shallower passes.
    const ok = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
      body: JSON.stringify({
        query: `query($id: ID!) { node(id: $id) { ... on Unit { organizations { memberships { committee { memberships { id } } } } } } }`,
        variables: { id: toGlobalId("Unit", "00000000-0000-0000-0000-000000000000") },
      }),
    });
    expect(((await ok.json()) as any).errors).toBeUndefined();
  });

  it("counts a fragment named __schema like any fragment (no depth bypass)", async () => {
    const { status, errors } = await refusedQuickly(() =>
      t.gql(
        `query { units(first: 1) { edges { node { ...__schema } } } }
         fragment __schema on Unit { organizations { memberships { committee { memberships { organization { unit { id } } } } } } }`,
        {},
        admin,
      ),
    );
    expect([200, 400]).toContain(status);
    expect(errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(errors)).toMatch(/depth limit/i);
    expect(errors?.[0]?.extensions?.code).toBe("QUERY_TOO_DEEP");
  });

  it("refuses 16 aliases of one mutation and writes nothing", async () => {
    const aliases = Array.from(
      { length: 16 },
      (_, i) => `a${i}: createUnit(input: $input) { __typename ... on Unit { id } }`,
    ).join("\n");
    const { status, data, errors } = await refusedQuickly(() =>
      t.gql(`mutation($input: CreateUnitInput!) { ${aliases} }`, createUnit("别名攻击").variables, admin),
    );
    expect([200, 400]).toContain(status);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.message).toMatch(/aliases limit of 15/i);
    expect(errors?.[0]?.extensions?.code).toBe("TOO_MANY_ALIASES");
  });

  it("refuses too many tokens, directives and a query over the cost limit", async () => {
    const tokens = await t.gql(`{ ${"health { ok } ".repeat(700)} }`, {}, admin);
    expect(tokens.data).toBeUndefined();
    expect(tokens.errors?.[0]?.message).toMatch(/token limit/i);
    expect(tokens.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_LARGE");
    const directives = await t.gql(`{ health { ok ${"@include(if: true) ".repeat(30)} } }`, {}, admin);
    expect(directives.data).toBeUndefined();
    expect(directives.errors?.[0]?.message).toMatch(/directives limit/i);
    expect(directives.errors?.[0]?.extensions?.code).toBe("TOO_MANY_DIRECTIVES");
    const fields = "id name creditCode kind address employeeCount version createdAt";
    const wide = Array.from(
      { length: 14 },
      (_, i) =>
        `l${i}: units(first: 200) { edges { node { ${fields} organizations { ${"id name code"} memberships { id committee { id name code } } } } } }`,
    ).join(" ");
    const cost = await t.gql(`{ ${wide} }`, {}, admin);
    expect(cost.data).toBeUndefined();
    expect(JSON.stringify(cost.errors)).toMatch(/cost limit/i);
    expect(cost.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
  });

  it("refuses first: 99999999 with a typed error, as a literal or a variable", async () => {
    // As a literal, Armor's cost model (which multiplies by `first`) refuses it before execution…
    const literal = await refusedQuickly(() =>
      t.gql(`{ units(first: 99999999) { totalCount edges { node { id } } } }`, {}, admin),
    );
    expect(literal.data).toBeUndefined();
    expect(literal.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
    // …as a variable (invisible to validation) the list's maximum page size does.
    const variable = await refusedQuickly(() =>
      t.gql(`query($n: Int) { units(first: $n) { totalCount edges { node { id } } } }`, { n: 99999999 }, admin),
    );
    expect(variable.data?.units ?? null).toBeNull();
    expect(variable.errors?.[0]?.extensions).toMatchObject({ code: "PAGE_SIZE_EXCEEDED", field: "first", limit: 200 });
    expect(variable.errors?.[0]?.message).toMatch(/At most 200 rows per page/);
    const last = await t.gql(`{ units(last: 201) { edges { node { id } } } }`, {}, admin);
    expect(last.errors?.[0]?.extensions).toMatchObject({ code: "PAGE_SIZE_EXCEEDED", field: "last" });
    const ok = await t.gql(`{ units(first: 200) { edges { node { id } } } }`, {}, admin);
    expect(ok.errors).toBeUndefined();
  });
});

describe("transport limits", () => {
  it("refuses a 10 MB variables payload with 413 without reading it (in-process)", async () => {
    const body = JSON.stringify({ ...createUnit("x".repeat(10 * 1024 * 1024)) });
    const response = await refusedQuickly(() => raw(body));
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  describe("over a real listening server", () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      server = createServer(t.app);
      server.listen(0, "127.0.0.1");
      await once(server, "listening");
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    it("refuses 10 MB with a Content-Length at once (413)", async () => {
      const body = JSON.stringify(createUnit("x".repeat(10 * 1024 * 1024)));
      const response = await refusedQuickly(() =>
        fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
          body,
        }),
      );
      expect(response.status).toBe(413);
    });

    it("refuses a chunked 10 MB body (no Content-Length) as soon as it passes the limit", async () => {
      const chunk = new TextEncoder().encode("x".repeat(1024 * 1024));
      let sent = 0;
      let sentWhenAnswered = -1;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"query":"{ health { ok } }","variables":{"pad":"'));
        },
        async pull(controller) {
          await new Promise((resolve) => setTimeout(resolve, 40));
          if (sentWhenAnswered >= 0) return controller.close();
          if (sent >= 10) {
            controller.enqueue(new TextEncoder().encode('"}}'));
            return controller.close();
          }
          sent += 1;
          controller.enqueue(chunk);
        },
      });
      const response = await refusedQuickly(() =>
        fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
          body: stream,
          duplex: "half",
        } as RequestInit),
      );
      sentWhenAnswered = sent;
      expect(response.status).toBe(413);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
      // Answered once the limit (5 MB) was passed, not after reading all 10 MB.
      expect(sentWhenAnswered).toBeLessThan(10);
    });
  });

  it("refuses a JSON array of 20 operations (no batching)", async () => {
    const batch = JSON.stringify(Array.from({ length: 20 }, () => createUnit("批量")));
    const response = await refusedQuickly(() => raw(batch));
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/object|array|batch/i);
  });

  it("refuses a mutation over GET", async () => {
    const q = encodeURIComponent(`mutation { createStreet(input: { code: "X9", name: "GET街道" }) { __typename } }`);
    const before = await t.db.prisma.street.count();
    const response = await refusedQuickly(() =>
      t.app.fetch(`http://test/graphql?query=${q}`, {
        method: "GET",
        headers: { authorization: `Bearer ${admin}`, "x-graphql-yoga-csrf": "1", accept: "application/json" },
      }),
    );
    expect(response.status).toBe(405);
    expect(JSON.stringify(await response.json())).toMatch(/mutation operation from a POST/);
    expect(await t.db.prisma.street.count()).toBe(before);
  });

  it("refuses a text/plain POST without the CSRF header, accepts it with the header", async () => {
    const body = JSON.stringify({ query: "{ health { ok } }" });
    const response = await refusedQuickly(() => raw(body, { "content-type": "text/plain" }));
    expect(response.status).toBe(403);
    expect(JSON.stringify(await response.json())).toMatch(/CSRF/);
    const form = await raw(`query=${encodeURIComponent("{ health { ok } }")}`, {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(403);
    const withHeader = await raw(`query=${encodeURIComponent("{ health { ok } }")}`, {
      "content-type": "application/x-www-form-urlencoded",
      "x-graphql-yoga-csrf": "1",
    });
    expect(withHeader.status).toBe(200);
  });
});

describe("clumsy input", () => {
  it("refuses a ratio with 10 decimal places with a typed VALIDATION error", async () => {
    const { data, errors } = await refusedQuickly(() =>
      t.gql(
        `mutation($input: SetContributionRatiosInput!) { setContributionRatios(input: $input) { __typename ... on Error { code field } } }`,
        {
          input: {
            planId: toGlobalId("FundingPlan", "00000000-0000-0000-0000-000000000000"),
            version: 1,
            ratios: [{ membershipId: toGlobalId("Membership", "m"), percent: "33.3333333333" }],
          },
        },
        admin,
      ),
    );
    expect(errors).toBeUndefined();
    expect(data.setContributionRatios).toMatchObject({ __typename: "DomainError", code: "VALIDATION" });
    expect(data.setContributionRatios.field).toMatch(/percent/);
  });

  it("refuses a negative amount with a typed VALIDATION error", async () => {
    const { data, errors } = await refusedQuickly(() =>
      t.gql(
        `mutation($input: AddFundingIncomeInput!) { addFundingIncome(input: $input) { __typename ... on Error { code field } } }`,
        {
          input: {
            planId: toGlobalId("FundingPlan", "00000000-0000-0000-0000-000000000000"),
            amountFen: "-100",
            channel: "FISCAL",
            source: "测试",
            receivedOn: "2026-01-01",
          },
        },
        admin,
      ),
    );
    expect(errors).toBeUndefined();
    expect(data.addFundingIncome).toMatchObject({ __typename: "DomainError", code: "VALIDATION", field: "amountFen" });
  });

  it("refuses an unknown enum value", async () => {
    const input = { ...createUnit("枚举").variables.input, kind: "SPACESHIP" };
    const { status, data, errors } = await refusedQuickly(() => t.gql(createUnit("").query, { input }, admin));
    expect([200, 400]).toContain(status);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.message).toMatch(/UnitKind/);
  });

  it("refuses a 1 MB string with a typed VALIDATION error", async () => {
    const { data, errors } = await refusedQuickly(() =>
      t.gql(createUnit("").query, createUnit("名".repeat(350_000)).variables, admin),
    );
    expect(errors).toBeUndefined();
    expect(data.createUnit).toMatchObject({ __typename: "DomainError", code: "VALIDATION", field: "name" });
  });
});
