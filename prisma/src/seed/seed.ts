/**
 * Deterministic demo and load-test data.
 *
 * `buildDataset(scale, seed)` is pure: it returns every row (ids included) of a fictional
 * district, the same for the same scale and seed. `seed(db, opts)` writes it.
 *
 * - `demo`: one district (210102), one street, 8 communities, ~150 units, ~400 people, two
 *   JOINT committees and one COMMUNITY committee (FILED), plus one DRAFT and one SUBMITTED
 *   committee over the two communities left, with a year (2026) of meetings, funding,
 *   assessments and volunteer work.
 * - `district`: 12 streets, ~120 communities, ~25,000 units, ~30,000 people. Because a
 *   community has at most one active committee, ~120 communities carry ~75 committees at a
 *   time; the ~300 committees are four generations: the current one (2024–, mostly FILED,
 *   a few APPROVED/SUBMITTED/DRAFT) and three earlier arrangements (2015–2017, 2018–2020,
 *   2021–2023) that were DISSOLVED (coverage, memberships and seats ended, funding plans
 *   CLOSED), plus a few REJECTED proposals. Each keeps a year of meetings, funding,
 *   assessments and volunteer work.
 */

import type {
  CommitteeKind,
  CommitteeStatus,
  DecisionPrinciple,
  FundingChannel,
  SeatProduction,
  SeatRole,
  SeatStatus,
  UnitKind,
  VolunteerTeamKind,
} from "../../generated/client/enums.js";
import type { Database } from "../database.js";
import {
  type CommitteeRow,
  type CommunityRow,
  createFactories,
  DATASET_ORDER,
  type Dataset,
  emptyDataset,
  expectedMode,
  type Factories,
  type FundingPlanRow,
  type InsertOptions,
  insertDataset,
  insertDatasetSql,
  largestRemainder,
  type MeetingRow,
  type MembershipRow,
  type PartyOrganizationRow,
  PERCENT_SCALE,
  type PersonRow,
  percentString,
  type ResolutionRow,
  type SeatRow,
  type StreetRow,
  TABLE_NAMES,
  type UnitRow,
} from "./factories/index.js";
import {
  AGENDA_TOPICS,
  brand,
  DISTRICT_DEPARTMENTS,
  EMERGENCY_TOPICS,
  EXTERNAL_SUPERIORS,
  HOME_DISTRICT,
  OTHER_DISTRICTS,
  organizationName,
  POSITIONS,
  unitNames,
} from "./names.js";
import { addDays, beijing, DEMO_YEAR, dateOf, day, type Random, REFERENCE_DATE } from "./random.js";

export type SeedScale = "demo" | "small" | "district";

export interface SeedOptions {
  scale: SeedScale;
  /** PRNG seed (default 1): the same seed gives the same rows and ids. */
  seed?: number;
  /** Truncate every domain table (and the audit log) first instead of refusing a non-empty database. */
  reset?: boolean;
  /** Progress callback per table (rows written, milliseconds). */
  onTable?: InsertOptions["onTable"];
  /** Rows per INSERT statement (default 5,000). */
  chunkSize?: number;
  /**
   * `sql` (default): multi-row INSERT … SELECT FROM json_populate_recordset, ~20× faster;
   * `prisma`: createMany (about 1 ms a row with Prisma 7's driver adapters).
   */
  loader?: "sql" | "prisma";
  /** The district to seed (default 和泰区 210102): its code prefixes every street, community and organisation code. */
  district?: DistrictChoice;
  /**
   * A peer district whose own seeded data set (same generator, its own `seed`) holds the superior
   * organisations of some of this district's units (federation): some organisations here get an
   * external superior that is a real organisation of the peer's data set, instead of a fictional one.
   */
  peer?: PeerDistrict;
}

/** A district's administrative division code (6 digits) and name. */
export interface DistrictChoice {
  code: string;
  name: string;
}

export interface PeerDistrict {
  district: DistrictChoice;
  scale?: SeedScale;
  /** The peer's seed (default 1). */
  seed?: number;
}

/** Options of `buildDataset` beyond scale and seed; without them the data set is the classic one. */
export interface DatasetOptions {
  district?: DistrictChoice | undefined;
  peer?: PeerDistrict | undefined;
}

interface ScaleSpec {
  streets: number;
  communities: number;
  units: number;
  persons: number;
  /** Earlier, dissolved committee arrangements (0–3). */
  pastGenerations: number;
}

export const SCALES: Record<SeedScale, ScaleSpec> = {
  demo: { streets: 1, communities: 8, units: 150, persons: 400, pastGenerations: 0 },
  /** Several streets with history, small enough for tests (the permission property test). */
  small: { streets: 3, communities: 12, units: 450, persons: 900, pastGenerations: 1 },
  district: { streets: 12, communities: 120, units: 25_000, persons: 30_000, pastGenerations: 3 },
};

/** Committee arrangements over time; the last is the current one. */
const GENERATIONS = [
  { start: 2015, lastYear: 2017, memberShare: 0.4 },
  { start: 2018, lastYear: 2020, memberShare: 0.6 },
  { start: 2021, lastYear: 2023, memberShare: 0.8 },
  { start: 2024, lastYear: null, memberShare: 1 },
] as const;

// ---------------------------------------------------------------- in-memory model

