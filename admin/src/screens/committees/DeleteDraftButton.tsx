import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { useState } from "react";
import { useNotify, useRedirect, useTranslate } from "react-admin";
import { ScreensDeleteCommitteeDocument } from "../../generated/graphql.js";
import { useViewerAccess } from "../lib/access.js";
import { gql, useErrorText } from "../lib/api.js";
import type { CommitteeData } from "./data.js";

type DeleteResult = {
  deleteCommittee:
    | { __typename: "DeletedCommittee"; id: string; name: string }
    | { __typename: "DomainError"; messageZh: string; messageEn: string };
};

/**
 * 删除草稿: a DRAFT committee set up in error is deleted by whoever set it up (the API's rule; drafts
 * from before the API recorded their creator show it to whoever may delete), after a confirmation.
 */
export function DeleteDraftButton({ committee }: { committee: CommitteeData }) {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const errorText = useErrorText();
  const access = useViewerAccess();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (committee.status !== "DRAFT" || !committee.createdByViewer || !access.can("delete", "Committee")) return null;
  const run = async () => {
    const data = await gql<DeleteResult>(ScreensDeleteCommitteeDocument, {
      input: { id: committee.id, version: committee.version },
    });
    const result = data.deleteCommittee;
    if (result.__typename === "DomainError") {
      setError(errorText(result));
      return;
    }
    notify("screens.committee.deleted", { type: "success", messageArgs: { name: result.name } });
    redirect("list", "Committee");
  };
  return (
    <>
      <Button color="error" variant="outlined" onClick={() => setOpen(true)} data-testid="delete-draft">
        {translate("screens.committee.deleteDraft")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate("screens.committee.deleteDraft")}</DialogTitle>
        <DialogContent>
          <DialogContentText>
            {translate("screens.committee.deleteConfirm", { name: committee.name ?? "" })}
          </DialogContentText>
          {error ? (
            <DialogContentText color="error" data-testid="delete-error">
              {error}
            </DialogContentText>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate("screens.common.cancel")}</Button>
          <Button color="error" variant="contained" onClick={run} data-testid="confirm-delete-draft">
            {translate("screens.committee.deleteDraft")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
