import type * as M from "@gongjian/db/client";
import type { Subject } from "../permissions/abilities.js";

/** The row type of each guarded model. */
export interface Models {
  District: M.District;
  Street: M.Street;
  Community: M.Community;
  Unit: M.Unit;
  PartyOrganization: M.PartyOrganization;
  Committee: M.Committee;
  CommitteeCommunity: M.CommitteeCommunity;
  Membership: M.Membership;
  Person: M.Person;
  PersonPrivate: M.PersonPrivate;
  Seat: M.Seat;
  SeatAttestation: M.SeatAttestation;
  Meeting: M.Meeting;
  AgendaItem: M.AgendaItem;
  Attendance: M.Attendance;
  Resolution: M.Resolution;
  FundingPlan: M.FundingPlan;
  FundingIncome: M.FundingIncome;
  ContributionRatio: M.ContributionRatio;
  Contribution: M.Contribution;
  Assessment: M.Assessment;
  VolunteerTeam: M.VolunteerTeam;
  VolunteerTeamMember: M.VolunteerTeamMember;
  VolunteerActivity: M.VolunteerActivity;
  AuditEvent: M.AuditEvent;
}

export type RowOf<S extends Subject> = Models[S];

/** The primary key column of a guarded model (PersonPrivate is keyed by its person). */
export function idFieldOf(subject: Subject): string {
  return subject === "PersonPrivate" ? "personId" : "id";
}
