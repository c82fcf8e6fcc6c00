import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../api/src/data/ids.js";
import { demoScope, setupApp, type TestApp } from "./support/app.js";

let t: TestApp;
let streetAdmin: string;
let streetId: string;

const UPDATE = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { __typename
  ... on Unit { name version } ... on Error { code field } } }`;

beforeAll(async () => {
  t = await setupApp({ demo: true });
  const scope = await demoScope(t.db);
  streetId = scope.street.id;
  streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId }]);
});
afterAll(async () => {
  await t?.close();
});

const update = (id: string, version: number, name: string) =>
  t.gql(UPDATE, { input: { id: toGlobalId("Unit", id), version, name } }, streetAdmin);

describe("concurrent writers", () => {
  it("two writers with the same version: exactly one succeeds, the other gets CONFLICT", async () => {
    const unit = await t.db.prisma.unit.findFirstOrThrow({ where: { streetId }, orderBy: { name: "asc" } });
    const audits = await t.db.prisma.auditEvent.count();
    const results = await Promise.all([
      update(unit.id, unit.version, "并发写入甲"),
      update(unit.id, unit.version, "并发写入乙"),
    ]);
    const outcomes = results.map((r) => r.data.updateUnit);
    expect(outcomes.filter((o) => o.__typename === "Unit")).toHaveLength(1);
    expect(outcomes.filter((o) => o.__typename === "DomainError")).toEqual([
      { __typename: "DomainError", code: "CONFLICT", field: "version" },
    ]);
    const winner = outcomes.find((o) => o.__typename === "Unit");
    const after = await t.db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } });
    expect(after).toMatchObject({ name: winner.name, version: unit.version + 1 });
    expect(await t.db.prisma.auditEvent.count()).toBe(audits + 1);
  });

  it("50 parallel mutations (successes and conflicts): audit events added equal the successful mutations", async () => {
    const units = await t.db.prisma.unit.findMany({ where: { streetId }, orderBy: { creditCode: "asc" }, take: 10 });
    expect(units).toHaveLength(10);
    const audits = await t.db.prisma.auditEvent.count();
    // Five writers per unit, all from the same version: one of each five can win.
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const unit = units[i % 10] as (typeof units)[number];
        return update(unit.id, unit.version, `并发${i}`);
      }),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const outcomes = results.map((r) => r.data.updateUnit);
    const successes = outcomes.filter((o) => o.__typename === "Unit").length;
    const conflicts = outcomes.filter((o) => o.code === "CONFLICT").length;
    expect(successes + conflicts).toBe(50);
    expect(successes).toBeGreaterThanOrEqual(1);
    expect(successes).toBeLessThanOrEqual(10);
    expect(conflicts).toBeGreaterThan(0);
    expect(await t.db.prisma.auditEvent.count()).toBe(audits + successes);
    const events = await t.db.prisma.auditEvent.findMany({
      where: { action: "updateUnit", entityId: { in: units.map((u) => u.id) } },
    });
    // Every unit moved by exactly the number of its successful writers (at most one per version).
    for (const unit of units) {
      const now = await t.db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } });
      const count = events.filter((e) => e.entityId === unit.id).length;
      expect(now.version - unit.version).toBe(count);
      expect(count).toBeLessThanOrEqual(1);
    }
  });
});
