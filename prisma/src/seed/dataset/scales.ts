/** What a data set is built at: the scales, the committee generations, the district and its peer. */

export type SeedScale = "demo" | "small" | "district";

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

export interface ScaleSpec {
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
export const GENERATIONS = [
  { start: 2015, lastYear: 2017, memberShare: 0.4 },
  { start: 2018, lastYear: 2020, memberShare: 0.6 },
  { start: 2021, lastYear: 2023, memberShare: 0.8 },
  { start: 2024, lastYear: null, memberShare: 1 },
] as const;