interface CommunityCtx {
  row: CommunityRow;
  street: StreetRow;
  short: string;
  org: PartyOrganizationRow;
  /** Community party organisation staff: [0] secretary, [1] deputy, then members. */
  staff: PersonRow[];
  residents: PersonRow[];
  orgs: OrgCtx[];
}

type UnitRole =
  | { type: "department"; key: string }
  | { type: "subordinate"; key: string }
  | { type: "hospital" }
  | { type: "generic" };

interface OrgCtx {
  row: PartyOrganizationRow;
  unit: UnitRow | null;
  community: CommunityCtx;
  role: UnitRole | { type: "community" };
  /** People whose workplace this organisation is; [0] is its top leader when `hasTop`. */
  persons: PersonRow[];
  hasTop: boolean;
}

interface CommitteeCtx {
  row: CommitteeRow;
  street: StreetRow;
  communities: CommunityCtx[];
  generation: number;
  /** The year whose meetings, funding and volunteer work are recorded. */
  dataYear: number;
  memberships: { row: MembershipRow; org: OrgCtx }[];
  /** `extra`: a seat outside the sitting line-up (ended last year, or rejected). */
  seats: { row: SeatRow; person: PersonRow; extra: boolean }[];
}

// ---------------------------------------------------------------- helpers

