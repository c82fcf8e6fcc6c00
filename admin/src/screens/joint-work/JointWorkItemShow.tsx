/**
 * A joint work item's page (共建项目/事项, issue 15): status, 六联 category, lead and co-operating
 * organisations with their responsible persons, the deadline (red when overdue, the API's `overdue` in
 * Beijing time), the progress reports as a timeline, where it came from (the resolution and its meeting, or
 * who raised it and the agenda it was put on) and how it ended (the closing resolution and its meeting, or
 * the reason it was dropped); the workflow steps its status allows (`allowedTransitions`) that the viewer
 * may take, with the forms they need (a reason, the closing resolution of a later held meeting), the
 * progress report for the organisations the viewer reports for, and the item's history beside it.
 */
import { beijingDate } from "@gongjian/domain/calendar";
import { formatDate } from "@gongjian/domain/format";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  MenuItem,
  Stack,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Title, useGetRecordId, useNotify, useTranslate } from "react-admin";
import { toSubject, useAbility } from "../../access/index.js";
import {
  ScreensClosingResolutionsDocument,
  type ScreensClosingResolutionsQuery,
  ScreensJointWorkItemDocument,
  type ScreensJointWorkItemQuery,
} from "../../generated/graphql.js";
import { useLocale } from "../../i18n/index.js";
import { useEnumLabel } from "../../views/fields.js";
import { FormField } from "../components/FormField.js";
import { StatusChip } from "../components/ModeChip.js";
import { type ResolutionChoice, WorkflowActions } from "../components/WorkflowActions.js";
import { WithHistory } from "../history/WithHistory.js";
import { useViewerAccess } from "../lib/access.js";
import { gql } from "../lib/api.js";
import { useFormMutation } from "../lib/form-mutation.js";

import { type ItemData, OriginCard, ParticipantsCard, ProgressCard } from "./JointWorkCards.js";

const UNFINISHED = ["OPEN", "IN_PROGRESS"];

export default function JointWorkItemShow() {
  const translate = useTranslate();
  const locale = useLocale();
  const enumLabel = useEnumLabel();
  const id = String(useGetRecordId());
  const query = useQuery({
    queryKey: ["screens.jointWorkItem", id],
    queryFn: async () => {
      const data = await gql<ScreensJointWorkItemQuery>(ScreensJointWorkItemDocument, { id });
      return data.node?.__typename === "JointWorkItem" ? (data.node as ItemData) : null;
    },
  });
  const item = query.data;
  const closing = useClosingResolutions(item);
  const refresh = () => void query.refetch();
  if (query.isLoading) return <Typography sx={{ p: 2 }}>{translate("screens.common.loading")}</Typography>;
  if (query.isError) return <Alert severity="error">{String(query.error)}</Alert>;
  if (!item) return <Alert severity="warning">{translate("screens.common.notFound")}</Alert>;
  const lead = (item.participants ?? []).find((p) => p.role === "LEAD");
  return (
    <Box sx={{ mt: 2 }} data-testid="joint-work-item" data-status={item.status ?? ""}>
      <Title title={item.title ?? ""} />
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }} useFlexGap>
            <Typography variant="h5">{item.title}</Typography>
            <StatusChip typename="JointWork" status={item.status} />
            <Chip
              size="small"
              variant="outlined"
              color="primary"
              label={enumLabel("JointWorkCategory", item.category)}
              data-testid="jw-category-chip"
            />
            {item.overdue ? (
              <Chip
                size="small"
                color="error"
                label={translate("screens.workBoard.overdue")}
                data-testid="jw-overdue"
              />
            ) : null}
          </Stack>
          <Typography
            variant="body2"
            sx={{ mt: 1 }}
            color={item.overdue ? "error" : "text.secondary"}
            data-testid="jw-deadline"
            data-overdue={item.overdue ? "true" : "false"}
          >
            {translate("screens.workBoard.deadline", { date: formatDate(item.deadline, "long", locale) || "—" })}
          </Typography>
          <Typography variant="body2" color="text.secondary" data-testid="jw-lead">
            {item.committee?.name ? `${item.committee.name} · ` : ""}
            {translate("screens.jointWork.lead")}：{lead?.organization?.name ?? "—"}
          </Typography>
          {item.description ? (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {item.description}
            </Typography>
          ) : null}
          <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: "wrap" }} useFlexGap>
            <WorkflowActions
              typename="JointWorkItem"
              record={{ ...item, id: item.id }}
              resolutions={closing}
              onDone={refresh}
            />
            <ReportProgressButton item={item} onDone={refresh} />
          </Stack>
          {(item.allowedTransitions ?? []).length === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {translate("screens.workflow.final")}
            </Typography>
          ) : null}
        </CardContent>
      </Card>
      <WithHistory record={{ id: item.id, version: item.version ?? null }}>
        <ParticipantsCard item={item} />
        <ProgressCard item={item} />
        <OriginCard item={item} />
      </WithHistory>
    </Box>
  );
}

