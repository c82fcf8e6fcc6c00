/**
 * Random garbage to every argument of every root query field (wrong global ids, ids of other types,
 * ids with non-uuid payloads, negative and huge numbers, forged cursors, over-long strings, unknown
 * enum values, values of the wrong JSON type), as several roles and anonymously. Expected: no
 * INTERNAL_SERVER_ERROR, no masked error in the log, every error typed (`extensions.code`), and on
 * PostgreSQL not one SQL error sent by the server (a wire-protocol proxy between the API and the
 * database reads every ErrorResponse), i.e. bad input is refused before any SQL.
 */
import { createApp } from "@gongjian/api";
import { toGlobalId } from "@gongjian/api/data/ids";
import { schema } from "@gongjian/api/schema/index";
import { createLogger } from "@gongjian/api/server/observability";
import { type Database, openDatabase } from "@gongjian/db";
import { seed } from "@gongjian/db/seed";
import fc from "fast-check";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, testAuth } from "../support/app.js";
import { freshDatabase, type TestDatabase } from "../support/db.js";
import { type CountingProxy, startCountingProxy } from "../support/pg-proxy.js";

let base: TestDatabase;
let db: Database;
let proxy: CountingProxy | undefined;
let app: ReturnType<typeof createApp>;
const logLines: string[] = [];
let tokens: (string | null)[] = [];
let realIds: string[] = [];
let realCursors: string[] = [];

beforeAll(async () => {
  base = await freshDatabase();
  await seed(base, { scale: "demo" });
  if (base.url) {
    // The API talks to PostgreSQL through the proxy, which keeps every error the server sends.
    const url = new URL(base.url);
    proxy = await startCountingProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.hostname = "127.0.0.1";
    url.port = String(proxy.port);
    db = await openDatabase({ kind: "postgres", url: url.toString() });
  } else {
    db = base;
  }
  app = createApp({
    db,
    auth: { ...testAuth, jwks: undefined },
    logger: createLogger("error", { write: (line) => logLines.push(line) }),
  });
  const scope = await demoScope(base);
  const { mintToken } = await import("@gongjian/api/auth/tokens");
  const mint = (grants: never[]) => mintToken({ id: "fuzz", grants }, testAuth);
  const unit = await base.prisma.unit.findFirstOrThrow({ where: { streetId: scope.street.id } });
  tokens = [
    await mint([{ role: "DISTRICT_ADMIN", districtId: scope.district.id }] as never[]),
    await mint([{ role: "STREET_ADMIN", streetId: scope.street.id }] as never[]),
    await mint([{ role: "UNIT_LIAISON", unitId: unit.id }] as never[]),
    await mint([{ role: "ANALYST", districtId: scope.district.id }] as never[]),
    await mint([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }] as never[]),
    null,
  ];
  const take = 3;
  const [units, organizations, committees, persons, streets, communities, seats, meetings] = await Promise.all([
    base.prisma.unit.findMany({ take, select: { id: true } }),
    base.prisma.partyOrganization.findMany({ take, select: { id: true } }),
    base.prisma.committee.findMany({ take, select: { id: true } }),
    base.prisma.person.findMany({ take, select: { id: true } }),
    base.prisma.street.findMany({ take, select: { id: true } }),
    base.prisma.community.findMany({ take, select: { id: true } }),
    base.prisma.seat.findMany({ take, select: { id: true } }),
    base.prisma.meeting.findMany({ take, select: { id: true } }),
  ]);
  realIds = [
    ...units.map((r) => toGlobalId("Unit", r.id)),
    ...organizations.map((r) => toGlobalId("PartyOrganization", r.id)),
    ...committees.map((r) => toGlobalId("Committee", r.id)),
    ...persons.map((r) => toGlobalId("Person", r.id)),
    ...streets.map((r) => toGlobalId("Street", r.id)),
    ...communities.map((r) => toGlobalId("Community", r.id)),
    ...seats.map((r) => toGlobalId("Seat", r.id)),
    ...meetings.map((r) => toGlobalId("Meeting", r.id)),
  ];
  const page = await post(`{ units(first: 3) { edges { cursor } } }`, {}, tokens[0] ?? null);
  realCursors = (page.body.data?.units?.edges ?? []).map((e: { cursor: string }) => e.cursor);
  expect(realCursors).toHaveLength(3);
  proxy?.reset();
}, 180_000);

