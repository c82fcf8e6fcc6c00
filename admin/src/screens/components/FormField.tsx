import { TextField } from "@mui/material";
import type { ReactNode } from "react";

/**
 * One full-width field of a screen's form: a text input, a date (`type="date"`), or a select when it has
 * options (its children, MenuItems). `testId` marks what the end-to-end tests click or type into: the
 * input of a text field, the element that opens the menu of a select.
 */
export function FormField({
  label,
  value,
  onChange,
  testId,
  type,
  small = false,
  disabled,
  children,
}: {
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  testId?: string;
  type?: "date";
  small?: boolean;
  disabled?: boolean;
  children?: ReactNode;
}) {
  const select = children !== undefined;
  const marked =
    testId === undefined
      ? {}
      : select
        ? { select: { SelectDisplayProps: { "data-testid": testId } as object } }
        : { htmlInput: { "data-testid": testId } };
  return (
    <TextField
      select={select}
      fullWidth
      size={small ? "small" : "medium"}
      type={type}
      label={label}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value)}
      slotProps={type === "date" ? { ...marked, inputLabel: { shrink: true } } : marked}
    >
      {children}
    </TextField>
  );
}
