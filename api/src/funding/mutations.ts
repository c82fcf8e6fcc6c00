import { z } from "zod";
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { versionedRecordInput } from "../data/inputs.js";
import type { RowOf } from "../data/models.js";
import { loadForWrite, loadReadable, type MutationScope, runMutation, updateVersioned } from "../data/mutation.js";
import { fen, globalId, optionalText, percent, positiveFen, text, versionField, year } from "../data/validation.js";
import { forbidden, notFound } from "../errors/domain-error.js";
import { FundingChannelEnum } from "../system/enums.js";
import {
  assertAcknowledgeable,
  assertCommitteeFundable,
  assertContributionTransition,
  assertNoPlanForYear,
  assertNotYetRevised,
  assertPlanEditable,
  assertPlanRevisable,
  assertPlanTakesIncome,
  assertPlanTakesPledges,
  assertPlanTransition,
  assertPledgingMember,
  assertPreviousInEffect,
  assertRatioMember,
  assertResolutionGiven,
  assertResolutionOfCommittee,
  assertYearEnded,
  formatPercent,
  parseFen,
  percentUnitsOf,
  validateRatios,
} from "./rules.js";
import { Contribution, FundingIncome, FundingPlan } from "./types.js";

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

const ContributionRatioInput = builder.inputType("ContributionRatioInput", {
  description: "一个成员单位的出资比例 / One member unit's contribution ratio",
  fields: (t) => ({
    membershipId: t.id({
      required: true,
      description: "成员单位（本大党委的现有成员）/ Member unit (an active member of the committee)",
      validate: globalId,
    }),
    percent: t.field({
      type: "Decimal",
      required: true,
      description: "比例（%，最多4位小数，如 33.3333）/ Ratio in percent, at most 4 decimals (e.g. 33.3333)",
      validate: percent,
    }),
  }),
});

