/**
 * GraphQL fields whose permission is another subject's field: a person's personal data is shown on
 * `Person` but lives in (and is guarded as) `PersonPrivate`. Shared with the console (which hides what
 * the viewer can never read), so it imports nothing.
 */
export const fieldSubjects: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Person: { idNumber: "PersonPrivate", phone: "PersonPrivate", homeAddress: "PersonPrivate" },
};

/** The subject and field whose rules decide whether `type.field` may be read. */
export function ruleTarget(type: string, field: string): [subject: string, field: string] {
  return [fieldSubjects[type]?.[field] ?? type, field];
}
