import { z } from "zod";
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { versionedRecordInput } from "../data/inputs.js";
import {
  createChecked,
  loadForWrite,
  loadReadable,
  type MutationScope,
  runMutation,
  updateVersioned,
} from "../data/mutation.js";
import { globalId, optionalText, versionField, year } from "../data/validation.js";
import { AssessmentGradeEnum, AssessmentKindEnum } from "../system/enums.js";
import {
  assertCommitteeAssessing,
  assertInServicePartyMember,
  assertMembershipAssessable,
  assertNotifiable,
  assertNotNotified,
  assertNotYetAssessed,
  assertPersonOfCommittee,
  assertResultFits,
  assertSeatAssessable,
  assertSubjectForKind,
  assessedOrganizationId,
  isValidScore,
  parseScore,
} from "./rules.js";
import { Assessment } from "./types.js";

const score = z
  .string()
  .refine(isValidScore, "得分须为0到100之间、最多2位小数 / a score is 0–100 with at most 2 decimals");
const points = z.number().int().min(0).max(1_000_000);

const RecordAssessmentInput = builder.inputType("RecordAssessmentInput", {
  description:
    "登记考核结果；考核对象随类型而定：成员单位参与情况 → membershipId，委员 → seatId，年度鉴定和积分 → personId / Record an assessment; the subject follows the kind: UNIT_PARTICIPATION → membershipId, COMMITTEE_MEMBER → seatId, ANNUAL_APPRAISAL and POINTS → personId",
  fields: (t) => ({
    kind: t.field({ type: AssessmentKindEnum, required: true, description: "考核类型 / Kind" }),
    committeeId: t.id({ required: true, description: "大党委 / Committee", validate: globalId }),
    year: t.int({
      required: true,
      description: "考核年度（2000–2100）/ Year assessed (2000–2100)",
      validate: year,
    }),
    membershipId: t.id({
      description: "被考核成员单位（UNIT_PARTICIPATION）/ Member unit assessed (UNIT_PARTICIPATION)",
      validate: globalId.nullish(),
    }),
    seatId: t.id({
      description: "被考核委员的职务（COMMITTEE_MEMBER）/ Seat of the member assessed (COMMITTEE_MEMBER)",
      validate: globalId.nullish(),
    }),
    personId: t.id({
      description: "被考核人员（ANNUAL_APPRAISAL、POINTS）/ Person assessed (ANNUAL_APPRAISAL, POINTS)",
      validate: globalId.nullish(),
    }),
    score: t.field({
      type: "Decimal",
      description: "得分（0–100，最多2位小数）/ Score (0–100, at most 2 decimals)",
      validate: score.nullish(),
    }),
    points: t.int({
      description: "积分（只用于 POINTS，必填）/ Points (POINTS only, required there)",
      validate: points.nullish(),
    }),
    grade: t.field({ type: AssessmentGradeEnum, description: "等次 / Grade" }),
    remarks: t.string({
      description: "评语（个人信息）/ Remarks (personal data)",
      validate: optionalText(2000),
    }),
  }),
});

const UpdateAssessmentInput = builder.inputType("UpdateAssessmentInput", {
  description:
    "修改尚未通报的考核结果（只写给出的字段；null 清除）/ Update an assessment not yet notified (only the fields given; null clears)",
  fields: (t) => ({
    id: t.id({ required: true, description: "考核 / Assessment", validate: globalId }),
    version: t.int(versionField),
    score: t.field({
      type: "Decimal",
      description: "得分（0–100，最多2位小数）/ Score (0–100, at most 2 decimals)",
      validate: score.nullish(),
    }),
    points: t.int({ description: "积分（只用于 POINTS）/ Points (POINTS only)", validate: points.nullish() }),
    grade: t.field({ type: AssessmentGradeEnum, description: "等次 / Grade" }),
    remarks: t.string({
      description: "评语（个人信息）/ Remarks (personal data)",
      validate: optionalText(2000),
    }),
  }),
});

const NotifyAssessmentInput = versionedRecordInput(
  "NotifyAssessmentInput",
  "向被考核单位及其上级党组织通报测评结果 / Notify the result to the assessed organisation and its superior",
  "考核 / Assessment",
);

