import Alert from "@mui/material/Alert";
import { useRecordContext, useResourceContext } from "react-admin";
import { type ResourceDef, resourcesByName } from "../generated/resources.js";
import { useLabel } from "../i18n/index.js";
import { recordTitle } from "../model/display.js";

export function useResourceDef(): ResourceDef {
  const name = useResourceContext();
  const def = name ? resourcesByName[name] : undefined;
  if (!def) throw new Error(`No generated resource ${name}`);
  return def;
}

export function Refusal({ text }: { text: string }) {
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="access-refused">
      {text}
    </Alert>
  );
}

/**
 * A record page's title: a record with a name is called by its name ("和园联合党委"), one without by its
 * type and its display value ("成员单位出资 ¥22,371.46"); `action` (e.g. 编辑) leads on a form.
 */
export function RecordTitle({ resource, action }: { resource: ResourceDef; action?: string }) {
  const record = useRecordContext();
  const l = useLabel();
  const named = ["name", "title"].includes(resource.display.at(-1) ?? "");
  const title = record ? recordTitle(record, resource.display) : "";
  const text = named && title ? title : `${l(resource.label)} ${title}`.trim();
  return <span>{action ? `${action}：${text}` : text}</span>;
}
