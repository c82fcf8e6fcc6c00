import { useTranslate } from "react-admin";
import { useExplainAccess } from "../access/index.js";
import { useLocale } from "../i18n/index.js";

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
