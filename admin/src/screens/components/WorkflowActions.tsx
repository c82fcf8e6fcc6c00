import { Button, DialogContentText, MenuItem, Stack, TextField } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNotify, useRefresh, useTranslate } from "react-admin";
import { ScreensResolutionsDocument } from "../../generated/graphql.js";
import { useViewerAccess } from "../lib/access.js";
import { explanationKey, gql, mutate, useErrorText, useExplanations } from "../lib/api.js";
import { type TransitionSpec, targetsOf } from "../lib/workflow.js";
import { RefusedAction } from "./AccessReason.js";
import { ScreenDialog } from "./ScreenDialog.js";

/** A resolution to choose in a transition's dialog. */
export interface ResolutionChoice {
  id: string;
  label: string;
}

export interface WorkflowRecord extends Record<string, unknown> {
  id: string;
  version?: unknown;
  status?: unknown;
  allowedTransitions?: unknown;
}

/**
 * The workflow actions of one record: only the transitions its current status allows
 * (`allowedTransitions`) that the viewer's role may perform at all; an action the API would refuse
 * on this record is shown disabled with the reason (`explainAccess`).
 */
export function WorkflowActions({
  typename,
  record,
  committeeId,
  onDone,
  size = "medium",
  resolutions,
}: {
  typename: string;
  record: WorkflowRecord;
  /** For adopting a funding plan: the committee whose resolutions may be chosen. */
  committeeId?: string | undefined;
  /** The resolutions to choose from instead of all the committee's (e.g. those that may close an item). */
  resolutions?: ResolutionChoice[] | undefined;
  onDone?: () => void;
  size?: "small" | "medium";
}) {
  const translate = useTranslate();
  const access = useViewerAccess();
  const targets = targetsOf(typename, record).filter((spec) => access.can(spec.action, typename));
  const explanations = useExplanations(
    targets.map((spec) => ({ action: spec.action, subject: typename, id: record.id })),
    !access.loading,
  );
  const [pending, setPending] = useState<TransitionSpec | null>(null);
  if (access.loading || targets.length === 0) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap" }} useFlexGap data-testid={`workflow-${typename}`}>
      {targets.map((spec) => {
        const explanation = explanations.data?.get(
          explanationKey({ action: spec.action, subject: typename, id: record.id }),
        );
        const label = translate(`screens.workflow.${typename}.${spec.to}`);
        const button = (
          <Button
            key={spec.to}
            size={size}
            variant="contained"
            color={spec.tone}
            disabled={!explanation?.allowed}
            onClick={() => setPending(spec)}
            data-testid={`action-${spec.to}`}
          >
            {label}
          </Button>
        );
        return explanation && !explanation.allowed ? (
          <RefusedAction key={spec.to} explanation={explanation}>
            {button}
          </RefusedAction>
        ) : (
          button
        );
      })}
      {pending ? (
        <TransitionDialog
          typename={typename}
          record={record}
          spec={pending}
          committeeId={committeeId}
          resolutions={resolutions}
          onClose={() => setPending(null)}
          onDone={() => {
            setPending(null);
            void explanations.refetch();
            onDone?.();
          }}
        />
      ) : null}
    </Stack>
  );
}

function TransitionDialog({
  typename,
  record,
  spec,
  committeeId,
  resolutions: given,
  onClose,
  onDone,
}: {
  typename: string;
  record: WorkflowRecord;
  spec: TransitionSpec;
  committeeId: string | undefined;
  resolutions: ResolutionChoice[] | undefined;
  onClose: () => void;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const [value, setValue] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resolutions = useQuery({
    queryKey: ["screens.resolutions", committeeId],
    enabled: spec.needs === "resolution" && Boolean(committeeId) && !given,
    queryFn: () =>
      gql<{ resolutions: { edges: { node: { id: string; number: string; title: string } }[] } }>(
        ScreensResolutionsDocument,
        { c: committeeId },
      ),
  });
  const choices =
    given ??
    (resolutions.data?.resolutions.edges ?? []).map(({ node }) => ({
      id: node.id,
      label: `${node.number} ${node.title}`,
    }));
  const label = translate(`screens.workflow.${typename}.${spec.to}`);
  const needsValue = Boolean(spec.needs);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const input: Record<string, unknown> = { id: record.id, version: record.version };
      if (spec.needs === "reason") input.reason = value;
      if (spec.needs === "filingNumber") input.filingNumber = value;
      if (spec.needs === "resolution") input.resolutionId = value;
      const outcome = await mutate(spec.mutation, input);
      if (!outcome.ok) {
        setError(errorText(outcome.error));
        return;
      }
      notify("screens.workflow.done", { type: "success", messageArgs: { action: label } });
      onDone();
      // Everything showing the record (the generated page, its history, the inbox) reloads.
      refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ScreenDialog
      onClose={onClose}
      title={label}
      fullWidth
      actions={
        <>
          <Button onClick={onClose}>{translate("screens.common.cancel")}</Button>
          <Button
            variant="contained"
            color={spec.tone}
            disabled={busy || (needsValue && value.trim() === "")}
            onClick={run}
            data-testid="workflow-confirm"
          >
            {label}
          </Button>
        </>
      }
    >
      <DialogContentText>{translate("screens.workflow.confirm", { action: label })}</DialogContentText>
      {spec.needs === "reason" || spec.needs === "filingNumber" ? (
        <TextField
          autoFocus
          fullWidth
          margin="normal"
          label={translate(`screens.workflow.${spec.needs}`)}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          slotProps={{ htmlInput: { "data-testid": `workflow-${spec.needs}` } }}
        />
      ) : null}
      {spec.needs === "resolution" ? (
        <TextField
          select
          fullWidth
          margin="normal"
          label={translate(
            typename === "FundingPlan" ? "screens.workflow.resolution" : `screens.workflow.${typename}.resolution`,
          )}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          slotProps={{ select: { SelectDisplayProps: { "data-testid": "workflow-resolution" } as object } }}
        >
          {choices.map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {choice.label}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      {error ? (
        <DialogContentText color="error" data-testid="workflow-error" sx={{ mt: 1 }}>
          {error}
        </DialogContentText>
      ) : null}
    </ScreenDialog>
  );
}
