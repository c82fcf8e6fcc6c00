/** Units of every kind and their party organisations. */
import type { UnitKind } from "../../../generated/client/enums.js";
import { largestRemainder } from "../factories/index.js";
import { DISTRICT_DEPARTMENTS, organizationName, unitNames } from "../names/index.js";
import type { Build, CommunityCtx, OrgCtx, Places, UnitRole } from "./model.js";
import type { DistrictChoice } from "./scales.js";

export interface Units {
  /** Every party organisation: the communities' first, then the units'. */
  orgs: OrgCtx[];
  /** The district departments' organisations by department key. */
  departments: Map<string, OrgCtx>;
}

/**
 * District departments, the units reporting to them, every community's residents' committee,
 * then enterprises, institutions and new economic and social organisations up to the scale's count.
 */
export function buildUnits(
  b: Build,
  { streets, communities, communitiesByStreet }: Places,
  homeDistrict: DistrictChoice,
): Units {
  const { scale, spec, f, rnd, data } = b;
  const orgs: OrgCtx[] = communities.map((c) => c.orgs[0] as OrgCtx);
  const usedNames = new Set<string>();
  const uniqueName = (make: () => string, place: string) => {
    let name = make();
    for (let i = 0; i < 12 && usedNames.has(name); i++) name = make();
    for (let n = 2; usedNames.has(name); n++) name = `${name.replace(/（.*）$/, "")}（${place}${n > 2 ? n : ""}）`;
    usedNames.add(name);
    return name;
  };

  const orgLevelFor = (members: number) => (members >= 100 ? "COMMITTEE" : members >= 50 ? "GENERAL_BRANCH" : "BRANCH");

  function addUnit(
    community: CommunityCtx,
    kind: UnitKind,
    name: string,
    employees: number,
    role: UnitRole,
    orgChance: number,
    memberShare: number,
  ): OrgCtx | null {
    const unit = f.unit(community.row, { kind, name, employeeCount: employees });
    data.unit.push(unit);
    if (!rnd.chance(orgChance)) return null;
    const members = Math.max(3, Math.round(employees * memberShare));
    const level = role.type === "department" ? "COMMITTEE" : orgLevelFor(members);
    const org = f.partyOrganization(
      { unit },
      { level, name: organizationName(unit.name, level), partyMemberCount: members },
    );
    const ctx: OrgCtx = { row: org, unit, community, role, persons: [], hasTop: false };
    community.orgs.push(ctx);
    orgs.push(ctx);
    return ctx;
  }

  // District departments (区直部门), spread over the district.
  const departments = new Map<string, OrgCtx>();
  const departmentHomes = rnd.sample(communities, DISTRICT_DEPARTMENTS.length);
  DISTRICT_DEPARTMENTS.forEach((dept, i) => {
    const home = departmentHomes[i % departmentHomes.length] as CommunityCtx;
    const org = addUnit(
      home,
      "GOVERNMENT_AGENCY",
      unitNames.department(homeDistrict.name, dept.name),
      rnd.int(80, 300),
      { type: "department", key: dept.key },
      1,
      0.6,
    );
    if (org) departments.set(dept.key, org);
  });

  // Units reporting to a department (派出所, 税务所, schools, …), per street.
  for (const street of streets) {
    const list = communitiesByStreet.get(street.id) ?? [];
    const place = street.name.replace(/街道$/, "");
    const schools = scale === "demo" ? 3 : rnd.int(3, 5);
    const subordinates: [string, "school" | "clinic" | "police" | "tax" | "market" | "urban", number][] = [
      ["police", "police", 1],
      ["tax", "tax", 1],
      ["market", "market", 1],
      ["urban", "urban", 1],
      ["health", "clinic", 1],
      ["education", "school", schools],
    ];
    for (const [deptKey, sub, count] of subordinates) {
      for (let n = 1; n <= count; n++) {
        const home = rnd.pick(list);
        const isAgency = sub === "police" || sub === "tax" || sub === "market" || sub === "urban";
        addUnit(
          home,
          isAgency ? "GOVERNMENT_AGENCY" : "ENTERPRISE_INSTITUTION",
          unitNames.subordinate(sub, place, n),
          sub === "school" ? rnd.int(60, 180) : isAgency ? rnd.int(20, 80) : rnd.int(30, 90),
          { type: "subordinate", key: deptKey },
          1,
          isAgency ? 0.6 : 0.4,
        );
      }
    }
  }

  // Every community's residents' committee.
  for (const c of communities) {
    addUnit(
      c,
      "RESIDENTS_COMMITTEE",
      unitNames.residentsCommittee(c.short),
      rnd.int(6, 15),
      { type: "generic" },
      1,
      0.6,
    );
  }

  // The rest: enterprises and institutions, new economic and social organisations, others.
  const remaining = Math.max(0, spec.units - data.unit.length);
  const shares = largestRemainder(
    BigInt(remaining),
    communities.map(() => BigInt(rnd.int(50, 150))),
  );
  communities.forEach((c, i) => {
    const count = Number(shares[i] ?? 0n);
    for (let k = 0; k < count; k++) {
      const kind = rnd.weighted([
        ["ENTERPRISE_INSTITUTION", 20],
        ["NEW_ECONOMIC_ORG", 55],
        ["NEW_SOCIAL_ORG", 15],
        ["OTHER", 10],
      ] as const);
      if (kind === "ENTERPRISE_INSTITUTION") {
        if (rnd.chance(0.01)) {
          addUnit(
            c,
            kind,
            uniqueName(() => unitNames.hospital(rnd, homeDistrict.name), c.short),
            rnd.int(300, 1500),
            { type: "hospital" },
            1,
            0.3,
          );
        } else {
          const employees = rnd.chance(0.3) ? rnd.int(200, 2000) : rnd.int(30, 200);
          addUnit(
            c,
            kind,
            uniqueName(() => unitNames.enterprise(rnd, c.short), c.short),
            employees,
            { type: "generic" },
            0.9,
            0.2,
          );
        }
      } else if (kind === "NEW_ECONOMIC_ORG") {
        const employees = rnd.chance(0.4) ? rnd.int(30, 300) : rnd.int(3, 29);
        addUnit(
          c,
          kind,
          uniqueName(() => unitNames.economic(rnd), c.short),
          employees,
          { type: "generic" },
          employees >= 30 ? 0.7 : 0.25,
          0.08,
        );
      } else if (kind === "NEW_SOCIAL_ORG") {
        addUnit(
          c,
          kind,
          uniqueName(() => unitNames.social(rnd, homeDistrict.name, c.short), c.short),
          rnd.int(2, 40),
          { type: "generic" },
          0.45,
          0.15,
        );
      } else {
        addUnit(
          c,
          kind,
          uniqueName(() => unitNames.other(rnd, c.short), c.short),
          rnd.int(2, 20),
          { type: "generic" },
          0.25,
          0.3,
        );
      }
    }
  });
  return { orgs, departments };
}
