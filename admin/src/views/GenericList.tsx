import type { ReactElement } from "react";
import {
  AutocompleteInput,
  BooleanInput,
  CreateButton,
  Datagrid,
  DateInput,
  FilterButton,
  List,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  TopToolbar,
  useListContext,
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

/** The generated list page of any resource: columns, filters, sorting, page numbers with the total. */
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
    .map((f) => render(f, { inList: true }))
    .filter((e): e is ReactElement => e !== null);
  return (
    <List
      title={l(resource.pluralLabel)}
      filters={filters}
      actions={<ListActions resource={resource} />}
      perPage={25}
      {...(resource.defaultSort ? { sort: resource.defaultSort } : {})}
      storeKey={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} data-testid={`list-${resource.name}`}>
        {columns}
      </Datagrid>
    </List>
  );
}
