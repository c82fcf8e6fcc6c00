import { Chip } from "@mui/material";
import { useEnumLabel } from "../../views/fields.js";

/** 直接管理 / 双重管理 of an organisation or a membership. */
export function ModeChip({ mode }: { mode: string | null | undefined }) {
  const enumLabel = useEnumLabel();
  if (!mode) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={mode === "DUAL" ? "warning" : "primary"}
      label={enumLabel("ManagementMode", mode)}
      data-testid={`mode-${mode}`}
    />
  );
}

/** A status in the console's language. */
export function StatusChip({ typename, status }: { typename: string; status: string | null | undefined }) {
  const enumLabel = useEnumLabel();
  if (!status) return null;
  const color =
    status === "FILED" || status === "ADOPTED" || status === "RECEIVED"
      ? "success"
      : status === "REJECTED" || status === "DISSOLVED" || status === "ENDED"
        ? "error"
        : status === "SUBMITTED" || status === "NOMINATED" || status === "APPROVED"
          ? "info"
          : "default";
  return (
    <Chip
      size="small"
      color={color}
      label={enumLabel(`${typename}Status`, status)}
      data-testid="status-chip"
      data-status={status}
    />
  );
}
