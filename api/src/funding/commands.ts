/**
 * The funding plan commands (draft, update, adopt, close, revise, set ratios): one plain function per
 * write, `(scope, input) => row`. Income and contributions: contribution-commands.ts.
 */

import { assertBudgetLines } from "@gongjian/domain/expenses";
import { fromGlobalId } from "../data/ids.js";
import type { RowOf } from "../data/models.js";
import { createChecked, deleteChecked, type MutationScope, updateVersioned } from "../data/mutation.js";
import { loadReferenced, loadReferencedAll, loadTarget, scopeUnder } from "../data/references.js";
import { versionedStep } from "../data/steps.js";
import { forbidden } from "../errors/domain-error.js";
import { createBudgetLines } from "../expenses/commands.js";
import type {
  AdoptFundingPlanInput,
  CloseFundingPlanInput,
  DraftFundingPlanInput,
  ReviseFundingPlanInput,
  SetContributionRatiosInput,
  UpdateFundingPlanInput,
} from "./inputs.js";
import {
  assertCommitteeFundable,
  assertNoPlanForYear,
  assertNotYetRevised,
  assertPlanEditable,
  assertPlanRevisable,
  assertPlanTransition,
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

/** The refusal of a funding create the caller's rules do not allow, on the input field that names its scope. */
export const createRefusal = (subject: string, field: string): [string, string, string] => [
  `无权创建${subject}`,
  `Not allowed to create ${subject}`,
  field,
];

export async function draftFundingPlan(scope: MutationScope, input: typeof DraftFundingPlanInput.$inferInput) {
  const committee = await loadReferenced(scope, "Committee", input.committeeId, "committeeId");
  assertCommitteeFundable(committee.status);
  const existing = await scope.tx.fundingPlan.findMany({
    where: { committeeId: committee.id, year: input.year },
    select: { revision: true },
  });
  assertNoPlanForYear(
    existing.map((p) => p.revision),
    input.year,
  );
  const row = {
    ...scopeUnder(committee),
    year: input.year,
    revision: 1,
    status: "DRAFT" as const,
    budgetFen: parseFen(input.budgetFen, "budgetFen"),
    note: input.note ?? null,
  };
  return createChecked(scope, "FundingPlan", row, {
    action: "draftFundingPlan",
    refusal: createRefusal("FundingPlan", "committeeId"),
  });
}

export async function updateFundingPlan(scope: MutationScope, input: typeof UpdateFundingPlanInput.$inferInput) {
  const data: Record<string, unknown> = {};
  if (input.budgetFen !== undefined && input.budgetFen !== null) {
    data.budgetFen = parseFen(input.budgetFen, "budgetFen");
  }
  if (input.note !== undefined) data.note = input.note;
  const before = await loadTarget(scope, "FundingPlan", input.id, "update", { fields: Object.keys(data) });
  assertPlanEditable(before.status);
  return updateVersioned(scope, "FundingPlan", before, input.version, data, "updateFundingPlan");
}

/** Adopts a draft with its resolution; a revision supersedes the plan it revises (both audited). */
export async function adoptFundingPlan(scope: MutationScope, input: typeof AdoptFundingPlanInput.$inferInput) {
  const before = await loadTarget(scope, "FundingPlan", input.id, "adopt");
  assertPlanTransition(before.status, "ADOPTED");
  assertResolutionGiven(input.resolutionId);
  const resolution = await loadReferenced(scope, "Resolution", input.resolutionId, "resolutionId");
  assertResolutionOfCommittee(resolution.committeeId, before.committeeId);
  // The ratios in effect must total exactly 100 % and belong to active members.
  const ratios = await scope.tx.contributionRatio.findMany({
    where: { planId: before.id },
    include: { membership: { select: { committeeId: true, toDate: true } } },
  });
  validateRatios(ratios.map((r) => ({ membershipId: r.membershipId, percent: r.percent.toFixed(4) })));
  for (const ratio of ratios) assertRatioMember(ratio.membership, before.committeeId, "ratios");
  // The category budgets (set with the plan) stay within its budget, which may have changed since.
  assertBudgetLines(await scope.tx.fundingBudgetLine.findMany({ where: { planId: before.id } }), before.budgetFen);

  if (before.previousPlanId) {
    const previous = await scope.tx.fundingPlan.findUnique({ where: { id: before.previousPlanId } });
    assertPreviousInEffect(previous?.status ?? null);
    if (previous) {
      if (!scope.ctx.guard.can("adopt", "FundingPlan", previous)) {
        throw forbidden("无权取代上一版本", "Not allowed to supersede the previous revision", "id");
      }
      assertPlanTransition(previous.status, "SUPERSEDED");
      const superseded = { status: "SUPERSEDED" };
      await updateVersioned(scope, "FundingPlan", previous, previous.version, superseded, "adoptFundingPlan");
    }
  }
  const adopted = { status: "ADOPTED", resolutionId: resolution.id, adoptedAt: new Date() };
  return updateVersioned(scope, "FundingPlan", before, input.version, adopted, "adoptFundingPlan");
}

export function closeFundingPlan(scope: MutationScope, input: typeof CloseFundingPlanInput.$inferInput) {
  const now = new Date();
  return versionedStep(scope, "FundingPlan", input, {
    action: "close",
    audit: "closeFundingPlan",
    check: (plan) => {
      assertPlanTransition(plan.status, "CLOSED");
      assertYearEnded(plan.year, now);
    },
    data: () => ({ status: "CLOSED", closedAt: now }),
  });
}

/** Writes ratios onto a plan, one audited create per row. */
async function createRatios(
  scope: MutationScope,
  plan: RowOf<"FundingPlan">,
  entries: { membershipId: string; percent: string }[],
  action: string,
) {
  for (const { membershipId, percent } of entries) {
    const row = { planId: plan.id, ...scopeUnder(plan), membershipId, percent };
    await createChecked(scope, "ContributionRatio", row, {
      action,
      refusal: createRefusal("ContributionRatio", "ratios"),
    });
  }
}

/** Replaces a draft plan's ratios (they must total exactly 100 % and name active members). */
export async function setContributionRatios(
  scope: MutationScope,
  input: typeof SetContributionRatiosInput.$inferInput,
) {
  const field = (i: number) => `ratios.${i}.membershipId`;
  const entries = input.ratios.map((r, i) => ({
    membershipId: fromGlobalId("Membership", r.membershipId, field(i)),
    percent: String(r.percent),
  }));
  const units = validateRatios(entries);
  const before = await loadTarget(scope, "FundingPlan", input.planId, "update", { field: "planId" });
  assertPlanEditable(before.status, "planId");
  const memberships = await loadReferencedAll(
    scope,
    "Membership",
    entries.map((e) => e.membershipId),
    field,
  );
  for (const [i, membership] of memberships.entries()) assertRatioMember(membership, before.committeeId, field(i));
  const plan = await updateVersioned(scope, "FundingPlan", before, input.version, {}, "setContributionRatios");
  const refusal: [string, string, string] = ["无权删除出资比例", "Not allowed to remove contribution ratios", "ratios"];
  for (const old of await scope.tx.contributionRatio.findMany({ where: { planId: plan.id } })) {
    await deleteChecked(scope, "ContributionRatio", old, { action: "setContributionRatios", refusal });
  }
  const written = entries.map((e, i) => ({ membershipId: e.membershipId, percent: formatPercent(units[i] as bigint) }));
  await createRatios(scope, plan, written, "setContributionRatios");
  return plan;
}

/** Drafts revision + 1 of an adopted plan, copying its budget and ratios. */
export async function reviseFundingPlan(scope: MutationScope, input: typeof ReviseFundingPlanInput.$inferInput) {
  const before = await loadTarget(scope, "FundingPlan", input.id, "create");
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
    ...scopeUnder(before),
    year: before.year,
    revision: before.revision + 1,
    status: "DRAFT" as const,
    budgetFen: before.budgetFen,
    previousPlanId: before.id,
    note: before.note,
  };
  const created = await createChecked(scope, "FundingPlan", row, {
    action: "reviseFundingPlan",
    refusal: createRefusal("FundingPlan", "id"),
  });
  const ratios = await scope.tx.contributionRatio.findMany({
    where: { planId: before.id },
    orderBy: { membershipId: "asc" },
  });
  const copied = ratios.map((r) => ({
    membershipId: r.membershipId,
    percent: formatPercent(percentUnitsOf(r.percent)),
  }));
  await createRatios(scope, created, copied, "reviseFundingPlan");
  const lines = await scope.tx.fundingBudgetLine.findMany({
    where: { planId: before.id },
    orderBy: { category: "asc" },
  });
  await createBudgetLines(scope, created, lines, "reviseFundingPlan");
  return created;
}
