/** The in-memory model the generator builds rows through, shared by its phases. */
import type { Dataset, Factories, Row } from "../factories/index.js";
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
  streets: Row<"street">[];
  communities: CommunityCtx[];
  communitiesByStreet: Map<string, CommunityCtx[]>;
}

export interface CommunityCtx {
  row: Row<"community">;
  street: Row<"street">;
  short: string;
  org: Row<"partyOrganization">;
  /** Community party organisation staff: [0] secretary, [1] deputy, then members. */
  staff: Row<"person">[];
  residents: Row<"person">[];
  orgs: OrgCtx[];
}

export type UnitRole =
  | { type: "department"; key: string }
  | { type: "subordinate"; key: string }
  | { type: "hospital" }
  | { type: "generic" };

export interface OrgCtx {
  row: Row<"partyOrganization">;
  unit: Row<"unit"> | null;
  community: CommunityCtx;
  role: UnitRole | { type: "community" };
  /** People whose workplace this organisation is; [0] is its top leader when `hasTop`. */
  persons: Row<"person">[];
  hasTop: boolean;
}

export interface CommitteeCtx {
  row: Row<"committee">;
  street: Row<"street">;
  communities: CommunityCtx[];
  generation: number;
  /** The year whose meetings, funding and volunteer work are recorded. */
  dataYear: number;
  memberships: { row: Row<"membership">; org: OrgCtx }[];
  /** `extra`: a seat outside the sitting line-up (ended last year, or rejected). */
  seats: { row: Row<"seat">; person: Row<"person">; extra: boolean }[];
}

export const minDate = (a: Date, b: Date) => (a < b ? a : b);
