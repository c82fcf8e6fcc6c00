import { Create, SimpleForm, useTranslate } from "react-admin";
import { useAbility, useViewer } from "../access/index.js";
import { useLabel } from "../i18n/index.js";
import { Refusal, useResourceDef } from "./common.js";
import { AccessReason } from "./explain.js";
import { type ArrangeInput, useInputRenderer } from "./inputs.js";

/** The form of the create mutation (e.g. createUnit, addMembership, nominateSeat). */
export default function GenericCreate({ arrange }: { arrange?: ArrangeInput } = {}) {
  const resource = useResourceDef();
  const l = useLabel();
  const ability = useAbility();
  const viewer = useViewer();
  const translate = useTranslate();
  const renderInput = useInputRenderer();
  const mutation = resource.create;
  if (!mutation) return null;
  const canCreate = !viewer?.readOnly && ability.can(mutation.action, mutation.returns);
  return (
    <Create title={l(mutation.label)} redirect="show">
      <SimpleForm {...(canCreate ? {} : { toolbar: false })}>
        {!canCreate && <Refusal text={translate("gongjian.access.refused")} />}
        {!canCreate && <AccessReason action={mutation.action} subject={mutation.returns} />}
        {mutation.fields.map((f) => {
          const input = renderInput(f, { readOnly: !canCreate });
          return arrange ? arrange(f, input) : input;
        })}
      </SimpleForm>
    </Create>
  );
}