afterAll(async () => {
  if (db !== base) await db?.close();
  await proxy?.close();
  await base?.close();
});

async function post(query: string, variables: Record<string, unknown>, token: string | null) {
  const response = await app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

// ---- arbitraries -------------------------------------------------------------------------------

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const uuid = fc.uuid();
const typeNames = ["Unit", "PartyOrganization", "Committee", "Person", "Street", "Seat", "Nope", "AuditEvent"];

const garbageId = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("", " ", "null", "0", "-1", "' OR 1=1 --", "%00", "\u0000", "💥"),
  fc.tuple(fc.constantFrom(...typeNames), uuid).map(([type, id]) => toGlobalId(type, id)),
  fc.tuple(fc.constantFrom(...typeNames), fc.string({ maxLength: 30 })).map(([type, id]) => toGlobalId(type, id)),
  fc.string({ maxLength: 30 }).map(b64),
  fc.nat({ max: 1_000 }).map((i) => realIds[i % Math.max(realIds.length, 1)] ?? "x"),
  fc.constant("x".repeat(5_000)),
);

const garbageString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom("read", "update", "manage", "Unit", "Person", "PersonPrivate", "idNumber", "phone", "__proto__"),
  fc.constant("长".repeat(20_000)),
  // forged cursors: plugin-prisma's shape with a non-uuid, other tags, plain base64 garbage
  fc.string({ maxLength: 40 }).map((s) => b64(`GPC:S:${s}`)),
  fc.string({ maxLength: 40 }).map((s) => b64(`GPC:J:${s}`)),
  fc.constantFrom(b64("GPC:N:1"), b64("GPC:S:"), b64("GPC:S:' OR 1=1 --"), "R1BDOlM6", "%%%"),
  uuid.map((id) => b64(`GPC:S:${id}`)),
  fc.nat({ max: 1_000 }).map((i) => realCursors[i % 3] ?? "x"),
  garbageId,
);

const garbageInt = fc.oneof(
  fc.integer(),
  fc.constantFrom(-1, 0, 1, 2 ** 31 - 1, -(2 ** 31), 201, 1_000_001, 9_999, 2026),
  fc.integer({ min: -5, max: 300 }),
);

const garbageDate = fc.oneof(
  fc
    .date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom("2026-02-30", "2026-13-01", "yesterday", "", "1970-01-01T00:00:00Z", "+275760-09-13T00:00:00.000Z"),
  fc.string({ maxLength: 20 }),
);

/** A value for `type`; sometimes a value of the wrong JSON type instead. */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 12, arbitrary: valueFor(type.ofType, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  const typed = (() => {
    if (isListType(type)) return fc.array(valueFor(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...values) },
        { weight: 1, arbitrary: fc.constantFrom("NOPE", "", values[0]?.toLowerCase() ?? "x", "__proto__") },
      );
    }
    if (isInputObjectType(type)) {
      if (depth > 3) return fc.constant({});
      const fields = Object.values(type.getFields());
      return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      });
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case "ID":
          return garbageId;
        case "Int":
          return garbageInt;
        case "Float":
          return fc.double();
        case "Boolean":
          return fc.boolean();
        case "DateTime":
        case "Date":
          return garbageDate;
        case "Fen":
        case "Decimal":
          return fc.oneof(
            fc.constantFrom("-1", "0", "1.005", "1e400", "NaN", "99999999999999999999999"),
            garbageString,
          );
        default:
          return garbageString;
      }
    }
    return fc.constant(null);
  })();
  return fc.oneof(
    { weight: 10, arbitrary: typed as fc.Arbitrary<unknown> },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
}

