import type { ReactElement } from "react";
import {
  Datagrid,
  DeleteButton,
  EditButton,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { canEverRead, useAbility } from "../access/index.js";
import { type FieldDef, type ResourceDef, resourcesByName } from "../generated/resources.js";
import { useLabel } from "../i18n/index.js";
import { screens } from "../screens/index.js";
import { RecordTitle, useResourceDef } from "./common.js";
import { useFieldRenderer } from "./fields.js";

function Actions({ resource }: { resource: ResourceDef }) {
  const l = useLabel();
  const translate = useTranslate();
  return (
    <TopToolbar>
      {resource.update && <EditButton />}
      {resource.delete && (
        <DeleteButton
          mutationMode="pessimistic"
          label={l(resource.delete.label)}
          confirmTitle={l(resource.delete.label)}
          confirmContent={
            l(resource.delete.help) !== l(resource.delete.label) ? l(resource.delete.help) : "ra.message.are_you_sure"
          }
          successMessage={translate("gongjian.done", { action: l(resource.delete.label) })}
        />
      )}
    </TopToolbar>
  );
}

function Aside({ resource }: { resource: ResourceDef }) {
  const record = useRecordContext();
  const Extra = screens.showAside;
  if (!Extra || !record) return null;
  return <Extra resource={resource.name} record={record as { id: string } & Record<string, unknown>} />;
}

function Children({ field }: { field: FieldDef }) {
  const target = field.target ? resourcesByName[field.target] : undefined;
  const render = useFieldRenderer();
  if (!target || !field.childFilter) return null;
  return (
    <ReferenceManyField
      reference={target.name}
      target={field.childFilter}
      pagination={<Pagination />}
      perPage={10}
      {...(target.defaultSort ? { sort: target.defaultSort } : {})}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} resource={target.name}>
        {target.columns
          .map((name) => target.fields.find((f) => f.name === name))
          .filter((f): f is FieldDef => f !== undefined)
          .map((f) => render(f, { inList: true }))
          .filter((e): e is ReactElement => e !== null)}
      </Datagrid>
    </ReferenceManyField>
  );
}

/** The generated page of one record: its fields, its embedded lists and its children's lists in tabs. */
export default function GenericShow() {
  const resource = useResourceDef();
  const l = useLabel();
  const translate = useTranslate();
  const render = useFieldRenderer();
  const ability = useAbility();
  // Fields no rule lets the viewer read (e.g. personal data for an analyst) are left out, label and all.
  const readable = resource.fields.filter((f) => canEverRead(ability, resource.name, f.name));
  const main = readable.filter((f) => f.name !== "id" && !(f.list && (f.kind === "reference" || f.fields)));
  const embedded = readable.filter((f) => f.list && f.fields);
  const children = readable.filter((f) => f.list && f.kind === "reference" && f.childFilter);
  return (
    <Show
      title={<RecordTitle resource={resource} />}
      actions={<Actions resource={resource} />}
      aside={<Aside resource={resource} />}
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={translate("gongjian.show.details")}>
          {main.map((f) => render(f)).filter((e): e is ReactElement => e !== null)}
        </TabbedShowLayout.Tab>
        {embedded.map((f) => (
          <TabbedShowLayout.Tab key={f.name} label={l(f.label)} path={f.name}>
            {render(f)}
          </TabbedShowLayout.Tab>
        ))}
        {children.map((f) => (
          <TabbedShowLayout.Tab key={f.name} label={l(f.label)} path={f.name}>
            <Children field={f} />
          </TabbedShowLayout.Tab>
        ))}
      </TabbedShowLayout>
    </Show>
  );
}
