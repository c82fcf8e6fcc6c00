/** Read-only rendering of a generated field (list columns, show pages), by kind. */
import { type DateStyle, formatDate, formatDateTime } from "@gongjian/domain/format";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { ReactElement } from "react";
import {
  ArrayField,
  BooleanField,
  Datagrid,
  FunctionField,
  NumberField,
  TextField,
  useRecordContext,
} from "react-admin";
import { Link } from "react-router-dom";
import { enums, type FieldDef } from "../generated/resources.js";
import { type Label, useLabel, useLocale } from "../i18n/index.js";
import { formatFen, recordTitle } from "../model/display.js";

interface ColumnProps {
  source: string;
  label?: string;
  sortable?: boolean;
  sortBy?: string;
}

export function enumLabel(enumName: string | undefined, value: unknown, pick: (l: Label) => string): string {
  if (value === null || value === undefined) return "";
  const def = enumName ? enums[enumName] : undefined;
  const entry = def?.values.find((v) => v.value === value);
  return entry ? pick(entry.label) : String(value);
}

/** The label of an enum value in the console's language (the schema's descriptions, generated). */
export function useEnumLabel(): (enumName: string, value: unknown) => string {
  const l = useLabel();
  return (enumName, value) => enumLabel(enumName, value, l);
}

export function EnumField({ source, enumName }: ColumnProps & { enumName?: string }) {
  const record = useRecordContext();
  const l = useLabel();
  const value = record?.[source];
  if (Array.isArray(value)) {
    return (
      <Stack direction="row" spacing={0.5} sx={{ flexWrap: "wrap" }}>
        {value.map((v) => (
          <Chip key={String(v)} size="small" label={enumLabel(enumName, v, l)} />
        ))}
      </Stack>
    );
  }
  return (
    <Typography component="span" variant="body2">
      {enumLabel(enumName, value, l)}
    </Typography>
  );
}

export function FenField({ source }: ColumnProps) {
  const record = useRecordContext();
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: "tabular-nums" }}>
      {formatFen(record?.[source] as string | null)}
    </Typography>
  );
}

/** A referenced record: its name, linking to its page (no extra request: the query selected it). */
export function ReferenceLink({ source, target, display }: ColumnProps & { target?: string; display?: string }) {
  const record = useRecordContext();
  const value = record?.[source] as Record<string, unknown> | Record<string, unknown>[] | null | undefined;
  const path = (display ?? "id").split(".");
  const one = (v: Record<string, unknown>) => {
    const text = recordTitle(v, path);
    const id = v.id;
    if (!target || typeof id !== "string") return <span key={String(id)}>{text}</span>;
    return (
      <Link
        key={id}
        to={`/${target}/${encodeURIComponent(id)}/show`}
        onClick={(e) => e.stopPropagation()}
        style={{ color: "inherit" }}
      >
        {text}
      </Link>
    );
  };
  if (!value) return null;
  return (
    <Typography component="span" variant="body2">
      {Array.isArray(value) ? (
        <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap" }}>
          {value.map(one)}
        </Stack>
      ) : (
        one(value)
      )}
    </Typography>
  );
}

/**
 * A calendar date or an instant (in Beijing time), as @gongjian/domain/format writes it: `2026-12-04` in
 * lists, `2026年12月4日` on a record's page.
 */
export function DateText({ source, time, style }: ColumnProps & { time?: boolean; style: DateStyle }) {
  const record = useRecordContext();
  const locale = useLocale();
  const value = record?.[source];
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: "nowrap" }}>
      {time ? formatDateTime(value, style, locale) : formatDate(value, style, locale)}
    </Typography>
  );
}

export function JsonField({ source }: ColumnProps) {
  const record = useRecordContext();
  const value = record?.[source];
  if (value === null || value === undefined) return null;
  return <pre style={{ margin: 0, whiteSpace: "pre-wrap", fontSize: 12 }}>{JSON.stringify(value, null, 2)}</pre>;
}

/** The element for one field; `inList` shortens long text. */
export function useFieldRenderer(): (field: FieldDef, options?: { inList?: boolean }) => ReactElement | null {
  const l = useLabel();
  const locale = useLocale();
  return (field, options = {}) => {
    // A list of sub-records is a table of its own (not in list columns); every other kind is one cell.
    if ((field.kind === "reference" || field.kind === "object") && field.fields) {
      if (options.inList) return null;
      return (
        <ArrayField key={field.name} source={field.name} label={l(field.label)} sortable={false}>
          <Datagrid bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
            {field.fields.map((sub) => renderSimple(sub, l, locale))}
          </Datagrid>
        </ArrayField>
      );
    }
    return renderSimple(field, l, locale, options.inList);
  };
}

function renderSimple(field: FieldDef, l: (label: Label) => string, locale: string, inList = false): ReactElement {
  const common = { source: field.name, label: l(field.label), sortable: Boolean(field.sort) };
  switch (field.kind) {
    case "enum":
      return <EnumField key={field.name} {...common} enumName={field.enum} />;
    case "fen":
      return <FenField key={field.name} {...common} />;
    case "reference":
    case "object":
      return (
        <ReferenceLink
          key={field.name}
          {...common}
          {...(field.kind === "reference" ? { target: field.target } : {})}
          display={field.targetDisplay}
        />
      );
    case "boolean":
      return <BooleanField key={field.name} {...common} />;
    case "int":
    case "float":
      return (
        <NumberField
          key={field.name}
          {...common}
          locales={locale === "en" ? "en-US" : "zh-CN"}
          options={{ useGrouping: false }}
        />
      );
    case "datetime":
    case "date":
      return (
        <DateText key={field.name} {...common} time={field.kind === "datetime"} style={inList ? "short" : "long"} />
      );
    case "json":
      return <JsonField key={field.name} {...common} />;
    case "text":
      return inList ? (
        <FunctionField
          key={field.name}
          {...common}
          render={(record: Record<string, unknown>) => {
            const text = String(record?.[field.name] ?? "");
            return text.length > 40 ? `${text.slice(0, 40)}…` : text;
          }}
        />
      ) : (
        <TextField key={field.name} {...common} sx={{ whiteSpace: "pre-wrap" }} />
      );
    default:
      return <TextField key={field.name} {...common} />;
  }
}