/** The subject of a new assessment, loaded through the read rules; returns its ids and organisation. */
async function loadSubject(
  scope: MutationScope,
  input: { kind: "UNIT_PARTICIPATION" | "COMMITTEE_MEMBER" | "ANNUAL_APPRAISAL" | "POINTS"; year: number },
  field: "membershipId" | "seatId" | "personId",
  globalSubjectId: string,
  committeeId: string,
): Promise<{
  membershipId: string | null;
  seatId: string | null;
  personId: string | null;
  organizationId: string | null;
}> {
  const { tx } = scope;
  if (field === "membershipId") {
    const id = fromGlobalId("Membership", globalSubjectId, field);
    const membership = await loadReadable(scope, "Membership", id, field);
    assertMembershipAssessable(membership, committeeId, input.year);
    return {
      membershipId: id,
      seatId: null,
      personId: null,
      organizationId: assessedOrganizationId(input.kind, { membershipOrganizationId: membership.organizationId }),
    };
  }
  if (field === "seatId") {
    const id = fromGlobalId("Seat", globalSubjectId, field);
    const seat = await loadReadable(scope, "Seat", id, field);
    assertSeatAssessable(seat, committeeId);
    return {
      membershipId: null,
      seatId: id,
      personId: seat.personId,
      organizationId: assessedOrganizationId(input.kind, { seatSourceOrganizationId: seat.sourceOrganizationId }),
    };
  }
  const id = fromGlobalId("Person", globalSubjectId, field);
  const person = await loadReadable(scope, "Person", id, field);
  if (input.kind === "ANNUAL_APPRAISAL") assertInServicePartyMember(person);
  const [covers, seats] = await Promise.all([
    person.residenceCommunityId
      ? tx.committeeCommunity.count({ where: { committeeId, communityId: person.residenceCommunityId } })
      : Promise.resolve(0),
    tx.seat.count({ where: { committeeId, personId: id } }),
  ]);
  assertPersonOfCommittee(covers + seats > 0);
  return {
    membershipId: null,
    seatId: null,
    personId: id,
    organizationId: assessedOrganizationId(input.kind, {
      personWorkplaceOrganizationId: person.workplaceOrganizationId,
    }),
  };
}

builder.mutationField("recordAssessment", (t) =>
  t.field({
    type: Assessment,
    description:
      "登记考核结果（成员单位参与情况、委员、在职党员年度鉴定、积分）/ Record an assessment (member unit participation, committee member, annual appraisal, points)",
    permission: "create:Assessment",
    errors: {},
    args: { input: t.arg({ type: RecordAssessmentInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const field = assertSubjectForKind(input.kind, input);
        const result = {
          score: input.score === null || input.score === undefined ? null : parseScore(input.score),
          points: input.points ?? null,
          grade: input.grade ?? null,
        };
        assertResultFits(input.kind, result);
        const committeeId = fromGlobalId("Committee", input.committeeId, "committeeId");
        const committee = await loadReadable(scope, "Committee", committeeId, "committeeId");
        assertCommitteeAssessing(committee.status);
        const subject = await loadSubject(scope, input, field, String(input[field]), committeeId);
        const existing = await scope.tx.assessment.count({
          where: { committeeId, year: input.year, kind: input.kind, [field]: subject[field] },
        });
        assertNotYetAssessed(existing, input.year);
        const row = {
          kind: input.kind,
          committeeId,
          streetId: committee.streetId,
          year: input.year,
          ...subject,
          ...result,
          remarks: input.remarks ?? null,
        };
        const created = await createChecked(scope, "Assessment", row, {
          action: "recordAssessment",
          refusal: ["无权登记该考核", "Not allowed to record this assessment", "committeeId"],
        });
        return created;
      }),
  }),
);

builder.mutationField("updateAssessment", (t) =>
  t.field({
    type: Assessment,
    description: "修改尚未通报的考核结果 / Update an assessment that has not been notified",
    permission: "update:Assessment",
    errors: {},
    args: { input: t.arg({ type: UpdateAssessmentInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const data: Record<string, unknown> = {};
        if (input.score !== undefined) data.score = input.score === null ? null : parseScore(input.score);
        if (input.points !== undefined) data.points = input.points;
        if (input.grade !== undefined) data.grade = input.grade;
        if (input.remarks !== undefined) data.remarks = input.remarks;
        const before = await loadForWrite(
          scope,
          "Assessment",
          fromGlobalId("Assessment", input.id),
          "update",
          Object.keys(data),
        );
        assertNotNotified(before.notifiedAt);
        const merged = {
          score:
            "score" in data ? (data.score as string | null) : before.score === null ? null : before.score.toFixed(2),
          points: "points" in data ? (data.points as number | null) : before.points,
          grade: "grade" in data ? (data.grade as string | null) : before.grade,
        };
        assertResultFits(before.kind, merged);
        return updateVersioned(scope, "Assessment", before, input.version, data, "updateAssessment");
      }),
  }),
);

builder.mutationField("notifyAssessment", (t) =>
  t.field({
    type: Assessment,
    description:
      "通报测评结果（向被考核单位及其上级党组织）/ Notify the result (to the assessed organisation and its superior)",
    permission: "update:Assessment",
    errors: {},
    args: { input: t.arg({ type: NotifyAssessmentInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const before = await loadForWrite(scope, "Assessment", fromGlobalId("Assessment", input.id), "update", [
          "notifiedAt",
        ]);
        assertNotifiable(before.notifiedAt, before.organizationId);
        return updateVersioned(
          scope,
          "Assessment",
          before,
          input.version,
          { notifiedAt: new Date() },
          "notifyAssessment",
        );
      }),
  }),
);
