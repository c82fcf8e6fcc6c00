import type { ScreensFundingPlanQuery } from "../../generated/graphql.js";

/** A funding plan as the screen reads it (ScreensFundingPlan in ./funding.graphql). */
export type PlanData = Extract<NonNullable<ScreensFundingPlanQuery["node"]>, { __typename: "FundingPlan" }>;
