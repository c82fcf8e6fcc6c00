/**
 * Row factories shared by the seed generator and the tests.
 *
 * `createFactories(seed)` returns functions that build plain rows (Prisma
 * `XxxCreateManyInput` objects) with deterministic ids and plausible defaults that satisfy
 * the database's CHECK constraints (credit codes and ID numbers with correct check
 * characters, lifecycle timestamps that agree with the status, assessment subjects that
 * match the kind). Each takes its parent row(s) and optional overrides; nothing touches a
 * database. `insertDataset` writes a built dataset in foreign-key order.
 *
 * The same seed and the same sequence of calls give the same rows, ids included.
 */
import type { Prisma } from "../../generated/client/client.js";
import type {
  AssessmentGrade,
  CommitteeKind,
  CommitteeStatus,
  ContributionStatus,
  FundingChannel,
  FundingPlanStatus,
  Gender,
  MeetingStatus,
  OrgLevel,
  Qualification,
  SeatStatus,
  UnitKind,
  VolunteerTeamKind,
} from "../../generated/client/enums.js";
import { creditCodeCheckChar } from "../codes/creditCode.js";
import { idNumberCheckChar } from "../codes/idNumber.js";
import {
  AGENDA_TOPICS,
  ASSESSMENT_REMARKS,
  ATTESTATION_EVIDENCE,
  COMMITMENTS,
  COMMUNITY_NAMES,
  communityOrganizationName,
  HOME_DISTRICT,
  INCOME_SOURCES,
  MEETING_LOCATIONS,
  ORG_LEVEL_SUFFIX,
  POSITIONS,
  PRINCIPLE_TITLES,
  personName,
  RESOURCES,
  RESPONSIBILITIES,
  ROADS,
  STREET_NAMES,
  unitNames,
  VOLUNTEER_ACTIVITIES,
  VOLUNTEER_TEAMS,
} from "./names.js";
import {
  addDays,
  addMinutes,
  beijing,
  createRandom,
  DEMO_YEAR,
  dateOf,
  day,
  type Random,
  REFERENCE_DATE,
} from "./random.js";

// ---------------------------------------------------------------- row types

type WithId<T> = T & { id: string };

export type DistrictRow = WithId<Prisma.DistrictCreateManyInput>;
export type StreetRow = WithId<Prisma.StreetCreateManyInput>;
export type CommunityRow = WithId<Prisma.CommunityCreateManyInput>;
export type CommunityNeighbourRow = Prisma.CommunityNeighbourCreateManyInput;
export type UnitRow = WithId<Prisma.UnitCreateManyInput>;
export type PartyOrganizationRow = WithId<Prisma.PartyOrganizationCreateManyInput>;
export type CommitteeRow = WithId<Prisma.CommitteeCreateManyInput>;
export type CommitteeCommunityRow = WithId<Prisma.CommitteeCommunityCreateManyInput>;
export type MembershipRow = WithId<Prisma.MembershipCreateManyInput>;
export type PersonRow = WithId<Prisma.PersonCreateManyInput>;
export type PersonPrivateRow = Prisma.PersonPrivateCreateManyInput;
export type SeatRow = WithId<Prisma.SeatCreateManyInput>;
export type SeatAttestationRow = WithId<Prisma.SeatAttestationCreateManyInput>;
export type MeetingRow = WithId<Prisma.MeetingCreateManyInput>;
export type AgendaItemRow = WithId<Prisma.AgendaItemCreateManyInput>;
export type AttendanceRow = WithId<Prisma.AttendanceCreateManyInput>;
export type ResolutionRow = WithId<Prisma.ResolutionCreateManyInput>;
export type FundingPlanRow = WithId<Prisma.FundingPlanCreateManyInput>;
export type FundingIncomeRow = WithId<Prisma.FundingIncomeCreateManyInput>;
export type ContributionRatioRow = WithId<Prisma.ContributionRatioCreateManyInput>;
export type ContributionRow = WithId<Prisma.ContributionCreateManyInput>;
export type AssessmentRow = WithId<Prisma.AssessmentCreateManyInput>;
export type VolunteerTeamRow = WithId<Prisma.VolunteerTeamCreateManyInput>;
export type VolunteerTeamMemberRow = WithId<Prisma.VolunteerTeamMemberCreateManyInput>;
export type VolunteerActivityRow = WithId<Prisma.VolunteerActivityCreateManyInput>;

/** All rows of a data set, one array per model, keyed by the Prisma delegate name. */
export interface Dataset {
  district: DistrictRow[];
  street: StreetRow[];
  community: CommunityRow[];
  communityNeighbour: CommunityNeighbourRow[];
  unit: UnitRow[];
  partyOrganization: PartyOrganizationRow[];
  person: PersonRow[];
  personPrivate: PersonPrivateRow[];
  committee: CommitteeRow[];
  committeeCommunity: CommitteeCommunityRow[];
  membership: MembershipRow[];
  seat: SeatRow[];
  seatAttestation: SeatAttestationRow[];
  meeting: MeetingRow[];
  agendaItem: AgendaItemRow[];
  resolution: ResolutionRow[];
  attendance: AttendanceRow[];
  fundingPlan: FundingPlanRow[];
  fundingIncome: FundingIncomeRow[];
  contributionRatio: ContributionRatioRow[];
  contribution: ContributionRow[];
  assessment: AssessmentRow[];
  volunteerTeam: VolunteerTeamRow[];
  volunteerTeamMember: VolunteerTeamMemberRow[];
  volunteerActivity: VolunteerActivityRow[];
}

/** The models in foreign-key order (parents before children), as Dataset keys. */
export const DATASET_ORDER = [
  "district",
  "street",
  "community",
  "communityNeighbour",
  "unit",
  "partyOrganization",
  "person",
  "personPrivate",
  "committee",
  "committeeCommunity",
  "membership",
  "seat",
  "seatAttestation",
  "meeting",
  "agendaItem",
  "resolution",
  "attendance",
  "fundingPlan",
  "fundingIncome",
  "contributionRatio",
  "contribution",
  "assessment",
  "volunteerTeam",
  "volunteerTeamMember",
  "volunteerActivity",
] as const satisfies readonly (keyof Dataset)[];

