import { toGlobalId } from "@gongjian/api/data/ids";
import type { Grant } from "@gongjian/api/permissions/abilities";
import { seed } from "@gongjian/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupApp, type TestApp } from "../support/app.js";

// Issue 4, acceptance 1 (writes): every role against a representative write of each entity,
// on a record in its scope and one outside it. The expected outcome of each cell is written
// out below from DESIGN.md's permission table; a refusal writes nothing.

type Role = "DISTRICT_ADMIN" | "STREET_ADMIN" | "COMMITTEE_STAFF" | "UNIT_LIAISON" | "SUPERIOR_ORG" | "ANALYST";

interface Probe {
  name: string;
  table: string;
  type: string;
  mutation: string;
  input: string;
  fields: (version: number) => Record<string, unknown>;
  /** Target records and the roles allowed on each. */
  targets: { label: string; id: () => string; allowed: Role[] }[];
}

let t: TestApp;
const ids: Record<string, string> = {};
const personas: { role: Role; token: string }[] = [];

async function one(sql: string, params: unknown[] = []): Promise<string> {
  const rows = await t.db.sql.query<{ v: string }>(sql, params);
  if (!rows[0]) throw new Error(`no row: ${sql}`);
  return rows[0].v;
}

beforeAll(async () => {
  t = await setupApp();
  await seed(t.db, { scale: "small" });
  ids.district = await one(`SELECT id AS v FROM "District"`);
  ids.committee = await one(
    `SELECT c.id AS v FROM "Committee" c WHERE c.status = 'FILED'
       AND EXISTS (SELECT 1 FROM "FundingPlan" p WHERE p."committeeId" = c.id AND p.status = 'DRAFT')
       AND EXISTS (SELECT 1 FROM "Meeting" m WHERE m."committeeId" = c.id AND m.status = 'SCHEDULED')
       AND EXISTS (SELECT 1 FROM "Contribution" x WHERE x."committeeId" = c.id AND x.status = 'PLEDGED' AND x."acknowledgedAt" IS NULL)
       -- the member organisations the cases below act on (a DUAL one with a superior in another district)
       AND EXISTS (SELECT 1 FROM "Membership" m JOIN "PartyOrganization" o ON o.id = m."organizationId"
         WHERE m."committeeId" = c.id AND m."toDate" IS NULL AND o."managementMode" = 'DUAL'
           AND o."unitId" IS NOT NULL AND o."superiorExternalCode" IS NOT NULL)
     ORDER BY c.code LIMIT 1`,
  );
  ids.streetA = await one(`SELECT "streetId" AS v FROM "Committee" WHERE id = $1`, [ids.committee]);
  ids.streetB = await one(`SELECT id AS v FROM "Street" WHERE id <> $1 ORDER BY code LIMIT 1`, [ids.streetA]);
  ids.committeeB = await one(
    `SELECT id AS v FROM "Committee" WHERE "streetId" = $1 AND status = 'FILED' ORDER BY code LIMIT 1`,
    [ids.streetB],
  );
  ids.contribution = await one(
    `SELECT id AS v FROM "Contribution" WHERE "committeeId" = $1 AND status = 'PLEDGED' AND "acknowledgedAt" IS NULL ORDER BY id LIMIT 1`,
    [ids.committee],
  );
  ids.unit = await one(
    `SELECT o."unitId" AS v FROM "Contribution" x JOIN "Membership" m ON m.id = x."membershipId" JOIN "PartyOrganization" o ON o.id = m."organizationId" WHERE x.id = $1`,
    [ids.contribution],
  );
  ids.unitB = await one(`SELECT id AS v FROM "Unit" WHERE "streetId" = $1 ORDER BY "creditCode" LIMIT 1`, [
    ids.streetB,
  ]);
  ids.communityA = await one(`SELECT id AS v FROM "Community" WHERE "streetId" = $1 ORDER BY code LIMIT 1`, [
    ids.streetA,
  ]);
  ids.communityB = await one(`SELECT id AS v FROM "Community" WHERE "streetId" = $1 ORDER BY code LIMIT 1`, [
    ids.streetB,
  ]);
  const memberOrg = (mode: string) =>
    one(
      `SELECT o.id AS v FROM "PartyOrganization" o JOIN "Membership" m ON m."organizationId" = o.id
       WHERE m."committeeId" = $1 AND m."toDate" IS NULL AND o."managementMode" = $2 AND o."unitId" IS NOT NULL
         ${mode === "DUAL" ? `AND o."superiorExternalCode" IS NOT NULL` : ""} ORDER BY o.code LIMIT 1`,
      [ids.committee, mode],
    );
  ids.directOrg = await memberOrg("DIRECT");
  ids.dualOrg = await memberOrg("DUAL");
  ids.superiorCode = await one(`SELECT "superiorExternalCode" AS v FROM "PartyOrganization" WHERE id = $1`, [
    ids.dualOrg,
  ]);
  ids.orgB = await one(
    `SELECT id AS v FROM "PartyOrganization" WHERE "streetId" = $1 AND "managementMode" = 'DIRECT' ORDER BY code LIMIT 1`,
    [ids.streetB],
  );
  ids.membership = await one(
    `SELECT id AS v FROM "Membership" WHERE "committeeId" = $1 AND "organizationId" = $2 AND "toDate" IS NULL`,
    [ids.committee, ids.directOrg],
  );
  ids.membershipB = await one(`SELECT id AS v FROM "Membership" WHERE "committeeId" = $1 ORDER BY id LIMIT 1`, [
    ids.committeeB,
  ]);
  ids.meeting = await one(
    `SELECT id AS v FROM "Meeting" WHERE "committeeId" = $1 AND status = 'SCHEDULED' ORDER BY "scheduledAt" LIMIT 1`,
    [ids.committee],
  );
  ids.meetingB = await one(
    `SELECT id AS v FROM "Meeting" WHERE "committeeId" = $1 AND status = 'SCHEDULED' ORDER BY "scheduledAt" LIMIT 1`,
    [ids.committeeB],
  );
  ids.plan = await one(`SELECT id AS v FROM "FundingPlan" WHERE "committeeId" = $1 AND status = 'DRAFT' LIMIT 1`, [
    ids.committee,
  ]);
  ids.assessment = await one(
    `SELECT id AS v FROM "Assessment" WHERE "committeeId" = $1 AND kind = 'UNIT_PARTICIPATION' AND "notifiedAt" IS NULL ORDER BY id LIMIT 1`,
    [ids.committee],
  );
  ids.assessmentB = await one(
    `SELECT id AS v FROM "Assessment" WHERE "committeeId" = $1 AND kind = 'UNIT_PARTICIPATION' AND "notifiedAt" IS NULL ORDER BY id LIMIT 1`,
    [ids.committeeB],
  );
  ids.person = await one(`SELECT id AS v FROM "Person" WHERE "streetId" = $1 ORDER BY id LIMIT 1`, [ids.streetA]);
  ids.personB = await one(`SELECT id AS v FROM "Person" WHERE "streetId" = $1 ORDER BY id LIMIT 1`, [ids.streetB]);

  // 制度: a current document of each committee (the small data set leaves some committees without one).
  const currentRulesDocument = async (committeeId: string) => {
    const resolution = await one(
      `SELECT id AS v FROM "Resolution" WHERE "committeeId" = $1 ORDER BY "adoptedAt" DESC LIMIT 1`,
      [committeeId],
    );
    const found = await t.db.sql.query<{ v: string }>(
      `SELECT id AS v FROM "RulesDocument" WHERE "committeeId" = $1 AND "supersededAt" IS NULL ORDER BY id LIMIT 1`,
      [committeeId],
    );
    if (found[0]) return { id: found[0].v, resolution };
    const inserted = await t.db.sql.query<{ v: string }>(
      `INSERT INTO "RulesDocument" (id, "committeeId", "streetId", kind, title, "resolutionId", "effectiveOn", text, "updatedAt")
       SELECT gen_random_uuid(), c.id, c."streetId", 'WORK_RESPONSIBILITIES', '社区党委工作职责', $2, '2026-06-01', '全文', now()
         FROM "Committee" c WHERE c.id = $1 RETURNING id AS v`,
      [committeeId, resolution],
    );
    return { id: inserted[0]?.v as string, resolution };
  };
  const rulesA = await currentRulesDocument(ids.committee);
  ids.rulesDocument = rulesA.id;
  ids.rulesResolution = rulesA.resolution;
  ids.rulesDocumentB = (await currentRulesDocument(ids.committeeB)).id;
  // 共建事项: an unfinished item of each committee.
  const unfinishedItem = (committeeId: string) =>
    one(
      `SELECT id AS v FROM "JointWorkItem" WHERE "committeeId" = $1 AND status IN ('OPEN', 'IN_PROGRESS') ORDER BY id LIMIT 1`,
      [committeeId],
    );
  ids.jointWork = await unfinishedItem(ids.committee);
  ids.jointWorkB = await unfinishedItem(ids.committeeB);
  // 支出: a draft expense of each committee's plan in effect.
  const draftExpense = (committeeId: string) =>
    one(`SELECT id AS v FROM "Expense" WHERE "committeeId" = $1 AND status = 'DRAFT' ORDER BY id LIMIT 1`, [
      committeeId,
    ]);
  ids.expense = await draftExpense(ids.committee);
  ids.expenseB = await draftExpense(ids.committeeB);

  const grants: Record<Role, Grant> = {
    DISTRICT_ADMIN: { role: "DISTRICT_ADMIN", districtId: ids.district },
    STREET_ADMIN: { role: "STREET_ADMIN", streetId: ids.streetA },
    COMMITTEE_STAFF: { role: "COMMITTEE_STAFF", committeeId: ids.committee },
    UNIT_LIAISON: { role: "UNIT_LIAISON", unitId: ids.unit },
    SUPERIOR_ORG: { role: "SUPERIOR_ORG", organizationCode: ids.superiorCode },
    ANALYST: { role: "ANALYST", districtId: ids.district },
  };
  for (const [role, grant] of Object.entries(grants) as [Role, Grant][]) {
    personas.push({ role, token: await t.token([grant]) });
  }
});
afterAll(async () => {
  await t?.close();
});