function partitionSizes(rnd: Random, n: number): number[] {
  const sizes: number[] = [];
  let left = n;
  while (left > 0) {
    let size: number = rnd.weighted([
      [1, 50],
      [2, 35],
      [3, 15],
    ] as const);
    if (size > left) size = left;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

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

const isPast = (d: Date) => d < REFERENCE_DATE;
const minDate = (a: Date, b: Date) => (a < b ? a : b);

// ---------------------------------------------------------------- the builder

/**
 * The PRNG seed behind a data set: the user's seed mixed with the scale, so that test
 * fixtures made with `createFactories(n)` never replay the ids of a seeded data set.
 */
function datasetStream(scale: SeedScale, seed: number, district?: DistrictChoice): number {
  const base = (Math.imul(seed | 0, 0x9e3779b1) ^ (scale === "demo" ? 0x5eed_0001 : 0x5eed_0002)) | 0;
  // Another district gets its own stream (and so its own ids) even with the same seed.
  return district && district.code !== HOME_DISTRICT.code
    ? (base ^ Math.imul(Number(district.code), 0x85ebca6b)) | 0
    : base;
}

/**
 * Organisations of a peer district's data set that can be the superior of units elsewhere
 * (party committees of its units, in code order): what the federation demo links to.
 */
export function peerSuperiors(peer: PeerDistrict): { code: string; name: string; districtCode: string }[] {
  const data = buildDataset(peer.scale ?? "demo", peer.seed ?? 1, { district: peer.district });
  return data.partyOrganization
    .filter((o) => o.level === "COMMITTEE" && o.unitId && !o.superiorExternalCode)
    .map((o) => ({ code: o.code, name: o.name, districtCode: peer.district.code }))
    .sort((a, b) => a.code.localeCompare(b.code))
    .slice(0, 8);
}

/** Builds the whole data set in memory (pure and deterministic). */
export function buildDataset(scale: SeedScale, seed = 1, options: DatasetOptions = {}): Dataset {
  const spec = SCALES[scale];
  const homeDistrict = options.district ?? HOME_DISTRICT;
  if (!/^\d{6}$/.test(homeDistrict.code)) throw new Error(`A district code has 6 digits, not "${homeDistrict.code}"`);
  const otherDistricts = OTHER_DISTRICTS.filter((d) => d.code !== homeDistrict.code);
  const f = createFactories(datasetStream(scale, seed, options.district));
  const rnd = f.random;
  const data = emptyDataset();

  // -------------------------------------------------------------- places
  const district = f.district({ code: homeDistrict.code, name: homeDistrict.name });
  data.district.push(district);
  const streets: StreetRow[] = [];
  for (let s = 0; s < spec.streets; s++) streets.push(f.street(district));
  data.street.push(...streets);

  const perStreet = streets.map(() => Math.floor(spec.communities / spec.streets));
  for (let i = 0; i < spec.communities % spec.streets; i++) perStreet[i] = (perStreet[i] as number) + 1;
  for (let k = 0; k < spec.streets; k++) {
    // Vary the street sizes (8–12 communities around 10) without changing the total.
    const a = rnd.int(0, spec.streets - 1);
    const b = rnd.int(0, spec.streets - 1);
    if (a !== b && (perStreet[a] as number) > 8 && (perStreet[b] as number) < 12) {
      perStreet[a] = (perStreet[a] as number) - 1;
      perStreet[b] = (perStreet[b] as number) + 1;
    }
  }

  const communities: CommunityCtx[] = [];
  const communitiesByStreet = new Map<string, CommunityCtx[]>();
  streets.forEach((street, s) => {
    const list: CommunityCtx[] = [];
    for (let i = 0; i < (perStreet[s] as number); i++) {
      const row = f.community(street);
      data.community.push(row);
      const org = f.partyOrganization({ community: row }, { level: "COMMITTEE", partyMemberCount: rnd.int(150, 420) });
      const ctx: CommunityCtx = {
        row,
        street,
        short: row.name.replace(/社区$/, ""),
        org,
        staff: [],
        residents: [],
        orgs: [],
      };
      ctx.orgs.push({ row: org, unit: null, community: ctx, role: { type: "community" }, persons: [], hasTop: true });
      list.push(ctx);
      communities.push(ctx);
    }
    communitiesByStreet.set(street.id, list);
    // Neighbours: a chain along the street, some shortcuts; stored in both directions.
    for (let i = 0; i + 1 < list.length; i++) {
      data.communityNeighbour.push(
        ...f.communityNeighbours((list[i] as CommunityCtx).row, (list[i + 1] as CommunityCtx).row),
      );
      if (i + 2 < list.length && rnd.chance(0.3)) {
        data.communityNeighbour.push(
          ...f.communityNeighbours((list[i] as CommunityCtx).row, (list[i + 2] as CommunityCtx).row),
        );
      }
    }
  });
  // Communities on street borders are neighbours too.
  for (let s = 0; s + 1 < streets.length; s++) {
    const a = communitiesByStreet.get((streets[s] as StreetRow).id) ?? [];
    const b = communitiesByStreet.get((streets[s + 1] as StreetRow).id) ?? [];
    const last = a[a.length - 1];
    const first = b[0];
    if (last && first) data.communityNeighbour.push(...f.communityNeighbours(last.row, first.row));
  }

  // -------------------------------------------------------------- units and organisations
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

  // Affiliations (隶属关系).
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
    const district = otherDistricts.find((d) => d.code !== options.peer?.district.code) ?? OTHER_DISTRICTS[0];
    return { code: `${district.code}EX${String(900 + known).padStart(6, "0")}`, name, districtCode: district.code };
  };
  // With a peer district, its real organisations are the external superiors of enterprises here.
  const externals = options.peer ? peerSuperiors(options.peer) : fictional;
  if (externals.length === 0) throw new Error("The peer district has no organisation that can be a superior");
  const setExternal = (org: PartyOrganizationRow, ext: { code: string; name: string; districtCode: string }) => {
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
    );
  }
  data.partyOrganization.push(...orgs.map((o) => o.row));
  const modeOf = (org: PartyOrganizationRow, committeeStreetId: string) =>
    expectedMode(org, org.superiorId ? streetOfOrg.get(org.superiorId) : null, committeeStreetId);

  // -------------------------------------------------------------- people
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
  ): PersonRow => {
    const person = f.person({
      ...overrides,
      // The street whose registry holds the person: where they work, else where they live.
      streetId: workplace?.row.streetId ?? residence.row.streetId,
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
    c.org.secretaryName = (c.staff[0] as PersonRow).name;
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

  // -------------------------------------------------------------- committees
  const committees: CommitteeCtx[] = [];
  const firstGeneration = GENERATIONS.length - 1 - spec.pastGenerations;
  for (let g = firstGeneration; g < GENERATIONS.length; g++) {
    const gen = GENERATIONS[g] as (typeof GENERATIONS)[number];
    const current = gen.lastYear === null;
    streets.forEach((street, s) => {
      const list = communitiesByStreet.get(street.id) ?? [];
      const sizes = scale === "demo" ? [3, 2, 1, 1, 1] : partitionSizes(rnd, list.length);
      let at = 0;
      sizes.forEach((size, k) => {
        const covered = list.slice(at, at + size);
        at += size;
        let status: CommitteeStatus = current ? "FILED" : "DISSOLVED";
        if (current && scale === "demo") status = k === 3 ? "DRAFT" : k === 4 ? "SUBMITTED" : "FILED";
        else if (current) {
          if (s === 0 && k === 0) status = "DRAFT";
          else if (s === 1 && k === 0) status = "SUBMITTED";
          else if (s === 2 && k === 0) status = "APPROVED";
          else
            status = rnd.weighted([
              ["FILED", 88],
              ["APPROVED", 5],
              ["SUBMITTED", 4],
              ["DRAFT", 3],
            ] as const);
        }
        const kind: CommitteeKind = size >= 2 ? "JOINT" : "COMMUNITY";
        const recent = current && status !== "FILED";
        const createdAt = recent
          ? beijing(DEMO_YEAR, status === "APPROVED" ? 5 : 8, rnd.int(1, 25), 10, 0)
          : beijing(gen.start, rnd.int(1, 2), rnd.int(5, 25), 10, 0);
        const row = f.committee(street, {
          kind,
          status,
          createdAt,
          communityNames: covered.map((c) => c.row.name),
          ...(gen.lastYear !== null ? { dissolvedAt: beijing(gen.lastYear + 1, 1, rnd.int(5, 15), 10, 0) } : {}),
        });
        committees.push({
          row,
          street,
          communities: covered,
          generation: g,
          dataYear: gen.lastYear ?? DEMO_YEAR,
          memberships: [],
          seats: [],
        });
      });
    });
    // A few proposals the street rejected (two adjacent communities); their coverage ended.
    if (scale === "district") {
      for (let r = 0; r < 2; r++) {
        const street = rnd.pick(streets);
        const list = communitiesByStreet.get(street.id) ?? [];
        const i = rnd.int(0, Math.max(0, list.length - 2));
        const covered = list.slice(i, i + 2);
        const year = gen.lastYear ?? DEMO_YEAR;
        const row = f.committee(street, {
          kind: "JOINT",
          status: "REJECTED",
          createdAt: beijing(current ? DEMO_YEAR : gen.start + 1, rnd.int(2, 6), rnd.int(1, 25), 10, 0),
          communityNames: covered.map((c) => c.row.name),
        });
        committees.push({
          row,
          street,
          communities: covered,
          generation: g,
          dataYear: year,
          memberships: [],
          seats: [],
        });
      }
    }
  }
  data.committee.push(...committees.map((c) => c.row));

  for (const cm of committees) {
    const { row } = cm;
    const ended = (row.dissolvedAt as Date | null) ?? (row.rejectedAt as Date | null) ?? null;
    const started = (row.approvedAt as Date | null) ?? (row.submittedAt as Date | null) ?? (row.createdAt as Date);
    for (const c of cm.communities) {
      data.committeeCommunity.push(f.committeeCommunity(row, c.row, { startedAt: started, endedAt: ended }));
    }
    buildSeats(cm);
    if (row.status !== "REJECTED") buildMemberships(cm);
  }

  function buildSeats(cm: CommitteeCtx) {
    const { row } = cm;
    const status = row.status as CommitteeStatus;
    const seatStatus: SeatStatus =
      status === "FILED"
        ? "FILED"
        : status === "APPROVED"
          ? "APPROVED"
          : status === "DISSOLVED"
            ? "ENDED"
            : status === "REJECTED"
              ? "REJECTED"
              : "NOMINATED";
    const lead = cm.communities[0] as CommunityCtx;
    const second = cm.communities[1];
    const used = new Set<string>();
    const candidates = cm.communities
      .flatMap((c) => c.orgs)
      .filter((o) => o.unit !== null && o.hasTop && o.persons.length > 0)
      .sort((a, b) => Number(b.row.partyMemberCount ?? 0) - Number(a.row.partyMemberCount ?? 0));
    const big = candidates.filter((o) => o.row.level !== "BRANCH");
    const pool = rnd.shuffle(candidates.slice(0, Math.max(12, big.length)));
    const nextUnit = (): OrgCtx | undefined => {
      for (const o of pool) {
        const p = o.persons[0];
        if (p && !used.has(p.id)) return o;
      }
      return undefined;
    };
    const nominatedAt = addDays(row.createdAt as Date, rnd.int(1, 5));
    const add = (
      role: SeatRole,
      person: PersonRow,
      source: PartyOrganizationRow,
      production: SeatProduction,
      extra?: SeatStatus,
    ) => {
      used.add(person.id);
      const seat = f.seat(row, person, source, {
        role,
        production,
        status: extra ?? seatStatus,
        nominatedAt,
        ...(seatStatus === "REJECTED" ? { rejectedAt: row.rejectedAt as Date } : {}),
        ...(seatStatus === "ENDED" ? { endedAt: row.dissolvedAt as Date } : {}),
        ...(extra === "ENDED" ? { endedAt: beijing(DEMO_YEAR - 1, rnd.int(3, 10), rnd.int(1, 28), 10, 0) } : {}),
      });
      data.seat.push(seat);
      data.seatAttestation.push(...f.seatAttestations(seat));
      cm.seats.push({ row: seat, person, extra: extra !== undefined });
    };
    const leadSecretary = lead.staff[0] as PersonRow;
    const secretaryUnit = big.length > 0 && rnd.chance(0.65) ? (rnd.pick(big.slice(0, 4)) as OrgCtx) : undefined;
    if (secretaryUnit) {
      add("SECRETARY", secretaryUnit.persons[0] as PersonRow, secretaryUnit.row, "NOMINATED");
      add("EXECUTIVE_DEPUTY", leadSecretary, lead.org, "EX_OFFICIO");
    } else {
      add("SECRETARY", leadSecretary, lead.org, "EX_OFFICIO");
    }
    const fullTime = second ? (second.staff[0] as PersonRow) : (lead.staff[1] as PersonRow);
    add("DEPUTY_FULL_TIME", fullTime, (second ?? lead).org, "EX_OFFICIO");
    const partTime = secretaryUnit ? 1 : rnd.int(1, 2);
    for (let i = 0; i < partTime; i++) {
      const o = nextUnit();
      if (o) add("DEPUTY_PART_TIME", o.persons[0] as PersonRow, o.row, "NOMINATED");
      else {
        const p = lead.staff.find((s) => !used.has(s.id)) as PersonRow;
        add("DEPUTY_PART_TIME", p, lead.org, "EX_OFFICIO");
      }
    }
    // Members: elected community party organisation members enter ex officio; units' people are nominated.
    for (const c of cm.communities) {
      const p = c.staff.slice(1).find((s) => !used.has(s.id));
      if (p) add("MEMBER", p, c.org, "EX_OFFICIO");
    }
    const nominated = rnd.int(3, 6);
    for (let i = 0; i < nominated; i++) {
      const o = nextUnit();
      if (!o) break;
      add("MEMBER", o.persons[0] as PersonRow, o.row, "NOMINATED");
    }
    if (status === "FILED") {
      // History within the term: a member who left last year, a nominee the street turned down.
      if (rnd.chance(0.3)) {
        const o = nextUnit();
        if (o) add("MEMBER", o.persons[0] as PersonRow, o.row, "NOMINATED", "ENDED");
      }
      if (rnd.chance(0.15)) {
        const o = nextUnit();
        if (o) add("MEMBER", o.persons[0] as PersonRow, o.row, "NOMINATED", "REJECTED");
      }
    }
  }

  function buildMemberships(cm: CommitteeCtx) {
    const { row } = cm;
    const share = (GENERATIONS[cm.generation] as (typeof GENERATIONS)[number]).memberShare;
    const seatOrgs = new Set(cm.seats.map((s) => s.row.sourceOrganizationId));
    const from = dateOf((row.approvedAt as Date | null) ?? (row.createdAt as Date));
    const to = row.dissolvedAt ? dateOf(row.dissolvedAt as Date) : null;
    for (const c of cm.communities) {
      for (const o of c.orgs) {
        if (share < 1 && o.unit !== null && !seatOrgs.has(o.row.id) && !rnd.chance(share)) continue;
        // Some organisations joined later in the term.
        const joined =
          o.unit !== null && !seatOrgs.has(o.row.id) && row.status === "FILED" && rnd.chance(0.1)
            ? minDate(addDays(from, rnd.int(60, 500)), day(DEMO_YEAR - 1, 12, 1))
            : from;
        const m = f.membership(row, o.row, {
          managementMode: modeOf(o.row, cm.street.id),
          fromDate: joined,
          toDate: to,
          ...(o.unit === null
            ? { responsibilities: "牵头组织大党委日常工作", resourcesOffered: "社区党群服务中心" }
            : {}),
        });
        data.membership.push(m);
        cm.memberships.push({ row: m, org: o });
      }
    }
  }

  // -------------------------------------------------------------- a year of work per committee
  for (const cm of committees) {
    if (cm.row.status !== "FILED" && cm.row.status !== "DISSOLVED") continue;
    const meetings = buildMeetings(cm);
    buildFunding(cm, meetings);
    const teams = buildVolunteers(cm);
    buildAssessments(cm, teams);
  }
  // A plan being drafted for next year (DRAFT status) for some committees.
  committees
    .filter((cm) => cm.row.status === "FILED" && (cm.row.kind === "COMMUNITY" || rnd.chance(0.1)))
    .slice(0, scale === "demo" ? 1 : 25)
    .forEach((cm) => {
      const plan = f.fundingPlan(cm.row, {
        year: DEMO_YEAR + 1,
        status: "DRAFT",
        budgetFen: BigInt(rnd.int(20, 40)) * 1_000_000n,
        note: "下一年度经费预算编制中",
      });
      data.fundingPlan.push(plan);
      data.fundingIncome.push(
        f.fundingIncome(plan, "FISCAL", { receivedOn: null, amountFen: BigInt(rnd.int(10, 20)) * 1_000_000n }),
      );
    });

  interface MeetingCtx {
    row: MeetingRow;
    month: number;
    presentSeats: number;
    agendaIds: string[];
  }
  interface MeetingsOut {
    meetings: MeetingCtx[];
    fundingResolution: ResolutionRow | undefined;
    revisionResolution: ResolutionRow | undefined;
  }

  function activeSeatPersons(cm: CommitteeCtx): PersonRow[] {
    return cm.seats.filter((s) => !s.extra).map((s) => s.person);
  }

  function buildMeetings(cm: CommitteeCtx): MeetingsOut {
    const year = cm.dataYear;
    const out: MeetingsOut = { meetings: [], fundingResolution: undefined, revisionResolution: undefined };
    const seatPersons = activeSeatPersons(cm);
    const seatIds = new Set(seatPersons.map((p) => p.id));
    const guests = cm.memberships
      .map((m) => m.org)
      .filter((o) => o.unit !== null && o.persons[0] && !seatIds.has((o.persons[0] as PersonRow).id))
      .map((o) => o.persons[0] as PersonRow);
    const plans: { kind: "REGULAR" | "EXTENDED" | "EMERGENCY"; at: Date; month: number }[] = [];
    for (let m = 1; m <= 12; m++)
      plans.push({ kind: "REGULAR", month: m, at: beijing(year, m, rnd.int(8, 14), 14, 30) });
    for (const m of [3, 6, 9, 12]) {
      if (rnd.chance(0.85)) plans.push({ kind: "EXTENDED", month: m, at: beijing(year, m, rnd.int(18, 25), 9, 30) });
    }
    if (cm.row.kind === "JOINT") {
      const until = year === DEMO_YEAR ? addDays(REFERENCE_DATE, -2) : beijing(year, 12, 31, 12, 0);
      for (let i = rnd.int(1, 2); i > 0; i--) {
        const when = rnd.momentBetween(beijing(year, 1, 2, 8, 0), until);
        plans.push({ kind: "EMERGENCY", month: 0, at: when });
      }
    }
    plans.sort((a, b) => a.at.getTime() - b.at.getTime());
    const principlesUsed = new Set<DecisionPrinciple>();
    let resolutionNo = 0;
    for (const p of plans) {
      const mustHold = p.kind === "REGULAR" && (p.month === 1 || p.month === 4);
      const status = !isPast(p.at) ? "SCHEDULED" : !mustHold && rnd.chance(0.04) ? "CANCELLED" : "HELD";
      const meeting = f.meeting(cm.row, { kind: p.kind, scheduledAt: p.at, status });
      data.meeting.push(meeting);
      const topics =
        p.kind === "EMERGENCY" ? rnd.sample(EMERGENCY_TOPICS, 1) : rnd.sample(AGENDA_TOPICS, rnd.int(2, 4));
      const agenda = topics.map(([title, description], i) => f.agendaItem(meeting, i + 1, { title, description }));
      if (p.kind === "REGULAR" && p.month === 1) {
        const first = agenda[0];
        if (first) {
          first.title = `审议${year}年度经费预算及出资比例`;
          first.description = "审议专项经费预算、各渠道收入和成员单位出资比例";
        }
      }
      if (p.kind === "REGULAR" && p.month === 4) {
        const first = agenda[0];
        if (first) {
          first.title = `审议调整${year}年度出资比例`;
          first.description = "新增成员单位后调整出资比例";
        }
      }
      data.agendaItem.push(...agenda);
      const ctx: MeetingCtx = { row: meeting, month: p.month, presentSeats: 0, agendaIds: agenda.map((a) => a.id) };
      out.meetings.push(ctx);
      if (status !== "HELD") continue;
      for (const person of seatPersons) {
        const a = f.attendance(meeting, person);
        if (a.status === "PRESENT") ctx.presentSeats++;
        data.attendance.push(a);
      }
      if (p.kind === "EXTENDED") {
        for (const g of rnd.sample(guests, rnd.int(3, 6))) {
          data.attendance.push(f.attendance(meeting, g, { status: "PRESENT", note: "成员单位代表列席" }));
        }
      }
      const resolve = (principle: DecisionPrinciple, title?: string, agendaId?: string) => {
        const against = rnd.chance(0.15) ? 1 : 0;
        const abstain = rnd.chance(0.2) ? 1 : 0;
        resolutionNo++;
        const r = f.resolution(meeting, {
          principle,
          number: `〔${year}〕${resolutionNo}号`,
          agendaItemId: agendaId ?? rnd.pick(ctx.agendaIds),
          votesFor: Math.max(1, ctx.presentSeats - against - abstain),
          votesAgainst: against,
          votesAbstain: abstain,
          ...(title ? { title } : {}),
        });
        data.resolution.push(r);
        principlesUsed.add(principle);
        return r;
      };
      if (p.kind === "EMERGENCY") resolve("URGENT_MATTERS_CONSULTED");
      else if (p.kind === "EXTENDED") {
        for (let i = rnd.int(1, 2); i > 0; i--)
          resolve(rnd.pick(["MAJOR_MATTERS_DISCUSSED", "PRACTICAL_MATTERS_DONE"] as const));
      } else if (p.month === 1) {
        out.fundingResolution = resolve(
          "IMPORTANT_MATTERS_DECIDED",
          `关于${year}年度经费预算及出资比例的决议`,
          ctx.agendaIds[0],
        );
      } else if (p.month === 4) {
        out.revisionResolution = resolve(
          "IMPORTANT_MATTERS_DECIDED",
          `关于调整${year}年度出资比例的决议`,
          ctx.agendaIds[0],
        );
      } else if (rnd.chance(0.6)) {
        resolve(
          rnd.weighted([
            ["MAJOR_MATTERS_DISCUSSED", 35],
            ["PRACTICAL_MATTERS_DONE", 45],
            ["IMPORTANT_MATTERS_DECIDED", 20],
          ] as const),
        );
      }
    }
    // Every committee has decided under each of the four principles (急事共商 included).
    for (const principle of [
      "MAJOR_MATTERS_DISCUSSED",
      "PRACTICAL_MATTERS_DONE",
      "URGENT_MATTERS_CONSULTED",
    ] as const) {
      if (principlesUsed.has(principle)) continue;
      const held = out.meetings.filter((m) => m.row.status === "HELD" && m.month !== 1 && m.month !== 4);
      const target = held.length > 0 ? rnd.pick(held) : undefined;
      if (!target) continue;
      resolutionNo++;
      data.resolution.push(
        f.resolution(target.row, {
          principle,
          number: `〔${year}〕${resolutionNo}号`,
          agendaItemId: target.agendaIds[0] ?? null,
          votesFor: Math.max(1, target.presentSeats),
          votesAgainst: 0,
          votesAbstain: 0,
        }),
      );
    }
    return out;
  }

  function buildFunding(cm: CommitteeCtx, meetings: MeetingsOut) {
    const resolution = meetings.fundingResolution;
    if (!resolution) return;
    const year = cm.dataYear;
    const current = cm.row.status === "FILED";
    const amount = (minYuan: number, maxYuan: number) => BigInt(rnd.int(minYuan / 100, maxYuan / 100)) * 10_000n;
    const incomeChannels: [FundingChannel, number, number, number][] = [
      ["FISCAL", rnd.int(1, 2), 50_000, 200_000],
      ["PARTY_DUES", 1, 5_000, 30_000],
      ["TASK_TRANSFER", rnd.int(1, 2), 10_000, 80_000],
      ["SELF_GENERATED", 1, 2_000, 20_000],
      ["SPONSORSHIP", rnd.int(1, 2), 5_000, 50_000],
    ];
    const unitsTotal = amount(30_000, 150_000);
    const contributors = pickContributors(cm);
    const revise = current && isFirstRevisedCommittee(cm) && meetings.revisionResolution !== undefined;

    let previous: FundingPlanRow | undefined;
    if (revise) {
      // Revision 1, adopted in January, superseded in April by revision 2 (a member unit was added).
      const early = contributors.slice(0, Math.max(1, contributors.length - 2));
      const incomes = incomeChannels.slice(0, 2).map(([channel, , lo, hi]) => ({ channel, amountFen: amount(lo, hi) }));
      previous = f.fundingPlan(cm.row, {
        year,
        revision: 1,
        status: "SUPERSEDED",
        resolutionId: resolution.id,
        adoptedAt: resolution.adoptedAt as Date,
        budgetFen: incomes.reduce((s, i) => s + i.amountFen, 0n) + unitsTotal,
        note: "年初预算",
      });
      previous.updatedAt = (meetings.revisionResolution as ResolutionRow).adoptedAt as Date;
      data.fundingPlan.push(previous);
      for (const inc of incomes) {
        data.fundingIncome.push(
          f.fundingIncome(previous, inc.channel, { amountFen: inc.amountFen, receivedOn: day(year, 1, 28) }),
        );
      }
      addRatios(previous, early);
    }
    const adoptedBy = revise ? (meetings.revisionResolution as ResolutionRow) : resolution;
    const incomes = incomeChannels.flatMap(([channel, count, lo, hi]) =>
      Array.from({ length: count }, () => ({ channel, amountFen: amount(lo, hi) })),
    );
    const plan = f.fundingPlan(cm.row, {
      year,
      revision: previous ? 2 : 1,
      status: current ? "ADOPTED" : "CLOSED",
      resolutionId: adoptedBy.id,
      adoptedAt: adoptedBy.adoptedAt as Date,
      previousPlanId: previous?.id ?? null,
      budgetFen: incomes.reduce((s, i) => s + i.amountFen, 0n) + unitsTotal,
      note: previous ? "新增成员单位，调整出资比例" : null,
      ...(current ? {} : { closedAt: beijing(year, 12, 31, 17, 0) }),
    });
    data.fundingPlan.push(plan);
    for (const inc of incomes)
      data.fundingIncome.push(f.fundingIncome(plan, inc.channel, { amountFen: inc.amountFen }));
    const units = addRatios(plan, contributors);
    // Each unit's contribution: its share of the units' total by largest remainder (sums exactly).
    const amounts = largestRemainder(unitsTotal, units);
    contributors.forEach((m, i) => {
      const received = !current || rnd.chance(0.55);
      data.contribution.push(
        f.contribution(plan, m, amounts[i] as bigint, { status: received ? "RECEIVED" : "PLEDGED" }),
      );
    });
  }

  /** Ratios (0.0001% units, summing to exactly 100%) for the given memberships; returns the units. */
  function addRatios(plan: FundingPlanRow, members: MembershipRow[]): bigint[] {
    if (members.length === 0) return [];
    const weights = members.map(() => BigInt(rnd.int(2, 20)));
    const units = largestRemainder(BigInt(PERCENT_SCALE), weights);
    members.forEach((m, i) => {
      data.contributionRatio.push(f.contributionRatio(plan, m, percentString(units[i] as bigint)));
    });
    return units;
  }

  function pickContributors(cm: CommitteeCtx): MembershipRow[] {
    const eligible = cm.memberships.filter(
      ({ org }) =>
        org.unit !== null &&
        (org.unit.kind === "GOVERNMENT_AGENCY" ||
          org.unit.kind === "ENTERPRISE_INSTITUTION" ||
          org.unit.kind === "NEW_ECONOMIC_ORG") &&
        Number(org.unit.employeeCount ?? 0) >= 20,
    );
    const chosen = (eligible.length >= 2 ? eligible : cm.memberships.filter(({ org }) => org.unit !== null))
      .slice()
      .sort((a, b) => Number(b.org.unit?.employeeCount ?? 0) - Number(a.org.unit?.employeeCount ?? 0))
      .slice(0, 30);
    return chosen.map((m) => m.row);
  }

  function isFirstRevisedCommittee(cm: CommitteeCtx): boolean {
    const first = committees.find((c) => c.row.status === "FILED" && c.row.kind === "JOINT");
    return first === cm;
  }

  function buildVolunteers(cm: CommitteeCtx): PersonRow[] {
    const year = cm.dataYear;
    const dissolved = cm.row.dissolvedAt as Date | null;
    const approved = cm.row.approvedAt as Date;
    const residents = cm.communities.flatMap((c) => c.residents);
    const kinds: VolunteerTeamKind[] = [
      "PARTY_MEMBER_VOLUNTEERS",
      "YOUTH_VOLUNTEERS",
      "LEGAL_SERVICE",
      "ELDERLY_DISABLED_ASSISTANCE",
    ];
    if (rnd.chance(0.4) || cm === committees.find((c) => c.row.status === "FILED")) kinds.push("OTHER");
    const lead = cm.communities[0] as CommunityCtx;
    const prefix = cm.row.kind === "JOINT" ? `${lead.short}片区` : `${lead.short}社区`;
    const members = new Map<string, PersonRow>();
    const until = year === DEMO_YEAR ? addDays(REFERENCE_DATE, -1) : day(year, 12, 31);
    for (const kind of kinds) {
      const founded = dateOf(addDays(approved, rnd.int(10, 120)));
      const team = f.volunteerTeam(cm.row, kind, {
        prefix,
        foundedOn: founded,
        endedAt: dissolved,
      });
      data.volunteerTeam.push(team);
      const pool =
        kind === "YOUTH_VOLUNTEERS"
          ? residents.filter((p) => Number(p.birthYear ?? 0) >= 1986)
          : kind === "PARTY_MEMBER_VOLUNTEERS"
            ? residents.filter((p) => p.isPartyMember !== false)
            : residents;
      const chosen = rnd.sample(pool.length >= 4 ? pool : residents, rnd.int(8, 20));
      for (const p of chosen) {
        const joined = dateOf(addDays(founded, rnd.int(0, 200)));
        const left = dissolved
          ? dateOf(dissolved)
          : rnd.chance(0.1)
            ? minDate(addDays(joined, rnd.int(100, 400)), dateOf(addDays(REFERENCE_DATE, -1)))
            : null;
        data.volunteerTeamMember.push(
          f.volunteerTeamMember(team, p, { joinedOn: joined, leftOn: left && left >= joined ? left : null }),
        );
        members.set(p.id, p);
      }
      const leader = chosen.find((p) => p.isPartyMember !== false) ?? chosen[0];
      if (leader) team.leaderId = leader.id;
      for (let i = rnd.int(4, 10); i > 0; i--) {
        data.volunteerActivity.push(f.volunteerActivity(team, { heldOn: rnd.dateBetween(day(year, 1, 5), until) }));
      }
    }
    return [...members.values()];
  }

  function buildAssessments(cm: CommitteeCtx, volunteers: PersonRow[]) {
    const current = cm.row.status === "FILED";
    const year = current ? DEMO_YEAR - 1 : cm.dataYear;
    const yearEnd = day(year, 12, 31);
    const assessedAt = () => beijing(year + 1, 1, rnd.int(10, 25), 10, 0);
    for (const { row, org } of cm.memberships) {
      if (org.unit === null || (row.fromDate as Date) > yearEnd) continue;
      const at = assessedAt();
      data.assessment.push(
        f.assessment(
          cm.row,
          { kind: "UNIT_PARTICIPATION", membership: row },
          {
            year,
            assessedAt: at,
            // Results of dual-managed members are notified to their superior organisation.
            notifiedAt: row.managementMode === "DUAL" || rnd.chance(0.5) ? addDays(at, rnd.int(7, 20)) : null,
          },
        ),
      );
    }
    for (const { row } of cm.seats) {
      if (row.status === "REJECTED") continue;
      const at = assessedAt();
      data.assessment.push(
        f.assessment(
          cm.row,
          { kind: "COMMITTEE_MEMBER", seat: row },
          { year, assessedAt: at, notifiedAt: addDays(at, rnd.int(7, 20)) },
        ),
      );
    }
    const inService = cm.communities
      .flatMap((c) => c.residents)
      .filter((p) => p.workplaceOrganizationId && p.isPartyMember !== false);
    for (const p of rnd.sample(inService, Math.ceil(inService.length * 0.2))) {
      data.assessment.push(
        f.assessment(
          cm.row,
          { kind: "ANNUAL_APPRAISAL", person: p },
          { year, assessedAt: assessedAt(), notifiedAt: null },
        ),
      );
    }
    // Points run through the demo year for current committees (a running tally, not yet notified).
    const pointsYear = current ? DEMO_YEAR : cm.dataYear;
    for (const p of volunteers) {
      const points = rnd.int(10, 120);
      data.assessment.push(
        f.assessment(
          cm.row,
          { kind: "POINTS", person: p, points },
          {
            year: pointsYear,
            score: Math.min(100, 40 + Math.round(points / 2)).toFixed(2),
            grade: points >= 100 ? "EXCELLENT" : points >= 40 ? "COMPETENT" : "BASICALLY_COMPETENT",
            assessedAt: current
              ? addDays(REFERENCE_DATE, -rnd.int(1, 20))
              : beijing(pointsYear + 1, 1, rnd.int(10, 25), 10, 0),
            notifiedAt: null,
          },
        ),
      );
    }
  }

  return data;
}

// ---------------------------------------------------------------- writing

/** Every domain table, plus the audit log (TRUNCATE is allowed by its append-only trigger). */
export const DOMAIN_TABLES = [...DATASET_ORDER.map((k) => TABLE_NAMES[k]), "AuditEvent"] as const;

/** Row counts per table (model) name of a built data set. */
export function countRows(data: Dataset): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of DATASET_ORDER) out[TABLE_NAMES[key]] = data[key].length;
  return out;
}

