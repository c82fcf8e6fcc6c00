/** The meeting mutations: GraphQL fields only; each runs its command (commands.ts, attendee-commands.ts). */
import { defineMutation } from "../data/mutation-field.js";
import { addMeetingAttendee, removeMeetingAttendee } from "./attendee-commands.js";
import {
  addAgendaItem,
  cancelMeeting,
  recordMeetingHeld,
  scheduleCoordinationMeeting,
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
  ReportUrgentResolutionInput,
  ScheduleCoordinationMeetingInput,
  ScheduleMeetingInput,
  UpdateMeetingInput,
} from "./inputs.js";
import { adoptResolution, reportUrgentResolution } from "./resolution-commands.js";
import { AgendaItem, Meeting, MeetingAttendee, Resolution } from "./types.js";

defineMutation("scheduleMeeting", {
  returns: Meeting,
  description:
    "安排会议（党委会、扩大会；紧急会议只限联合党委）/ Schedule a meeting (regular, extended; emergency meetings for joint committees only)",
  permission: "create:Meeting",
  input: ScheduleMeetingInput,
  run: scheduleMeeting,
});

defineMutation("scheduleCoordinationMeeting", {
  returns: Meeting,
  description:
    "安排街道工作协调会议（属于街道，不属于大党委；辖区党组织参会）/ Schedule a street coordination meeting (the street's, no committee; the street's organisations attend)",
  permission: "create:Meeting",
  input: ScheduleCoordinationMeetingInput,
  run: scheduleCoordinationMeeting,
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
    "登记已召开会议形成的决议（注明议事原则：要事共决须出席委员过半数、赞成票过半数，并登记每人表决；急事共商只在紧急会议或扩大会；大事共议须登记征求意见的成员单位）/ Record a resolution adopted at a held meeting with its decision principle (要事共决: quorum, majority and each present seat holder's vote; 急事共商: emergency or extended meetings only; 大事共议: the member organisations consulted)",
  permission: "create:Resolution",
  input: AdoptResolutionInput,
  run: adoptResolution,
});

defineMutation("reportUrgentResolution", {
  returns: Resolution,
  description:
    "登记急事共商的决定已向其后召开的党委会通报 / Record that an urgent decision (急事共商) was reported to a later regular meeting",
  permission: "update:Resolution",
  input: ReportUrgentResolutionInput,
  run: reportUrgentResolution,
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
