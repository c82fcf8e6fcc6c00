import { toGlobalId } from "@gongjian/api/data/ids";
import type { Grant } from "@gongjian/api/permissions/abilities";
import { seed } from "@gongjian/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupApp, type TestApp } from "../support/app.js";
import { oracleForGrants } from "../support/oracle.js";

// Issue 4, acceptance 1 and 5 (reads): every role × every entity, through HTTP: a record the
// role may read is returned by node(id), one it may not read is null exactly like a missing
// one, and explainAccess agrees in both cases.

const entities = [
  "District",
  "Street",
  "Community",
  "Unit",
  "PartyOrganization",
  "Committee",
  "CommitteeCommunity",
  "Membership",
  "Person",
  "Seat",
  "SeatAttestation",
  "Meeting",
  "AgendaItem",
  "Attendance",
  "Resolution",
  "ResolutionVote",
  "ResolutionConsultation",
  "FundingPlan",
  "FundingIncome",
  "ContributionRatio",
  "Contribution",
  "Assessment",
  "VolunteerTeam",
  "VolunteerTeamMember",
  "VolunteerActivity",
  "RulesDocument",
  "JointWorkItem",
  "JointWorkParticipant",
  "JointWorkProgress",
  "FundingBudgetLine",
  "Expense",
];

let t: TestApp;
const personas: { role: string; grants: Grant[]; token: string }[] = [];

async function first(sql: string, params: unknown[] = []): Promise<string> {
  const rows = await t.db.sql.query<{ v: string }>(sql, params);
  if (!rows[0]) throw new Error(`no row for ${sql}`);
  return rows[0].v;
}