/** The table name of each Dataset key (Prisma model names; the tables are named after them). */
export const TABLE_NAMES: Record<keyof Dataset, string> = {
  district: "District",
  street: "Street",
  community: "Community",
  communityNeighbour: "CommunityNeighbour",
  unit: "Unit",
  partyOrganization: "PartyOrganization",
  person: "Person",
  personPrivate: "PersonPrivate",
  committee: "Committee",
  committeeCommunity: "CommitteeCommunity",
  membership: "Membership",
  seat: "Seat",
  seatAttestation: "SeatAttestation",
  meeting: "Meeting",
  agendaItem: "AgendaItem",
  resolution: "Resolution",
  attendance: "Attendance",
  fundingPlan: "FundingPlan",
  fundingIncome: "FundingIncome",
  contributionRatio: "ContributionRatio",
  contribution: "Contribution",
  assessment: "Assessment",
  volunteerTeam: "VolunteerTeam",
  volunteerTeamMember: "VolunteerTeamMember",
  volunteerActivity: "VolunteerActivity",
};

export function emptyDataset(): Dataset {
  return {
    district: [],
    street: [],
    community: [],
    communityNeighbour: [],
    unit: [],
    partyOrganization: [],
    person: [],
    personPrivate: [],
    committee: [],
    committeeCommunity: [],
    membership: [],
    seat: [],
    seatAttestation: [],
    meeting: [],
    agendaItem: [],
    resolution: [],
    attendance: [],
    fundingPlan: [],
    fundingIncome: [],
    contributionRatio: [],
    contribution: [],
    assessment: [],
    volunteerTeam: [],
    volunteerTeamMember: [],
    volunteerActivity: [],
  };
}

export function datasetCounts(data: Dataset): Record<keyof Dataset, number> {
  const out = {} as Record<keyof Dataset, number>;
  for (const key of DATASET_ORDER) out[key] = data[key].length;
  return out;
}

// ---------------------------------------------------------------- arithmetic helpers

/** 100% in the unit of ContributionRatio.percent's last decimal (0.0001%). */
export const PERCENT_SCALE = 1_000_000;

/**
 * Splits `total` into parts proportional to `weights` by the largest remainder method:
 * the parts are integers that add up to `total` exactly (ties go to the earlier weight).
 */
export function largestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum <= 0n) throw new RangeError("largestRemainder needs a positive total weight");
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left -= 1n;
  }
  return parts;
}

/** Percent units (0.0001%) as the decimal string Prisma writes: 123456 → "12.3456". */
export function percentString(units: number | bigint): string {
  const n = BigInt(units);
  const whole = n / 10_000n;
  const frac = (n % 10_000n).toString().padStart(4, "0");
  return `${whole}.${frac}`;
}

/** Integer weights → percent strings with four decimals that add up to exactly 100. */
export function percentsFromWeights(weights: readonly (number | bigint)[]): string[] {
  return largestRemainder(
    BigInt(PERCENT_SCALE),
    weights.map((w) => BigInt(w)),
  ).map(percentString);
}

export function gradeForScore(score: number): AssessmentGrade {
  if (score >= 90) return "EXCELLENT";
  if (score >= 75) return "COMPETENT";
  if (score >= 60) return "BASICALLY_COMPETENT";
  return "INCOMPETENT";
}

/**
 * The management mode a membership must have (invariant 3): DUAL exactly when the
 * organisation's superior is outside the committee's street — registered in another
 * district (external code) or a local organisation of another street.
 * `superiorStreetId` is the street of the local superior's unit or community.
 */
export function expectedMode(
  org: Pick<PartyOrganizationRow, "superiorId" | "superiorExternalCode">,
  superiorStreetId: string | null | undefined,
  committeeStreetId: string,
): "DIRECT" | "DUAL" {
  if (org.superiorExternalCode) return "DUAL";
  if (org.superiorId) return superiorStreetId === committeeStreetId ? "DIRECT" : "DUAL";
  return "DIRECT";
}

// ---------------------------------------------------------------- codes

const CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 organisation code check character for an 8-character body. */
function organizationCodeCheckChar(body: string): string {
  let total = 0;
  for (let i = 0; i < 8; i++) {
    const c = body.charAt(i);
    const value = c >= "0" && c <= "9" ? Number(c) : c.charCodeAt(0) - 55; // A=10 … Z=35
    total += value * (ORG_CODE_WEIGHTS[i] as number);
  }
  const check = 11 - (total % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

function creditCodePrefix(kind: UnitKind, name: string): string {
  switch (kind) {
    case "GOVERNMENT_AGENCY":
      return "11"; // 机构编制 · 机关
    case "ENTERPRISE_INSTITUTION":
      return /(学|医院|保健院|中心)$/.test(name) ? "12" : "91"; // 事业单位 or 企业
    case "NEW_ECONOMIC_ORG":
      return "91"; // 工商 · 企业
    case "NEW_SOCIAL_ORG":
      return /(会)$/.test(name) ? "51" : "52"; // 民政 · 社会团体 / 民办非企业单位
    case "RESIDENTS_COMMITTEE":
      return "55"; // 民政 · 基层群众性自治组织
    case "OTHER":
      return "Y1";
  }
}

function districtCodeOf(code: string | undefined | null): string {
  return code && /^\d{6}/.test(code) ? code.slice(0, 6) : HOME_DISTRICT.code;
}

// ---------------------------------------------------------------- factories

type Parent<T, K extends keyof T> = Pick<T, K>;

export type AssessmentSubject =
  | { kind: "UNIT_PARTICIPATION"; membership: Pick<MembershipRow, "id" | "organizationId"> }
  | { kind: "COMMITTEE_MEMBER"; seat: Pick<SeatRow, "id" | "personId" | "sourceOrganizationId"> }
  | { kind: "ANNUAL_APPRAISAL"; person: Pick<PersonRow, "id" | "workplaceOrganizationId"> }
  | { kind: "POINTS"; person: Pick<PersonRow, "id" | "workplaceOrganizationId">; points?: number };

/** Logical creation time of master data (places, units, organisations, people). */
export const BASELINE = beijing(2014, 12, 1, 9, 0);

export function createFactories(seed: number) {
  const rnd: Random = createRandom(seed);
  const usedOrgCodes = new Set<string>();

  const counters = new Map<string, number>();
  const nextCount = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const usedCreditCodes = new Set<string>();
  const usedIdNumbers = new Set<string>();
  const stamp = (created: Date, updated: Date = created) => ({ createdAt: created, updatedAt: updated });
  const latest = (...dates: (Date | string | null | undefined)[]): Date => {
    let best = new Date(0);
    for (const d of dates) {
      if (d instanceof Date && d > best) best = d;
    }
    return best;
  };

  function creditCode(kind: UnitKind, name: string, districtCode: string): string {
    for (;;) {
      let body = "";
      for (let i = 0; i < 8; i++) body += CREDIT_ALPHABET.charAt(rnd.int(0, 30));
      const first17 = `${creditCodePrefix(kind, name)}${districtCode}${body}${organizationCodeCheckChar(body)}`;
      const code = first17 + creditCodeCheckChar(first17);
      if (!usedCreditCodes.has(code)) {
        usedCreditCodes.add(code);
        return code;
      }
    }
  }

  function idNumber(birth: Date, gender: Gender): string {
    const y = birth.getUTCFullYear();
    const m = String(birth.getUTCMonth() + 1).padStart(2, "0");
    const d = String(birth.getUTCDate()).padStart(2, "0");
    for (;;) {
      // Fictional area code 9999xx: no real region has it, so these can never be real IDs.
      const area = `9999${String(rnd.int(1, 99)).padStart(2, "0")}`;
      const seq = rnd.int(0, 49) * 2 + (gender === "MALE" ? 1 : 0); // odd = male
      const first17 = `${area}${y}${m}${d}${String(rnd.int(0, 9))}${String(seq).padStart(2, "0")}`;
      const id = first17 + idNumberCheckChar(first17);
      if (!usedIdNumbers.has(id)) {
        usedIdNumbers.add(id);
        return id;
      }
    }
  }

  /** 党组织代码: district code + 8 random characters (unique in this factory, collisions elsewhere improbable). */
  function orgCode(districtCode: string): string {
    for (;;) {
      let code = districtCode;
      for (let i = 0; i < 8; i++) code += CREDIT_ALPHABET.charAt(rnd.int(0, 30));
      if (!usedOrgCodes.has(code)) {
        usedOrgCodes.add(code);
        return code;
      }
    }
  }

  const mobile = () => `199${rnd.digits(8)}`;
  const officePhone = () => `024-2${rnd.digits(7)}`;
  const address = () => `${rnd.pick(ROADS)}${rnd.int(1, 399)}号`;

  const f = {
    /** The generator behind the defaults; the seed uses it for its own choices too. */
    random: rnd,

    district(overrides: Partial<Prisma.DistrictCreateManyInput> = {}): DistrictRow {
      const n = nextCount("district");
      return {
        id: rnd.uuid(),
        // A fictional code (9xxxxx) that the demo district (210102) never has; the seed passes its own.
        code: `9${String(rnd.int(0, 9999)).padStart(4, "0")}${n % 10}`,
        name: `${HOME_DISTRICT.name.slice(0, 1)}${"安宁兴平康乐福顺".charAt(rnd.int(0, 7))}区`,
        ...stamp(BASELINE),
        ...overrides,
      };
    },

    street(
      district: Parent<DistrictRow, "id" | "code">,
      overrides: Partial<Prisma.StreetCreateManyInput> = {},
    ): StreetRow {
      const n = nextCount(`street:${district.id}`);
      return {
        id: rnd.uuid(),
        districtId: district.id,
        code: `${district.code}${String(n).padStart(3, "0")}`,
        name: `${STREET_NAMES[(n - 1) % STREET_NAMES.length]}${n > STREET_NAMES.length ? n : ""}街道`,
        ...stamp(BASELINE),
        ...overrides,
      };
    },

    community(
      street: Parent<StreetRow, "id" | "code">,
      overrides: Partial<Prisma.CommunityCreateManyInput> = {},
    ): CommunityRow {
      const n = nextCount(`community:${street.id}`);
      const all = nextCount("community");
      const households = rnd.int(1800, 6500);
      return {
        id: rnd.uuid(),
        streetId: street.id,
        code: `${street.code}${String(n).padStart(3, "0")}`,
        name: `${COMMUNITY_NAMES[(all - 1) % COMMUNITY_NAMES.length]}${all > COMMUNITY_NAMES.length ? all : ""}社区`,
        households,
        population: Math.round(households * (2.3 + rnd.float() * 0.6)),
        ...stamp(BASELINE),
        ...overrides,
      };
    },

    /** Adjacency, in both directions (two rows). */
    communityNeighbours(
      a: Parent<CommunityRow, "id">,
      b: Parent<CommunityRow, "id">,
    ): [CommunityNeighbourRow, CommunityNeighbourRow] {
      return [
        { communityId: a.id, neighbourId: b.id, createdAt: BASELINE },
        { communityId: b.id, neighbourId: a.id, createdAt: BASELINE },
      ];
    },

    unit(
      community: Parent<CommunityRow, "id" | "name" | "streetId"> & { code?: string },
      overrides: Partial<Prisma.UnitCreateManyInput> = {},
    ): UnitRow {
      const kind: UnitKind = overrides.kind ?? "NEW_ECONOMIC_ORG";
      const place = community.name.replace(/社区$/, "");
      const name =
        overrides.name ??
        (kind === "RESIDENTS_COMMITTEE"
          ? unitNames.residentsCommittee(place)
          : kind === "NEW_SOCIAL_ORG"
            ? unitNames.social(rnd, HOME_DISTRICT.name, place)
            : kind === "ENTERPRISE_INSTITUTION"
              ? unitNames.enterprise(rnd, place)
              : kind === "GOVERNMENT_AGENCY"
                ? unitNames.subordinate("police", place, 1)
                : kind === "OTHER"
                  ? unitNames.other(rnd, place)
                  : unitNames.economic(rnd));
      const n = nextCount("unit");
      return {
        id: rnd.uuid(),
        streetId: community.streetId,
        communityId: community.id,
        name,
        kind,
        creditCode: creditCode(kind, name, districtCodeOf(community.code)),
        address: address(),
        contactName: personName(rnd, rnd.chance(0.5) ? "MALE" : "FEMALE"),
        contactPhone: officePhone(),
        contactEmail: `contact${n}@unit.example`,
        employeeCount: rnd.int(3, 120),
        ...stamp(BASELINE),
        ...overrides,
      };
    },

    /**
     * A party organisation of exactly one unit or one community. Its superior is set with
     * `superiorId` (local) or `superiorExternalCode` + `superiorDistrictCode` (external).
     */
    partyOrganization(
      owner:
        | { unit: Parent<UnitRow, "id" | "name" | "streetId"> & { creditCode?: string } }
        | { community: Parent<CommunityRow, "id" | "name" | "code" | "streetId"> },
      overrides: Partial<Prisma.PartyOrganizationCreateManyInput> = {},
    ): PartyOrganizationRow {
      const level: OrgLevel = overrides.level ?? ("community" in owner ? "COMMITTEE" : "BRANCH");
      const districtCode = districtCodeOf(
        "community" in owner ? owner.community.code : owner.unit.creditCode?.slice(2, 8),
      );
      const name =
        "community" in owner
          ? communityOrganizationName(owner.community.name.replace(/社区$/, ""))
          : `${owner.unit.name}${ORG_LEVEL_SUFFIX[level]}`;
      const members =
        level === "COMMITTEE" ? rnd.int(100, 260) : level === "GENERAL_BRANCH" ? rnd.int(50, 99) : rnd.int(3, 49);
      return {
        id: rnd.uuid(),
        streetId: "unit" in owner ? owner.unit.streetId : owner.community.streetId,
        code: orgCode(districtCode),
        name,
        level,
        unitId: "unit" in owner ? owner.unit.id : null,
        communityId: "community" in owner ? owner.community.id : null,
        partyMemberCount: members,
        secretaryName: personName(rnd, rnd.chance(0.6) ? "MALE" : "FEMALE"),
        ...stamp(BASELINE),
        ...overrides,
      };
    },

    person(overrides: Partial<Prisma.PersonCreateManyInput> & { streetId: string }): PersonRow {
      const gender: Gender = overrides.gender ?? (rnd.chance(0.55) ? "MALE" : "FEMALE");
      const birthYear = overrides.birthYear ?? rnd.int(1955, 2000);
      const isPartyMember = overrides.isPartyMember ?? true;
      const joinedYear = Math.min(2025, birthYear + rnd.int(19, 35));
      return {
        id: rnd.uuid(),
        name: personName(rnd, gender),
        gender,
        birthYear,
        isPartyMember,
        partyJoinedOn: isPartyMember ? day(joinedYear, rnd.int(1, 12), rnd.int(1, 28)) : null,
        position: rnd.pick(POSITIONS.staff),
        ...stamp(BASELINE),
        ...overrides,
      };
    },

    /** The protected personal data of a person: a fake but well-formed ID number (area 9999xx). */
    personPrivate(
      person: Parent<PersonRow, "id" | "gender" | "streetId"> & { birthYear?: number | null },
      overrides: Partial<Prisma.PersonPrivateCreateManyInput> = {},
    ): PersonPrivateRow {
      const birth = day(person.birthYear ?? 1980, rnd.int(1, 12), rnd.int(1, 28));
      return {
        personId: person.id,
        streetId: person.streetId,
        idNumber: idNumber(birth, person.gender),
        phone: mobile(),
        homeAddress: `${address()}${rnd.int(1, 30)}栋${rnd.int(1, 6)}单元${rnd.int(1, 18)}0${rnd.int(1, 4)}室`,
        ...stamp(BASELINE),
        ...overrides,
      };
    },

    /**
     * A committee. Lifecycle timestamps (submittedAt, approvedAt, filedAt, rejectedAt,
     * dissolvedAt) are filled in to agree with `status` unless given.
     */
    committee(
      street: Parent<StreetRow, "id" | "code">,
      overrides: Partial<Prisma.CommitteeCreateManyInput> & { communityNames?: string[] } = {},
    ): CommitteeRow {
      const { communityNames, ...rest } = overrides;
      const kind: CommitteeKind = rest.kind ?? "COMMUNITY";
      const status: CommitteeStatus = rest.status ?? "DRAFT";
      const n = nextCount(`committee:${street.id}`);
      const names = (communityNames ?? []).map((c) => c.replace(/社区$/, ""));
      const name =
        kind === "JOINT"
          ? names.length > 0
            ? `${names.join("")}社区联合党委`
            : `第${n}联合党委`
          : names.length > 0
            ? `${names[0]}社区大党委`
            : `第${n}社区大党委`;
      const created = (rest.createdAt as Date | undefined) ?? beijing(2024, 1, 8 + rnd.int(0, 10), 10, 0);
      const after = (d: Date, min: number, max: number) => addDays(d, rnd.int(min, max));
      const submitted = ["SUBMITTED", "APPROVED", "FILED", "REJECTED", "DISSOLVED"].includes(status)
        ? (rest.submittedAt ?? after(created, 7, 20))
        : (rest.submittedAt ?? null);
      const approved =
        ["APPROVED", "FILED", "DISSOLVED"].includes(status) && submitted
          ? (rest.approvedAt ?? after(submitted as Date, 5, 15))
          : (rest.approvedAt ?? null);
      const filed =
        ["FILED", "DISSOLVED"].includes(status) && approved
          ? (rest.filedAt ?? after(approved as Date, 5, 20))
          : (rest.filedAt ?? null);
      const rejected =
        status === "REJECTED" && submitted
          ? (rest.rejectedAt ?? after(submitted as Date, 5, 15))
          : (rest.rejectedAt ?? null);
      const dissolved =
        status === "DISSOLVED" ? (rest.dissolvedAt ?? after(created, 700, 1000)) : (rest.dissolvedAt ?? null);
      const termStart = approved ? dateOf(approved as Date) : null;
      return {
        id: rnd.uuid(),
        code: `${street.code}-${String(nextCount(`committee-code:${street.code}`)).padStart(3, "0")}`,
        name,
        kind,
        status,
        streetId: street.id,
        termStart,
        termEnd: termStart ? day(termStart.getUTCFullYear() + 5, termStart.getUTCMonth() + 1, 1) : null,
        submittedAt: submitted,
        approvedAt: approved,
        rejectedAt: rejected,
        rejectionReason: rejected ? (rest.rejectionReason ?? "覆盖社区不相邻且未说明理由，请调整后重新报送") : null,
        filedAt: filed,
        filingNumber: filed ? `和组备〔${(filed as Date).getUTCFullYear()}〕${nextCount("filing")}号` : null,
        dissolvedAt: dissolved,
        ...stamp(created, latest(created, submitted, approved, filed, rejected, dissolved)),
        ...rest,
      };
    },

    committeeCommunity(
      committee: Parent<CommitteeRow, "id" | "streetId"> & {
        approvedAt?: Date | string | null;
        createdAt?: Date | string;
      },
      community: Parent<CommunityRow, "id">,
      overrides: Partial<Prisma.CommitteeCommunityCreateManyInput> = {},
    ): CommitteeCommunityRow {
      const started =
        (overrides.startedAt as Date | undefined) ??
        (committee.approvedAt as Date | undefined) ??
        (committee.createdAt as Date | undefined) ??
        BASELINE;
      return {
        id: rnd.uuid(),
        streetId: committee.streetId,
        committeeId: committee.id,
        communityId: community.id,
        startedAt: started,
        endedAt: null,
        ...stamp(started, latest(started, overrides.endedAt)),
        ...overrides,
      };
    },

    membership(
      committee: Parent<CommitteeRow, "id" | "streetId"> & { approvedAt?: Date | string | null },
      organization: Parent<PartyOrganizationRow, "id">,
      overrides: Partial<Prisma.MembershipCreateManyInput> = {},
    ): MembershipRow {
      const from =
        (overrides.fromDate as Date | undefined) ?? dateOf((committee.approvedAt as Date | undefined) ?? BASELINE);
      const withTexts = rnd.chance(0.7);
      return {
        id: rnd.uuid(),
        streetId: committee.streetId,
        committeeId: committee.id,
        organizationId: organization.id,
        managementMode: "DIRECT",
        fromDate: from,
        toDate: null,
        responsibilities: withTexts ? rnd.sample(RESPONSIBILITIES, 2).join("；") : null,
        resourcesOffered: withTexts ? rnd.sample(RESOURCES, rnd.int(1, 2)).join("；") : null,
        serviceCommitments: withTexts ? rnd.pick(COMMITMENTS) : null,
        ...stamp(from),
        ...overrides,
      };
    },

    /** A seat; approvedAt/filedAt/rejectedAt/endedAt follow `status` unless given. */
    seat(
      committee: Parent<CommitteeRow, "id" | "streetId"> & {
        createdAt?: Date | string;
        approvedAt?: Date | string | null;
        filedAt?: Date | string | null;
        termStart?: Date | string | null;
        termEnd?: Date | string | null;
      },
      person: Parent<PersonRow, "id">,
      sourceOrganization: Parent<PartyOrganizationRow, "id">,
      overrides: Partial<Prisma.SeatCreateManyInput> = {},
    ): SeatRow {
      const status: SeatStatus = overrides.status ?? "NOMINATED";
      const nominated =
        (overrides.nominatedAt as Date | undefined) ??
        addDays((committee.createdAt as Date | undefined) ?? BASELINE, 3);
      const approved = ["APPROVED", "FILED", "ENDED"].includes(status)
        ? (overrides.approvedAt ?? (committee.approvedAt as Date | null | undefined) ?? addDays(nominated, 14))
        : (overrides.approvedAt ?? null);
      const filed = ["FILED", "ENDED"].includes(status)
        ? (overrides.filedAt ?? (committee.filedAt as Date | null | undefined) ?? addDays(approved as Date, 10))
        : (overrides.filedAt ?? null);
      const rejected =
        status === "REJECTED" ? (overrides.rejectedAt ?? addDays(nominated, 10)) : (overrides.rejectedAt ?? null);
      const ended =
        status === "ENDED"
          ? (overrides.endedAt ?? addDays((filed as Date | null) ?? nominated, 365))
          : (overrides.endedAt ?? null);
      return {
        id: rnd.uuid(),
        streetId: committee.streetId,
        committeeId: committee.id,
        personId: person.id,
        sourceOrganizationId: sourceOrganization.id,
        role: "MEMBER",
        production: "NOMINATED",
        status,
        termStart: (committee.termStart as Date | null | undefined) ?? null,
        termEnd: (committee.termEnd as Date | null | undefined) ?? null,
        nominatedAt: nominated,
        approvedAt: approved,
        filedAt: filed,
        rejectedAt: rejected,
        rejectionReason: rejected ? (overrides.rejectionReason ?? "不能保证正常参加活动") : null,
        endedAt: ended,
        ...stamp(nominated, latest(nominated, approved, filed, rejected, ended)),
        ...overrides,
      };
    },

    seatAttestation(
      seat: Parent<SeatRow, "id" | "committeeId" | "streetId"> & { nominatedAt?: Date | string },
      qualification: Qualification,
      overrides: Partial<Prisma.SeatAttestationCreateManyInput> = {},
    ): SeatAttestationRow {
      const at =
        (overrides.attestedAt as Date | undefined) ??
        addDays((seat.nominatedAt as Date | undefined) ?? BASELINE, rnd.int(0, 3));
      return {
        id: rnd.uuid(),
        committeeId: seat.committeeId,
        streetId: seat.streetId,
        seatId: seat.id,
        qualification,
        attestedBy: rnd.pick(["街道党工委组织委员", "社区党委", "所在单位党组织", "党员大会"]),
        evidence: rnd.pick(ATTESTATION_EVIDENCE[qualification]),
        attestedAt: at,
        ...stamp(at),
        ...overrides,
      };
    },

    /** The three qualification attestations (热心事务, 组织协调能力, 能正常参加活动) of a seat. */
    seatAttestations(
      seat: Parent<SeatRow, "id" | "committeeId" | "streetId"> & { nominatedAt?: Date | string },
    ): SeatAttestationRow[] {
      return (["ENTHUSIASM", "COORDINATION", "AVAILABILITY"] as const).map((q) => f.seatAttestation(seat, q));
    },

    meeting(
      committee: Parent<CommitteeRow, "id" | "streetId">,
      overrides: Partial<Prisma.MeetingCreateManyInput> = {},
    ): MeetingRow {
      const scheduled =
        (overrides.scheduledAt as Date | undefined) ?? beijing(DEMO_YEAR, rnd.int(1, 12), rnd.int(1, 28), 14, 30);
      const status: MeetingStatus = overrides.status ?? (scheduled < REFERENCE_DATE ? "HELD" : "SCHEDULED");
      const held =
        status === "HELD" ? (overrides.heldAt ?? addMinutes(scheduled, rnd.int(0, 10))) : (overrides.heldAt ?? null);
      const kind = overrides.kind ?? "REGULAR";
      const created = addDays(scheduled, -rnd.int(5, 12));
      return {
        id: rnd.uuid(),
        streetId: committee.streetId,
        committeeId: committee.id,
        kind,
        status,
        title: `${scheduled.getUTCFullYear()}年${scheduled.getUTCMonth() + 1}月${kind === "REGULAR" ? "党委会" : kind === "EXTENDED" ? "党委扩大会" : "紧急会议"}`,
        scheduledAt: scheduled,
        heldAt: held,
        location: rnd.pick(MEETING_LOCATIONS),
        minutes: status === "HELD" ? "会议由书记主持，应到委员全部通知到位，会议议题经充分讨论形成决议。" : null,
        ...stamp(created, latest(created, held)),
        ...overrides,
      };
    },

    agendaItem(
      meeting: Parent<MeetingRow, "id" | "committeeId" | "streetId"> & { createdAt?: Date | string },
      position: number,
      overrides: Partial<Prisma.AgendaItemCreateManyInput> = {},
    ): AgendaItemRow {
      const [title, description] = rnd.pick(AGENDA_TOPICS);
      const at = (meeting.createdAt as Date | undefined) ?? BASELINE;
      return {
        id: rnd.uuid(),
        committeeId: meeting.committeeId,
        streetId: meeting.streetId,
        meetingId: meeting.id,
        position,
        title,
        description,
        ...stamp(at),
        ...overrides,
      };
    },

    attendance(
      meeting: Parent<MeetingRow, "id" | "committeeId" | "streetId"> & {
        heldAt?: Date | string | null;
        scheduledAt?: Date | string;
      },
      person: Parent<PersonRow, "id">,
      overrides: Partial<Prisma.AttendanceCreateManyInput> = {},
    ): AttendanceRow {
      const status =
        overrides.status ??
        rnd.weighted([
          ["PRESENT", 85],
          ["EXCUSED", 10],
          ["ABSENT", 5],
        ] as const);
      const at = (meeting.heldAt as Date | null | undefined) ?? (meeting.scheduledAt as Date | undefined) ?? BASELINE;
      return {
        id: rnd.uuid(),
        committeeId: meeting.committeeId,
        streetId: meeting.streetId,
        meetingId: meeting.id,
        personId: person.id,
        status,
        note: status === "EXCUSED" ? rnd.pick(["公出请假", "病假", "单位有紧急任务"]) : null,
        ...stamp(at),
        ...overrides,
      };
    },

    resolution(
      meeting: Parent<MeetingRow, "id" | "committeeId" | "streetId"> & {
        heldAt?: Date | string | null;
        scheduledAt?: Date | string;
      },
      overrides: Partial<Prisma.ResolutionCreateManyInput> = {},
    ): ResolutionRow {
      const at = (meeting.heldAt as Date | null | undefined) ?? (meeting.scheduledAt as Date | undefined) ?? BASELINE;
      const year = at.getUTCFullYear();
      const principle = overrides.principle ?? "MAJOR_MATTERS_DISCUSSED";
      const votesFor = rnd.int(6, 12);
      return {
        id: rnd.uuid(),
        committeeId: meeting.committeeId,
        streetId: meeting.streetId,
        meetingId: meeting.id,
        number: `〔${year}〕${nextCount(`resolution:${meeting.committeeId}:${year}`)}号`,
        title: rnd.pick(PRINCIPLE_TITLES[principle]),
        text: "经会议讨论，同意上述事项，由相关成员单位和社区党委按分工抓好落实。",
        principle,
        votesFor,
        votesAgainst: rnd.chance(0.15) ? 1 : 0,
        votesAbstain: rnd.chance(0.2) ? 1 : 0,
        adoptedAt: at,
        ...stamp(at),
        ...overrides,
      };
    },

    /** A funding plan; adoptedAt/closedAt follow `status` unless given (adopted plans need `resolutionId`). */
    fundingPlan(
      committee: Parent<CommitteeRow, "id" | "streetId">,
      overrides: Partial<Prisma.FundingPlanCreateManyInput> = {},
    ): FundingPlanRow {
      const status: FundingPlanStatus = overrides.status ?? "DRAFT";
      const year = overrides.year ?? DEMO_YEAR;
      const created = beijing(year, 1, 5, 9, 0);
      const adopted =
        status !== "DRAFT" ? (overrides.adoptedAt ?? beijing(year, 1, 20, 16, 0)) : (overrides.adoptedAt ?? null);
      const closed =
        status === "CLOSED" ? (overrides.closedAt ?? beijing(year, 12, 31, 17, 0)) : (overrides.closedAt ?? null);
      return {
        id: rnd.uuid(),
        streetId: committee.streetId,
        committeeId: committee.id,
        year,
        revision: 1,
        status,
        budgetFen: BigInt(rnd.int(100, 500)) * 100_000n,
        resolutionId: null,
        previousPlanId: null,
        adoptedAt: adopted,
        closedAt: closed,
        note: null,
        ...stamp(created, latest(created, adopted, closed)),
        ...overrides,
      };
    },

    fundingIncome(
      plan: Parent<FundingPlanRow, "id" | "committeeId" | "streetId"> & { year?: number },
      channel: FundingChannel,
      overrides: Partial<Prisma.FundingIncomeCreateManyInput> = {},
    ): FundingIncomeRow {
      const year = plan.year ?? DEMO_YEAR;
      const received = overrides.receivedOn ?? day(year, rnd.int(1, 12), rnd.int(1, 28));
      const receivedOn = received instanceof Date && received > REFERENCE_DATE ? null : received;
      const at = receivedOn instanceof Date ? receivedOn : beijing(year, 1, 10);
      return {
        id: rnd.uuid(),
        committeeId: plan.committeeId,
        streetId: plan.streetId,
        planId: plan.id,
        channel,
        amountFen: BigInt(rnd.int(50, 2000)) * 10_000n,
        source: rnd.pick(INCOME_SOURCES[channel]),
        receivedOn,
        note: null,
        ...stamp(at),
        ...overrides,
      };
    },

    contributionRatio(
      plan: Parent<FundingPlanRow, "id" | "committeeId" | "streetId"> & { createdAt?: Date | string },
      membership: Parent<MembershipRow, "id">,
      percent: string,
      overrides: Partial<Prisma.ContributionRatioCreateManyInput> = {},
    ): ContributionRatioRow {
      const at = (plan.createdAt as Date | undefined) ?? BASELINE;
      return {
        id: rnd.uuid(),
        committeeId: plan.committeeId,
        streetId: plan.streetId,
        planId: plan.id,
        membershipId: membership.id,
        percent,
        ...stamp(at),
        ...overrides,
      };
    },

    /** A contribution; receivedAt follows `status` unless given. */
    contribution(
      plan: Parent<FundingPlanRow, "id" | "committeeId" | "streetId"> & { adoptedAt?: Date | string | null },
      membership: Parent<MembershipRow, "id">,
      amountFen: bigint,
      overrides: Partial<Prisma.ContributionCreateManyInput> = {},
    ): ContributionRow {
      const status: ContributionStatus = overrides.status ?? "PLEDGED";
      const pledged =
        (overrides.pledgedAt as Date | undefined) ??
        addDays((plan.adoptedAt as Date | null | undefined) ?? BASELINE, rnd.int(1, 10));
      const acknowledged =
        overrides.acknowledgedAt ?? (status === "RECEIVED" || rnd.chance(0.5) ? addDays(pledged, rnd.int(1, 7)) : null);
      const received =
        status === "RECEIVED"
          ? (overrides.receivedAt ?? addDays(pledged, rnd.int(10, 90)))
          : (overrides.receivedAt ?? null);
      return {
        id: rnd.uuid(),
        committeeId: plan.committeeId,
        streetId: plan.streetId,
        planId: plan.id,
        membershipId: membership.id,
        amountFen,
        status,
        pledgedAt: pledged,
        acknowledgedAt: acknowledged,
        receivedAt: received,
        ...stamp(pledged, latest(pledged, acknowledged, received)),
        ...overrides,
      };
    },

    /** An assessment whose subject matches its kind (Assessment_subject_matches_kind). */
    assessment(
      committee: Parent<CommitteeRow, "id" | "streetId">,
      subject: AssessmentSubject,
      overrides: Partial<Prisma.AssessmentCreateManyInput> = {},
    ): AssessmentRow {
      const year = overrides.year ?? DEMO_YEAR - 1;
      const score = rnd.chance(0.04) ? rnd.int(40, 59) : Math.min(100, rnd.int(62, 88) + rnd.int(0, 12));
      const grade = gradeForScore(score);
      const assessed = (overrides.assessedAt as Date | undefined) ?? beijing(year + 1, 1, rnd.int(10, 25), 10, 0);
      const notified =
        overrides.notifiedAt === undefined
          ? rnd.chance(0.7)
            ? addDays(assessed, rnd.int(7, 20))
            : null
          : overrides.notifiedAt;
      const bySubject =
        subject.kind === "UNIT_PARTICIPATION"
          ? {
              membershipId: subject.membership.id,
              seatId: null,
              personId: null,
              points: null,
              organizationId: subject.membership.organizationId,
            }
          : subject.kind === "COMMITTEE_MEMBER"
            ? {
                membershipId: null,
                seatId: subject.seat.id,
                personId: subject.seat.personId,
                points: null,
                organizationId: subject.seat.sourceOrganizationId,
              }
            : subject.kind === "ANNUAL_APPRAISAL"
              ? {
                  membershipId: null,
                  seatId: null,
                  personId: subject.person.id,
                  points: null,
                  organizationId: subject.person.workplaceOrganizationId ?? null,
                }
              : {
                  membershipId: null,
                  seatId: null,
                  personId: subject.person.id,
                  points: subject.points ?? rnd.int(20, 160),
                  organizationId: subject.person.workplaceOrganizationId ?? null,
                };
      return {
        id: rnd.uuid(),
        kind: subject.kind,
        committeeId: committee.id,
        streetId: committee.streetId,
        year,
        ...bySubject,
        score: score.toFixed(2),
        grade,
        remarks: rnd.chance(0.6) ? rnd.pick(ASSESSMENT_REMARKS[grade]) : null,
        assessedAt: assessed,
        notifiedAt: notified,
        ...stamp(assessed, latest(assessed, notified)),
        ...overrides,
      };
    },

    volunteerTeam(
      committee: Parent<CommitteeRow, "id" | "streetId">,
      kind: VolunteerTeamKind,
      overrides: Partial<Prisma.VolunteerTeamCreateManyInput> & { prefix?: string } = {},
    ): VolunteerTeamRow {
      const { prefix, ...rest } = overrides;
      const founded = (rest.foundedOn as Date | undefined) ?? day(2024, rnd.int(3, 12), rnd.int(1, 28));
      return {
        id: rnd.uuid(),
        streetId: committee.streetId,
        committeeId: committee.id,
        name: `${prefix ?? ""}${rnd.pick(VOLUNTEER_TEAMS[kind])}`,
        kind,
        leaderId: null,
        foundedOn: founded,
        endedAt: null,
        ...stamp(founded, latest(founded, rest.endedAt)),
        ...rest,
      };
    },

    volunteerTeamMember(
      team: Parent<VolunteerTeamRow, "id" | "committeeId" | "streetId"> & { foundedOn?: Date | string | null },
      person: Parent<PersonRow, "id">,
      overrides: Partial<Prisma.VolunteerTeamMemberCreateManyInput> = {},
    ): VolunteerTeamMemberRow {
      const joined =
        (overrides.joinedOn as Date | undefined) ??
        addDays((team.foundedOn as Date | null | undefined) ?? BASELINE, rnd.int(0, 200));
      return {
        id: rnd.uuid(),
        committeeId: team.committeeId,
        streetId: team.streetId,
        teamId: team.id,
        personId: person.id,
        joinedOn: joined,
        leftOn: null,
        ...stamp(joined, latest(joined, overrides.leftOn)),
        ...overrides,
      };
    },

    volunteerActivity(
      team: Parent<VolunteerTeamRow, "id" | "kind" | "committeeId" | "streetId">,
      overrides: Partial<Prisma.VolunteerActivityCreateManyInput> = {},
    ): VolunteerActivityRow {
      const held = (overrides.heldOn as Date | undefined) ?? day(DEMO_YEAR, rnd.int(1, 8), rnd.int(1, 28));
      const participants = overrides.participantCount ?? rnd.int(5, 40);
      const hours = (participants * (1.5 + rnd.float() * 2.5)).toFixed(1);
      return {
        id: rnd.uuid(),
        committeeId: team.committeeId,
        streetId: team.streetId,
        teamId: team.id,
        title: rnd.pick(VOLUNTEER_ACTIVITIES[team.kind]),
        heldOn: held,
        location: rnd.pick(["社区广场", "社区党群服务中心", "小区内", "辖区学校", "养老服务站"]),
        participantCount: participants,
        serviceHours: hours,
        description: "活动按计划开展，居民反映良好。",
        ...stamp(addDays(held, 1)),
        ...overrides,
      };
    },
  };
  return f;
}

export type Factories = ReturnType<typeof createFactories>;

// ---------------------------------------------------------------- loading

/**
 * Orders rows of a self-referencing table so every referenced row comes first
 * (PartyOrganization.superiorId, FundingPlan.previousPlanId).
 */
export function parentsFirst<T extends { id: string }>(
  rows: readonly T[],
  parentOf: (row: T) => string | null | undefined,
): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const depth = new Map<string, number>();
  const depthOf = (row: T, seen: number): number => {
    const known = depth.get(row.id);
    if (known !== undefined) return known;
    if (seen > rows.length) throw new Error(`Cycle in self-reference at ${row.id}`);
    const parentId = parentOf(row);
    const parent = parentId ? byId.get(parentId) : undefined;
    const d = parent ? depthOf(parent, seen + 1) + 1 : 0;
    depth.set(row.id, d);
    return d;
  };
  return rows
    .map((row, index) => ({ row, index, d: depthOf(row, 0) }))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .map((x) => x.row);
}

export interface InsertOptions {
  /** Rows per statement (Prisma splits createMany further to stay under the bind-parameter limit). */
  chunkSize?: number;
  /** Called after each table with its row count and milliseconds. */
  onTable?: (table: keyof Dataset, rows: number, ms: number) => void;
}

/** A data set's tables in foreign-key order, self-references resolved (superiors and previous plans first). */
function orderedTables(data: Partial<Dataset>): { key: keyof Dataset; rows: readonly object[] }[] {
  return DATASET_ORDER.map((key) => {
    let rows: readonly object[] = data[key] ?? [];
    if (key === "partyOrganization" && data.partyOrganization) {
      rows = parentsFirst(data.partyOrganization, (o) => o.superiorId);
    } else if (key === "fundingPlan" && data.fundingPlan) {
      rows = parentsFirst(data.fundingPlan, (p) => p.previousPlanId);
    }
    return { key, rows };
  });
}

/**
 * Inserts a data set in foreign-key order with Prisma's `createMany`, in chunks. Simple and
 * fully typed; fine for test fixtures and the demo, too slow for the district scale (about
 * 1 ms a row with Prisma 7's driver adapters) — see `insertDatasetSql`. Returns the rows
 * written per Dataset key.
 */
export async function insertDataset(
  prisma: Prisma.TransactionClient,
  data: Partial<Dataset>,
  options: InsertOptions = {},
): Promise<Record<keyof Dataset, number>> {
  const chunkSize = options.chunkSize ?? 5_000;
  const counts = {} as Record<keyof Dataset, number>;
  // Each delegate's createMany accepts its own model's rows; the cast bridges the key → delegate lookup.
  const delegate = (key: keyof Dataset) =>
    prisma[key] as unknown as { createMany(args: { data: readonly object[] }): Promise<{ count: number }> };
  for (const { key, rows } of orderedTables(data)) {
    const started = performance.now();
    let count = 0;
    for (let i = 0; i < rows.length; i += chunkSize) {
      count += (await delegate(key).createMany({ data: rows.slice(i, i + chunkSize) })).count;
    }
    counts[key] = count;
    options.onTable?.(key, count, performance.now() - started);
  }
  return counts;
}

/** Runs one SQL statement with one parameter; returns the affected row count if it knows it. */
export type SqlExecute = (sql: string, json: string) => Promise<unknown>;

const jsonReplacer = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);