/** The resolutions of later held meetings of the item's committee: what may close it. */
function useClosingResolutions(item: ItemData | null | undefined): ResolutionChoice[] {
  const committeeId = item?.committee?.id;
  const wanted = Boolean(committeeId) && (item?.allowedTransitions ?? []).includes("CLOSED");
  const query = useQuery({
    queryKey: ["screens.closingResolutions", committeeId],
    enabled: wanted,
    queryFn: () => gql<ScreensClosingResolutionsQuery>(ScreensClosingResolutionsDocument, { c: committeeId }),
  });
  const origin = item?.originResolution?.meeting;
  const after = origin?.heldAt ? new Date(String(origin.heldAt)).getTime() : Number.NEGATIVE_INFINITY;
  return (query.data?.resolutions?.edges ?? [])
    .flatMap((e) => (e?.node ? [e.node] : []))
    .filter(
      (r) =>
        r.meeting?.status === "HELD" &&
        r.meeting.id !== origin?.id &&
        new Date(String(r.meeting.heldAt)).getTime() > after,
    )
    .map((r) => ({ id: r.id, label: `${r.meeting?.title ?? ""} · ${r.number ?? ""} ${r.title ?? ""}` }));
}

/**
 * 报告进展: for the participants the viewer may report for (the console's copy of the API's rules: a liaison
 * for its own organisations on the items they share, street and committee staff for any participant),
 * while the item is unfinished.
 */
function ReportProgressButton({ item, onDone }: { item: ItemData; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const ability = useAbility();
  const access = useViewerAccess();
  const [open, setOpen] = useState(false);
  const latest = (item.progress ?? []).at(-1);
  const [organizationId, setOrganizationId] = useState("");
  const [reportedOn, setReportedOn] = useState(() => beijingDate(new Date()).toISOString().slice(0, 10));
  const [percent, setPercent] = useState(String(latest?.percent ?? ""));
  const [text, setText] = useState("");
  const { busy, error, run } = useFormMutation();
  const reporters = (item.participants ?? []).filter(
    (p) =>
      p.organization &&
      ability.can("create", toSubject("JointWorkProgress", { item: { id: item.id }, organization: p.organization })),
  );
  if (access.loading || access.viewer?.readOnly || !UNFINISHED.includes(item.status ?? "") || reporters.length === 0)
    return null;
  const chosen = organizationId || (reporters.length === 1 ? (reporters[0]?.organization?.id ?? "") : "");
  const submit = () =>
    void run(
      "reportJointWorkProgress",
      { itemId: item.id, organizationId: chosen, reportedOn, percent: Number(percent), text },
      () => {
        notify("screens.jointWork.reported", { type: "success" });
        setOpen(false);
        setText("");
        onDone();
      },
    );
  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)} data-testid="report-progress">
        {translate("screens.jointWork.report")}
      </Button>
      {open ? (
        <Dialog open onClose={() => setOpen(false)} fullWidth maxWidth="sm">
          <DialogTitle>{translate("screens.jointWork.report")}</DialogTitle>
          <DialogContent data-testid="progress-form">
            <Grid container spacing={2} sx={{ mt: 0.5 }}>
              <FormField
                labelKey="screens.jointWork.reportingOrganization"
                value={chosen}
                onChange={setOrganizationId}
                testId="progress-organization"
              >
                {reporters.map((p) => (
                  <MenuItem key={p.id} value={p.organization?.id ?? ""}>
                    {p.organization?.name}
                  </MenuItem>
                ))}
              </FormField>
              <FormField
                md={6}
                type="date"
                labelKey="screens.jointWork.reportedOn"
                value={reportedOn}
                onChange={setReportedOn}
                testId="progress-date"
              />
              <FormField
                md={6}
                labelKey="screens.jointWork.percent"
                value={percent}
                onChange={(v) => setPercent(v.replace(/[^0-9]/g, ""))}
                testId="progress-percent"
              />
              <FormField
                labelKey="screens.jointWork.progressText"
                value={text}
                onChange={setText}
                testId="progress-text"
              />
            </Grid>
          </DialogContent>
          <DialogActions>
            {error ? (
              <Alert severity="error" sx={{ flex: 1, mr: 1, py: 0 }} data-testid="progress-error">
                {error}
              </Alert>
            ) : null}
            <Button onClick={() => setOpen(false)}>{translate("screens.common.cancel")}</Button>
            <Button
              variant="contained"
              disabled={busy !== null || !chosen || percent === "" || text.trim() === "" || !reportedOn}
              onClick={submit}
              data-testid="progress-save"
            >
              {translate("screens.jointWork.report")}
            </Button>
          </DialogActions>
        </Dialog>
      ) : null}
    </>
  );
}
