/** A plan's income, and the member units' contributions: pledged, acknowledged, received. */
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { versionedRecordInput } from "../data/inputs.js";
import { loadForWrite, loadReadable, type MutationScope, runMutation, updateVersioned } from "../data/mutation.js";
import { globalId, optionalText, positiveFen, text } from "../data/validation.js";
import { FundingChannelEnum } from "../system/enums.js";
import {
  assertAcknowledgeable,
  assertContributionTransition,
  assertPlanTakesIncome,
  assertPlanTakesPledges,
  assertPledgingMember,
  parseFen,
} from "./rules.js";
import { Contribution, FundingIncome } from "./types.js";
import { assertCreate } from "./writes.js";

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

async function loadMembership(scope: MutationScope, globalMembershipId: string, field: string) {
  const id = fromGlobalId("Membership", globalMembershipId, field);
  const membership = await loadReadable(scope, "Membership", id, field);
  return membership;
}

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