const target = (label: string, key: string, allowed: Role[]) => ({ label, id: () => ids[key] as string, allowed });

const probes: Probe[] = [
  {
    name: "change the district's settings (issue 21: self-approval in very small streets)",
    table: "District",
    type: "District",
    mutation: "updateDistrictSettings",
    input: "UpdateDistrictSettingsInput",
    fields: () => ({ allowSelfApproval: false }),
    targets: [target("own district", "district", ["DISTRICT_ADMIN"])],
  },
  {
    name: "update a street",
    table: "Street",
    type: "Street",
    mutation: "updateStreet",
    input: "UpdateStreetInput",
    fields: () => ({ name: "改名街道" }),
    targets: [
      target("own street", "streetA", ["DISTRICT_ADMIN"]),
      target("other street", "streetB", ["DISTRICT_ADMIN"]),
    ],
  },
  {
    name: "update a community",
    table: "Community",
    type: "Community",
    mutation: "updateCommunity",
    input: "UpdateCommunityInput",
    fields: () => ({ households: 1234 }),
    targets: [
      target("community in the street", "communityA", ["DISTRICT_ADMIN", "STREET_ADMIN"]),
      target("community elsewhere", "communityB", ["DISTRICT_ADMIN"]),
    ],
  },
  {
    name: "update a unit's contact",
    table: "Unit",
    type: "Unit",
    mutation: "updateUnit",
    input: "UpdateUnitInput",
    fields: () => ({ contactName: "李联络" }),
    targets: [
      target("the liaison's unit", "unit", ["STREET_ADMIN", "UNIT_LIAISON"]),
      target("unit elsewhere", "unitB", []),
    ],
  },
  {
    name: "update an organisation's profile",
    table: "PartyOrganization",
    type: "PartyOrganization",
    mutation: "updateOrganization",
    input: "UpdateOrganizationInput",
    fields: () => ({ secretaryName: "赵书记" }),
    targets: [
      target("DIRECT member", "directOrg", ["STREET_ADMIN", "COMMITTEE_STAFF"]),
      target("DUAL member", "dualOrg", ["STREET_ADMIN", "COMMITTEE_STAFF"]),
      target("organisation elsewhere", "orgB", []),
    ],
  },
  {
    name: "change an organisation's affiliation",
    table: "PartyOrganization",
    type: "PartyOrganization",
    mutation: "changeAffiliation",
    input: "ChangeAffiliationInput",
    fields: () => ({
      superiorExternalCode: ids.superiorCode,
      superiorDistrictCode: "210199",
      superiorExternalName: "上级党委",
    }),
    targets: [target("DUAL subordinate", "dualOrg", ["SUPERIOR_ORG"]), target("organisation elsewhere", "orgB", [])],
  },
  {
    name: "update a membership's participation",
    table: "Membership",
    type: "Membership",
    mutation: "updateMembership",
    input: "UpdateMembershipInput",
    fields: () => ({ responsibilities: "共建职责" }),
    targets: [
      target("membership of the committee", "membership", ["STREET_ADMIN", "COMMITTEE_STAFF"]),
      target("membership elsewhere", "membershipB", []),
    ],
  },
  {
    name: "update a meeting",
    table: "Meeting",
    type: "Meeting",
    mutation: "updateMeeting",
    input: "UpdateMeetingInput",
    fields: () => ({ location: "党群服务中心" }),
    targets: [
      target("meeting of the committee", "meeting", ["STREET_ADMIN", "COMMITTEE_STAFF"]),
      target("meeting elsewhere", "meetingB", []),
    ],
  },
  {
    name: "update a draft funding plan",
    table: "FundingPlan",
    type: "FundingPlan",
    mutation: "updateFundingPlan",
    input: "UpdateFundingPlanInput",
    fields: () => ({ note: "说明" }),
    targets: [target("plan of the committee", "plan", ["STREET_ADMIN", "COMMITTEE_STAFF"])],
  },
  {
    name: "acknowledge a pledge",
    table: "Contribution",
    type: "Contribution",
    mutation: "acknowledgeContribution",
    input: "AcknowledgeContributionInput",
    fields: () => ({}),
    targets: [target("the unit's pledge", "contribution", ["UNIT_LIAISON"])],
  },
  {
    name: "update an assessment",
    table: "Assessment",
    type: "Assessment",
    mutation: "updateAssessment",
    input: "UpdateAssessmentInput",
    fields: () => ({ score: "88.50" }),
    targets: [
      target("assessment of the committee", "assessment", ["STREET_ADMIN", "COMMITTEE_STAFF"]),
      target("assessment elsewhere", "assessmentB", []),
    ],
  },
  {
    name: "revise a rules document (制度)",
    table: "RulesDocument",
    type: "RulesDocument",
    mutation: "reviseRulesDocument",
    input: "ReviseRulesDocumentInput",
    fields: () => ({
      resolutionId: toGlobalId("Resolution", ids.rulesResolution as string),
      effectiveOn: "2027-01-01",
      text: "修订后的全文",
    }),
    targets: [
      target("document of the committee", "rulesDocument", ["STREET_ADMIN", "COMMITTEE_STAFF"]),
      target("document elsewhere", "rulesDocumentB", []),
    ],
  },
  {
    name: "update a joint work item (共建事项)",
    table: "JointWorkItem",
    type: "JointWorkItem",
    mutation: "updateJointWork",
    input: "UpdateJointWorkInput",
    fields: () => ({ title: "背街小巷照明改造" }),
    targets: [
      target("item of the committee", "jointWork", ["STREET_ADMIN", "COMMITTEE_STAFF"]),
      target("item elsewhere", "jointWorkB", []),
    ],
  },
  {
    name: "update a draft expense (支出)",
    table: "Expense",
    type: "Expense",
    mutation: "updateExpense",
    input: "UpdateExpenseInput",
    fields: () => ({ purpose: "更正用途说明" }),
    targets: [
      target("expense of the committee", "expense", ["STREET_ADMIN", "COMMITTEE_STAFF"]),
      target("expense elsewhere", "expenseB", []),
    ],
  },
  {
    name: "update a person",
    table: "Person",
    type: "Person",
    mutation: "updatePerson",
    input: "UpdatePersonInput",
    fields: () => ({ position: "委员" }),
    targets: [
      target("person of the street", "person", ["STREET_ADMIN", "COMMITTEE_STAFF"]),
      target("person elsewhere", "personB", []),
    ],
  },
];