/** A value that fits `type` and the demo data (for the arguments not under attack in a case). */
function plausible(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return plausible(type.ofType);
  if (isListType(type)) return fc.array(plausible(type.ofType), { maxLength: 1 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return fc.record(Object.fromEntries(required.map((f) => [f.name, plausible(f.type)])));
  }
  switch (isScalarType(type) ? type.name : "") {
    case "ID":
      return fc.nat({ max: 1_000 }).map((i) => realIds[i % Math.max(realIds.length, 1)] ?? "x");
    case "Int":
      return fc.constantFrom(2025, 2026, 1, 10);
    case "Boolean":
      return fc.boolean();
    case "DateTime":
      return fc.constant("2026-01-01T00:00:00.000Z");
    case "Date":
      return fc.constant("2026-01-01");
    default:
      return fc.constantFrom("read", "Unit", "2026");
  }
}

/**
 * The arguments of one request: either every argument garbled at once, or one argument under
 * attack with the others absent or (when required) plausible, so that a bad value is not hidden
 * behind another argument's refusal.
 */
function argumentsFor(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const args = field.args as GraphQLArgument[];
  const all = fc.record(Object.fromEntries(args.map((a) => [a.name, valueFor(a.type)])), { requiredKeys: [] });
  if (args.length === 0) return all;
  const required = args.filter((a) => isNonNullType(a.type));
  const one = fc.constantFrom(...args).chain((attacked) =>
    fc.record({
      ...Object.fromEntries(required.map((a) => [a.name, plausible(a.type)])),
      [attacked.name]: valueFor(attacked.type),
    }),
  );
  return fc.oneof(all, one, one);
}

/** Enough of a selection to make the field's resolvers run (a connection's count and rows too). */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return "";
  if (isObjectType(named) && named.name.endsWith("Connection")) {
    return "{ totalCount edges { cursor node { __typename } } pageInfo { hasNextPage } }";
  }
  return "{ __typename }";
}

const queryFields = Object.values(schema.getQueryType()?.getFields() ?? {});

function operationFor(field: GraphQLField<unknown, unknown>) {
  const args = field.args as GraphQLArgument[];
  const definitions = args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const call = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  return `query Fuzz${definitions ? `(${definitions})` : ""} { ${field.name}${call ? `(${call})` : ""} ${selectionFor(field)} }`;
}

// ---- the property ------------------------------------------------------------------------------

describe("garbage to every argument of every root query field", () => {
  it("covers every root query field", () => {
    expect(queryFields.length).toBeGreaterThan(40);
  });

  for (const field of queryFields) {
    it(`${field.name}: typed refusals only, nothing unexpected, no SQL error`, async () => {
      const operation = operationFor(field);
      const heavy = field.name.startsWith("export");
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(argumentsFor(field), fc.nat({ max: tokens.length - 1 }), async (vars, who) => {
          const before = logLines.length;
          const { status, body } = await post(operation, vars, tokens[who] ?? null);
          const short = (value: unknown) => String(JSON.stringify(value)).slice(0, 400);
          const context = `${short(vars)} → ${short(body.errors)}`;
          expect(status, context).toBeLessThan(500);
          for (const error of body.errors ?? []) {
            const code = error.extensions?.code;
            expect(typeof code, context).toBe("string");
            expect(code, context).not.toBe("INTERNAL_SERVER_ERROR");
            expect(error.message, context).not.toMatch(/Unexpected error|prisma|invalid input syntax|SQLSTATE/i);
            seen.add(code);
          }
          expect(
            logLines.slice(before).map((line) => line.slice(0, 600)),
            context,
          ).toEqual([]);
          expect(proxy?.errors() ?? [], context).toEqual([]);
        }),
        { numRuns: heavy ? 8 : 40, endOnFailure: true },
      );
      // The refusals are the typed ones the API gives (a field without arguments refuses nothing).
      for (const code of seen) {
        expect([
          "VALIDATION",
          "NOT_FOUND",
          "FORBIDDEN",
          "UNAUTHENTICATED",
          "BAD_USER_INPUT",
          "GRAPHQL_VALIDATION_FAILED",
          "PAGE_SIZE_EXCEEDED",
        ]).toContain(code);
      }
    });
  }
});
