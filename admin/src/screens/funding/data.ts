/** A funding plan as the screen reads it (ScreensFundingPlan in ./funding.graphql). */
export interface PlanData {
  id: string;
  year: number | null;
  revision: number | null;
  status: string | null;
  version: number | null;
  budgetFen: string | null;
  note: string | null;
  adoptedAt: string | null;
  allowedTransitions: string[] | null;
  resolution: { id: string; number: string | null; title: string | null } | null;
  previousPlan: { id: string; revision: number | null } | null;
  ratios: { id: string; percent: string | null; membership: { id: string } | null }[] | null;
  shares:
    | {
        percent: string | null;
        shareFen: string | null;
        membership: { id: string; organization: { name: string | null } | null } | null;
      }[]
    | null;
  committee: {
    id: string;
    name: string | null;
    memberships:
      | {
          id: string;
          active: boolean | null;
          managementMode: string | null;
          organization: { id: string; name: string | null; unit: { name: string | null } | null } | null;
        }[]
      | null;
    fundingPlans:
      | {
          id: string;
          year: number | null;
          revision: number | null;
          status: string | null;
          adoptedAt: string | null;
          resolution: { number: string | null; title: string | null } | null;
        }[]
      | null;
  } | null;
}
