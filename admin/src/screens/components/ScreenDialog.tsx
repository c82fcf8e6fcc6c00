import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";

/**
 * One dialog of a hand-made screen: its title, content and actions; without `actions`, a single Close
 * button (the dialogs that only show something: an access reason, a document's text).
 */
export function ScreenDialog({
  open = true,
  onClose,
  title,
  actions,
  maxWidth = "sm",
  fullWidth = false,
  children,
}: {
  open?: boolean;
  onClose: () => void;
  title: ReactNode;
  actions?: ReactNode;
  maxWidth?: "sm" | "md";
  fullWidth?: boolean;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} maxWidth={maxWidth} fullWidth={fullWidth}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>{children}</DialogContent>
      <DialogActions>{actions ?? <Button onClick={onClose}>{translate("screens.common.close")}</Button>}</DialogActions>
    </Dialog>
  );
}