const SetContributionRatiosInput = builder.inputType("SetContributionRatiosInput", {
  description:
    "设定经费方案草稿的出资比例（整体替换，合计须恰好100%）/ Set a draft plan's contribution ratios (replaces them; they must total exactly 100%)",
  fields: (t) => ({
    planId: t.id({ required: true, description: "经费方案（草稿）/ Funding plan (a draft)", validate: globalId }),
    version: t.int(versionField),
    ratios: t.field({
      type: [ContributionRatioInput],
      required: true,
      description: "各成员单位的出资比例 / The member units' ratios",
      validate: z.array(z.unknown()).max(500),
    }),
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

const ReviseFundingPlanInput = versionedRecordInput(
  "ReviseFundingPlanInput",
  "为已通过的方案起草新版本（复制预算和出资比例）/ Draft a new revision of an adopted plan (budget and ratios copied)",
  "已通过的经费方案 / The adopted plan",
);

const CloseFundingPlanInput = versionedRecordInput(
  "CloseFundingPlanInput",
  "年终结算经费方案 / Close a plan at year end",
  "已通过的经费方案 / The adopted plan",
);

const AddFundingIncomeInput = builder.inputType("AddFundingIncomeInput", {
  description: "登记经费收入 / Record income of a plan",
  fields: (t) => ({
    planId: t.id({ required: true, description: "经费方案 / Funding plan", validate: globalId }),
    channel: t.field({ type: FundingChannelEnum, required: true, description: "渠道 / Channel" }),
    amountFen: t.field({
      type: "Fen",
      required: true,
      description: "金额（分，正整数）/ Amount in fen (whole, greater than 0)",
      validate: positiveFen,
    }),
    source: t.string({ required: true, description: "来源 / Source", validate: text(200) }),
    receivedOn: t.field({ type: "Date", description: "到账日期 / Received on" }),
    note: t.string({ description: "说明 / Note", validate: optionalText(500) }),
  }),
});

const PledgeContributionInput = builder.inputType("PledgeContributionInput", {
  description: "登记成员单位认缴出资 / Record a member unit's pledge",
  fields: (t) => ({
    planId: t.id({ required: true, description: "已通过的经费方案 / The adopted plan", validate: globalId }),
    membershipId: t.id({
      required: true,
      description: "成员单位（在方案中有出资比例）/ Member unit (with a ratio in the plan)",
      validate: globalId,
    }),
    amountFen: t.field({
      type: "Fen",
      required: true,
      description: "认缴金额（分，正整数）/ Amount pledged in fen (whole, greater than 0)",
      validate: positiveFen,
    }),
  }),
});

const AcknowledgeContributionInput = versionedRecordInput(
  "AcknowledgeContributionInput",
  "成员单位确认认缴 / The member unit acknowledges its pledge",
  "出资 / Contribution",
);

const ReceiveContributionInput = versionedRecordInput(
  "ReceiveContributionInput",
  "登记出资到账 / Record that a contribution was received",
  "出资 / Contribution",
);

// ---------------------------------------------------------------- helpers

/**
 * The plan a write addresses, through the read rules (outside the scope → NOT_FOUND on `field`,
 * exactly like a missing one), with `action` checked on it and on `fields` (FORBIDDEN).
 */
async function loadPlan(
  scope: MutationScope,
  globalPlanId: string,
  action: "update" | "adopt" | "close" | "create",
  fields: string[] = [],
  field = "id",
): Promise<RowOf<"FundingPlan">> {
  if (field === "id") {
    return loadForWrite(scope, "FundingPlan", fromGlobalId("FundingPlan", globalPlanId), action, fields);
  }
  const id = fromGlobalId("FundingPlan", globalPlanId, field);
  const plan = await loadReadable(scope, "FundingPlan", id, field);
  scope.ctx.guard.assertCan(action, "FundingPlan", plan, fields);
  return plan;
}

async function loadMembership(scope: MutationScope, globalMembershipId: string, field: string) {
  const id = fromGlobalId("Membership", globalMembershipId, field);
  const membership = await loadReadable(scope, "Membership", id, field);
  return membership;
}

function assertCreate(
  scope: MutationScope,
  subject: "FundingPlan" | "FundingIncome" | "ContributionRatio" | "Contribution",
  row: Record<string, unknown>,
  field: string,
) {
  if (!scope.ctx.guard.can("create", subject, row)) {
    throw forbidden(`无权创建${subject}`, `Not allowed to create ${subject}`, field);
  }
}

/** Copies or writes ratios onto a plan, one audit event per row. */
async function createRatios(
  scope: MutationScope,
  plan: RowOf<"FundingPlan">,
  entries: { membershipId: string; percent: string }[],
  action: string,
) {
  for (const entry of entries) {
    const row = {
      planId: plan.id,
      committeeId: plan.committeeId,
      streetId: plan.streetId,
      membershipId: entry.membershipId,
      percent: entry.percent,
    };
    assertCreate(scope, "ContributionRatio", row, "ratios");
    const created = await scope.tx.contributionRatio.create({ data: row });
    scope.audit({
      action,
      entityType: "ContributionRatio",
      entityId: created.id,
      streetId: created.streetId,
      before: null,
      after: created,
    });
  }
}

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

builder.mutationField("setContributionRatios", (t) =>
  t.field({
    type: FundingPlan,
    description:
      "设定经费方案草稿的出资比例（整体替换；合计须恰好100%）/ Set a draft plan's contribution ratios (replaces them; they must total exactly 100%)",
    permission: "update:FundingPlan",
    errors: {},
    args: { input: t.arg({ type: SetContributionRatiosInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const entries = input.ratios.map((r, i) => ({
          membershipId: fromGlobalId("Membership", r.membershipId, `ratios.${i}.membershipId`),
          percent: String(r.percent),
        }));
        const units = validateRatios(entries);
        const before = await loadPlan(scope, input.planId, "update", [], "planId");
        assertPlanEditable(before.status, "planId");
        const memberships = await scope.tx.membership.findMany({
          where: { AND: [{ id: { in: entries.map((e) => e.membershipId) } }, ctx.guard.where("Membership")] },
          select: { id: true, committeeId: true, toDate: true },
        });
        const byId = new Map(memberships.map((m) => [m.id, m]));
        for (const [i, entry] of entries.entries()) {
          const field = `ratios.${i}.membershipId`;
          const membership = byId.get(entry.membershipId);
          if (!membership) throw notFound("Membership", field);
          assertRatioMember(membership, before.committeeId, field);
        }
        const plan = await updateVersioned(scope, "FundingPlan", before, input.version, {}, "setContributionRatios");
        const old = await scope.tx.contributionRatio.findMany({ where: { planId: plan.id } });
        for (const ratio of old) {
          if (!ctx.guard.can("delete", "ContributionRatio", ratio)) {
            throw forbidden("无权删除出资比例", "Not allowed to remove contribution ratios", "ratios");
          }
          scope.audit({
            action: "setContributionRatios",
            entityType: "ContributionRatio",
            entityId: ratio.id,
            streetId: ratio.streetId,
            before: ratio,
            after: null,
          });
        }
        await scope.tx.contributionRatio.deleteMany({ where: { planId: plan.id } });
        await createRatios(
          scope,
          plan,
          entries.map((e, i) => ({ membershipId: e.membershipId, percent: formatPercent(units[i] as bigint) })),
          "setContributionRatios",
        );
        return plan;
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

builder.mutationField("reviseFundingPlan", (t) =>
  t.field({
    type: FundingPlan,
    description:
      "为已通过的方案起草新版本（版本号+1，复制预算和出资比例，状态 DRAFT）；这是变更生效出资比例的唯一途径 / Draft a new revision of an adopted plan (revision + 1, budget and ratios copied, DRAFT); the only way to change the ratios in effect",
    permission: "create:FundingPlan",
    errors: {},
    args: { input: t.arg({ type: ReviseFundingPlanInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const before = await loadPlan(scope, input.id, "create");
        assertPlanRevisable(before.status);
        const next = await scope.tx.fundingPlan.findUnique({
          where: { previousPlanId: before.id },
          select: { revision: true },
        });
        assertNotYetRevised(next?.revision ?? null);
        // Bumps the revised plan's version (its audit event records the revision), so two
        // concurrent revisions of one plan cannot both pass.
        await updateVersioned(scope, "FundingPlan", before, input.version, {}, "reviseFundingPlan");
        const row = {
          committeeId: before.committeeId,
          streetId: before.streetId,
          year: before.year,
          revision: before.revision + 1,
          status: "DRAFT" as const,
          budgetFen: before.budgetFen,
          previousPlanId: before.id,
          note: before.note,
        };
        assertCreate(scope, "FundingPlan", row, "id");
        const created = await scope.tx.fundingPlan.create({ data: row });
        scope.audit({
          action: "reviseFundingPlan",
          entityType: "FundingPlan",
          entityId: created.id,
          streetId: created.streetId,
          before: null,
          after: created,
        });
        const ratios = await scope.tx.contributionRatio.findMany({
          where: { planId: before.id },
          orderBy: { membershipId: "asc" },
        });
        await createRatios(
          scope,
          created,
          ratios.map((r) => ({ membershipId: r.membershipId, percent: formatPercent(percentUnitsOf(r.percent)) })),
          "reviseFundingPlan",
        );
        return created;
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

// ---------------------------------------------------------------- income and contributions

builder.mutationField("addFundingIncome", (t) =>
  t.field({
    type: FundingIncome,
    description: "登记经费收入（财政、党费、费随事转、服务、赞助）/ Record income of a plan by channel",
    permission: "create:FundingIncome",
    errors: {},
    args: { input: t.arg({ type: AddFundingIncomeInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const amountFen = parseFen(input.amountFen, "amountFen", { positive: true });
        const planId = fromGlobalId("FundingPlan", input.planId, "planId");
        const plan = await loadReadable(scope, "FundingPlan", planId, "planId");
        assertPlanTakesIncome(plan.status);
        const row = {
          planId: plan.id,
          committeeId: plan.committeeId,
          streetId: plan.streetId,
          channel: input.channel,
          amountFen,
          source: input.source,
          receivedOn: input.receivedOn ?? null,
          note: input.note ?? null,
        };
        assertCreate(scope, "FundingIncome", row, "planId");
        const created = await scope.tx.fundingIncome.create({ data: row });
        scope.audit({
          action: "addFundingIncome",
          entityType: "FundingIncome",
          entityId: created.id,
          streetId: created.streetId,
          before: null,
          after: created,
        });
        return created;
      }),
  }),
);

builder.mutationField("pledgeContribution", (t) =>
  t.field({
    type: Contribution,
    description: "登记成员单位按已通过方案认缴的出资 / Record a member unit's pledge under the adopted plan",
    permission: "create:Contribution",
    errors: {},
    args: { input: t.arg({ type: PledgeContributionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const amountFen = parseFen(input.amountFen, "amountFen", { positive: true });
        const planId = fromGlobalId("FundingPlan", input.planId, "planId");
        const plan = await loadReadable(scope, "FundingPlan", planId, "planId");
        assertPlanTakesPledges(plan.status);
        const membership = await loadMembership(scope, input.membershipId, "membershipId");
        const ratio = await scope.tx.contributionRatio.findFirst({
          where: { planId: plan.id, membershipId: membership.id },
          select: { id: true },
        });
        assertPledgingMember(membership, plan.committeeId, ratio !== null);
        const row = {
          planId: plan.id,
          committeeId: plan.committeeId,
          streetId: plan.streetId,
          membershipId: membership.id,
          amountFen,
          status: "PLEDGED" as const,
        };
        assertCreate(scope, "Contribution", row, "planId");
        const created = await scope.tx.contribution.create({ data: row });
        scope.audit({
          action: "pledgeContribution",
          entityType: "Contribution",
          entityId: created.id,
          streetId: created.streetId,
          before: null,
          after: created,
        });
        return created;
      }),
  }),
);

builder.mutationField("acknowledgeContribution", (t) =>
  t.field({
    type: Contribution,
    description: "成员单位联络人确认本单位的认缴 / The member unit's liaison acknowledges its pledge",
    permission: "acknowledge:Contribution",
    errors: {},
    args: { input: t.arg({ type: AcknowledgeContributionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const before = await loadForWrite(scope, "Contribution", fromGlobalId("Contribution", input.id), "acknowledge");
        assertAcknowledgeable(before.status, before.acknowledgedAt);
        return updateVersioned(
          scope,
          "Contribution",
          before,
          input.version,
          { acknowledgedAt: new Date() },
          "acknowledgeContribution",
        );
      }),
  }),
);

builder.mutationField("receiveContribution", (t) =>
  t.field({
    type: Contribution,
    description: "登记出资到账（PLEDGED → RECEIVED）/ Record that a contribution was received (PLEDGED → RECEIVED)",
    permission: "receive:Contribution",
    errors: {},
    args: { input: t.arg({ type: ReceiveContributionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const before = await loadForWrite(scope, "Contribution", fromGlobalId("Contribution", input.id), "receive");
        assertContributionTransition(before.status, "RECEIVED");
        return updateVersioned(
          scope,
          "Contribution",
          before,
          input.version,
          { status: "RECEIVED", receivedAt: new Date() },
          "receiveContribution",
        );
      }),
  }),
);
