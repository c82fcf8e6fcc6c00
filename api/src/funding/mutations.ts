/** Funding plans: draft, update, adopt and close. Ratios and revisions: ratio-mutations.ts; income and contributions: income-mutations.ts. */
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { versionedRecordInput } from "../data/inputs.js";
import { loadReadable, runMutation, updateVersioned } from "../data/mutation.js";
import { fen, globalId, optionalText, versionField, year } from "../data/validation.js";
import { forbidden } from "../errors/domain-error.js";
import {
  assertCommitteeFundable,
  assertNoPlanForYear,
  assertPlanEditable,
  assertPlanTransition,
  assertPreviousInEffect,
  assertRatioMember,
  assertResolutionGiven,
  assertResolutionOfCommittee,
  assertYearEnded,
  parseFen,
  validateRatios,
} from "./rules.js";
import { FundingPlan } from "./types.js";
import { assertCreate, loadPlan } from "./writes.js";

const DraftFundingPlanInput = builder.inputType("DraftFundingPlanInput", {
  description: "编制年度经费方案（草稿）/ Draft a committee's funding plan for a year",
  fields: (t) => ({
    committeeId: t.id({ required: true, description: "大党委 / Committee", validate: globalId }),
    year: t.int({ required: true, description: "年度（2000–2100）/ Year (2000–2100)", validate: year }),
    budgetFen: t.field({
      type: "Fen",
      required: true,
      description: "预算（分，非负整数）/ Budget in fen (whole, not negative)",
      validate: fen,
    }),
    note: t.string({ description: "说明 / Note", validate: optionalText(1000) }),
  }),
});

const UpdateFundingPlanInput = builder.inputType("UpdateFundingPlanInput", {
  description: "修改经费方案草稿（只写给出的字段）/ Update a draft plan (only the fields given)",
  fields: (t) => ({
    id: t.id({ required: true, description: "经费方案 / Funding plan", validate: globalId }),
    version: t.int(versionField),
    budgetFen: t.field({
      type: "Fen",
      description: "预算（分，非负整数）/ Budget in fen (whole, not negative)",
      validate: fen.nullish(),
    }),
    note: t.string({ description: "说明（null 清除）/ Note (null clears it)", validate: optionalText(1000) }),
  }),
});

const AdoptFundingPlanInput = builder.inputType("AdoptFundingPlanInput", {
  description:
    "依据党委会决议通过经费方案；若是修订版本，上一版本随之被取代 / Adopt a plan with the resolution that set its ratios; a revision supersedes the plan it revises",
  fields: (t) => ({
    id: t.id({ required: true, description: "经费方案（草稿）/ Funding plan (a draft)", validate: globalId }),
    version: t.int(versionField),
    resolutionId: t.id({
      description:
        "确定出资比例的本大党委党委会决议（必填）/ The committee's resolution that set the ratios (required)",
      validate: globalId.nullish(),
    }),
  }),
});

const CloseFundingPlanInput = versionedRecordInput(
  "CloseFundingPlanInput",
  "年终结算经费方案 / Close a plan at year end",
  "已通过的经费方案 / The adopted plan",
);

// ---------------------------------------------------------------- plans

