import { type ReactElement, useEffect } from "react";
import {
  AutocompleteInput,
  BooleanInput,
  CreateButton,
  DatagridConfigurable,
  DateInput,
  FilterButton,
  List,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectColumnsButton,
  SelectInput,
  TextInput,
  TopToolbar,
  useListContext,
  useStore,
  useTranslate,
} from "react-admin";
import { canEverRead, useAbility } from "../access/index.js";
import { enums, type FieldDef, type FilterDef, type ResourceDef, resourcesByName } from "../generated/resources.js";
import { type Label, useLabel } from "../i18n/index.js";
import { recordTitle } from "../model/display.js";
import { screens } from "../screens/index.js";
import { useResourceDef } from "./common.js";
import { useFieldRenderer } from "./fields.js";

function ListActions({ resource }: { resource: ResourceDef }) {
  const { filterValues, sort } = useListContext();
  const Extra = screens.listActions;
  return (
    <TopToolbar>
      {resource.filters.length > 0 && <FilterButton />}
      <SelectColumnsButton preferenceKey={datagridKey(resource.name)} data-testid="select-columns" />
      {resource.create && <CreateButton />}
      {Extra && (
        <Extra
          resource={resource.name}
          filter={filterValues as Record<string, unknown>}
          sort={{ field: sort.field, order: sort.order === "DESC" ? "DESC" : "ASC" }}
        />
      )}
    </TopToolbar>
  );
}

function useFilters(resource: ResourceDef): ReactElement[] {
  const l = useLabel();
  const translate = useTranslate();
  const out: ReactElement[] = [];
  const display = resource.display[0];
  for (const f of resource.filters) out.push(...filterInputs(f, l, translate, f.name === display));
  return out;
}

function filterInputs(
  f: FilterDef,
  l: (label: Label) => string,
  translate: (key: string) => string,
  alwaysOn: boolean,
): ReactElement[] {
  const label = l(f.label);
  const on = alwaysOn ? { alwaysOn: true } : {};
  switch (f.kind) {
    case "string":
      return [<TextInput key={f.name} source={f.name} label={label} {...on} resettable />];
    case "int":
      return [<NumberInput key={f.name} source={f.name} label={label} {...on} />];
    case "boolean":
      return [<BooleanInput key={f.name} source={f.name} label={label} {...on} />];
    case "presence":
      return [
        <NullableBooleanInput
          key={f.name}
          source={f.name}
          label={label}
          trueLabel={translate("gongjian.filters.present")}
          falseLabel={translate("gongjian.filters.absent")}
          {...on}
        />,
      ];
    case "datetime":
      return [
        <DateInput
          key={`${f.name}_gte`}
          source={`${f.name}_gte`}
          label={`${label}（${translate("gongjian.filters.from")}）`}
        />,
        <DateInput
          key={`${f.name}_lte`}
          source={`${f.name}_lte`}
          label={`${label}（${translate("gongjian.filters.to")}）`}
        />,
      ];
    case "enum": {
      const choices = (f.enum ? (enums[f.enum]?.values ?? []) : []).map((v) => ({ id: v.value, name: l(v.label) }));
      return [
        f.name === "status" ? (
          <SelectArrayInput key={f.name} source={f.name} label={label} choices={choices} {...on} />
        ) : (
          <SelectInput key={f.name} source={f.name} label={label} choices={choices} {...on} />
        ),
      ];
    }
    case "reference": {
      const target = f.target ? resourcesByName[f.target] : undefined;
      if (!target) return [<TextInput key={f.name} source={f.name} label={label} />];
      return [
        <ReferenceInput key={f.name} source={f.name} reference={target.name} sort={target.defaultSort} perPage={50}>
          <AutocompleteInput
            label={label}
            optionText={(r: Record<string, unknown>) => recordTitle(r, target.display)}
            filterToQuery={(q: string) => ({ q })}
          />
        </ReferenceInput>,
      ];
    }
    default:
      return [<TextInput key={f.name} source={f.name} label={label} />];
  }
}

/** The store key of a list's column preferences (react-admin's DatagridConfigurable: chosen columns, order). */
const datagridKey = (resource: string) => `${resource}.datagrid`;

/**
 * The generated list page of any resource: columns, filters, sorting, page numbers with the total, and a
 * column chooser. Filters, sort, page size and the chosen columns are kept in react-admin's store (localStorage,
 * see App.tsx) under `<Type>.listParams` and `preferences.<Type>.datagrid.*`, so they survive a reload.
 */
export default function GenericList() {
  const resource = useResourceDef();
  const l = useLabel();
  const filters = useFilters(resource);
  const render = useFieldRenderer();
  const ability = useAbility();
  // A column no rule lets the viewer read (e.g. personal data for an analyst) is not shown at all.
  const columns = resource.columns
    .map((name) => resource.fields.find((f) => f.name === name))
    .filter((f): f is FieldDef => f !== undefined && canEverRead(ability, resource.name, f.name))
    .flatMap((f) => {
      const element = render(f, { inList: true });
      return element ? [{ field: f, element }] : [];
    });
  // The column chooser lists the columns by their labels in the viewer's language: DatagridConfigurable can
  // only store string labels, and the headers carry a tooltip element, so the labels are given here.
  const [, setAvailable] = useStore(`preferences.${datagridKey(resource.name)}.availableColumns`, []);
  const available = columns.map(({ field }, index) => ({
    index: String(index),
    source: field.name,
    label: l(field.label),
  }));
  const availableKey = JSON.stringify(available);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `availableKey` is `available`'s content
  useEffect(() => setAvailable(available as never), [availableKey, setAvailable]);
  return (
    <List
      title={l(resource.pluralLabel)}
      filters={filters}
      actions={<ListActions resource={resource} />}
      perPage={25}
      {...(resource.defaultSort ? { sort: resource.defaultSort } : {})}
    >
      <DatagridConfigurable
        preferenceKey={datagridKey(resource.name)}
        rowClick="show"
        bulkActionButtons={false}
        data-testid={`list-${resource.name}`}
      >
        {columns.map((c) => c.element)}
      </DatagridConfigurable>
    </List>
  );
}
