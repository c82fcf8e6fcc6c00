/**
 * The person's create and edit forms (PersonCreate.tsx, PersonEdit.tsx) are the generated ones, with the workplace (在职党员的工作单位) arranged
 * by its kind — an organisation of this district (any street), one of another district (its code and
 * district code), or an unregistered employer (name and credit code): only the chosen kind's inputs
 * are shown, and the inputs of another kind are cleared so the API gets exactly one shape.
 */
import { type ReactElement, type ReactNode, useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { InputFieldDef } from "../../generated/resources.js";

/** The workplace inputs and the kind each belongs to (the API's WorkplaceKind). */
export const workplaceInputKinds: Record<string, string> = {
  workplaceOrganizationId: "ORGANIZATION",
  workplaceExternalCode: "EXTERNAL_ORGANIZATION",
  workplaceDistrictCode: "EXTERNAL_ORGANIZATION",
  workplaceEmployerName: "UNREGISTERED_EMPLOYER",
  workplaceCreditCode: "UNREGISTERED_EMPLOYER",
};

/** Whether a workplace input is shown for the chosen kind (every other input always is). */
export const workplaceInputShown = (name: string, kind: unknown): boolean =>
  !(name in workplaceInputKinds) || workplaceInputKinds[name] === kind;

function ForWorkplaceKind({ source, children }: { source: string; children: ReactNode }) {
  const kind = useWatch({ name: "workplaceKind" });
  const { getValues, setValue } = useFormContext();
  const shown = workplaceInputShown(source, kind);
  useEffect(() => {
    if (!shown && getValues(source) != null) setValue(source, null, { shouldDirty: true });
  }, [shown, source, getValues, setValue]);
  return shown ? children : null;
}

export function arrangeWorkplace(field: InputFieldDef, input: ReactElement): ReactElement {
  if (!(field.name in workplaceInputKinds)) return input;
  return (
    <ForWorkplaceKind key={field.name} source={field.name}>
      {input}
    </ForWorkplaceKind>
  );
}
