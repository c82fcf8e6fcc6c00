/** Keeping an organisation's management mode (and its active memberships') in step with the rule. */
import { deriveManagementMode, type ManagementMode, superiorOf } from "@gongjian/domain/management";
import type { RowOf } from "../data/models.js";
import { type MutationScope, updateVersioned } from "../data/mutation.js";

type Organization = RowOf<"PartyOrganization">;

/** The mode the rule gives a stored organisation, its unit being of `unitKind` (null: a community's). */
export async function modeOf(
  scope: MutationScope,
  org: Organization,
  unitKind: string | null,
): Promise<ManagementMode> {
  // The superior may be anywhere in the district, also outside the caller's scope: only its street is read.
  const superior = org.superiorId
    ? await scope.tx.partyOrganization.findUnique({ where: { id: org.superiorId }, select: { streetId: true } })
    : null;
  return deriveManagementMode(org.streetId, superiorOf(org, superior?.streetId), unitKind);
}

/** The kind of the unit an organisation belongs to (null for a community organisation). */
export async function unitKindOf(scope: MutationScope, org: { unitId: string | null }): Promise<string | null> {
  if (!org.unitId) return null;
  const unit = await scope.tx.unit.findUnique({ where: { id: org.unitId }, select: { kind: true } });
  return unit?.kind ?? null;
}

/** Writes `data` to an organisation's active memberships (of those matching `where`), each audited under `action`. */
export async function updateActiveMemberships(
  scope: MutationScope,
  organizationId: string,
  data: { managementMode?: ManagementMode; toDate?: Date },
  action: string,
  where: { managementMode?: { not: ManagementMode } } = {},
): Promise<void> {
  const memberships = await scope.tx.membership.findMany({ where: { organizationId, toDate: null, ...where } });
  for (const before of memberships) {
    await updateVersioned(scope, "Membership", before, before.version, data, action);
  }
}

/** The organisation's active memberships follow its new management mode. */
export const applyModeToMemberships = (
  scope: MutationScope,
  organizationId: string,
  mode: ManagementMode,
  action: string,
) =>
  updateActiveMemberships(scope, organizationId, { managementMode: mode }, action, { managementMode: { not: mode } });

/**
 * After a unit's kind changed: each of its organisations whose mode the rule now gives differently
 * takes the new mode (version incremented, audited), and so do its active memberships.
 */
export async function recomputeUnitModes(
  scope: MutationScope,
  unitId: string,
  unitKind: string,
  action: string,
): Promise<void> {
  const orgs = await scope.tx.partyOrganization.findMany({
    where: { unitId, endedAt: null },
    orderBy: { code: "asc" },
  });
  for (const before of orgs) {
    const mode = await modeOf(scope, before, unitKind);
    if (mode === before.managementMode) continue;
    await updateVersioned(scope, "PartyOrganization", before, before.version, { managementMode: mode }, action);
    await applyModeToMemberships(scope, before.id, mode, action);
  }
}
