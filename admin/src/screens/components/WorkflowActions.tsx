import { beijingDate } from "@gongjian/domain/calendar";
import MoreVert from "@mui/icons-material/MoreVert";
import {
  Alert,
  Button,
  Checkbox,
  DialogContentText,
  FormControlLabel,
  IconButton,
  Menu,
  MenuItem,
  Stack,
  TextField,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNotify, useRefresh, useTranslate } from "react-admin";
import { ScreensDissolutionPreviewDocument, ScreensResolutionsDocument } from "../../generated/graphql.js";
import { useViewerAccess } from "../lib/access.js";
import { type Explanation, explanationKey, gql, mutate, useErrorText, useExplanations } from "../lib/api.js";
import { type TransitionSpec, targetsOf } from "../lib/workflow.js";
import { RefusedAction } from "./AccessReason.js";
import { ScreenDialog } from "./ScreenDialog.js";

/** A resolution to choose in a transition's dialog. */
export interface ResolutionChoice {
  id: string;
  label: string;
}

/** The key of an action's label and test id: its target, or its own key when two actions share a target. */
const keyOf = (spec: TransitionSpec) => spec.key ?? spec.to;

/**
 * Separation of duties (the API's rule, shown before the click): whoever submitted a committee or nominated
 * a seat does not approve it (the API refuses it too; where a district allows it for very small streets,
 * the approval is made through the API, e.g. GraphiQL: the console keeps to the rule).
 */
function ownSubmission(spec: TransitionSpec, record: WorkflowRecord): boolean {
  return spec.to === "APPROVED" && (record.submittedByViewer === true || record.nominatedByViewer === true);
}

export interface WorkflowRecord extends Record<string, unknown> {
  id: string;
  version?: unknown;
  status?: unknown;
  allowedTransitions?: unknown;
  submittedByViewer?: unknown;
  nominatedByViewer?: unknown;
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
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  if (access.loading || targets.length === 0) return null;
  const explanationOf = (spec: TransitionSpec): Explanation | undefined => {
    if (ownSubmission(spec, record)) {
      // In the console's language; the reason text shown picks the field of that language.
      const reason = translate(`screens.workflow.separation.${typename === "Seat" ? "seat" : "committee"}`);
      return { allowed: false, reasonZh: reason, reasonEn: reason };
    }
    return explanations.data?.get(explanationKey({ action: spec.action, subject: typename, id: record.id }));
  };
  const done = () => {
    void explanations.refetch();
    onDone?.();
    refresh();
  };
  /** An action that needs nothing more runs on the click (reversible: submitting can be withdrawn). */
  const runDirect = async (spec: TransitionSpec) => {
    const label = translate(`screens.workflow.${typename}.${keyOf(spec)}`);
    const outcome = await mutate(spec.mutation, { id: record.id, version: record.version });
    if (!outcome.ok) {
      notify(errorText(outcome.error), { type: "error" });
      return;
    }
    notify("screens.workflow.done", { type: "success", messageArgs: { action: label } });
    done();
  };
  const open = (spec: TransitionSpec) => (spec.direct ? void runDirect(spec) : setPending(spec));
  const buttons = targets.filter((spec) => !spec.quiet);
  const quiet = targets.filter((spec) => spec.quiet);
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap" }} useFlexGap data-testid={`workflow-${typename}`}>
      {buttons.map((spec) => {
        const explanation = explanationOf(spec);
        const label = translate(`screens.workflow.${typename}.${keyOf(spec)}`);
        const button = (
          <Button
            key={keyOf(spec)}
            size={size}
            variant="contained"
            color={spec.tone}
            disabled={!explanation?.allowed}
            onClick={() => open(spec)}
            data-testid={`action-${keyOf(spec)}`}
          >
            {label}
          </Button>
        );
        return explanation && !explanation.allowed ? (
          <RefusedAction key={keyOf(spec)} explanation={explanation}>
            {button}
          </RefusedAction>
        ) : (
          button
        );
      })}
      {quiet.length > 0 ? (
        <>
          <IconButton
            size="small"
            aria-label={translate("screens.workflow.more")}
            onClick={(e) => setMenu(e.currentTarget)}
            data-testid="more-actions"
          >
            <MoreVert fontSize="small" />
          </IconButton>
          <Menu anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)}>
            {quiet.map((spec) => (
              <MenuItem
                key={keyOf(spec)}
                dense
                disabled={!explanationOf(spec)?.allowed}
                onClick={() => {
                  setMenu(null);
                  open(spec);
                }}
                data-testid={`action-${keyOf(spec)}`}
              >
                {translate(`screens.workflow.${typename}.${keyOf(spec)}`)}
              </MenuItem>
            ))}
          </Menu>
        </>
      ) : null}
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
  const [day, setDay] = useState(() => beijingDate(new Date()).toISOString().slice(0, 10));
  const [fileSeats, setFileSeats] = useState(true);
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
  const preview = useQuery({
    queryKey: ["screens.dissolutionPreview", record.id],
    enabled: spec.needs === "dissolution",
    queryFn: () =>
      gql<{ dissolutionPreview: Record<string, number> }>(ScreensDissolutionPreviewDocument, { id: record.id }),
  });
  const label = translate(`screens.workflow.${typename}.${keyOf(spec)}`);
  const needsValue = Boolean(spec.needs);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const input: Record<string, unknown> = { id: record.id, version: record.version };
      if (spec.needs === "reason") input.reason = value;
      if (spec.needs === "filingNumber") {
        input.filingNumber = value;
        if (typename === "Committee") input.fileApprovedSeats = fileSeats;
      }
      if (spec.needs === "dissolution") {
        input.reason = value;
        input.dissolvedOn = day;
      }
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
      {spec.needs === "dissolution" ? (
        <Alert severity="warning" sx={{ mt: 1 }} data-testid="dissolution-preview">
          {preview.data
            ? translate("screens.workflow.dissolution.effects", preview.data.dissolutionPreview)
            : translate("screens.common.loading")}
        </Alert>
      ) : null}
      {spec.needs === "reason" || spec.needs === "filingNumber" || spec.needs === "dissolution" ? (
        <TextField
          autoFocus
          fullWidth
          margin="normal"
          label={translate(`screens.workflow.${spec.needs === "dissolution" ? "dissolutionReason" : spec.needs}`)}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder={spec.needs === "filingNumber" ? translate("screens.workflow.filingNumberExample") : undefined}
          helperText={spec.needs === "filingNumber" ? translate("screens.workflow.filingNumberHint") : undefined}
          slotProps={{
            htmlInput: { "data-testid": `workflow-${spec.needs === "dissolution" ? "reason" : spec.needs}` },
          }}
        />
      ) : null}
      {spec.needs === "dissolution" ? (
        <TextField
          fullWidth
          margin="normal"
          type="date"
          label={translate("screens.workflow.dissolution.date")}
          value={day}
          onChange={(e) => setDay(e.target.value)}
          helperText={translate("screens.workflow.dissolution.dateHint")}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { "data-testid": "dissolution-date" } }}
        />
      ) : null}
      {spec.needs === "filingNumber" && typename === "Committee" ? (
        <FormControlLabel
          control={
            <Checkbox
              checked={fileSeats}
              onChange={(e) => setFileSeats(e.target.checked)}
              slotProps={{ input: { "data-testid": "file-seats" } as object }}
            />
          }
          label={translate("screens.workflow.fileSeats")}
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