beforeAll(async () => {
  t = await setupApp();
  await seed(t.db, { scale: "small" });
  const districtId = await first(`SELECT id AS v FROM "District"`);
  const streetId = await first(`SELECT id AS v FROM "Street" ORDER BY code`);
  const committeeId = await first(`SELECT id AS v FROM "Committee" WHERE status = 'FILED' ORDER BY code`);
  const unitId = await first(
    `SELECT o."unitId" AS v FROM "PartyOrganization" o JOIN "Membership" m ON m."organizationId" = o.id
     JOIN "Contribution" c ON c."membershipId" = m.id WHERE o."unitId" IS NOT NULL ORDER BY o.code LIMIT 1`,
  );
  const superiorCode = await first(
    `SELECT o."superiorExternalCode" AS v FROM "PartyOrganization" o JOIN "Seat" s ON s."sourceOrganizationId" = o.id
     WHERE o."superiorExternalCode" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  const grants: Grant[] = [
    { role: "DISTRICT_ADMIN", districtId },
    { role: "STREET_ADMIN", streetId },
    { role: "COMMITTEE_STAFF", committeeId },
    { role: "UNIT_LIAISON", unitId },
    { role: "SUPERIOR_ORG", organizationCode: superiorCode },
    { role: "ANALYST", districtId, streetId },
  ];
  for (const grant of grants) personas.push({ role: grant.role, grants: [grant], token: await t.token([grant]) });
  // A user holding two grants sees the union, each grant on its own rows.
  const two: Grant[] = [grants[3] as Grant, grants[4] as Grant];
  personas.push({ role: "UNIT_LIAISON+SUPERIOR_ORG", grants: two, token: await t.token(two) });
});
afterAll(async () => {
  await t?.close();
});

const nodeQuery = `query($id: ID!) { node(id: $id) { id } }`;
const explainQuery = `query($subject: String!, $id: ID) { explainAccess(action: "read", subject: $subject, id: $id) { allowed } }`;

describe("role × entity read matrix", () => {
  it("has an allowed and a refused case wherever a role has a read rule", async () => {
    const cells: string[] = [];
    for (const persona of personas) {
      for (const entity of entities) {
        const condition = oracleForGrants(persona.grants, entity);
        const allowed = await t.db.sql.query<{ id: string }>(
          `SELECT t.id FROM "${entity}" t WHERE (${condition.sql}) ORDER BY t.id LIMIT 1`,
          condition.params,
        );
        const refused = await t.db.sql.query<{ id: string }>(
          `SELECT t.id FROM "${entity}" t WHERE NOT (${condition.sql}) ORDER BY t.id LIMIT 1`,
          condition.params,
        );
        for (const [row, expected] of [
          [allowed[0], true],
          [refused[0], false],
        ] as const) {
          if (!row) continue;
          const id = toGlobalId(entity, row.id);
          const { data, errors } = await t.gql(nodeQuery, { id }, persona.token);
          expect(errors, `${persona.role} ${entity}`).toBeUndefined();
          expect(data.node !== null, `${persona.role} reads ${entity}: ${expected}`).toBe(expected);
          const explanation = await t.gql(explainQuery, { subject: entity, id }, persona.token);
          expect(explanation.data.explainAccess.allowed, `${persona.role} explain read ${entity}`).toBe(expected);
          cells.push(`${persona.role}:${entity}:${expected ? "allowed" : "refused"}`);
        }
      }
    }
    // Every role can read something, and every role but the district's reads less than everything.
    for (const persona of personas) {
      expect(
        cells.some((c) => c.startsWith(`${persona.role}:`) && c.endsWith(":allowed")),
        persona.role,
      ).toBe(true);
      const refusedSomething = cells.some((c) => c.startsWith(`${persona.role}:`) && c.endsWith(":refused"));
      expect(refusedSomething, persona.role).toBe(persona.role !== "DISTRICT_ADMIN");
    }
    expect(cells.length).toBeGreaterThan(150);
  }, 300_000);
});

describe("通报: assessments reach the organisation they concern only once notified", () => {
  // For each side of the notified organisation (its unit's liaison, its superior), one notified and
  // one un-notified result concerning it: the first is read, the second is not (node and explainAccess).
  const cases = [
    {
      role: "UNIT_LIAISON",
      scope: `o."unitId"`,
      grant: (v: string): Grant => ({ role: "UNIT_LIAISON", unitId: v }),
    },
    {
      role: "SUPERIOR_ORG",
      scope: `o."superiorExternalCode"`,
      grant: (v: string): Grant => ({ role: "SUPERIOR_ORG", organizationCode: v }),
    },
  ];
  it.each(cases)("$role reads a notified result and not an un-notified one", async ({ scope, grant }) => {
    const rows = await t.db.sql.query<{ v: string; notified: string; pending: string }>(
      `SELECT ${scope} AS v,
              (array_agg(a.id ORDER BY a.id) FILTER (WHERE a."notifiedAt" IS NOT NULL))[1] AS notified,
              (array_agg(a.id ORDER BY a.id) FILTER (WHERE a."notifiedAt" IS NULL))[1] AS pending
         FROM "Assessment" a JOIN "PartyOrganization" o ON o.id = a."organizationId"
        WHERE ${scope} IS NOT NULL GROUP BY 1
       HAVING bool_or(a."notifiedAt" IS NULL) AND bool_or(a."notifiedAt" IS NOT NULL) ORDER BY 1 LIMIT 1`,
    );
    const row = rows[0];
    expect(row, "a scope with both a notified and an un-notified result").toBeDefined();
    const token = await t.token([grant(row?.v as string)]);
    const read = `query($id: ID!) { node(id: $id) { ... on Assessment { notifiedAt } } }`;
    for (const [id, expected] of [
      [row?.notified, true],
      [row?.pending, false],
    ] as const) {
      const gid = toGlobalId("Assessment", id as string);
      const { data, errors } = await t.gql(read, { id: gid }, token);
      expect(errors).toBeUndefined();
      expect(data.node !== null).toBe(expected);
      const explanation = await t.gql(explainQuery, { subject: "Assessment", id: gid }, token);
      expect(explanation.data.explainAccess.allowed).toBe(expected);
    }
  });
});
