import { toGlobalId } from "@gongjian/api/data/ids";
import { QUALIFICATIONS } from "@gongjian/api/seats/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";

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

const NOMINATE = `mutation($input: NominateSeatInput!) { nominateSeat(input: $input) { __typename
  ... on Seat { id role } ... on Error { code field messageZh messageEn } } }`;

describe("simultaneous nominations to one committee", () => {
  const active = { in: ["NOMINATED", "APPROVED", "FILED"] as ("NOMINATED" | "APPROVED" | "FILED")[] };

  /** Clears the committee's seats (rejected or ended), so each case starts from an empty structure. */
  async function clearSeats(committeeId: string) {
    const now = new Date();
    await t.db.prisma.seat.updateMany({
      where: { committeeId, status: "NOMINATED" },
      data: { status: "REJECTED", rejectedAt: now, rejectionReason: "并发测试清场" },
    });
    await t.db.prisma.seat.updateMany({
      where: { committeeId, status: { in: ["APPROVED", "FILED"] } },
      data: { status: "ENDED", endedAt: now },
    });
  }

  // Each structure-limited role, how many of 8 simultaneous nominations may succeed, and where from.
  const cases = [
    { role: "SECRETARY", limit: 1, from: "member" },
    { role: "DEPUTY_FULL_TIME", limit: 1, from: "community" },
    { role: "EXECUTIVE_DEPUTY", limit: 1, from: "community" },
    { role: "DEPUTY_PART_TIME", limit: 3, from: "member" },
  ] as const;

  for (const { role, limit, from } of cases) {
    it(`8 × ${role}: at most ${limit} succeed, the others are typed refusals, audits equal the successes`, async () => {
      const { joint } = await demoScope(t.db);
      const staff = await t.token([{ role: "STREET_ADMIN", streetId: joint.streetId }]);
      await clearSeats(joint.id);
      const member = await t.db.prisma.partyOrganization.findFirstOrThrow({
        where: { unitId: { not: null }, endedAt: null, memberships: { some: { committeeId: joint.id, toDate: null } } },
        orderBy: { code: "asc" },
      });
      const community = await t.db.prisma.partyOrganization.findFirstOrThrow({
        where: {
          unitId: null,
          endedAt: null,
          community: { coverages: { some: { committeeId: joint.id, endedAt: null } } },
        },
        orderBy: { code: "asc" },
      });
      const persons = await t.db.prisma.person.findMany({
        where: { streetId: joint.streetId, endedAt: null, isPartyMember: true, seats: { none: { status: active } } },
        orderBy: { name: "asc" },
        take: 8,
      });
      expect(persons).toHaveLength(8);
      const audits = await t.db.prisma.auditEvent.count({ where: { action: "nominateSeat", entityType: "Seat" } });

      const results = await Promise.all(
        persons.map((person) =>
          t.gql(
            NOMINATE,
            {
              input: {
                committeeId: toGlobalId("Committee", joint.id),
                personId: toGlobalId("Person", person.id),
                sourceOrganizationId: toGlobalId("PartyOrganization", (from === "member" ? member : community).id),
                role,
                production: "NOMINATED",
                congressDate: "2026-03-15",
                congressReference: "党代会决议〔2026〕1号",
                attestations: QUALIFICATIONS.map((qualification) => ({ qualification, attestedBy: "社区党委" })),
              },
            },
            staff,
          ),
        ),
      );
      for (const r of results) expect(r.errors).toBeUndefined();
      const outcomes = results.map((r) => r.data.nominateSeat);
      const successes = outcomes.filter((o) => o.__typename === "Seat");
      const refusals = outcomes.filter((o) => o.__typename !== "Seat");
      expect(successes).toHaveLength(limit);
      expect(refusals).toHaveLength(8 - limit);
      for (const refusal of refusals) {
        expect(refusal).toMatchObject({ __typename: "DomainError", code: "INVARIANT", field: "role" });
        expect(refusal.messageZh).toMatch(/只能设1名|合计不能超过3名/);
      }
      // The structure in the database holds, and each success left its audit event (and no refusal did).
      const seats = await t.db.prisma.seat.findMany({ where: { committeeId: joint.id, status: active } });
      expect(seats.filter((s) => s.role === role)).toHaveLength(limit);
      expect(await t.db.prisma.auditEvent.count({ where: { action: "nominateSeat", entityType: "Seat" } })).toBe(
        audits + limit,
      );
    });
  }
});
