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

const explainManyQuery = `query ConsoleExplainAccessMany($questions: [AccessQuestion!]!) {
  explainAccessMany(questions: $questions) { allowed reasonZh reasonEn rule grant { role } }
}`;

interface Pending {
  question: { action: string; subject: string; id: string | null; field: string | null };
  resolve: (answer: AccessExplanation) => void;
  reject: (error: unknown) => void;
}
let pending: Pending[] = [];
/** Questions per request: the API's limit (MAX_ACCESS_QUESTIONS). */
const BATCH = 100;

function flush() {
  const batch = pending;
  pending = [];
  for (let i = 0; i < batch.length; i += BATCH) {
    const part = batch.slice(i, i + BATCH);
    request<{ explainAccessMany: AccessExplanation[] }, Record<string, unknown>>(explainManyQuery, {
      questions: part.map((p) => p.question),
    }).then(
      (d) => {
        part.forEach((p, j) => {
          const answer = d.explainAccessMany[j];
          if (answer) p.resolve(answer);
          else p.reject(new Error("explainAccessMany: no answer"));
        });
      },
      (error) => {
        for (const p of part) p.reject(error);
      },
    );
  }
}

/**
 * The API's explanation of one (action, subject, record, field) question. Questions asked in the same
 * moment (a screen's buttons and fields as it renders) travel together in one `explainAccessMany` request.
 */
export function explainAccess(action: string, subject: string, id?: string | null, field?: string | null) {
  return new Promise<AccessExplanation>((resolve, reject) => {
    if (pending.length === 0) setTimeout(flush, 0);
    pending.push({ question: { action, subject, id: id ?? null, field: field ?? null }, resolve, reject });
  });
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
