/** A committee's funding: the year's plan (and its revision), income, contribution ratios and contributions. */
import type { FundingChannel } from "../../../generated/client/enums.js";
import { largestRemainder, PERCENT_SCALE, percentString, type Row } from "../factories/index.js";
import { beijing, DEMO_YEAR, day } from "../random.js";
import type { MeetingsOut } from "./meetings.js";
import type { Build, CommitteeCtx } from "./model.js";

export function buildFunding(b: Build, committees: CommitteeCtx[], cm: CommitteeCtx, meetings: MeetingsOut) {
  const { f, rnd, data } = b;
  const resolution = meetings.fundingResolution;
  if (!resolution) return;
  const year = cm.dataYear;
  const current = cm.row.status === "FILED";
  const amount = (minYuan: number, maxYuan: number) => BigInt(rnd.int(minYuan / 100, maxYuan / 100)) * 10_000n;
  const incomeChannels: [FundingChannel, number, number, number][] = [
    ["FISCAL", rnd.int(1, 2), 50_000, 200_000],
    ["PARTY_DUES", 1, 5_000, 30_000],
    ["TASK_TRANSFER", rnd.int(1, 2), 10_000, 80_000],
    ["SELF_GENERATED", 1, 2_000, 20_000],
    ["SPONSORSHIP", rnd.int(1, 2), 5_000, 50_000],
  ];
  const unitsTotal = amount(30_000, 150_000);
  const contributors = pickContributors(cm);
  const revise = current && isFirstRevisedCommittee(committees, cm) && meetings.revisionResolution !== undefined;

  let previous: Row<"fundingPlan"> | undefined;
  if (revise) {
    // Revision 1, adopted in January, superseded in April by revision 2 (a member unit was added).
    const early = contributors.slice(0, Math.max(1, contributors.length - 2));
    const incomes = incomeChannels.slice(0, 2).map(([channel, , lo, hi]) => ({ channel, amountFen: amount(lo, hi) }));
    previous = f.fundingPlan(cm.row, {
      year,
      revision: 1,
      status: "SUPERSEDED",
      resolutionId: resolution.id,
      adoptedAt: resolution.adoptedAt as Date,
      budgetFen: incomes.reduce((s, i) => s + i.amountFen, 0n) + unitsTotal,
      note: "年初预算",
    });
    previous.updatedAt = (meetings.revisionResolution as Row<"resolution">).adoptedAt as Date;
    data.fundingPlan.push(previous);
    for (const inc of incomes) {
      data.fundingIncome.push(
        f.fundingIncome(previous, inc.channel, { amountFen: inc.amountFen, receivedOn: day(year, 1, 28) }),
      );
    }
    addRatios(b, previous, early);
  }
  const adoptedBy = revise ? (meetings.revisionResolution as Row<"resolution">) : resolution;
  const incomes = incomeChannels.flatMap(([channel, count, lo, hi]) =>
    Array.from({ length: count }, () => ({ channel, amountFen: amount(lo, hi) })),
  );
  const plan = f.fundingPlan(cm.row, {
    year,
    revision: previous ? 2 : 1,
    status: current ? "ADOPTED" : "CLOSED",
    resolutionId: adoptedBy.id,
    adoptedAt: adoptedBy.adoptedAt as Date,
    previousPlanId: previous?.id ?? null,
    budgetFen: incomes.reduce((s, i) => s + i.amountFen, 0n) + unitsTotal,
    note: previous ? "新增成员单位，调整出资比例" : null,
    ...(current ? {} : { closedAt: beijing(year, 12, 31, 17, 0) }),
  });
  data.fundingPlan.push(plan);
  for (const inc of incomes) data.fundingIncome.push(f.fundingIncome(plan, inc.channel, { amountFen: inc.amountFen }));
  const units = addRatios(b, plan, contributors);
  // Each unit's contribution: its share of the units' total by largest remainder (sums exactly).
  const amounts = largestRemainder(unitsTotal, units);
  contributors.forEach((m, i) => {
    const received = !current || rnd.chance(0.55);
    data.contribution.push(
      f.contribution(plan, m, amounts[i] as bigint, { status: received ? "RECEIVED" : "PLEDGED" }),
    );
  });
}

/** Ratios (0.0001% units, summing to exactly 100%) for the given memberships; returns the units. */
function addRatios(b: Build, plan: Row<"fundingPlan">, members: Row<"membership">[]): bigint[] {
  const { f, rnd, data } = b;
  if (members.length === 0) return [];
  const weights = members.map(() => BigInt(rnd.int(2, 20)));
  const units = largestRemainder(BigInt(PERCENT_SCALE), weights);
  members.forEach((m, i) => {
    data.contributionRatio.push(f.contributionRatio(plan, m, percentString(units[i] as bigint)));
  });
  return units;
}

function pickContributors(cm: CommitteeCtx): Row<"membership">[] {
  const eligible = cm.memberships.filter(
    ({ org }) =>
      org.unit !== null &&
      (org.unit.kind === "GOVERNMENT_AGENCY" ||
        org.unit.kind === "ENTERPRISE_INSTITUTION" ||
        org.unit.kind === "NEW_ECONOMIC_ORG") &&
      Number(org.unit.employeeCount ?? 0) >= 20,
  );
  const chosen = (eligible.length >= 2 ? eligible : cm.memberships.filter(({ org }) => org.unit !== null))
    .slice()
    .sort((a, b) => Number(b.org.unit?.employeeCount ?? 0) - Number(a.org.unit?.employeeCount ?? 0))
    .slice(0, 30);
  return chosen.map((m) => m.row);
}

function isFirstRevisedCommittee(committees: CommitteeCtx[], cm: CommitteeCtx): boolean {
  const first = committees.find((c) => c.row.status === "FILED" && c.row.kind === "JOINT");
  return first === cm;
}

/** A plan being drafted for next year (DRAFT status) for some committees. */
export function buildNextYearPlans(b: Build, committees: CommitteeCtx[]): void {
  const { scale, f, rnd, data } = b;
  committees
    .filter((cm) => cm.row.status === "FILED" && (cm.row.kind === "COMMUNITY" || rnd.chance(0.1)))
    .slice(0, scale === "demo" ? 1 : 25)
    .forEach((cm) => {
      const plan = f.fundingPlan(cm.row, {
        year: DEMO_YEAR + 1,
        status: "DRAFT",
        budgetFen: BigInt(rnd.int(20, 40)) * 1_000_000n,
        note: "下一年度经费预算编制中",
      });
      data.fundingPlan.push(plan);
      data.fundingIncome.push(
        f.fundingIncome(plan, "FISCAL", { receivedOn: null, amountFen: BigInt(rnd.int(10, 20)) * 1_000_000n }),
      );
    });
}
