/**
 * Which organisations the nomination form offers for a role, and how the seat may then be produced: the
 * domain package's rule (`allowedSeatSources` in api/domain/src/seats.ts), so the form offers exactly what
 * the API accepts.
 */
import { allowedSeatSources, type SeatProductionName, type SeatSourceKind } from "@gongjian/domain/seats";
import type { SeatRoleName } from "../lib/seats.js";

export interface SourceOption {
  id: string;
  name: string;
  community: boolean;
}

const kindOf = (source: SourceOption): SeatSourceKind => (source.community ? "COMMUNITY" : "RESIDENT_UNIT");
const PRODUCTIONS: SeatProductionName[] = ["NOMINATED", "EX_OFFICIO"];

/** The productions a seat of `role` from `source` may have (empty when the source is not allowed at all). */
export function productionsFor(role: SeatRoleName, source: SourceOption | undefined): SeatProductionName[] {
  if (!source) return [];
  return PRODUCTIONS.filter((p) => allowedSeatSources(role, p).includes(kindOf(source)));
}

/** The sources offered for `role`: each organisation once (a community organisation as such), if the role allows it. */
export function sourcesFor(role: SeatRoleName, sources: readonly SourceOption[]): SourceOption[] {
  const byId = new Map<string, SourceOption>();
  for (const s of sources) {
    if (!byId.has(s.id) || s.community) byId.set(s.id, s);
  }
  return [...byId.values()].filter((s) => productionsFor(role, s).length > 0);
}
