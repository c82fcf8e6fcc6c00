/**
 * Management mode (管理方式) of a party organisation, DESIGN.md invariant 3 and 实施意见:
 * "对辖区内的居委会…实行直接管理".
 *
 * - The organisation of a residents' committee (居委会) is always managed directly (DIRECT),
 *   whatever its superior.
 * - Any other organisation is dual-managed (DUAL) exactly when its superior is outside its
 *   street (a local organisation of another street, or one registered in another district);
 *   with no superior, or one in the same street, it is managed directly.
 *
 * Pure: the API (create, change of affiliation, change of a unit's kind), the bulk import and
 * the seed all use this one rule.
 */

export type ManagementMode = "DIRECT" | "DUAL";

/** Where an organisation's superior is: none (it reports to the street working committee), local, or in another district. */
export type Superior =
  | { kind: "none" }
  | { kind: "local"; streetId: string }
  | { kind: "external"; code: string; districtCode: string };

/** The unit kind whose organisations are always managed directly. */
export const ALWAYS_DIRECT_UNIT_KIND = "RESIDENTS_COMMITTEE";

/**
 * The management mode of an organisation located in `organizationStreetId` with `superior`;
 * `unitKind` is the kind of the unit it belongs to (null for a community organisation).
 */
export function deriveManagementMode(
  organizationStreetId: string,
  superior: Superior,
  unitKind: string | null = null,
): ManagementMode {
  if (unitKind === ALWAYS_DIRECT_UNIT_KIND) return "DIRECT";
  if (superior.kind === "none") return "DIRECT";
  if (superior.kind === "external") return "DUAL";
  return superior.streetId === organizationStreetId ? "DIRECT" : "DUAL";
}

/** The superior of a stored organisation row, given the street of its local superior (when it has one). */
export function superiorOf(
  org: { superiorId?: string | null; superiorExternalCode?: string | null; superiorDistrictCode?: string | null },
  superiorStreetId: string | null | undefined,
): Superior {
  if (org.superiorExternalCode) {
    return { kind: "external", code: org.superiorExternalCode, districtCode: org.superiorDistrictCode ?? "" };
  }
  if (org.superiorId) return { kind: "local", streetId: superiorStreetId ?? "" };
  return { kind: "none" };
}
