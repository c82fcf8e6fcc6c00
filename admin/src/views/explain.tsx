import { useTranslate } from "react-admin";
import { useAbility, useExplainAccess, useViewer } from "../access/index.js";
import { useLocale } from "../i18n/index.js";
import { Refusal } from "./common.js";

/** "You may not do this — why: …" from the API's explainAccess, shown where an action is refused. */
export function AccessReason({
  action,
  subject,
  id,
  field,
}: {
  action: string;
  subject: string;
  id?: string | undefined;
  field?: string | undefined;
}) {
  const translate = useTranslate();
  const locale = useLocale();
  const { data } = useExplainAccess(action, subject, id ?? null, field ?? null);
  if (!data || data.allowed) return null;
  return (
    <span data-testid="access-reason">
      {translate("gongjian.access.refused")} — {translate("gongjian.access.why")}:{" "}
      {locale === "en" ? data.reasonEn : data.reasonZh}
    </span>
  );
}

/**
 * Whether the viewer may act: not a read-only ("view as") session, and its rules allow `action` on
 * `subject` (a type name or a record tagged with `toSubject`), and on `field` when given.
 */
export function useMayAct() {
  const viewer = useViewer();
  const ability = useAbility();
  return (action: string, subject: unknown, field?: string) =>
    !viewer?.readOnly && ability.can(action, subject as never, field);
}

/**
 * Why a form is read-only: a "view as" session is read-only as a whole; otherwise the viewer's rules
 * refuse the action, with the API's explanation.
 */
export function RefusedNotice({ action, subject, id }: { action: string; subject: string; id?: string }) {
  const translate = useTranslate();
  const viewer = useViewer();
  if (viewer?.readOnly) return <Refusal text={translate("gongjian.access.readOnlyViewer")} />;
  return (
    <>
      <Refusal text={translate("gongjian.access.refused")} />
      <AccessReason action={action} subject={subject} id={id} />
    </>
  );
}
