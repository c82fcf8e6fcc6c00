/** People: community staff, the units' leaders and staff, the retired and people outside the party. */
import type { Factories, Row } from "../factories/index.js";
import { POSITIONS } from "../names/index.js";
import type { Random } from "../random.js";
import type { Build, CommunityCtx, OrgCtx, Places } from "./model.js";

/** Picks indices in proportion to weights (cumulative table + binary search). */
function weightedPicker(rnd: Random, weights: readonly number[]): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) {
    total += Math.max(0, w);
    cumulative.push(total);
  }
  return () => {
    const x = rnd.float() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** Every person (with their protected data), where they work and live; leaders become their organisations' secretaries. */
export function buildPersons(b: Build, { communities, communitiesByStreet }: Places, orgs: OrgCtx[]): void {
  const { spec, f, rnd, data } = b;
  const inStreet = new Map<string, CommunityCtx[]>(communitiesByStreet);
  const residenceFor = (home: CommunityCtx): CommunityCtx => {
    const r = rnd.float();
    if (r < 0.3) return home;
    if (r < 0.7) return rnd.pick(inStreet.get(home.street.id) ?? [home]);
    return rnd.pick(communities);
  };
  const addPerson = (
    overrides: Omit<Parameters<Factories["person"]>[0], "streetId">,
    workplace: OrgCtx | null,
    residence: CommunityCtx,
  ): Row<"person"> => {
    const person = f.person({
      ...overrides,
      // The street whose registry holds the person: where they work, else where they live.
      streetId: workplace?.row.streetId ?? residence.row.streetId,
      workplaceKind: workplace ? "ORGANIZATION" : null,
      workplaceOrganizationId: workplace?.row.id ?? null,
      residenceCommunityId: residence.row.id,
    });
    data.person.push(person);
    data.personPrivate.push(f.personPrivate(person));
    workplace?.persons.push(person);
    residence.residents.push(person);
    return person;
  };

  for (const c of communities) {
    const own = c.orgs[0] as OrgCtx;
    for (let i = 0; i < 6; i++) {
      const position =
        i === 0
          ? POSITIONS.communitySecretary[0]
          : i === 1
            ? "社区党委副书记"
            : rnd.pick(POSITIONS.communityStaff.slice(1));
      const p = addPerson({ position, birthYear: rnd.int(1965, 1995) }, own, rnd.chance(0.8) ? c : residenceFor(c));
      c.staff.push(p);
    }
    c.org.secretaryName = (c.staff[0] as Row<"person">).name;
  }
  const topPosition = (o: OrgCtx): string => {
    const role = o.role;
    if (role.type === "department") return "党委书记、局长";
    if (role.type === "hospital") return "党委书记、院长";
    if (role.type === "subordinate") {
      return role.key === "education"
        ? "党支部书记、校长"
        : role.key === "health"
          ? "党支部书记、主任"
          : "党支部书记、所长";
    }
    if (o.unit?.kind === "RESIDENTS_COMMITTEE") return "居委会党支部书记";
    return o.row.level === "COMMITTEE"
      ? "党委书记、总经理"
      : o.row.level === "GENERAL_BRANCH"
        ? "党总支书记"
        : "党支部书记";
  };
  const unitOrgs = orgs.filter((o) => o.unit !== null);
  for (const o of unitOrgs) {
    if (o.row.level === "BRANCH" && !rnd.chance(0.5)) continue;
    const top = addPerson({ position: topPosition(o), birthYear: rnd.int(1962, 1986) }, o, residenceFor(o.community));
    o.hasTop = true;
    o.row.secretaryName = top.name;
  }
  const special = data.person.length;
  const retired = Math.round(spec.persons * 0.1);
  const nonParty = Math.round(spec.persons * 0.05);
  const staffBudget = Math.max(0, spec.persons - special - retired - nonParty);
  const pickOrg = weightedPicker(
    rnd,
    unitOrgs.map((o) => Number(o.row.partyMemberCount ?? 3)),
  );
  for (let i = 0; i < staffBudget; i++) {
    const o = unitOrgs[pickOrg()] as OrgCtx;
    addPerson({ position: rnd.pick(POSITIONS.staff) }, o, residenceFor(o.community));
  }
  for (let i = 0; i < retired; i++) {
    addPerson({ position: rnd.pick(POSITIONS.retired), birthYear: rnd.int(1945, 1962) }, null, rnd.pick(communities));
  }
  for (let i = 0; i < nonParty; i++) {
    addPerson({ position: null, isPartyMember: false, birthYear: rnd.int(1975, 2005) }, null, rnd.pick(communities));
  }
}
