/**
 * A root field's or mutation's `permission` label, typed against the action and subject lists:
 *
 * - `"public"`: anyone, signed in or not (health, the viewer, the demo sign-in list, explainAccess);
 * - `"<action>:<Subject>"`, e.g. `"read:Unit"`, `"nominate:Seat"`;
 * - `"<action>:<Subject>.<fieldGroup>"`, e.g. `"update:PartyOrganization.affiliation"` (a group of
 *   `fields` in abilities.ts);
 * - `"read:node"`: the record a global ID names, whatever its type (`node`, `nodes`, `auditTrail`).
 *
 * The schema build checks every label (pothos-guard.ts): it must parse, some role's rules must be able
 * to grant it, and a field returning rows of a subject must be labelled with that subject, so a label
 * that does not say what the resolver checks fails the build instead of misleading a reader.
 */
import {
  type Action,
  actions,
  createAbility,
  fields,
  type Grant,
  roles,
  rulesForGrant,
  type Subject,
  subjects,
} from "./abilities.js";

export type FieldGroup = keyof typeof fields;
export type PermissionLabel =
  | "public"
  | "read:node"
  | `${Exclude<Action, "manage">}:${Subject}`
  | `${Exclude<Action, "manage">}:${Subject}.${FieldGroup}`;

export interface ParsedLabel {
  action: Exclude<Action, "manage">;
  subject: Subject;
  group: FieldGroup | null;
}

export class PermissionLabelError extends Error {}

/** The label's parts (null for `public` and `read:node`); throws on a label that names no action/subject. */
export function parseLabel(label: string, where: string): ParsedLabel | null {
  if (label === "public" || label === "read:node") return null;
  const match = /^([a-z]+):([A-Za-z]+)(?:\.([A-Za-z]+))?$/.exec(label);
  const [action, subject, group] = match ? [match[1], match[2], match[3]] : [];
  if (!action || !(actions as readonly string[]).includes(action)) {
    throw new PermissionLabelError(`${where}: permission "${label}" names no action (${actions.join(", ")})`);
  }
  if (!subject || !(subjects as readonly string[]).includes(subject)) {
    throw new PermissionLabelError(`${where}: permission "${label}" names no subject of abilities.ts`);
  }
  if (group !== undefined && !Object.hasOwn(fields, group)) {
    throw new PermissionLabelError(`${where}: permission "${label}" names no field group of abilities.ts`);
  }
  return { action: action as ParsedLabel["action"], subject: subject as Subject, group: (group as FieldGroup) ?? null };
}

/** Subjects whose writes answer with the record they belong to (a person's private data → the person). */
const answeredWith: Partial<Record<Subject, Subject>> = { PersonPrivate: "Person" };

/** Every role's rules with an empty scope: what can be granted at all, whatever the scope. */
let universe: ReturnType<typeof createAbility> | undefined;
function grantable() {
  if (!universe) {
    const placeholder = "00000000-0000-0000-0000-000000000000";
    const grants: Grant[] = roles.map((role) =>
      role === "SUPERIOR_ORG"
        ? { role, organizationCode: "-" }
        : role === "DISTRICT_ADMIN" || role === "ANALYST"
          ? { role, districtId: placeholder }
          : role === "STREET_ADMIN"
            ? { role, streetId: placeholder }
            : role === "COMMITTEE_STAFF"
              ? { role, committeeId: placeholder }
              : { role, unitId: placeholder },
    );
    universe = createAbility(grants.flatMap((grant) => rulesForGrant(grant, { streetIds: [] })));
  }
  return universe;
}

/**
 * Checks a field's label (see the module comment). `returns` is the guarded subject whose rows the field
 * returns (a root list's, a mutation's result), if any.
 */
export function assertPermissionLabel(label: string, where: string, returns: Subject | null): void {
  const parsed = parseLabel(label, where);
  if (!parsed) return;
  const { action, subject, group } = parsed;
  const field = group ? fields[group][0] : undefined;
  if (!grantable().can(action, subject, field)) {
    throw new PermissionLabelError(
      `${where}: permission "${label}" is granted by no role's rules (abilities.ts); the resolver's check could never pass`,
    );
  }
  if (returns && returns !== subject && answeredWith[subject] !== returns) {
    throw new PermissionLabelError(
      `${where}: permission "${label}" names ${subject}, but the field returns ${returns} rows: label what the resolver checks`,
    );
  }
}
