/** What the funding mutations share: loading the plan a write addresses, and the create check. */
import { fromGlobalId } from "../data/ids.js";
import type { RowOf } from "../data/models.js";
import { loadForWrite, loadReadable, type MutationScope } from "../data/mutation.js";
import { forbidden } from "../errors/domain-error.js";

/**
 * The plan a write addresses, through the read rules (outside the scope → NOT_FOUND on `field`,
 * exactly like a missing one), with `action` checked on it and on `fields` (FORBIDDEN).
 */
export async function loadPlan(
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

export function assertCreate(
  scope: MutationScope,
  subject: "FundingPlan" | "FundingIncome" | "ContributionRatio" | "Contribution",
  row: Record<string, unknown>,
  field: string,
) {
  if (!scope.ctx.guard.can("create", subject, row)) {
    throw forbidden(`无权创建${subject}`, `Not allowed to create ${subject}`, field);
  }
}
