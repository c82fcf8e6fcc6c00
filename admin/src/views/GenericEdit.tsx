import { Edit, SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from "react-admin";
import { toSubject } from "../access/index.js";
import type { ResourceDef } from "../generated/resources.js";
import { RecordTitle, Refusal, useResourceDef } from "./common.js";
import { RefusedNotice, useMayAct } from "./explain.js";
import { type ArrangeInput, useInputRenderer } from "./inputs.js";
import { SaveShortcut } from "./shortcuts.js";

/**
 * The form of the update mutation; a field the viewer's rules do not let them change is read-only, and
 * save is disabled (with the API's explanation) when they may not update the record at all. Ctrl+S saves.
 */
function EditForm({ resource, arrange }: { resource: ResourceDef; arrange?: ArrangeInput | undefined }) {
  const record = useRecordContext();
  const may = useMayAct();
  const translate = useTranslate();
  const renderInput = useInputRenderer();
  const mutation = resource.update;
  if (!mutation || !record) return null;
  const subject = toSubject(resource.name, record as Record<string, unknown>);
  const canUpdate = may("update", subject);
  const fieldAllowed = (name: string) => canUpdate && may("update", subject, name);
  const someReadOnly = canUpdate && mutation.fields.some((f) => !fieldAllowed(f.name));
  return (
    <SimpleForm
      toolbar={
        <Toolbar>
          <SaveButton disabled={!canUpdate} />
        </Toolbar>
      }
    >
      <SaveShortcut disabled={!canUpdate} />
      {!canUpdate && <RefusedNotice action="update" subject={resource.name} id={String(record.id)} />}
      {someReadOnly && <Refusal text={translate("gongjian.access.readOnlyFields")} />}
      {mutation.fields.map((f) => {
        const input = renderInput(f, { readOnly: !fieldAllowed(f.name) });
        return arrange ? arrange(f, input) : input;
      })}
    </SimpleForm>
  );
}

export default function GenericEdit({ arrange }: { arrange?: ArrangeInput } = {}) {
  const resource = useResourceDef();
  const translate = useTranslate();
  return (
    <Edit
      mutationMode="pessimistic"
      title={<RecordTitle resource={resource} action={translate("ra.action.edit")} />}
      redirect="show"
    >
      <EditForm resource={resource} arrange={arrange} />
    </Edit>
  );
}
