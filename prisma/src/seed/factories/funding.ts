/** Factories of funding plans, their income, contribution ratios and contributions. */
import type { Prisma } from "../../../generated/client/client.js";
import type { ContributionStatus, FundingChannel, FundingPlanStatus } from "../../../generated/client/enums.js";
import { INCOME_SOURCES } from "../names/index.js";
import { addDays, beijing, DEMO_YEAR, day, REFERENCE_DATE } from "../random.js";
import { BASELINE, type Kit } from "./kit.js";
import type { Parent, Row } from "./rows.js";

/** What a row under a plan takes from it. */
type PlanParent = Parent<Row<"fundingPlan">, "id" | "committeeId" | "streetId">;

export function fundingFactories({ rnd, stamp, latest, under }: Kit) {
  return {
    /** A funding plan; adoptedAt/closedAt follow `status` unless given (adopted plans need `resolutionId`). */
    fundingPlan(
      committee: Parent<Row<"committee">, "id" | "streetId">,
      overrides: Partial<Prisma.FundingPlanCreateManyInput> = {},
    ): Row<"fundingPlan"> {
      const status: FundingPlanStatus = overrides.status ?? "DRAFT";
      const year = overrides.year ?? DEMO_YEAR;
      const created = beijing(year, 1, 5, 9, 0);
      const adopted =
        status !== "DRAFT" ? (overrides.adoptedAt ?? beijing(year, 1, 20, 16, 0)) : (overrides.adoptedAt ?? null);
      const closed =
        status === "CLOSED" ? (overrides.closedAt ?? beijing(year, 12, 31, 17, 0)) : (overrides.closedAt ?? null);
      return {
        id: rnd.uuid(),
        streetId: committee.streetId,
        committeeId: committee.id,
        year,
        revision: 1,
        status,
        budgetFen: BigInt(rnd.int(100, 500)) * 100_000n,
        resolutionId: null,
        previousPlanId: null,
        adoptedAt: adopted,
        closedAt: closed,
        note: null,
        ...stamp(created, latest(created, adopted, closed)),
        ...overrides,
      };
    },

    fundingIncome(
      plan: PlanParent & { year?: number },
      channel: FundingChannel,
      overrides: Partial<Prisma.FundingIncomeCreateManyInput> = {},
    ): Row<"fundingIncome"> {
      const year = plan.year ?? DEMO_YEAR;
      const received = overrides.receivedOn ?? day(year, rnd.int(1, 12), rnd.int(1, 28));
      const receivedOn = received instanceof Date && received > REFERENCE_DATE ? null : received;
      const at = receivedOn instanceof Date ? receivedOn : beijing(year, 1, 10);
      return {
        ...under(plan),
        planId: plan.id,
        channel,
        amountFen: BigInt(rnd.int(50, 2000)) * 10_000n,
        source: rnd.pick(INCOME_SOURCES[channel]),
        receivedOn,
        note: null,
        ...stamp(at),
        ...overrides,
      };
    },

    contributionRatio(
      plan: PlanParent & { createdAt?: Date | string },
      membership: Parent<Row<"membership">, "id">,
      percent: string,
      overrides: Partial<Prisma.ContributionRatioCreateManyInput> = {},
    ): Row<"contributionRatio"> {
      const at = (plan.createdAt as Date | undefined) ?? BASELINE;
      return {
        ...under(plan),
        planId: plan.id,
        membershipId: membership.id,
        percent,
        ...stamp(at),
        ...overrides,
      };
    },

    /** A contribution; receivedAt follows `status` unless given. */
    contribution(
      plan: PlanParent & { adoptedAt?: Date | string | null },
      membership: Parent<Row<"membership">, "id">,
      amountFen: bigint,
      overrides: Partial<Prisma.ContributionCreateManyInput> = {},
    ): Row<"contribution"> {
      const status: ContributionStatus = overrides.status ?? "PLEDGED";
      const pledged =
        (overrides.pledgedAt as Date | undefined) ??
        addDays((plan.adoptedAt as Date | null | undefined) ?? BASELINE, rnd.int(1, 10));
      const acknowledged =
        overrides.acknowledgedAt ?? (status === "RECEIVED" || rnd.chance(0.5) ? addDays(pledged, rnd.int(1, 7)) : null);
      const received =
        status === "RECEIVED"
          ? (overrides.receivedAt ?? addDays(pledged, rnd.int(10, 90)))
          : (overrides.receivedAt ?? null);
      return {
        ...under(plan),
        planId: plan.id,
        membershipId: membership.id,
        amountFen,
        status,
        pledgedAt: pledged,
        acknowledgedAt: acknowledged,
        receivedAt: received,
        ...stamp(pledged, latest(pledged, acknowledged, received)),
        ...overrides,
      };
    },
  };
}
