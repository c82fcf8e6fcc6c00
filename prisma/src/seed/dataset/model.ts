/** The in-memory model the generator builds rows through, shared by its phases. */
import type {
  CommitteeRow,
  CommunityRow,
  Dataset,
  Factories,
  MembershipRow,
  PartyOrganizationRow,
  PersonRow,
  SeatRow,
  StreetRow,
  UnitRow,
} from "../factories/index.js";
import type { Random } from "../random.js";
import type { ScaleSpec, SeedScale } from "./scales.js";

/** One data set being built: its scale, the factories (and their generator) and the rows so far. */
export interface Build {
  scale: SeedScale;
  spec: ScaleSpec;
  f: Factories;
  rnd: Random;
  data: Dataset;
}

/** The streets and communities of the district. */
export interface Places {
  streets: StreetRow[];
  communities: CommunityCtx[];
  communitiesByStreet: Map<string, CommunityCtx[]>;
}

export interface CommunityCtx {
  row: CommunityRow;
  street: StreetRow;
  short: string;
  org: PartyOrganizationRow;
  /** Community party organisation staff: [0] secretary, [1] deputy, then members. */
  staff: PersonRow[];
  residents: PersonRow[];
  orgs: OrgCtx[];
}

export type UnitRole =
  | { type: "department"; key: string }
  | { type: "subordinate"; key: string }
  | { type: "hospital" }
  | { type: "generic" };

export interface OrgCtx {
  row: PartyOrganizationRow;
  unit: UnitRow | null;
  community: CommunityCtx;
  role: UnitRole | { type: "community" };
  /** People whose workplace this organisation is; [0] is its top leader when `hasTop`. */
  persons: PersonRow[];
  hasTop: boolean;
}

export interface CommitteeCtx {
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

export const minDate = (a: Date, b: Date) => (a < b ? a : b);
