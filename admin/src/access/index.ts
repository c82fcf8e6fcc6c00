/**
 * What the signed-in user may do, for the generic views and the hand-made screens.
 *
 * - `useViewer()`: the `viewer` (id, name, grants, readOnly) or undefined while loading / signed out.
 * - `useAbility()`: the CASL ability from `viewer.rules` (see ./ability.ts); `ability.can("read", "Unit")`
 *   for a type, `ability.can("update", toSubject("Unit", record), "name")` for a record's field.
 * - `useExplainAccess(action, subject, id?, field?)`: the API's explanation of an answer, to show where an
 *   action is refused.
 * Both come from react-admin's `usePermissions()` (the auth provider's `getPermissions`).
 */
import { useQuery } from "@tanstack/react-query";
import { usePermissions } from "ra-core";
import { request } from "../api/client.js";
import { type ConsoleAbility, createConsoleAbility } from "./ability.js";

export { type ConsoleAbility, canEverRead, createConsoleAbility, rawId, toSubject } from "./ability.js";

export interface Grant {
  role: string;
  districtId?: string | null;
  streetId?: string | null;
  committeeId?: string | null;
  unitId?: string | null;
  organizationCode?: string | null;
}

export interface Viewer {
  id: string | null;
  name: string | null;
  readOnly: boolean;
  impersonatedBy?: string | null;
  grants: Grant[];
  rules: unknown;
}

export interface Permissions {
  viewer: Viewer;
  ability: ConsoleAbility;
}

const nobody = createConsoleAbility([]);

export function useViewer(): Viewer | undefined {
  const { permissions } = usePermissions<Permissions | undefined>();
  return permissions?.viewer;
}

export function useAbility(): ConsoleAbility {
  const { permissions } = usePermissions<Permissions | undefined>();
  return permissions?.ability ?? nobody;
}

export interface AccessExplanation {
  allowed: boolean;
  reasonZh: string;
  reasonEn: string;
}

const explainQuery = `query ConsoleExplainAccess($action: String!, $subject: String!, $id: ID, $field: String) {
  explainAccess(action: $action, subject: $subject, id: $id, field: $field) { allowed reasonZh reasonEn rule grant { role } }
}`;

export function explainAccess(action: string, subject: string, id?: string | null, field?: string | null) {
  return request<{ explainAccess: AccessExplanation }, Record<string, unknown>>(explainQuery, {
    action,
    subject,
    id: id ?? null,
    field: field ?? null,
  }).then((d) => d.explainAccess);
}

/** The API's explanation (allowed or not, and why); `enabled: false` skips the request. */
export function useExplainAccess(
  action: string,
  subject: string,
  id?: string | null,
  field?: string | null,
  enabled = true,
) {
  return useQuery({
    queryKey: ["explainAccess", action, subject, id ?? null, field ?? null],
    queryFn: () => explainAccess(action, subject, id, field),
    enabled,
    staleTime: 30_000,
  });
}
