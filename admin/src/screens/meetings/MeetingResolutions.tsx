/**
 * A meeting's resolutions by decision principle (议事原则, issue 15 item 2): each with its principle and subject
 * area; 要事共决 with its votes (for / against / abstain) against the seat holders present (a quorum is more
 * than half of those recorded in the attendance, a majority more than half of them for); 大事共议 with the
 * member organisations consulted and their positions; 急事共商 with the regular meeting it was reported to, or
 * 待报告 (flagged red once a regular meeting was held without the report); the joint work each gave rise to
 * (linked to the item's page), or — for whoever may create items — a button to create one from it. At a held
 * meeting, whoever may record resolutions gets the principle-aware form (ResolutionForm).
 */
import { formatDate } from "@gongjian/domain/format";
import { Box, Button, Chip, Divider, Link, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { useCreatePath, useTranslate } from "react-admin";
import { Link as RouterLink, useNavigate } from "react-router-dom";
import { ScreensMeetingResolutionsDocument, type ScreensMeetingResolutionsQuery } from "../../generated/graphql.js";
import { useLocale } from "../../i18n/index.js";
import { useEnumLabel } from "../../views/fields.js";
import { SectionCard } from "../components/SectionCard.js";
import { CreateJointWorkDialog } from "../joint-work/CreateJointWorkDialog.js";
import type { OrganizationOption } from "../joint-work/JointWorkFields.js";
import { useViewerAccess } from "../lib/access.js";
import { gql } from "../lib/api.js";
import { useMeetingOrganizations } from "./organizations.js";
import { ResolutionForm } from "./ResolutionForm.js";

type MeetingData = Extract<NonNullable<ScreensMeetingResolutionsQuery["node"]>, { __typename: "Meeting" }>;
type ResolutionData = NonNullable<MeetingData["resolutions"]>[number];

export function MeetingResolutions({ id }: { id: string }) {
  const translate = useTranslate();
  const access = useViewerAccess();
  const [recording, setRecording] = useState(false);
  const query = useQuery({
    queryKey: ["screens.meetingResolutions", id],
    queryFn: async () => {
      const data = await gql<ScreensMeetingResolutionsQuery>(ScreensMeetingResolutionsDocument, { id });
      return data.node?.__typename === "Meeting" ? (data.node as MeetingData) : null;
    },
  });
  const meeting = query.data;
  const organizations = useMeetingOrganizations(meeting ?? { street: null, committee: null });
  if (!meeting) return null;
  const canRecord = meeting.status === "HELD" && access.can("create", "Resolution");
  const canCreateWork = access.can("create", "JointWorkItem");
  const refresh = () => void query.refetch();
  const resolutions = meeting.resolutions ?? [];
  const recorded = (meeting.attendances ?? []).length;
  const present = (meeting.attendances ?? []).filter((a) => a.status === "PRESENT").length;
  return (
    <SectionCard
      small
      testId="meeting-resolutions"
      title={translate("screens.resolutions.title")}
      subheader={translate("screens.resolutions.count", { count: resolutions.length })}
      action={
        canRecord ? (
          <Button size="small" variant="contained" onClick={() => setRecording(true)} data-testid="record-resolution">
            {translate("screens.resolutionForm.open")}
          </Button>
        ) : null
      }
    >
      {resolutions.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate("screens.resolutions.none")}
        </Typography>
      ) : null}
      {resolutions.map((r, i) => (
        <Fragment key={r.id}>
          {i > 0 ? <Divider sx={{ my: 1.5 }} /> : null}
          <ResolutionEntry
            resolution={r}
            present={present}
            recorded={recorded}
            organizations={organizations}
            canCreateWork={canCreateWork}
            onChanged={refresh}
          />
        </Fragment>
      ))}
      {recording ? (
        <ResolutionForm
          meeting={meeting}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            refresh();
          }}
        />
      ) : null}
    </SectionCard>
  );
}

