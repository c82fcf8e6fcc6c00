import InfoOutlined from "@mui/icons-material/InfoOutlined";
import LockOutlined from "@mui/icons-material/LockOutlined";
import { DialogContentText, IconButton, Tooltip } from "@mui/material";
import { type ReactElement, useState } from "react";
import { useLocaleState, useTranslate } from "react-admin";
import type { Explanation } from "../lib/api.js";
import { ScreenDialog } from "./ScreenDialog.js";

/** The reason the API gives (`explainAccess`) in the console's language. */
export function useReasonText() {
  const [locale] = useLocaleState();
  return (e: Explanation | undefined) => (e ? (locale === "en" ? e.reasonEn : e.reasonZh) : "");
}

/**
 * A refused action: the control shown disabled, with the API's reason as a tooltip and, on the
 * info button, in a dialog (disabled controls get no pointer events, hence the wrapper span).
 */
export function RefusedAction({ explanation, children }: { explanation: Explanation; children: ReactElement }) {
  const translate = useTranslate();
  const reason = useReasonText()(explanation);
  const [open, setOpen] = useState(false);
  return (
    <span style={{ display: "inline-flex", alignItems: "center" }}>
      <Tooltip title={reason}>
        <span data-testid="refused-action" data-reason={reason}>
          {children}
        </span>
      </Tooltip>
      <IconButton size="small" aria-label={translate("screens.access.why")} onClick={() => setOpen(true)}>
        <InfoOutlined fontSize="small" />
      </IconButton>
      <ScreenDialog
        open={open}
        onClose={() => setOpen(false)}
        title={
          <>
            <LockOutlined fontSize="small" sx={{ verticalAlign: "middle", mr: 1 }} />
            {translate("screens.access.refused")}
          </>
        }
      >
        <DialogContentText data-testid="access-reason">{reason}</DialogContentText>
      </ScreenDialog>
    </span>
  );
}
