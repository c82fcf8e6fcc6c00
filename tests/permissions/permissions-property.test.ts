import { fromGlobalId, toGlobalId } from "@gongjian/api/data/ids";
import type { Grant } from "@gongjian/api/permissions/abilities";
import { seed } from "@gongjian/db/seed";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupApp, type TestApp } from "../support/app.js";
import { oracleForGrants } from "../support/oracle.js";

// Issue 4, acceptance 4: random role and scope, random list with a random filter and page size;
// every returned row must be allowed by the plain-SQL oracle, and every count must equal it.

interface ListSpec {
  field: string;
  table: string;
  filters: { name: string; column: string; kind: "id" | "enum"; of?: string; values: string[] }[];
}

let t: TestApp;
let personas: { label: string; grants: Grant[]; token: string }[];
let lists: ListSpec[];

async function column(sql: string): Promise<string[]> {
  const rows = await t.db.sql.query<{ v: string }>(sql);
  return rows.map((r) => r.v);
}

beforeAll(async () => {
  t = await setupApp();
  await seed(t.db, { scale: "small" });
  const districtId = (await column(`SELECT id AS v FROM "District" LIMIT 1`))[0] as string;
  const streets = await column(`SELECT id AS v FROM "Street" ORDER BY code`);
  const committees = await column(`SELECT id AS v FROM "Committee" ORDER BY code`);
  const units = await column(
    `SELECT u.id AS v FROM "Unit" u WHERE EXISTS (SELECT 1 FROM "PartyOrganization" o JOIN "Membership" m ON m."organizationId" = o.id WHERE o."unitId" = u.id) ORDER BY u."creditCode" LIMIT 6`,
  );
  const unitsWithout = await column(`SELECT id AS v FROM "Unit" ORDER BY "creditCode" DESC LIMIT 2`);
  const externals = await column(
    `SELECT DISTINCT "superiorExternalCode" AS v FROM "PartyOrganization" WHERE "superiorExternalCode" IS NOT NULL ORDER BY 1 LIMIT 4`,
  );
  const localSuperiors = await column(
    `SELECT DISTINCT s.code AS v FROM "PartyOrganization" o JOIN "PartyOrganization" s ON s.id = o."superiorId" ORDER BY 1 LIMIT 3`,
  );
  const grants: [string, Grant[]][] = [
    ["district admin", [{ role: "DISTRICT_ADMIN", districtId }]],
    ["analyst", [{ role: "ANALYST", districtId }]],
    ...streets.map((s, i): [string, Grant[]] => [`street admin ${i}`, [{ role: "STREET_ADMIN", streetId: s }]]),
    ...streets
      .slice(0, 1)
      .map((s): [string, Grant[]] => ["street analyst", [{ role: "ANALYST", districtId, streetId: s }]]),
    ...committees.map((c, i): [string, Grant[]] => [
      `committee staff ${i}`,
      [{ role: "COMMITTEE_STAFF", committeeId: c }],
    ]),
    ...[...units, ...unitsWithout].map((u, i): [string, Grant[]] => [
      `liaison ${i}`,
      [{ role: "UNIT_LIAISON", unitId: u }],
    ]),
    ...[...externals, ...localSuperiors].map((code): [string, Grant[]] => [
      `superior ${code}`,
      [{ role: "SUPERIOR_ORG", organizationCode: code }],
    ]),
    [
      "liaison + committee staff",
      [
        { role: "UNIT_LIAISON", unitId: units[0] as string },
        { role: "COMMITTEE_STAFF", committeeId: committees.at(-1) as string },
      ],
    ],
    [
      "superior + street admin",
      [
        { role: "SUPERIOR_ORG", organizationCode: externals[0] as string },
        { role: "STREET_ADMIN", streetId: streets.at(-1) as string },
      ],
    ],
  ];
  personas = await Promise.all(grants.map(async ([label, g]) => ({ label, grants: g, token: await t.token(g) })));

  const streetFilter = { name: "streetId", column: "streetId", kind: "id" as const, of: "Street", values: streets };
  const allLists: ListSpec[] = [
    { field: "streets", table: "Street", filters: [] },
    { field: "communities", table: "Community", filters: [streetFilter] },
    {
      field: "units",
      table: "Unit",
      filters: [
        streetFilter,
        {
          name: "kind",
          column: "kind",
          kind: "enum",
          values: ["ENTERPRISE_INSTITUTION", "NEW_ECONOMIC_ORG", "RESIDENTS_COMMITTEE"],
        },
      ],
    },
    {
      field: "organizations",
      table: "PartyOrganization",
      filters: [
        streetFilter,
        { name: "managementMode", column: "managementMode", kind: "enum", values: ["DIRECT", "DUAL"] },
      ],
    },
    {
      field: "committees",
      table: "Committee",
      filters: [
        streetFilter,
        { name: "status", column: "status", kind: "enum", values: ["FILED", "DISSOLVED", "DRAFT"] },
      ],
    },
    {
      field: "memberships",
      table: "Membership",
      filters: [
        { name: "committeeId", column: "committeeId", kind: "id", of: "Committee", values: committees },
        { name: "managementMode", column: "managementMode", kind: "enum", values: ["DIRECT", "DUAL"] },
      ],
    },
    { field: "persons", table: "Person", filters: [streetFilter] },
    {
      field: "seats",
      table: "Seat",
      filters: [{ name: "committeeId", column: "committeeId", kind: "id", of: "Committee", values: committees }],
    },
    {
      field: "meetings",
      table: "Meeting",
      filters: [{ name: "committeeId", column: "committeeId", kind: "id", of: "Committee", values: committees }],
    },
    {
      field: "fundingPlans",
      table: "FundingPlan",
      filters: [{ name: "committeeId", column: "committeeId", kind: "id", of: "Committee", values: committees }],
    },
    { field: "contributions", table: "Contribution", filters: [] },
    {
      field: "assessments",
      table: "Assessment",
      filters: [{ name: "committeeId", column: "committeeId", kind: "id", of: "Committee", values: committees }],
    },
    { field: "volunteerTeams", table: "VolunteerTeam", filters: [] },
    {
      field: "rulesDocuments",
      table: "RulesDocument",
      filters: [
        { name: "committeeId", column: "committeeId", kind: "id", of: "Committee", values: committees },
        {
          name: "kind",
          column: "kind",
          kind: "enum",
          values: ["WORK_RESPONSIBILITIES", "COMMITTEE_MEETING_RULES", "DEMOCRATIC_SUPERVISION_RULES"],
        },
      ],
    },
    {
      field: "jointWorkItems",
      table: "JointWorkItem",
      filters: [
        { name: "committeeId", column: "committeeId", kind: "id", of: "Committee", values: committees },
        { name: "status", column: "status", kind: "enum", values: ["OPEN", "IN_PROGRESS", "CLOSED"] },
        { name: "category", column: "category", kind: "enum", values: ["PARTY_BUILDING", "SERVICE_PROBLEMS"] },
      ],
    },
    {
      field: "jointWorkProgressReports",
      table: "JointWorkProgress",
      filters: [{ name: "committeeId", column: "committeeId", kind: "id", of: "Committee", values: committees }],
    },
    {
      field: "expenses",
      table: "Expense",
      filters: [
        { name: "committeeId", column: "committeeId", kind: "id", of: "Committee", values: committees },
        { name: "status", column: "status", kind: "enum", values: ["DRAFT", "APPROVED", "PAID", "REJECTED"] },
        { name: "payeeKind", column: "payeeKind", kind: "enum", values: ["UNIT", "PERSON", "OTHER"] },
      ],
    },
  ];
  const { data } = await t.gql("{ __schema { queryType { fields { name } } } }");
  const available = new Set((data.__schema.queryType.fields as { name: string }[]).map((f) => f.name));
  lists = allLists.filter((l) => available.has(l.field));
});
afterAll(async () => {
  await t?.close();
});

