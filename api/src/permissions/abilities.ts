/**
 * Every permission rule of Gongjian (DESIGN.md, "Permissions"): the module the API, the tests and
 * the console import. The API builds a request's ability from these functions, the tests assert
 * them, and the console receives the same packed rules through `viewer` and uses these names.
 * The nouns (roles, subjects, field groups, scope facts) are in `subjects.ts`, the rules of each
 * role in `role-rules.ts`.
 *
 * Rules are CASL rules over Prisma models. Every row condition is on the row's own scope
 * columns (`streetId`, `committeeId`, `organizationId`, `managementMode`, …; the database keeps them
 * consistent with composite foreign keys), so the same rule filters in SQL (`accessibleBy`)
 * and checks a loaded row in memory, and a related row can be checked without loading its
 * parents. The ids a scope reaches (e.g. the organisations whose superior a SUPERIOR_ORG is)
 * are looked up once per request (`ScopeFacts`) and passed in.
 *
 * Browser-safe: imports only CASL, no Prisma runtime.
 */
import { AbilityBuilder, type RawRuleOf } from "@casl/ability";
import { createPrismaAbility } from "@casl/prisma/runtime";
import {
  type AppAbility,
  analyst,
  type Can,
  committeeStaff,
  districtAdmin,
  streetAdmin,
  superiorOrg,
  unitLiaison,
} from "./role-rules.js";
import { type Grant, protectedFields, type Role, type ScopeFacts, type Subject, subjects } from "./subjects.js";

export * from "./role-rules.js";
export * from "./subjects.js";

const byRole: { [R in Role]: (can: Can, grant: Extract<Grant, { role: R }>, facts: ScopeFacts) => void } = {
  DISTRICT_ADMIN: districtAdmin,
  STREET_ADMIN: streetAdmin,
  COMMITTEE_STAFF: committeeStaff,
  UNIT_LIAISON: unitLiaison,
  SUPERIOR_ORG: superiorOrg,
  ANALYST: analyst,
};

/** The raw rules of one grant; each rule keeps its own conditions and fields. */
export function rulesForGrant(grant: Grant, facts: ScopeFacts): RawRuleOf<AppAbility>[] {
  const builder = new AbilityBuilder<AppAbility>(createPrismaAbility);
  const define = byRole[grant.role] as (can: Can, grant: Grant, facts: ScopeFacts) => void;
  define(builder.can, grant, facts);
  // Scope and bookkeeping columns are never written directly, whatever the role (an inverted
  // rule that is the same for every grant, so it cannot narrow one grant by another's rules).
  builder.cannot(["create", "update"], subjects as unknown as Subject[], [...protectedFields]);
  return builder.rules;
}

/** The union of the grants' rules. */
export function rulesFor(grants: Grant[], factsByGrant: ScopeFacts[]): RawRuleOf<AppAbility>[] {
  return grants.flatMap((grant, i) => rulesForGrant(grant, factsByGrant[i] ?? { streetIds: [] }));
}

export function createAbility(rules: RawRuleOf<AppAbility>[]): AppAbility {
  return createPrismaAbility(rules) as unknown as AppAbility;
}