function ResolutionEntry({
  resolution: r,
  present,
  recorded,
  organizations,
  canCreateWork,
  onChanged,
}: {
  resolution: ResolutionData;
  present: number;
  recorded: number;
  organizations: OrganizationOption[];
  canCreateWork: boolean;
  onChanged: () => void;
}) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const born = r.jointWorkBorn ?? [];
  const locale = useLocale();
  const enumLabel = useEnumLabel();
  const votes = (r.votesFor ?? 0) + (r.votesAgainst ?? 0) + (r.votesAbstain ?? 0);
  return (
    <Box data-testid="meeting-resolution" data-principle={r.principle ?? ""}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {r.number} {r.title}
      </Typography>
      <Stack direction="row" spacing={0.5} sx={{ my: 0.5, flexWrap: "wrap" }} useFlexGap>
        <Chip
          size="small"
          color="primary"
          label={enumLabel("DecisionPrinciple", r.principle)}
          data-testid="principle"
        />
        {r.subjectArea ? (
          <Chip size="small" variant="outlined" label={enumLabel("SubjectArea", r.subjectArea)} />
        ) : null}
      </Stack>
      {r.principle === "IMPORTANT_MATTERS_DECIDED" ? (
        <Typography variant="body2" data-testid="resolution-votes">
          {translate("screens.resolutions.votes", {
            for: r.votesFor ?? 0,
            against: r.votesAgainst ?? 0,
            abstain: r.votesAbstain ?? 0,
          })}
          <br />
          <Typography component="span" variant="caption" color="text.secondary">
            {translate("screens.resolutions.quorum", { present, recorded, votes })}
          </Typography>
        </Typography>
      ) : null}
      {r.principle === "MAJOR_MATTERS_DISCUSSED" ? (
        <Box data-testid="resolution-consultations">
          <Typography variant="caption" color="text.secondary">
            {translate("screens.resolutions.consulted", { count: (r.consultations ?? []).length })}
          </Typography>
          {(r.consultations ?? []).map((c) => (
            <Typography key={c.id} variant="body2" data-testid="consultation">
              {c.organization?.name}：{c.position}
            </Typography>
          ))}
        </Box>
      ) : null}
      {r.principle === "URGENT_MATTERS_CONSULTED" ? (
        r.reportedAtMeeting ? (
          <Typography variant="body2" data-testid="urgent-report">
            {translate("screens.resolutions.reported", {
              meeting: r.reportedAtMeeting.title ?? "",
              date: formatDate(r.reportedAtMeeting.heldAt ?? r.reportedAt, "long", locale),
            })}
          </Typography>
        ) : (
          <Chip
            size="small"
            color={r.reportOverdue ? "error" : "warning"}
            label={translate(r.reportOverdue ? "screens.resolutions.overdue" : "screens.resolutions.pending")}
            data-testid="urgent-report"
            data-overdue={r.reportOverdue ? "true" : "false"}
          />
        )
      ) : null}
      {born.length > 0 ? (
        <Box data-testid="resolution-joint-work">
          {born.map((item) => (
            <Typography key={item.id} variant="body2">
              {translate("screens.jointWork.born")}
              <Link
                component={RouterLink}
                to={createPath({ resource: "JointWorkItem", id: item.id, type: "show" })}
                data-testid="joint-work-link"
              >
                {item.title}
              </Link>
              （{enumLabel("JointWorkStatus", item.status)}）
            </Typography>
          ))}
        </Box>
      ) : canCreateWork ? (
        <Button size="small" sx={{ mt: 0.5 }} onClick={() => setCreating(true)} data-testid="create-joint-work">
          {translate("screens.jointWork.createFromResolution")}
        </Button>
      ) : null}
      {creating ? (
        <CreateJointWorkDialog
          resolution={r}
          organizations={organizations}
          onClose={() => setCreating(false)}
          onDone={(item) => {
            setCreating(false);
            onChanged();
            navigate(createPath({ resource: "JointWorkItem", id: item.id, type: "show" }));
          }}
        />
      ) : null}
    </Box>
  );
}