const truncateSql = () => `TRUNCATE TABLE ${DOMAIN_TABLES.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`;

/** Empties every domain table and the audit log. */
export async function truncateDomainTables(db: Pick<Database, "sql">): Promise<void> {
  await db.sql.exec(truncateSql());
}

/**
 * Builds the data set for `opts.scale` and `opts.seed` (default 1) and writes it in one
 * transaction (all or nothing). Refuses a database that already has a district unless
 * `opts.reset`, which truncates the domain tables (and the audit log) first, in the same
 * transaction. Returns the rows written per table (model name).
 */
export async function seed(db: Database, opts: SeedOptions): Promise<Record<string, number>> {
  const data = buildDataset(opts.scale, opts.seed ?? 1, { district: opts.district, peer: opts.peer });
  const insertOptions: InsertOptions = {
    ...(opts.chunkSize !== undefined ? { chunkSize: opts.chunkSize } : {}),
    ...(opts.onTable ? { onTable: opts.onTable } : {}),
  };
  const written = await db.prisma.$transaction(
    async (tx) => {
      const existing = await tx.district.count();
      if (existing > 0 && !opts.reset) {
        throw new Error(
          `The database already has ${existing} district(s); refusing to seed. Pass reset: true (--reset) to empty it first.`,
        );
      }
      if (opts.reset) await tx.$executeRawUnsafe(truncateSql());
      return opts.loader === "prisma"
        ? insertDataset(tx, data, insertOptions)
        : insertDatasetSql((sql, json) => tx.$executeRawUnsafe(sql, json), data, insertOptions);
    },
    { maxWait: 60_000, timeout: 30 * 60_000 },
  );
  const out: Record<string, number> = {};
  for (const key of DATASET_ORDER) out[TABLE_NAMES[key]] = written[key] ?? 0;
  return out;
}
