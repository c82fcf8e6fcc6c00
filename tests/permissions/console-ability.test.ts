/**
 * The console's copy of the permission rules (admin/src/access/ability.ts: `viewer.rules` unpacked, with a
 * matcher for their Prisma-style conditions) answers like the API's own ability (api/src/permissions/abilities.ts):
 * for every role, every subject type and action, and for real rows of the demo data.
 */
import { subject as tagSubject } from "@casl/ability";
import { createConsoleAbility, toSubject } from "@gongjian/admin/src/access/ability";
import { type Action, createAbility, type Grant, type Subject, subjects } from "@gongjian/api/permissions/abilities";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";

let t: TestApp;
let grants: Record<string, Grant>;

beforeAll(async () => {
  t = await setupApp({ demo: true });
  const scope = await demoScope(t.db);
  const unit = await t.db.prisma.unit.findFirstOrThrow({ where: { id: scope.dualOrg.unitId ?? "" } });
  grants = {
    DISTRICT_ADMIN: { role: "DISTRICT_ADMIN", districtId: scope.district.id },
    STREET_ADMIN: { role: "STREET_ADMIN", streetId: scope.street.id },
    COMMITTEE_STAFF: { role: "COMMITTEE_STAFF", committeeId: scope.joint.id },
    UNIT_LIAISON: { role: "UNIT_LIAISON", unitId: unit.id },
    SUPERIOR_ORG: { role: "SUPERIOR_ORG", organizationCode: scope.dualOrg.superiorExternalCode ?? "" },
    ANALYST: { role: "ANALYST", districtId: scope.district.id },
  };
});
afterAll(() => t?.close());

const actions: Action[] = ["read", "create", "update", "end", "submit", "approve", "file", "nominate", "acknowledge"];

async function abilities(grant: Grant) {
  const token = await t.token([grant]);
  const { data } = await t.gql("{ viewer { rules } }", {}, token);
  const packed = data.viewer.rules;
  const { unpackRules } = await import("@casl/ability/extra");
  return { console: createConsoleAbility(packed), api: createAbility(unpackRules(packed) as never) };
}

describe("the console's ability", () => {
  it("agrees with the API's for every role, subject type and action", async () => {
    for (const [role, grant] of Object.entries(grants)) {
      const { console: mine, api } = await abilities(grant);
      for (const subject of subjects) {
        for (const action of actions) {
          expect(mine.can(action, subject), `${role} ${action} ${subject}`).toBe(api.can(action, subject as Subject));
        }
      }
    }
  });

  it("agrees on real rows (conditions with in, equals and the management mode), fields included", async () => {
    const prisma = t.db.prisma;
    const rows: [Subject, Record<string, unknown>[]][] = [
      ["Unit", await prisma.unit.findMany({ take: 40 })],
      ["PartyOrganization", await prisma.partyOrganization.findMany({ take: 60 })],
      ["Committee", await prisma.committee.findMany()],
      ["Membership", await prisma.membership.findMany({ take: 60 })],
      ["Seat", await prisma.seat.findMany({ take: 40 })],
      ["FundingPlan", await prisma.fundingPlan.findMany()],
      // Notified and pending results (通报: `notifiedAt: { not: null }`), and the people they name.
      ["Assessment", await prisma.assessment.findMany()],
      ["Person", await prisma.person.findMany({ take: 60 })],
    ];
    let checked = 0;
    for (const [role, grant] of Object.entries(grants)) {
      const { console: mine, api } = await abilities(grant);
      for (const [type, list] of rows) {
        for (const row of list) {
          for (const action of ["read", "update", "end", "approve"] as const) {
            const expected = api.can(action, tagSubject(type, { ...row }) as never);
            expect(mine.can(action, tagSubject(type, { ...row }) as never), `${role} ${action} ${type} ${row.id}`).toBe(
              expected,
            );
            for (const field of ["name", "superiorId", "responsibilities", "contactName", "remarks"]) {
              expect(
                mine.can(action, tagSubject(type, { ...row }) as never, field),
                `${role} ${action} ${type}.${field}`,
              ).toBe(api.can(action, tagSubject(type, { ...row }) as never, field));
            }
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("reads a GraphQL record as the row the rules talk about (raw ids, references as <field>Id)", () => {
    const id = (type: string, raw: string) => Buffer.from(`${type}:${raw}`).toString("base64");
    const row = toSubject("Membership", {
      __typename: "Membership",
      id: id("Membership", "m-1"),
      managementMode: "DUAL",
      committee: { id: id("Committee", "c-1"), name: "x" },
      organization: { id: id("PartyOrganization", "o-1") },
      version: 3,
    }) as unknown as Record<string, unknown>;
    expect(row).toMatchObject({
      id: "m-1",
      managementMode: "DUAL",
      committeeId: "c-1",
      organizationId: "o-1",
      version: 3,
    });
    // A staff member of committee c-1 may edit a DUAL member's participation fields only; streetId is unknown here.
    const ability = createConsoleAbility([
      ["update", "Membership", { committeeId: "c-1", managementMode: "DIRECT" }],
      ["update", "Membership", { committeeId: "c-1", managementMode: "DUAL" }, 0, "responsibilities,resourcesOffered"],
    ]);
    expect(ability.can("update", row as never, "responsibilities")).toBe(true);
    expect(ability.can("update", row as never, "fromDate")).toBe(false);
  });
});
