/** The meeting mutations: GraphQL fields only; each runs its command (commands.ts, attendee-commands.ts). */
import { defineMutation } from "../data/mutation-field.js";
import { addMeetingAttendee, removeMeetingAttendee } from "./attendee-commands.js";
import {
  addAgendaItem,
  adoptResolution,
  cancelMeeting,
  recordMeetingHeld,
  scheduleMeeting,
  updateMeeting,
} from "./commands.js";
import {
  AddAgendaItemInput,
  AddMeetingAttendeeInput,
  AdoptResolutionInput,
  CancelMeetingInput,
  RecordMeetingHeldInput,
  RemoveMeetingAttendeeInput,
  ScheduleMeetingInput,
  UpdateMeetingInput,
} from "./inputs.js";
import { AgendaItem, Meeting, MeetingAttendee, Resolution } from "./types.js";

defineMutation("scheduleMeeting", {
  returns: Meeting,
  description:
    "安排会议（党委会、扩大会；紧急会议只限联合党委）/ Schedule a meeting (regular, extended; emergency meetings for joint committees only)",
  permission: "create:Meeting",
  input: ScheduleMeetingInput,
  run: scheduleMeeting,
});

defineMutation("updateMeeting", {
  returns: Meeting,
  description: "修改已安排的会议 / Update a scheduled meeting",
  permission: "update:Meeting",
  input: UpdateMeetingInput,
  run: updateMeeting,
});

defineMutation("recordMeetingHeld", {
  returns: Meeting,
  description:
    "登记会议已召开：时间、纪要和委员出席情况 / Record that a meeting was held: time, minutes and the members' attendance",
  permission: "update:Meeting",
  input: RecordMeetingHeldInput,
  run: recordMeetingHeld,
});

defineMutation("cancelMeeting", {
  returns: Meeting,
  description: "取消已安排的会议 / Cancel a scheduled meeting",
  permission: "update:Meeting",
  input: CancelMeetingInput,
  run: cancelMeeting,
});

defineMutation("addAgendaItem", {
  returns: AgendaItem,
  description: "为已安排的会议增加议程事项（排在最后）/ Add an agenda item to a scheduled meeting (at the end)",
  permission: "create:AgendaItem",
  input: AddAgendaItemInput,
  run: addAgendaItem,
});

defineMutation("adoptResolution", {
  returns: Resolution,
  description:
    "登记已召开会议形成的决议（注明议事原则）/ Record a resolution adopted at a held meeting (with its decision principle)",
  permission: "create:Resolution",
  input: AdoptResolutionInput,
  run: adoptResolution,
});

defineMutation("addMeetingAttendee", {
  returns: MeetingAttendee,
  description:
    "登记扩大会的列席单位及其代表（须位于所覆盖社区；不计入法定人数和表决）/ Record an organisation attending an extended meeting with its representative (located in a covered community; never counted toward quorum or votes)",
  permission: "create:MeetingAttendee",
  input: AddMeetingAttendeeInput,
  run: addMeetingAttendee,
});

defineMutation("removeMeetingAttendee", {
  returns: MeetingAttendee,
  description:
    "撤销一条列席记录（返回撤销前的记录）/ Remove an attendee record of an extended meeting (returns it as it was)",
  permission: "delete:MeetingAttendee",
  input: RemoveMeetingAttendeeInput,
  run: removeMeetingAttendee,
});