builder.mutationField("draftFundingPlan", (t) =>
  t.field({
    type: FundingPlan,
    description: "编制年度经费方案（草稿，第1版）/ Draft a committee's funding plan for a year (revision 1)",
    permission: "create:FundingPlan",
    errors: {},
    args: { input: t.arg({ type: DraftFundingPlanInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const committeeId = fromGlobalId("Committee", input.committeeId, "committeeId");
        const committee = await loadReadable(scope, "Committee", committeeId, "committeeId");
        assertCommitteeFundable(committee.status);
        const existing = await scope.tx.fundingPlan.findMany({
          where: { committeeId, year: input.year },
          select: { revision: true },
        });
        assertNoPlanForYear(
          existing.map((p) => p.revision),
          input.year,
        );
        const row = {
          committeeId,
          streetId: committee.streetId,
          year: input.year,
          revision: 1,
          status: "DRAFT" as const,
          budgetFen: parseFen(input.budgetFen, "budgetFen"),
          note: input.note ?? null,
        };
        assertCreate(scope, "FundingPlan", row, "committeeId");
        const created = await scope.tx.fundingPlan.create({ data: row });
        scope.audit({
          action: "draftFundingPlan",
          entityType: "FundingPlan",
          entityId: created.id,
          streetId: created.streetId,
          before: null,
          after: created,
        });
        return created;
      }),
  }),
);

builder.mutationField("updateFundingPlan", (t) =>
  t.field({
    type: FundingPlan,
    description: "修改经费方案草稿的预算或说明 / Update a draft plan's budget or note",
    permission: "update:FundingPlan",
    errors: {},
    args: { input: t.arg({ type: UpdateFundingPlanInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const data: Record<string, unknown> = {};
        if (input.budgetFen !== undefined && input.budgetFen !== null) {
          data.budgetFen = parseFen(input.budgetFen, "budgetFen");
        }
        if (input.note !== undefined) data.note = input.note;
        const before = await loadPlan(scope, input.id, "update", Object.keys(data));
        assertPlanEditable(before.status);
        return updateVersioned(scope, "FundingPlan", before, input.version, data, "updateFundingPlan");
      }),
  }),
);

builder.mutationField("adoptFundingPlan", (t) =>
  t.field({
    type: FundingPlan,
    description:
      "依据党委会决议通过经费方案（DRAFT → ADOPTED）；修订版本通过时上一版本变为 SUPERSEDED / Adopt a plan with its resolution (DRAFT → ADOPTED); adopting a revision supersedes the previous one",
    permission: "adopt:FundingPlan",
    errors: {},
    args: { input: t.arg({ type: AdoptFundingPlanInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const before = await loadPlan(scope, input.id, "adopt");
        assertPlanTransition(before.status, "ADOPTED");
        assertResolutionGiven(input.resolutionId);
        const resolutionId = fromGlobalId("Resolution", input.resolutionId, "resolutionId");
        const resolution = await loadReadable(scope, "Resolution", resolutionId, "resolutionId");
        assertResolutionOfCommittee(resolution.committeeId, before.committeeId);
        // The ratios in effect must total exactly 100 % and belong to active members.
        const ratios = await scope.tx.contributionRatio.findMany({
          where: { planId: before.id },
          include: { membership: { select: { committeeId: true, toDate: true } } },
        });
        validateRatios(ratios.map((r) => ({ membershipId: r.membershipId, percent: r.percent.toFixed(4) })));
        for (const ratio of ratios) assertRatioMember(ratio.membership, before.committeeId, "ratios");

        if (before.previousPlanId) {
          const previous = await scope.tx.fundingPlan.findUnique({ where: { id: before.previousPlanId } });
          assertPreviousInEffect(previous?.status ?? null);
          if (previous) {
            if (!ctx.guard.can("adopt", "FundingPlan", previous)) {
              throw forbidden("无权取代上一版本", "Not allowed to supersede the previous revision", "id");
            }
            assertPlanTransition(previous.status, "SUPERSEDED");
            await updateVersioned(
              scope,
              "FundingPlan",
              previous,
              previous.version,
              { status: "SUPERSEDED" },
              "adoptFundingPlan",
            );
          }
        }
        return updateVersioned(
          scope,
          "FundingPlan",
          before,
          input.version,
          { status: "ADOPTED", resolutionId, adoptedAt: new Date() },
          "adoptFundingPlan",
        );
      }),
  }),
);

builder.mutationField("closeFundingPlan", (t) =>
  t.field({
    type: FundingPlan,
    description: "年终结算经费方案（ADOPTED → CLOSED）/ Close a plan at year end (ADOPTED → CLOSED)",
    permission: "close:FundingPlan",
    errors: {},
    args: { input: t.arg({ type: CloseFundingPlanInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const before = await loadPlan(scope, input.id, "close");
        assertPlanTransition(before.status, "CLOSED");
        const now = new Date();
        assertYearEnded(before.year, now);
        return updateVersioned(
          scope,
          "FundingPlan",
          before,
          input.version,
          { status: "CLOSED", closedAt: now },
          "closeFundingPlan",
        );
      }),
  }),
);
