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

/** A record page's title: the resource's label and the record's display name. */
export function RecordTitle({ resource }: { resource: ResourceDef }) {
  const record = useRecordContext();
  const l = useLabel();
  return (
    <span>
      {l(resource.label)} {record ? recordTitle(record, resource.display) : ""}
    </span>
  );
}
