/** The row types the factories build, and the data set that holds them (one array per model). */
import type { Prisma } from "../../../generated/client/client.js";

/** The models of a data set in foreign-key order (parents before children), by Prisma delegate name. */
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
  "resolutionVote",
  "resolutionConsultation",
  "attendance",
  "meetingAttendee",
  "fundingPlan",
  "fundingIncome",
  "contributionRatio",
  "contribution",
  "assessment",
  "volunteerTeam",
  "volunteerTeamMember",
  "volunteerActivity",
  "rulesDocument",
  "jointWorkItem",
  "jointWorkParticipant",
  "jointWorkProgress",
  "fundingBudgetLine",
  "expense",
] as const;

/** A model of the data set, by its Prisma delegate name (`person`). */
export type DatasetKey = (typeof DATASET_ORDER)[number];

type CreateManyInput<K extends DatasetKey> = Exclude<
  Prisma.TypeMap["model"][Capitalize<K>]["operations"]["createMany"]["args"]["data"],
  readonly unknown[]
>;

/** A row the factories build for a model (`Row<"person">`): its createMany input, with its id set when it has one. */
export type Row<K extends DatasetKey> = CreateManyInput<K> &
  ("id" extends keyof CreateManyInput<K> ? { id: string } : unknown);

/** All rows of a data set, one array per model, keyed by the Prisma delegate name. */
export type Dataset = { [K in DatasetKey]: Row<K>[] };

/** The table name of a Dataset key: the Prisma model name (the tables are named after the models). */
const tableName = (key: keyof Dataset) => `${key.charAt(0).toUpperCase()}${key.slice(1)}`;

/** The table name of each Dataset key. */
export const TABLE_NAMES = Object.fromEntries(DATASET_ORDER.map((key) => [key, tableName(key)])) as Record<
  keyof Dataset,
  string
>;

export function emptyDataset(): Dataset {
  return Object.fromEntries(DATASET_ORDER.map((key) => [key, []])) as unknown as Dataset;
}

export function datasetCounts(data: Dataset): Record<keyof Dataset, number> {
  const out = {} as Record<keyof Dataset, number>;
  for (const key of DATASET_ORDER) out[key] = data[key].length;
  return out;
}

/** A parent row as a factory needs it: only the fields it reads. */
export type Parent<T, K extends keyof T> = Pick<T, K>;
