/** Contribution ratios of a draft plan, and revisions of an adopted plan (which copy its ratios). */
import { z } from "zod";
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { versionedRecordInput } from "../data/inputs.js";
import type { RowOf } from "../data/models.js";
import { type MutationScope, runMutation, updateVersioned } from "../data/mutation.js";
import { globalId, percent, versionField } from "../data/validation.js";
import { forbidden, notFound } from "../errors/domain-error.js";
import {
  assertNotYetRevised,
  assertPlanEditable,
  assertPlanRevisable,
  assertRatioMember,
  formatPercent,
  percentUnitsOf,
  validateRatios,
} from "./rules.js";
import { FundingPlan } from "./types.js";
import { assertCreate, loadPlan } from "./writes.js";

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

const ReviseFundingPlanInput = versionedRecordInput(
  "ReviseFundingPlanInput",
  "为已通过的方案起草新版本（复制预算和出资比例）/ Draft a new revision of an adopted plan (budget and ratios copied)",
  "已通过的经费方案 / The adopted plan",
);

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
