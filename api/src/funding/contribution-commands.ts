/** The commands of a plan's income and of the member units' contributions: pledged, acknowledged, received. */
import { createChecked, type MutationScope } from "../data/mutation.js";
import { loadReferenced, scopeUnder } from "../data/references.js";
import { versionedStep } from "../data/steps.js";
import { createRefusal } from "./commands.js";
import type {
  AcknowledgeContributionInput,
  AddFundingIncomeInput,
  PledgeContributionInput,
  ReceiveContributionInput,
} from "./inputs.js";
import {
  assertAcknowledgeable,
  assertContributionTransition,
  assertPlanTakesIncome,
  assertPlanTakesPledges,
  assertPledgingMember,
  parseFen,
} from "./rules.js";

export async function addFundingIncome(scope: MutationScope, input: typeof AddFundingIncomeInput.$inferInput) {
  const amountFen = parseFen(input.amountFen, "amountFen", { positive: true });
  const plan = await loadReferenced(scope, "FundingPlan", input.planId, "planId");
  assertPlanTakesIncome(plan.status);
  const row = {
    planId: plan.id,
    ...scopeUnder(plan),
    channel: input.channel,
    amountFen,
    source: input.source,
    receivedOn: input.receivedOn ?? null,
    note: input.note ?? null,
  };
  return createChecked(scope, "FundingIncome", row, {
    action: "addFundingIncome",
    refusal: createRefusal("FundingIncome", "planId"),
  });
}

/** A member unit's pledge under the adopted plan; the unit must have a ratio in it. */
export async function pledgeContribution(scope: MutationScope, input: typeof PledgeContributionInput.$inferInput) {
  const amountFen = parseFen(input.amountFen, "amountFen", { positive: true });
  const plan = await loadReferenced(scope, "FundingPlan", input.planId, "planId");
  assertPlanTakesPledges(plan.status);
  const membership = await loadReferenced(scope, "Membership", input.membershipId, "membershipId");
  const ratio = await scope.tx.contributionRatio.findFirst({
    where: { planId: plan.id, membershipId: membership.id },
    select: { id: true },
  });
  assertPledgingMember(membership, plan.committeeId, ratio !== null);
  const row = {
    planId: plan.id,
    ...scopeUnder(plan),
    membershipId: membership.id,
    amountFen,
    status: "PLEDGED" as const,
  };
  return createChecked(scope, "Contribution", row, {
    action: "pledgeContribution",
    refusal: createRefusal("Contribution", "planId"),
  });
}

export function acknowledgeContribution(scope: MutationScope, input: typeof AcknowledgeContributionInput.$inferInput) {
  return versionedStep(scope, "Contribution", input, {
    action: "acknowledge",
    audit: "acknowledgeContribution",
    check: (contribution) => assertAcknowledgeable(contribution.status, contribution.acknowledgedAt),
    data: () => ({ acknowledgedAt: new Date() }),
  });
}

export function receiveContribution(scope: MutationScope, input: typeof ReceiveContributionInput.$inferInput) {
  return versionedStep(scope, "Contribution", input, {
    action: "receive",
    audit: "receiveContribution",
    check: (contribution) => assertContributionTransition(contribution.status, "RECEIVED"),
    data: () => ({ status: "RECEIVED", receivedAt: new Date() }),
  });
}
