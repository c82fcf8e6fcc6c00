/** The row types the factories build, and the data set that holds them (one array per model). */
import type { Prisma } from "../../../generated/client/client.js";

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
export type MeetingAttendeeRow = WithId<Prisma.MeetingAttendeeCreateManyInput>;
export type ResolutionRow = WithId<Prisma.ResolutionCreateManyInput>;
export type ResolutionVoteRow = WithId<Prisma.ResolutionVoteCreateManyInput>;
export type ResolutionConsultationRow = WithId<Prisma.ResolutionConsultationCreateManyInput>;
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
  resolutionVote: ResolutionVoteRow[];
  resolutionConsultation: ResolutionConsultationRow[];
  attendance: AttendanceRow[];
  meetingAttendee: MeetingAttendeeRow[];
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
] as const satisfies readonly (keyof Dataset)[];

/** The table name of a Dataset key: the Prisma model name (the tables are named after the models). */
const tableName = (key: keyof Dataset) => `${key.charAt(0).toUpperCase()}${key.slice(1)}`;

/** The table name of each Dataset key. */
export const TABLE_NAMES = Object.fromEntries(DATASET_ORDER.map((key) => [key, tableName(key)])) as Record<
  keyof Dataset,
  string
>;

export function emptyDataset(): Dataset {
  // Assignable to Dataset only when DATASET_ORDER names every key: a model left out fails to compile.
  const empty = Object.fromEntries(DATASET_ORDER.map((key) => [key, []])) as Record<
    (typeof DATASET_ORDER)[number],
    never[]
  >;
  return empty;
}

export function datasetCounts(data: Dataset): Record<keyof Dataset, number> {
  const out = {} as Record<keyof Dataset, number>;
  for (const key of DATASET_ORDER) out[key] = data[key].length;
  return out;
}

/** A parent row as a factory needs it: only the fields it reads. */
export type Parent<T, K extends keyof T> = Pick<T, K>;
