/**
 * 列席: the organisations an extended meeting (扩大会) extends to, each with its representatives
 * ("由社区“大党委”牵头，社区党组织、辖区单位党组织及区域内“两新”组织党组织共同参与"). Any party
 * organisation located in the committee's covered communities may attend, member or not. Attendees
 * are recorded apart from the seat holders' attendance and never count toward quorum or votes.
 */
import { fromGlobalId } from "../data/ids.js";
import { createChecked, deleteChecked, loadReadable, lockRow, type MutationScope } from "../data/mutation.js";
import { conflict } from "../errors/domain-error.js";
import { lockedMeeting } from "./commands.js";
import { assertStreetOrganization } from "./coordination-rules.js";
import { assertAttendeeLocated, assertAttendeesAllowed, assertRepresentativeNew, representativeOf } from "./rules.js";

/** An attendee of a committee's extended meeting is located in one of the committee's covered communities. */
async function assertLocatedInCoveredCommunity(
  scope: MutationScope,
  organization: { unitId: string | null; communityId: string | null; endedAt: Date | null },
  committeeId: string,
) {
  const [unit, coverages] = await Promise.all([
    organization.unitId
      ? scope.tx.unit.findUnique({ where: { id: organization.unitId }, select: { communityId: true } })
      : null,
    scope.tx.committeeCommunity.findMany({ where: { committeeId, endedAt: null }, select: { communityId: true } }),
  ]);
  assertAttendeeLocated(
    {
      communityId: organization.communityId,
      unitCommunityId: unit?.communityId ?? null,
      endedAt: organization.endedAt,
    },
    new Set(coverages.map((c) => c.communityId)),
  );
}

export async function addMeetingAttendee(
  scope: MutationScope,
  input: {
    meetingId: string;
    organizationId: string;
    personId?: string | null;
    representativeName?: string | null;
    representativePost?: string | null;
  },
) {
  const meeting = await lockedMeeting(scope, fromGlobalId("Meeting", input.meetingId, "meetingId"));
  const organizationId = fromGlobalId("PartyOrganization", input.organizationId, "organizationId");
  const representative = representativeOf({
    ...input,
    personId: input.personId ? fromGlobalId("Person", input.personId, "personId") : null,
  });
  assertAttendeesAllowed(meeting.kind, meeting.status);
  const organization = await loadReadable(scope, "PartyOrganization", organizationId, "organizationId");
  if (meeting.committeeId === null) {
    // A coordination meeting: any organisation of the street that has not ended (辖区单位).
    assertStreetOrganization(organization, meeting.streetId, "organizationId");
  } else {
    await assertLocatedInCoveredCommunity(scope, organization, meeting.committeeId);
  }
  if (representative.personId) await loadReadable(scope, "Person", representative.personId, "personId");
  const row = {
    meetingId: meeting.id,
    committeeId: meeting.committeeId,
    streetId: meeting.streetId,
    organizationId: organization.id,
    ...representative,
  };
  const existing = await scope.tx.meetingAttendee.findMany({
    where: { meetingId: meeting.id },
    select: { organizationId: true, personId: true, representativeName: true },
  });
  assertRepresentativeNew(row, existing);
  return createChecked(scope, "MeetingAttendee", row, {
    action: "addMeetingAttendee",
    refusal: ["无权登记该会议的列席单位", "Not allowed to record this meeting's attendees", "meetingId"],
  });
}

export async function removeMeetingAttendee(scope: MutationScope, input: { id: string; version: number }) {
  const id = fromGlobalId("MeetingAttendee", input.id);
  // Removals of one record take turns: the second finds it gone (NOT_FOUND), a stale version is a CONFLICT.
  await lockRow(scope, "MeetingAttendee", id);
  const attendee = await loadReadable(scope, "MeetingAttendee", id);
  const meeting = await lockedMeeting(scope, attendee.meetingId, "id");
  assertAttendeesAllowed(meeting.kind, meeting.status);
  if (attendee.version !== input.version) throw conflict();
  // The record as it was: its own fields (its relations are not reloaded once it is deleted).
  return deleteChecked(scope, "MeetingAttendee", attendee, {
    action: "removeMeetingAttendee",
    refusal: ["无权撤销该会议的列席记录", "Not allowed to remove this meeting's attendees", "id"],
  });
}
