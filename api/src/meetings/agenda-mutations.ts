/** A meeting's agenda items and the resolutions adopted at it. */
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { createChecked, loadReadable, lockRow, type MutationScope, runMutation } from "../data/mutation.js";
import { globalId, nonNegativeInt, optionalText, text } from "../data/validation.js";
import { invariant } from "../errors/domain-error.js";
import { DecisionPrincipleEnum } from "../system/enums.js";
import {
  assertMeetingEditable,
  assertResolutionAllowed,
  assertResolutionNumberFree,
  nextAgendaPositions,
} from "./rules.js";
import { AgendaItem, Resolution } from "./types.js";

const AddAgendaItemInput = builder.inputType("AddAgendaItemInput", {
  description: "增加议程事项（排在最后）/ Add an agenda item (at the end)",
  fields: (t) => ({
    meetingId: t.id({ required: true, description: "会议 / Meeting", validate: globalId }),
    title: t.string({ required: true, description: "事项 / Title", validate: text(200) }),
    description: t.string({ description: "说明 / Description", validate: optionalText(2000) }),
  }),
});

const AdoptResolutionInput = builder.inputType("AdoptResolutionInput", {
  description: "登记已召开会议形成的决议 / Record a resolution adopted at a held meeting",
  fields: (t) => ({
    meetingId: t.id({ required: true, description: "会议（须已召开）/ Meeting (must be held)", validate: globalId }),
    number: t.string({
      required: true,
      description: "决议编号（会内唯一）/ Number (unique in the meeting)",
      validate: text(50),
    }),
    title: t.string({ required: true, description: "标题 / Title", validate: text(200) }),
    text: t.string({ required: true, description: "内容 / Text", validate: text(20_000) }),
    principle: t.field({
      type: DecisionPrincipleEnum,
      required: true,
      description: "议事原则（大事共议、实事共办、要事共决、急事共商）/ Decision principle",
    }),
    agendaItemId: t.id({ description: "对应议程 / Agenda item", validate: globalId.nullish() }),
    votesFor: t.int({ description: "赞成票 / Votes for", validate: nonNegativeInt.nullish() }),
    votesAgainst: t.int({ description: "反对票 / Votes against", validate: nonNegativeInt.nullish() }),
    votesAbstain: t.int({ description: "弃权票 / Abstentions", validate: nonNegativeInt.nullish() }),
  }),
});

/** Locks a meeting's row until the transaction ends (a missing id locks nothing and reveals nothing). */
const lockMeeting = (scope: MutationScope, id: string) => lockRow(scope, "Meeting", id);

builder.mutationField("addAgendaItem", (t) =>
  t.field({
    type: AgendaItem,
    description: "为已安排的会议增加议程事项（排在最后）/ Add an agenda item to a scheduled meeting (at the end)",
    permission: "create:AgendaItem",
    errors: {},
    args: { input: t.arg({ type: AddAgendaItemInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const meetingId = fromGlobalId("Meeting", input.meetingId, "meetingId");
        // Concurrent changes to one meeting take turns, so the checks below see the latest agenda and status.
        await lockMeeting(scope, meetingId);
        const meeting = await loadReadable(scope, "Meeting", meetingId, "meetingId");
        const existing = await scope.tx.agendaItem.findMany({ where: { meetingId }, select: { position: true } });
        const [position] = nextAgendaPositions(
          existing.map((a) => a.position),
          1,
        );
        const row = {
          meetingId,
          committeeId: meeting.committeeId,
          streetId: meeting.streetId,
          position: position as number,
          title: input.title,
          description: input.description ?? null,
        };
        assertMeetingEditable(meeting.status, "meetingId");
        const created = await createChecked(scope, "AgendaItem", row, {
          action: "addAgendaItem",
          refusal: ["无权编排该会议的议程", "Not allowed to change this meeting's agenda", "meetingId"],
        });
        return created;
      }),
  }),
);

builder.mutationField("adoptResolution", (t) =>
  t.field({
    type: Resolution,
    description:
      "登记已召开会议形成的决议（注明议事原则）/ Record a resolution adopted at a held meeting (with its decision principle)",
    permission: "create:Resolution",
    errors: {},
    args: { input: t.arg({ type: AdoptResolutionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const meetingId = fromGlobalId("Meeting", input.meetingId, "meetingId");
        // Concurrent changes to one meeting take turns, so the checks below see the latest agenda and status.
        await lockMeeting(scope, meetingId);
        const meeting = await loadReadable(scope, "Meeting", meetingId, "meetingId");
        let agendaItemId: string | null = null;
        if (input.agendaItemId) {
          const itemId = fromGlobalId("AgendaItem", input.agendaItemId, "agendaItemId");
          const item = await loadReadable(scope, "AgendaItem", itemId, "agendaItemId");
          if (item.meetingId !== meeting.id) {
            throw invariant("agendaItemId", "该议程不属于本次会议", "The agenda item belongs to another meeting");
          }
          agendaItemId = item.id;
        }
        const row = {
          meetingId,
          committeeId: meeting.committeeId,
          streetId: meeting.streetId,
          agendaItemId,
          number: input.number,
          title: input.title,
          text: input.text,
          principle: input.principle,
          votesFor: input.votesFor ?? null,
          votesAgainst: input.votesAgainst ?? null,
          votesAbstain: input.votesAbstain ?? null,
          adoptedAt: meeting.heldAt ?? new Date(),
        };
        assertResolutionAllowed(meeting.status);
        const numbers = await scope.tx.resolution.findMany({ where: { meetingId }, select: { number: true } });
        assertResolutionNumberFree(
          input.number,
          numbers.map((r) => r.number),
        );
        const created = await createChecked(scope, "Resolution", row, {
          action: "adoptResolution",
          refusal: ["无权登记该会议的决议", "Not allowed to record resolutions of this meeting", "meetingId"],
        });
        return created;
      }),
  }),
);
