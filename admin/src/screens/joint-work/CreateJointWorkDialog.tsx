/**
 * 依据决议建立共建事项: a joint work item from an adopted resolution that has none yet
 * (`createJointWorkFromResolution`), with the same fields as 实事共办's in the resolution form.
 */
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { useFormMutation } from "../lib/form-mutation.js";
import {
  emptyJointWork,
  type JointWorkDraft,
  JointWorkFields,
  jointWorkComplete,
  jointWorkInput,
  type OrganizationOption,
} from "./JointWorkFields.js";

export function CreateJointWorkDialog({
  resolution,
  organizations,
  onClose,
  onDone,
}: {
  resolution: { id: string; number: string | null; title: string | null };
  organizations: OrganizationOption[];
  onClose: () => void;
  onDone: (item: { id: string }) => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [draft, setDraft] = useState<JointWorkDraft>({ ...emptyJointWork, title: resolution.title ?? "" });
  const { busy, error, run } = useFormMutation();
  const submit = () =>
    void run<{ id: string }>(
      "createJointWorkFromResolution",
      { resolutionId: resolution.id, ...jointWorkInput(draft) },
      (item) => {
        notify("screens.jointWork.created", { type: "success" });
        onDone(item);
      },
    );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{translate("screens.jointWork.createTitle")}</DialogTitle>
      <DialogContent data-testid="create-joint-work-form">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate("screens.jointWork.fromResolution", {
            resolution: `${resolution.number ?? ""} ${resolution.title ?? ""}`,
          })}
        </Typography>
        <JointWorkFields draft={draft} onChange={setDraft} organizations={organizations} />
      </DialogContent>
      <DialogActions>
        {error ? (
          <Alert severity="error" sx={{ flex: 1, mr: 1, py: 0 }} data-testid="joint-work-error">
            {error}
          </Alert>
        ) : null}
        <Button onClick={onClose}>{translate("screens.common.cancel")}</Button>
        <Button
          variant="contained"
          disabled={!jointWorkComplete(draft) || busy !== null}
          onClick={submit}
          data-testid="joint-work-save"
        >
          {translate("screens.jointWork.create")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
