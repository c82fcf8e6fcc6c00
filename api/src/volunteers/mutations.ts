/** Volunteer teams (党员服务联盟): found, update, end. Their members and activities: member-mutations.ts. */
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { versionedRecordInput } from "../data/inputs.js";
import { createChecked, loadForWrite, loadReadable, runMutation, updateVersioned } from "../data/mutation.js";
import { globalId, text, versionField } from "../data/validation.js";
import { forbidden, invalid } from "../errors/domain-error.js";
import { assertCommitteeWorking } from "../meetings/rules.js";
import { VolunteerTeamKindEnum } from "../system/enums.js";
import { assertTeamActive, assertTeamCanEnd, chinaToday, leavingDayOnTeamEnd } from "./rules.js";
import { VolunteerTeam } from "./types.js";
import { loadPerson } from "./writes.js";

const CreateVolunteerTeamInput = builder.inputType("CreateVolunteerTeamInput", {
  description: "成立志愿服务队 / Found a volunteer team",
  fields: (t) => ({
    committeeId: t.id({ required: true, description: "大党委 / Committee", validate: globalId }),
    name: t.string({ required: true, description: "名称 / Name", validate: text(200) }),
    kind: t.field({ type: VolunteerTeamKindEnum, required: true, description: "类型 / Kind" }),
    leaderId: t.id({ description: "队长 / Leader", validate: globalId.nullish() }),
    foundedOn: t.field({ type: "Date", description: "成立日期 / Founded on" }),
  }),
});

const UpdateVolunteerTeamInput = builder.inputType("UpdateVolunteerTeamInput", {
  description: "修改志愿服务队（只写给出的字段）/ Update a volunteer team (only the fields given)",
  fields: (t) => ({
    id: t.id({ required: true, description: "服务队 / Team", validate: globalId }),
    version: t.int(versionField),
    name: t.string({ description: "名称 / Name", validate: text(200).nullish() }),
    kind: t.field({ type: VolunteerTeamKindEnum, description: "类型 / Kind" }),
    leaderId: t.id({ description: "队长（null 清除）/ Leader (null clears it)", validate: globalId.nullish() }),
    foundedOn: t.field({ type: "Date", description: "成立日期（null 清除）/ Founded on (null clears it)" }),
  }),
});

const EndVolunteerTeamInput = versionedRecordInput(
  "EndVolunteerTeamInput",
  "解散志愿服务队（在队队员随之退出）/ End a volunteer team (its active members leave)",
  "服务队 / Team",
);

builder.mutationField("createVolunteerTeam", (t) =>
  t.field({
    type: VolunteerTeam,
    description: "成立志愿服务队（党员服务联盟）/ Found a volunteer team (service alliance)",
    permission: "create:VolunteerTeam",
    errors: {},
    args: { input: t.arg({ type: CreateVolunteerTeamInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const committeeId = fromGlobalId("Committee", input.committeeId, "committeeId");
        const committee = await loadReadable(scope, "Committee", committeeId, "committeeId");
        const row = {
          committeeId: committee.id,
          streetId: committee.streetId,
          name: input.name,
          kind: input.kind,
          leaderId: null as string | null,
          foundedOn: input.foundedOn ?? null,
        };
        assertCommitteeWorking(committee.status);
        if (input.leaderId) row.leaderId = await loadPerson(scope, input.leaderId, "leaderId");
        const created = await createChecked(scope, "VolunteerTeam", row, {
          action: "createVolunteerTeam",
          refusal: ["无权为该大党委成立服务队", "Not allowed to found teams of this committee", "committeeId"],
        });
        return created;
      }),
  }),
);

builder.mutationField("updateVolunteerTeam", (t) =>
  t.field({
    type: VolunteerTeam,
    description: "修改志愿服务队 / Update a volunteer team",
    permission: "update:VolunteerTeam",
    errors: {},
    args: { input: t.arg({ type: UpdateVolunteerTeamInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const id = fromGlobalId("VolunteerTeam", input.id);
        const data: Record<string, unknown> = {};
        if (input.name !== undefined) data.name = input.name;
        if (input.kind !== undefined) data.kind = input.kind;
        if (input.foundedOn !== undefined) data.foundedOn = input.foundedOn;
        if (input.leaderId !== undefined) data.leaderId = input.leaderId;
        if (data.name === null || data.kind === null) {
          throw invalid(data.name === null ? "name" : "kind", "名称和类型不能为空", "Name and kind cannot be empty");
        }
        if (Object.keys(data).length === 0) throw invalid("id", "没有要修改的字段", "Nothing to change");
        const before = await loadForWrite(scope, "VolunteerTeam", id, "update", Object.keys(data));
        assertTeamActive(before, "id");
        if (input.leaderId) data.leaderId = await loadPerson(scope, input.leaderId, "leaderId");
        return updateVersioned(scope, "VolunteerTeam", before, input.version, data, "updateVolunteerTeam");
      }),
  }),
);

builder.mutationField("endVolunteerTeam", (t) =>
  t.field({
    type: VolunteerTeam,
    description: "解散志愿服务队（在队队员随之退出）/ End a volunteer team (its active members leave)",
    permission: "end:VolunteerTeam",
    errors: {},
    args: { input: t.arg({ type: EndVolunteerTeamInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const before = await loadForWrite(scope, "VolunteerTeam", fromGlobalId("VolunteerTeam", input.id), "end");
        assertTeamCanEnd(before);
        const now = new Date();
        const after = await updateVersioned(
          scope,
          "VolunteerTeam",
          before,
          input.version,
          { endedAt: now },
          "endVolunteerTeam",
        );
        const active = await scope.tx.volunteerTeamMember.findMany({ where: { teamId: before.id, leftOn: null } });
        for (const member of active) {
          if (!ctx.guard.can("end", "VolunteerTeamMember", member)) {
            throw forbidden("无权让队员退出", "Not allowed to end team memberships", "id");
          }
          const left = await scope.tx.volunteerTeamMember.update({
            where: { id: member.id },
            data: { leftOn: leavingDayOnTeamEnd(member.joinedOn, chinaToday(now)), version: { increment: 1 } },
          });
          scope.audit({
            action: "endVolunteerTeam",
            entityType: "VolunteerTeamMember",
            entityId: member.id,
            streetId: member.streetId,
            before: member,
            after: left,
          });
        }
        return after;
      }),
  }),
);