/**
 * Inserts a data set in foreign-key order with one multi-row statement per chunk:
 * `INSERT INTO "T" (cols) SELECT cols FROM json_populate_recordset(NULL::"T", $1::json)`.
 * PostgreSQL converts each JSON value with the column's own type (uuid, enum, timestamptz,
 * date, bigint, numeric), so rows are exactly what `insertDataset` would write; columns a
 * row omits get NULL, columns no row has get their defaults. Works on PostgreSQL and PGlite
 * through `Database.sql.query` or, inside a transaction, `tx.$executeRawUnsafe`.
 */
export async function insertDatasetSql(
  execute: SqlExecute,
  data: Partial<Dataset>,
  options: InsertOptions = {},
): Promise<Record<keyof Dataset, number>> {
  const chunkSize = options.chunkSize ?? 5_000;
  const counts = {} as Record<keyof Dataset, number>;
  for (const { key, rows } of orderedTables(data)) {
    const started = performance.now();
    const table = TABLE_NAMES[key];
    let count = 0;
    for (let i = 0; i < rows.length; i += chunkSize) {
      const chunk = rows.slice(i, i + chunkSize);
      const columns = new Set<string>();
      for (const row of chunk) for (const column of Object.keys(row)) columns.add(column);
      const list = [...columns].map((c) => `"${c}"`).join(", ");
      const result = await execute(
        `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
        JSON.stringify(chunk, jsonReplacer),
      );
      count += typeof result === "number" ? result : chunk.length;
    }
    counts[key] = count;
    options.onTable?.(key, count, performance.now() - started);
  }
  return counts;
}

export { DEMO_YEAR, REFERENCE_DATE };
