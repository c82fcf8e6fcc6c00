/** Form inputs of a generated mutation's fields, by kind (create and edit forms, action dialogs). */
import TextField from "@mui/material/TextField";
import { type ReactElement, useEffect, useRef, useState } from "react";
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
  DateTimeInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useInput,
  useTranslate,
} from "react-admin";
import { enums, type InputFieldDef, resourcesByName } from "../generated/resources.js";
import { type Label, useLabel } from "../i18n/index.js";
import { fenToYuan, recordTitle, yuanToFen } from "../model/display.js";

const isFen = (value: unknown) =>
  value === null || value === undefined || value === "" || /^-?\d+$/.test(String(value));

/** Money: typed in yuan (up to 2 decimals), kept in the form as whole fen (text), exactly. */
export function FenInput({
  source,
  label,
  helperText,
  isRequired,
  readOnly,
}: {
  source: string;
  label: string;
  helperText?: string;
  isRequired?: boolean;
  readOnly?: boolean;
}) {
  const translate = useTranslate();
  const validate = (value: unknown) =>
    isRequired && (value === null || value === undefined || value === "")
      ? "ra.validation.required"
      : isFen(value)
        ? undefined
        : "ra.validation.number";
  const { field, fieldState } = useInput({ source, validate, ...(readOnly ? { readOnly } : {}) });
  const [text, setText] = useState(() => fenToYuan(field.value as string | null));
  // The value this input last wrote: any other value (a record loaded, a reset) replaces the text.
  const written = useRef<unknown>(field.value);
  useEffect(() => {
    if (field.value !== written.current) {
      written.current = field.value;
      setText(fenToYuan(isFen(field.value) ? (field.value as string | null) : null));
    }
  }, [field.value]);
  const error = fieldState.error?.message;
  return (
    <TextField
      name={source}
      label={`${label}（${translate("gongjian.form.yuan")}）`}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const fen = yuanToFen(e.target.value);
        written.current = e.target.value.trim() === "" ? null : (fen ?? e.target.value);
        field.onChange(written.current);
      }}
      onBlur={field.onBlur}
      error={Boolean(error)}
      helperText={error ? translate(error, { _: error }) : helperText}
      required={isRequired}
      slotProps={{ htmlInput: { inputMode: "decimal", readOnly } }}
      size="small"
      sx={{ minWidth: 240, mb: 1 }}
    />
  );
}

function choicesOf(enumName: string | undefined, l: (label: Label) => string) {
  return (enumName ? (enums[enumName]?.values ?? []) : []).map((v) => ({ id: v.value, name: l(v.label) }));
}

/**
 * How a hand-made screen arranges the generated inputs of a form (e.g. shows an input only for some
 * value of another one); the generic forms render each input as it is.
 */
export type ArrangeInput = (field: InputFieldDef, input: ReactElement) => ReactElement | null;

export interface InputOptions {
  readOnly?: boolean;
  /** Prefix of the source (nested inputs inside an ArrayInput). */
  prefix?: string;
}

export function useInputRenderer(): (field: InputFieldDef, options?: InputOptions) => ReactElement {
  const l = useLabel();
  const render = (field: InputFieldDef, options: InputOptions = {}): ReactElement => {
    const source = `${options.prefix ?? ""}${field.name}`;
    const label = l(field.label);
    const help = l(field.help);
    const helperText = help !== label ? help : false;
    const readOnly = Boolean(options.readOnly);
    const validate = field.required && field.kind !== "boolean" ? [required()] : undefined;
    const common = {
      source,
      label,
      helperText,
      ...(validate ? { validate } : {}),
      ...(readOnly ? { readOnly: true } : {}),
    };
    switch (field.kind) {
      case "enum":
        return <SelectInput key={source} {...common} choices={choicesOf(field.enum, l)} emptyText="—" />;
      case "reference": {
        const target = field.target ? resourcesByName[field.target] : undefined;
        const display = (field.targetDisplay ?? target?.display.join(".") ?? "id").split(".");
        const optionText = (record: Record<string, unknown>) => recordTitle(record, display);
        const sort = target?.defaultSort ?? { field: "id", order: "ASC" as const };
        if (field.list) {
          return (
            <ReferenceArrayInput key={source} source={source} reference={field.target ?? ""} sort={sort} perPage={50}>
              <AutocompleteArrayInput {...common} optionText={optionText} filterToQuery={(q: string) => ({ q })} />
            </ReferenceArrayInput>
          );
        }
        return (
          <ReferenceInput key={source} source={source} reference={field.target ?? ""} sort={sort} perPage={50}>
            <AutocompleteInput {...common} optionText={optionText} filterToQuery={(q: string) => ({ q })} />
          </ReferenceInput>
        );
      }
      case "input":
        return (
          <ArrayInput
            key={source}
            source={source}
            label={label}
            helperText={helperText}
            {...(validate ? { validate } : {})}
          >
            <SimpleFormIterator inline {...(readOnly ? { disableAdd: true, disableRemove: true } : {})}>
              {(field.fields ?? []).map((sub) => render({ ...sub }, { readOnly }))}
            </SimpleFormIterator>
          </ArrayInput>
        );
      case "fen":
        return (
          <FenInput
            key={source}
            source={source}
            label={label}
            {...(helperText ? { helperText } : {})}
            isRequired={field.required}
            readOnly={readOnly}
          />
        );
      case "int":
      case "float":
        return <NumberInput key={source} {...common} />;
      case "boolean":
        return <BooleanInput key={source} {...common} {...(field.required ? { defaultValue: false } : {})} />;
      case "date":
        return <DateInput key={source} {...common} />;
      case "datetime":
        return (
          <DateTimeInput
            key={source}
            {...common}
            parse={(value: string | Date | null) => (value ? new Date(value).toISOString() : null)}
          />
        );
      case "text":
        return <TextInput key={source} {...common} multiline minRows={2} fullWidth />;
      default:
        return <TextInput key={source} {...common} />;
    }
  };
  return render;
}
