/** Affiliations (隶属关系): each organisation's superior, local or external, and so its management mode. */
import type { Row } from "../factories/index.js";
import { expectedMode } from "../factories/index.js";
import { brand, EXTERNAL_SUPERIORS, OTHER_DISTRICTS } from "../names/index.js";
import type { Build } from "./model.js";
import type { DistrictChoice, PeerDistrict } from "./scales.js";
import type { Units } from "./units.js";

/** An organisation outside the district that can be a superior. */
export interface ExternalSuperior {
  code: string;
  name: string;
  districtCode: string;
}

/** The management mode of an organisation's membership in a committee of the given street. */
export type ModeOf = (org: Row<"partyOrganization">, committeeStreetId: string) => "DIRECT" | "DUAL";

/**
 * Sets every organisation's superior and management mode, and adds the organisations to the data
 * set. With a peer district, `peerOrganizations` (its real organisations) are the external
 * superiors of enterprises here instead of fictional ones.
 */
export function buildAffiliations(
  b: Build,
  { orgs, departments }: Units,
  otherDistricts: DistrictChoice[],
  peer: PeerDistrict | undefined,
  peerOrganizations: ExternalSuperior[] | undefined,
): ModeOf {
  const { rnd, data } = b;
  const fictional = otherDistricts.flatMap((d, i) =>
    [0, 1, 2, 3].map((k) => ({
      code: `${d.code}EX${String(i * 10 + k + 1).padStart(6, "0")}`,
      name: k === 0 ? (EXTERNAL_SUPERIORS[i % EXTERNAL_SUPERIORS.length] as string) : `${brand(rnd)}集团有限公司党委`,
      districtCode: d.code,
    })),
  );
  const externalFor = (name: string) => {
    const known = EXTERNAL_SUPERIORS.indexOf(name as (typeof EXTERNAL_SUPERIORS)[number]);
    // City-level superiors: never in the peer district (its real organisations are listed there).
    const district = otherDistricts.find((d) => d.code !== peer?.district.code) ?? OTHER_DISTRICTS[0];
    return { code: `${district.code}EX${String(900 + known).padStart(6, "0")}`, name, districtCode: district.code };
  };
  // With a peer district, its real organisations are the external superiors of enterprises here.
  const externals = peerOrganizations ?? fictional;
  if (externals.length === 0) throw new Error("The peer district has no organisation that can be a superior");
  const setExternal = (org: Row<"partyOrganization">, ext: { code: string; name: string; districtCode: string }) => {
    org.superiorExternalCode = ext.code;
    org.superiorExternalName = ext.name;
    org.superiorDistrictCode = ext.districtCode;
  };
  const streetOfOrg = new Map<string, string>(orgs.map((o) => [o.row.id, o.community.street.id]));

  // Headquarters: a few large enterprises whose branches elsewhere in the district report to them.
  const headquarters = orgs.filter(
    (o) =>
      o.role.type === "generic" &&
      o.unit?.kind === "ENTERPRISE_INSTITUTION" &&
      o.row.level === "COMMITTEE" &&
      rnd.chance(0.15),
  );
  const headquarterIds = new Set(headquarters.map((o) => o.row.id));
  for (const o of orgs) {
    const role = o.role;
    if (role.type === "community") continue;
    if (role.type === "department") {
      if (role.key === "police") setExternal(o.row, externalFor("市公安局党委"));
      else if (role.key === "tax") setExternal(o.row, externalFor("国家税务总局市税务局党委"));
      continue;
    }
    if (role.type === "subordinate") {
      const dept = departments.get(role.key);
      if (dept) o.row.superiorId = dept.row.id;
      continue;
    }
    if (role.type === "hospital") {
      setExternal(o.row, externalFor("市卫生健康委党组"));
      continue;
    }
    const kind = o.unit?.kind;
    if (kind === "RESIDENTS_COMMITTEE") {
      o.row.superiorId = o.community.org.id;
    } else if (kind === "ENTERPRISE_INSTITUTION") {
      if (headquarterIds.has(o.row.id)) continue;
      const r = rnd.float();
      if (r < 0.45) setExternal(o.row, rnd.pick(externals));
      else if (r < 0.6 && headquarters.length > 0) {
        const elsewhere = headquarters.filter((h) => h.community.street.id !== o.community.street.id);
        const hq = rnd.pick(elsewhere.length > 0 && rnd.chance(0.7) ? elsewhere : headquarters);
        o.row.superiorId = hq.row.id;
      }
    } else if (kind === "NEW_ECONOMIC_ORG" || kind === "NEW_SOCIAL_ORG") {
      if (rnd.chance(0.3)) o.row.superiorId = o.community.org.id;
    }
  }
  for (const o of orgs) {
    o.row.managementMode = expectedMode(
      o.row,
      o.row.superiorId ? streetOfOrg.get(o.row.superiorId) : null,
      o.row.streetId,
      o.unit?.kind ?? null,
    );
  }
  data.partyOrganization.push(...orgs.map((o) => o.row));
  const unitKindOfOrg = new Map<string, string | null>(orgs.map((o) => [o.row.id, o.unit?.kind ?? null]));
  const modeOf = (org: Row<"partyOrganization">, committeeStreetId: string) =>
    expectedMode(
      org,
      org.superiorId ? streetOfOrg.get(org.superiorId) : null,
      committeeStreetId,
      unitKindOfOrg.get(org.id) ?? null,
    );
  return modeOf;
}
