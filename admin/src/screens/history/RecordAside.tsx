import LockOutlined from "@mui/icons-material/LockOutlined";
import { Box, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import type { ComponentProps } from "react";
import { useTranslate } from "react-admin";
import {
  ScreensCommitteeStateDocument,
  ScreensContributionStateDocument,
  ScreensFundingPlanStateDocument,
  ScreensSeatStateDocument,
} from "../../generated/graphql.js";
import { useReasonText } from "../components/AccessReason.js";
import { StatusChip } from "../components/ModeChip.js";
import { SectionCard } from "../components/SectionCard.js";
import { WorkflowActions } from "../components/WorkflowActions.js";
import { explanationKey, gql, useExplanations } from "../lib/api.js";
import { workflows } from "../lib/workflow.js";
import { MeetingAttendees } from "../meetings/MeetingAttendees.js";
import { MeetingResolutions } from "../meetings/MeetingResolutions.js";
import { StreetCoordination } from "../meetings/StreetCoordination.js";
import type { ScreenExtensions } from "../types.js";
import { RecordHistory } from "./RecordHistory.js";

type Props = ComponentProps<NonNullable<ScreenExtensions["showAside"]>>;

/** Field groups whose refusal is worth explaining on a record's page (the API's field rules). */
const guardedFields: Record<string, { key: string; fields: string[] }[]> = {
  PartyOrganization: [{ key: "affiliation", fields: ["superiorId", "superiorExternalCode", "superiorExternalName"] }],
  Unit: [
    { key: "unitContact", fields: ["contactName", "contactPhone"] },
    { key: "unitIdentity", fields: ["name", "creditCode"] },
  ],
  Membership: [{ key: "participation", fields: ["responsibilities"] }],
};

/**
 * Beside every record's page: the workflow actions its status and the viewer allow, what the viewer
 * may not change here and why (the API's `explainAccess`), and the record's history (`auditTrail`).
 */
export default function RecordAside({ resource, record }: Props) {
  return (
    <Box sx={{ width: { xs: "100%", md: 360 }, ml: { md: 2 }, mt: { xs: 2, md: 0 }, flexShrink: 0 }}>
      <Stack spacing={2}>
        {workflows[resource] ? <RecordWorkflow typename={resource} id={record.id} /> : null}
        {resource === "Meeting" ? <MeetingAttendees id={record.id} /> : null}
        {resource === "Meeting" ? <MeetingResolutions id={record.id} /> : null}
        {resource === "Street" ? <StreetCoordination id={record.id} /> : null}
        <AccessNotes typename={resource} id={record.id} />
        <RecordHistory id={record.id} />
      </Stack>
    </Box>
  );
}

const STATE_QUERIES: Record<string, { toString(): string }> = {
  Committee: ScreensCommitteeStateDocument,
  Seat: ScreensSeatStateDocument,
  FundingPlan: ScreensFundingPlanStateDocument,
  Contribution: ScreensContributionStateDocument,
};

function RecordWorkflow({ typename, id }: { typename: string; id: string }) {
  const translate = useTranslate();
  const state = useQuery({
    queryKey: ["screens.recordState", typename, id],
    queryFn: () =>
      gql<{
        node:
          | ({ id: string; status: string | null; committee?: { id: string } | null } & Record<string, unknown>)
          | null;
      }>(STATE_QUERIES[typename] ?? ScreensCommitteeStateDocument, { id }),
  });
  const record = state.data?.node;
  if (!record) return null;
  return (
    <SectionCard
      testId="record-workflow"
      title={translate("screens.workflow.title")}
      action={<StatusChip typename={typename} status={record.status} />}
      small
    >
      <WorkflowActions
        typename={typename}
        record={record}
        committeeId={record.committee?.id}
        onDone={() => void state.refetch()}
      />
      {Array.isArray(record.allowedTransitions) && record.allowedTransitions.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate("screens.workflow.final")}
        </Typography>
      ) : null}
    </SectionCard>
  );
}

function AccessNotes({ typename, id }: { typename: string; id: string }) {
  const translate = useTranslate();
  const reasonText = useReasonText();
  const groups = guardedFields[typename] ?? [];
  const requests = [
    { action: "update", subject: typename, id },
    ...groups.map((g) => ({ action: "update", subject: typename, id, field: g.fields[0] })),
  ];
  const answers = useExplanations(requests);
  if (!answers.data) return null;
  const record = answers.data.get(explanationKey(requests[0] ?? { action: "update", subject: typename }));
  const refusedGroups = groups.filter(
    (g) =>
      answers.data.get(explanationKey({ action: "update", subject: typename, id, field: g.fields[0] }))?.allowed ===
      false,
  );
  if (record?.allowed !== false && refusedGroups.length === 0) return null;
  return (
    <SectionCard testId="access-notes" title={translate("screens.access.title")} small>
      <Stack spacing={1.5}>
        {record?.allowed === false ? (
          <Note
            label={translate("screens.access.readOnlyRecord")}
            reason={reasonText(record)}
            testId="readonly-record"
          />
        ) : null}
        {record?.allowed !== false
          ? refusedGroups.map((g) => (
              <Note
                key={g.key}
                label={translate(`screens.access.groups.${g.key}`)}
                reason={reasonText(
                  answers.data.get(explanationKey({ action: "update", subject: typename, id, field: g.fields[0] })),
                )}
                testId={`readonly-${g.key}`}
              />
            ))
          : groups.map((g) => (
              <Typography key={g.key} variant="body2" data-testid={`readonly-${g.key}`}>
                <LockOutlined fontSize="inherit" sx={{ verticalAlign: "middle", mr: 0.5 }} />
                {translate(`screens.access.groups.${g.key}`)}
              </Typography>
            ))}
      </Stack>
    </SectionCard>
  );
}

function Note({ label, reason, testId }: { label: string; reason: string; testId: string }) {
  return (
    <Box data-testid={testId}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        <LockOutlined fontSize="inherit" sx={{ verticalAlign: "middle", mr: 0.5 }} />
        {label}
      </Typography>
      <Typography variant="caption" color="text.secondary" data-testid="access-reason">
        {reason}
      </Typography>
    </Box>
  );
}
