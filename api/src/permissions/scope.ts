import type { PrismaClient } from "@gongjian/db";
import { type Grant, PUBLISHED_PLAN_STATUSES, type ScopeFacts } from "./abilities.js";

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const unique = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];

/** The people of organisations: the holders of seats they sent and the in-service members working there. */
const peopleOf = {
  seatsFrom: { select: { personId: true } },
  workplaceMembers: { select: { id: true } },
} as const;
/** The committees that notified a result (通报) to one of the organisations: whose public data the result names. */
async function notifyingCommitteeIds(prisma: PrismaClient, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await prisma.assessment.findMany({
    where: { organizationId: { in: organizationIds }, notifiedAt: { not: null } },
    distinct: ["committeeId"],
    select: { committeeId: true },
  });
  return rows.map((r) => r.committeeId);
}

const personIdsOf = (organizations: { seatsFrom: { personId: string }[]; workplaceMembers: { id: string }[] }[]) =>
  unique(organizations.flatMap((o) => [...o.seatsFrom.map((s) => s.personId), ...ids(o.workplaceMembers)]));

/**
 * Looks up the ids a grant's scope reaches (a handful of indexed queries per request), so that
 * every rule in abilities.ts can be a condition on a row's own columns.
 */
export async function loadScopeFacts(prisma: PrismaClient, grant: Grant): Promise<ScopeFacts> {
  switch (grant.role) {
    case "DISTRICT_ADMIN":
    case "ANALYST": {
      const streets = await prisma.street.findMany({ where: { districtId: grant.districtId }, select: { id: true } });
      return { streetIds: ids(streets) };
    }
    case "STREET_ADMIN":
      return { streetIds: [grant.streetId] };
    case "COMMITTEE_STAFF": {
      const committee = await prisma.committee.findUnique({
        where: { id: grant.committeeId },
        select: { streetId: true, memberships: { where: { toDate: null }, select: { organizationId: true } } },
      });
      return {
        streetIds: committee ? [committee.streetId] : [],
        committeeStreetId: committee?.streetId,
        memberOrganizationIds: unique(committee?.memberships.map((m) => m.organizationId) ?? []),
      };
    }
    case "UNIT_LIAISON": {
      const unit = await prisma.unit.findUnique({
        where: { id: grant.unitId },
        select: {
          streetId: true,
          organizations: {
            select: { id: true, memberships: { select: { id: true, committeeId: true } }, ...peopleOf },
          },
        },
      });
      const memberships = unit?.organizations.flatMap((o) => o.memberships) ?? [];
      const committeeIds = unique(memberships.map((m) => m.committeeId));
      // A unit sees its committees' plans once adopted (not drafts), and its ratios only on those plans.
      const plans = committeeIds.length
        ? await prisma.fundingPlan.findMany({
            where: { committeeId: { in: committeeIds }, status: { in: [...PUBLISHED_PLAN_STATUSES] } },
            select: { id: true },
          })
        : [];
      const items = unit?.organizations.length
        ? await prisma.jointWorkParticipant.findMany({
            where: { organizationId: { in: ids(unit.organizations) } },
            select: { itemId: true },
          })
        : [];
      return {
        streetIds: unit ? [unit.streetId] : [],
        unitJointWorkItemIds: unique(items.map((p) => p.itemId)),
        unitStreetId: unit?.streetId,
        unitOrganizationIds: ids(unit?.organizations ?? []),
        unitMembershipIds: ids(memberships),
        unitCommitteeIds: committeeIds,
        unitPublishedPlanIds: ids(plans),
        unitPersonIds: personIdsOf(unit?.organizations ?? []),
        notifyingCommitteeIds: await notifyingCommitteeIds(prisma, ids(unit?.organizations ?? [])),
      };
    }
    case "SUPERIOR_ORG": {
      const code = grant.organizationCode;
      const organizations = await prisma.partyOrganization.findMany({
        where: { OR: [{ superiorExternalCode: code }, { superior: { code } }] },
        select: {
          id: true,
          unitId: true,
          memberships: { select: { id: true, committeeId: true } },
          ...peopleOf,
        },
      });
      const memberships = organizations.flatMap((o) => o.memberships);
      return {
        streetIds: [],
        subordinateOrganizationIds: ids(organizations),
        subordinateUnitIds: unique(organizations.map((o) => o.unitId)),
        subordinateMembershipIds: ids(memberships),
        subordinateCommitteeIds: unique(memberships.map((m) => m.committeeId)),
        subordinatePersonIds: personIdsOf(organizations),
        notifyingCommitteeIds: await notifyingCommitteeIds(prisma, ids(organizations)),
      };
    }
  }
}
