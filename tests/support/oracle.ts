import type { Grant } from "@gongjian/api/permissions/abilities";

/**
 * An independent oracle of what each role may read, written as plain SQL from DESIGN.md's
 * permission table (not from the CASL rules): a boolean SQL expression over the table aliased
 * `t`, with its parameters. The union of several grants is the OR of their expressions.
 */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

const committeeScoped = new Set([
  "CommitteeCommunity",
  "Membership",
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
]);
/** 通报: an assessment concerning one of `organizations`, once notified (DESIGN.md, "Permissions"). */
const notifiedTo = (organizations: string) => `t."organizationId" IN ${organizations} AND t."notifiedAt" IS NOT NULL`;
/** The people of organisations: holders of the seats they sent, and the in-service members working there. */
/** The committees that notified a result to one of `organizations` (their public data names the result). */
const notifyingCommittees = (organizations: string) =>
  `t.id IN (SELECT "committeeId" FROM "Assessment" WHERE "organizationId" IN ${organizations} AND "notifiedAt" IS NOT NULL)`;
const peopleOf = (organizations: string) =>
  `(t.id IN (SELECT "personId" FROM "Seat" WHERE "sourceOrganizationId" IN ${organizations}) OR t."workplaceOrganizationId" IN ${organizations})`;

const streetScoped = new Set(["Community", "Unit", "PartyOrganization", "Committee", "Person", ...committeeScoped]);

export function oracle(grant: Grant, table: string, p: number): SqlCondition {
  // `p` is the number of parameters already used; placeholders continue from there.
  const $ = (n: number) => `$${p + n}`;
  const never = { sql: "false", params: [] };
  switch (grant.role) {
    case "DISTRICT_ADMIN":
    case "ANALYST": {
      const street = grant.role === "ANALYST" ? grant.streetId : undefined;
      if (table === "District") return { sql: `t.id = ${$(1)}`, params: [grant.districtId] };
      if (table === "Street") {
        return street
          ? { sql: `t.id = ${$(1)}`, params: [street] }
          : { sql: `t."districtId" = ${$(1)}`, params: [grant.districtId] };
      }
      if (table === "PersonPrivate") return never;
      if (streetScoped.has(table)) {
        return street
          ? { sql: `t."streetId" = ${$(1)}`, params: [street] }
          : {
              sql: `t."streetId" IN (SELECT id FROM "Street" WHERE "districtId" = ${$(1)})`,
              params: [grant.districtId],
            };
      }
      return never;
    }
    case "STREET_ADMIN":
      if (table === "Street") return { sql: `t.id = ${$(1)}`, params: [grant.streetId] };
      if (streetScoped.has(table) || table === "PersonPrivate")
        return { sql: `t."streetId" = ${$(1)}`, params: [grant.streetId] };
      return never;
    case "COMMITTEE_STAFF": {
      const street = `(SELECT "streetId" FROM "Committee" WHERE id = ${$(1)})`;
      const params = [grant.committeeId];
      if (table === "Committee") return { sql: `t.id = ${$(1)}`, params };
      if (table === "Street") return { sql: `t.id = ${street}`, params };
      if (["Community", "Unit", "PartyOrganization", "Person", "PersonPrivate"].includes(table)) {
        return { sql: `t."streetId" = ${street}`, params };
      }
      if (committeeScoped.has(table)) return { sql: `t."committeeId" = ${$(1)}`, params };
      return never;
    }
    case "UNIT_LIAISON": {
      const orgs = `(SELECT id FROM "PartyOrganization" WHERE "unitId" = ${$(1)})`;
      const memberships = `(SELECT id FROM "Membership" WHERE "organizationId" IN ${orgs})`;
      const committees = `(SELECT "committeeId" FROM "Membership" WHERE "organizationId" IN ${orgs})`;
      const street = `(SELECT "streetId" FROM "Unit" WHERE id = ${$(1)})`;
      const sharedItems = `(SELECT "itemId" FROM "JointWorkParticipant" WHERE "organizationId" IN ${orgs})`;
      const publishedPlans = `(SELECT id FROM "FundingPlan" WHERE "committeeId" IN ${committees} AND status IN ('ADOPTED', 'SUPERSEDED', 'CLOSED'))`;
      const params = [grant.unitId];
      const by: Record<string, string> = {
        Unit: `t.id = ${$(1)}`,
        PartyOrganization: `t.id IN ${orgs}`,
        Membership: `t.id IN ${memberships}`,
        Committee: `(t.id IN ${committees} OR ${notifyingCommittees(orgs)})`,
        CommitteeCommunity: `t."committeeId" IN ${committees}`,
        Community: `t."streetId" = ${street}`,
        Street: `t.id = ${street}`,
        Meeting: `t."committeeId" IN ${committees}`,
        Resolution: `t."committeeId" IN ${committees}`,
        ResolutionConsultation: `t."committeeId" IN ${committees}`,
        // 制度 bind the member organisations: their liaisons read every version.
        RulesDocument: `t."committeeId" IN ${committees}`,
        // 共建事项: only the items its organisations take part in, with their participants and reports.
        JointWorkItem: `t.id IN ${sharedItems}`,
        JointWorkParticipant: `t."itemId" IN ${sharedItems}`,
        JointWorkProgress: `t."itemId" IN ${sharedItems}`,
        FundingPlan: `t."committeeId" IN ${committees} AND t.status IN ('ADOPTED', 'SUPERSEDED', 'CLOSED')`,
        ContributionRatio: `t."membershipId" IN ${memberships} AND t."planId" IN (SELECT id FROM "FundingPlan" WHERE status IN ('ADOPTED', 'SUPERSEDED', 'CLOSED'))`,
        // 收支两条线: the budgets and the approved and paid spending of its committees' published plans.
        FundingBudgetLine: `t."planId" IN ${publishedPlans}`,
        Expense: `t."planId" IN ${publishedPlans} AND t.status IN ('APPROVED', 'PAID')`,
        Contribution: `t."membershipId" IN ${memberships}`,
        Assessment: notifiedTo(orgs),
        Person: peopleOf(orgs),
      };
      return by[table] ? { sql: by[table] as string, params } : never;
    }
    case "SUPERIOR_ORG": {
      const subordinates = `(SELECT id FROM "PartyOrganization" WHERE "superiorExternalCode" = ${$(1)} OR "superiorId" IN (SELECT id FROM "PartyOrganization" WHERE code = ${$(1)}))`;
      const params = [grant.organizationCode];
      const by: Record<string, string> = {
        PartyOrganization: `t.id IN ${subordinates}`,
        Unit: `t.id IN (SELECT "unitId" FROM "PartyOrganization" WHERE id IN ${subordinates})`,
        Membership: `t."organizationId" IN ${subordinates}`,
        Committee: `(t.id IN (SELECT "committeeId" FROM "Membership" WHERE "organizationId" IN ${subordinates}) OR ${notifyingCommittees(subordinates)})`,
        Seat: `t."sourceOrganizationId" IN ${subordinates}`,
        Person: peopleOf(subordinates),
        Assessment: notifiedTo(subordinates),
      };
      return by[table] ? { sql: by[table] as string, params } : never;
    }
  }
}

/** The OR of the grants' conditions. */
export function oracleForGrants(grants: Grant[], table: string, used = 0): SqlCondition {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const grant of grants) {
    const c = oracle(grant, table, used + params.length);
    parts.push(`(${c.sql})`);
    params.push(...c.params);
  }
  return { sql: parts.length ? parts.join(" OR ") : "false", params };
}