describe("role × entity write matrix", () => {
  for (const probe of probes) {
    it(`${probe.name}: allowed exactly for the roles the permission table names`, async () => {
      for (const persona of personas) {
        for (const target of probe.targets) {
          const id = target.id();
          const version = Number(await one(`SELECT version::text AS v FROM "${probe.table}" WHERE id = $1`, [id]));
          const audit = Number(await one(`SELECT count(*)::text AS v FROM "AuditEvent"`));
          const { data, errors } = await t.gql(
            `mutation($input: ${probe.input}!) { ${probe.mutation}(input: $input) { __typename ... on Error { code field messageEn } } }`,
            { input: { id: toGlobalId(probe.type, id), version, ...probe.fields(version) } },
            persona.token,
          );
          const cell = `${persona.role} ${probe.mutation} ${target.label}`;
          expect(errors, cell).toBeUndefined();
          const after = Number(await one(`SELECT version::text AS v FROM "${probe.table}" WHERE id = $1`, [id]));
          if (target.allowed.includes(persona.role)) {
            expect(data[probe.mutation].__typename, `${cell}: ${JSON.stringify(data[probe.mutation])}`).toBe(
              probe.type,
            );
            expect(after, cell).toBe(version + 1);
          } else {
            expect(["FORBIDDEN", "NOT_FOUND"], `${cell}: ${JSON.stringify(data[probe.mutation])}`).toContain(
              data[probe.mutation].code,
            );
            expect(after, cell).toBe(version);
            expect(Number(await one(`SELECT count(*)::text AS v FROM "AuditEvent"`)), cell).toBe(audit);
          }
          // Revising a superseded version is a different refusal: undo the revision for the next persona.
          if (probe.mutation === "reviseRulesDocument") {
            await t.db.sql.query(`DELETE FROM "RulesDocument" WHERE "previousId" = $1`, [id]);
            await t.db.sql.query(`UPDATE "RulesDocument" SET "supersededAt" = NULL WHERE id = $1`, [id]);
          }
          // Acknowledging twice is a different refusal: reset the pledge for the next persona.
          if (probe.mutation === "acknowledgeContribution") {
            await t.db.sql.query(`UPDATE "Contribution" SET "acknowledgedAt" = NULL WHERE id = $1`, [id]);
          }
        }
      }
    });
  }
});
