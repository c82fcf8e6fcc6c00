import { Create, SimpleForm } from "react-admin";
import { useLabel } from "../i18n/index.js";
import { useResourceDef } from "./common.js";
import { RefusedNotice, useMayAct } from "./explain.js";
import { type ArrangeInput, useInputRenderer } from "./inputs.js";
import { SaveShortcut } from "./shortcuts.js";

/** The form of the create mutation (e.g. createUnit, addMembership, nominateSeat); Ctrl+S saves. */
export default function GenericCreate({ arrange }: { arrange?: ArrangeInput } = {}) {
  const resource = useResourceDef();
  const l = useLabel();
  const may = useMayAct();
  const renderInput = useInputRenderer();
  const mutation = resource.create;
  if (!mutation) return null;
  const canCreate = may(mutation.action, mutation.returns);
  return (
    <Create title={l(mutation.label)} redirect="show">
      <SimpleForm {...(canCreate ? {} : { toolbar: false })}>
        <SaveShortcut disabled={!canCreate} />
        {!canCreate && <RefusedNotice action={mutation.action} subject={mutation.returns} />}
        {mutation.fields.map((f) => {
          const input = renderInput(f, { readOnly: !canCreate });
          return arrange ? arrange(f, input) : input;
        })}
      </SimpleForm>
    </Create>
  );
}
