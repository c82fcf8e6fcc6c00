/**
 * The money on a plan's year (every revision of a committee's plan for that year), in SQL: what was
 * received (income recorded, contributions received), what is committed (approved, unpaid) and what was
 * paid (reversals included). Spending locks the year's plan rows first, so two expenses racing for the
 * last of the balance take turns and the second sees the first (READ COMMITTED: each statement after
 * the lock reads what was committed before it).
 */
import type { PlanMoney, PlanStatusName } from "@gongjian/domain/expenses";
import type { MutationScope } from "../data/mutation.js";

/** Locks the plans of a committee's year (in revision order) and returns their statuses. */
export async function lockPlanYear(scope: MutationScope, committeeId: string, year: number): Promise<PlanStatusName[]> {
  const rows = await scope.tx.$queryRaw<{ status: PlanStatusName }[]>`
    SELECT status::text AS status FROM "FundingPlan"
     WHERE "committeeId" = ${committeeId}::uuid AND year = ${year}
     ORDER BY revision FOR UPDATE`;
  return rows.map((r) => r.status);
}

/** The money of a committee's year, leaving out one expense (the one being approved or paid). */
export async function planMoney(
  scope: MutationScope,
  committeeId: string,
  year: number,
  excludeExpenseId: string | null,
): Promise<PlanMoney> {
  const rows = await scope.tx.$queryRaw<{ received: string; committed: string; paid: string }[]>`
    WITH plans AS (SELECT id FROM "FundingPlan" WHERE "committeeId" = ${committeeId}::uuid AND year = ${year})
    SELECT
      ((SELECT coalesce(sum(i."amountFen"), 0) FROM "FundingIncome" i WHERE i."planId" IN (SELECT id FROM plans))
       + (SELECT coalesce(sum(c."amountFen"), 0) FROM "Contribution" c
           WHERE c."planId" IN (SELECT id FROM plans) AND c.status = 'RECEIVED'))::text AS received,
      (SELECT coalesce(sum(e."amountFen"), 0) FROM "Expense" e
        WHERE e."planId" IN (SELECT id FROM plans) AND e.status = 'APPROVED'
          AND e.id IS DISTINCT FROM ${excludeExpenseId}::uuid)::text AS committed,
      (SELECT coalesce(sum(e."amountFen"), 0) FROM "Expense" e
        WHERE e."planId" IN (SELECT id FROM plans) AND e.status = 'PAID'
          AND e.id IS DISTINCT FROM ${excludeExpenseId}::uuid)::text AS paid`;
  const row = rows[0] ?? { received: "0", committed: "0", paid: "0" };
  return { receivedFen: BigInt(row.received), committedFen: BigInt(row.committed), paidFen: BigInt(row.paid) };
}
