import { useAbility, useViewer } from "../../access/index.js";

/**
 * Type-level permission checks on the viewer's CASL rules (the console's `useAbility()`, built from
 * `viewer.rules`, the rules the API enforces): "may I approve committees at all?". Row-level answers
 * come from the API's `explainAccess` (see `useExplanations`).
 */
export function useViewerAccess() {
  const viewer = useViewer();
  const ability = useAbility();
  const can = (action: string, subject: string) => Boolean(viewer && !viewer.readOnly && ability.can(action, subject));
  return { loading: !viewer, viewer, roles: viewer?.grants.map((g) => g.role) ?? [], can };
}
