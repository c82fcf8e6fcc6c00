import { Grid, TextField } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";

/**
 * One full-width field of a screen's form: a text input, a date (`type="date"`), or a select when it has
 * options (its children, MenuItems). `testId` marks what the end-to-end tests click or type into: the
 * input of a text field, the element that opens the menu of a select. With `md`, the field is a cell of
 * a form's grid: full width on small screens, `md` of 12 columns from medium ones.
 */
export function FormField({
  label,
  labelKey,
  value,
  onChange,
  testId,
  type,
  small = false,
  disabled,
  md,
  children,
}: {
  /** The field's label: its text, or (`labelKey`) its message key in admin/src/screens/messages.ts. */
  label?: string;
  labelKey?: string;
  value: string | number;
  onChange: (value: string) => void;
  testId?: string;
  type?: "date";
  small?: boolean;
  disabled?: boolean;
  md?: number;
  children?: ReactNode;
}) {
  const translate = useTranslate();
  const select = children !== undefined;
  const marked =
    testId === undefined
      ? {}
      : select
        ? { select: { SelectDisplayProps: { "data-testid": testId } as object } }
        : { htmlInput: { "data-testid": testId } };
  const field = (
    <TextField
      select={select}
      fullWidth
      size={small ? "small" : "medium"}
      type={type}
      label={label ?? (labelKey === undefined ? undefined : translate(labelKey))}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value)}
      slotProps={type === "date" ? { ...marked, inputLabel: { shrink: true } } : marked}
    >
      {children}
    </TextField>
  );
  return md === undefined ? field : <Grid size={{ xs: 12, md }}>{field}</Grid>;
}
