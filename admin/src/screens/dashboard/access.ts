import { useAbility } from "../../access/index.js";

/**
 * What the viewer's rules (CASL, the API's own) let it read among the dashboard's details: without `Seat` it
 * gets the committees' seat structure verdicts but no seat counts, without `FundingIncome` no income at all.
 * Those places say so ("您无权查看…") instead of showing zeros.
 */
export function useDashboardAccess() {
  const ability = useAbility();
  return { seats: ability.can("read", "Seat"), income: ability.can("read", "FundingIncome") };
}