describe("reads agree with an independent SQL oracle", () => {
  it("covers the lists of every domain", () => {
    expect(lists.map((l) => l.field)).toEqual(
      expect.arrayContaining([
        "streets",
        "communities",
        "units",
        "organizations",
        "rulesDocuments",
        "jointWorkItems",
        "jointWorkProgressReports",
      ]),
    );
  });

  it("returns only allowed rows and counts exactly the allowed rows (1,000 random cases)", async () => {
    const arbitrary = fc.record({
      persona: fc.nat({ max: personas.length - 1 }),
      list: fc.nat({ max: lists.length - 1 }),
      first: fc.integer({ min: 1, max: 60 }),
      filter: fc.option(fc.record({ which: fc.nat(), value: fc.nat() }), { nil: undefined }),
    });
    let nonEmpty = 0;
    let refusedFilters = 0;
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ persona: pi, list: li, first, filter }) => {
        const persona = personas[pi] as (typeof personas)[number];
        const list = lists[li] as ListSpec;
        const spec = filter && list.filters.length ? list.filters[filter.which % list.filters.length] : undefined;
        const raw = spec ? (spec.values[filter ? filter.value % spec.values.length : 0] as string) : undefined;
        const gqlFilter = spec
          ? { [spec.name]: { equals: spec.kind === "id" ? toGlobalId(spec.of as string, raw as string) : raw } }
          : undefined;
        const query = `query($first: Int, $filter: ${list.table}Filter) { ${list.field}(first: $first, filter: $filter) { totalCount edges { node { id } } } }`;
        const { data, errors } = await t.gql(query, { first, filter: gqlFilter }, persona.token);
        if (errors && spec) {
          // A filter on a field the role may not read on every visible row is refused (no oracle).
          expect(errors[0]?.extensions?.code, `${persona.label} ${list.field}`).toBe("FORBIDDEN");
          expect(errors[0]?.message).toContain(spec.name);
          refusedFilters++;
          return;
        }
        expect(errors, `${persona.label} ${list.field}`).toBeUndefined();
        const result = data[list.field] as { totalCount: number; edges: { node: { id: string } }[] };

        const condition = oracleForGrants(persona.grants, list.table);
        const extra = spec ? ` AND t."${spec.column}"::text = $${condition.params.length + 1}` : "";
        const params = spec ? [...condition.params, raw] : condition.params;
        const allowed = new Set(
          (
            await t.db.sql.query<{ id: string }>(
              `SELECT t.id FROM "${list.table}" t WHERE (${condition.sql})${extra}`,
              params,
            )
          ).map((r) => r.id),
        );
        expect(result.totalCount, `${persona.label} ${list.field} count`).toBe(allowed.size);
        expect(result.edges.length).toBe(Math.min(first, allowed.size));
        for (const edge of result.edges) {
          expect(allowed.has(fromGlobalId(list.table, edge.node.id)), `${persona.label} ${list.field} row`).toBe(true);
        }
        if (allowed.size > 0) nonEmpty++;
      }),
      { numRuns: 1000, seed: Number(process.env.PROPERTY_SEED ?? Date.now() % 2 ** 31) },
    );
    // The property must exercise real data, not only empty results.
    expect(nonEmpty).toBeGreaterThan(300);
    expect(refusedFilters).toBeLessThan(100);
  }, 300_000);
});
