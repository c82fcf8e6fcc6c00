/**
 * In-service members who work elsewhere (在职党员, 实施意见: "居住在社区的机关、企事业单位在职党员"): per
 * community, residents registered in its street who work at an organisation of another street,
 * at an organisation of another district (by its code: with a peer district, one of the peer's
 * real organisations, which the gateway resolves), or at an employer not registered here.
 * Built after everything else so the earlier phases draw exactly what they drew before.
 */
import { unitNames } from "../names/index.js";
import type { Build, CommunityCtx, OrgCtx, Places } from "./model.js";

export function buildOtherWorkplaces(b: Build, { communities }: Places, orgs: OrgCtx[], districtCode: string): void {
  const { f, rnd, data } = b;
  // Organisations of other districts the data set already knows: the external superiors.
  const external = new Map<string, string>();
  for (const o of data.partyOrganization) {
    if (o.superiorExternalCode && o.superiorDistrictCode) external.set(o.superiorExternalCode, o.superiorDistrictCode);
  }
  const externalCodes = [...external.keys()].sort();
  const unitOrgs = orgs.filter((o) => o.unit !== null && o.row.endedAt == null);
  const add = (home: CommunityCtx, workplace: Record<string, string | null>) => {
    const person = f.person({
      streetId: home.row.streetId,
      birthYear: rnd.int(1970, 1998),
      residenceCommunityId: home.row.id,
      workplaceOrganizationId: null,
      ...workplace,
    });
    data.person.push(person);
    data.personPrivate.push(f.personPrivate(person));
    home.residents.push(person);
  };
  for (const home of communities) {
    const elsewhere = unitOrgs.filter((o) => o.row.streetId !== home.row.streetId);
    if (elsewhere.length > 0) {
      const o = rnd.pick(elsewhere);
      add(home, { workplaceKind: "ORGANIZATION", workplaceOrganizationId: o.row.id });
    }
    if (externalCodes.length > 0) {
      const code = rnd.pick(externalCodes);
      add(home, {
        workplaceKind: "EXTERNAL_ORGANIZATION",
        workplaceExternalCode: code,
        workplaceDistrictCode: external.get(code) ?? null,
      });
    }
    const employer = f.unregisteredEmployer(unitNames.economic(rnd), districtCode);
    add(home, {
      workplaceKind: "UNREGISTERED_EMPLOYER",
      workplaceEmployerName: employer.name,
      workplaceCreditCode: employer.creditCode,
    });
  }
}
