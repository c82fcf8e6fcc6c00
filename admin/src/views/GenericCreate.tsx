import { Create, SimpleForm } from "react-admin";
import { useLabel } from "../i18n/index.js";
import { useResourceDef } from "./common.js";
import { RefusedNotice, useMayAct } from "./explain.js";
import { useInputRenderer } from "./inputs.js";

/** The form of the create mutation (e.g. createUnit, addMembership, nominateSeat). */
export default function GenericCreate() {
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
        {!canCreate && <RefusedNotice action={mutation.action} subject={mutation.returns} />}
        {mutation.fields.map((f) => renderInput(f, { readOnly: !canCreate }))}
      </SimpleForm>
    </Create>
  );
}
