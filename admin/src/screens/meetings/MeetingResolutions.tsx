/**
 * A meeting's resolutions by decision principle (议事原则, issue 15 item 2): each with its principle and subject
 * area; 要事共决 with its votes (for / against / abstain) against the seat holders present (a quorum is more
 * than half of those recorded in the attendance, a majority more than half of them for); 大事共议 with the
 * member organisations consulted and their positions; 急事共商 with the regular meeting it was reported to, or
 * 待报告 (flagged red once a regular meeting was held without the report).
 */
import { formatDate } from "@gongjian/domain/format";
import { Box, Chip, Divider, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Fragment } from "react";
import { useTranslate } from "react-admin";
import { ScreensMeetingResolutionsDocument, type ScreensMeetingResolutionsQuery } from "../../generated/graphql.js";
import { useLocale } from "../../i18n/index.js";
import { useEnumLabel } from "../../views/fields.js";
import { SectionCard } from "../components/SectionCard.js";
import { gql } from "../lib/api.js";

type MeetingData = Extract<NonNullable<ScreensMeetingResolutionsQuery["node"]>, { __typename: "Meeting" }>;
type ResolutionData = NonNullable<MeetingData["resolutions"]>[number];

export function MeetingResolutions({ id }: { id: string }) {
  const translate = useTranslate();
  const query = useQuery({
    queryKey: ["screens.meetingResolutions", id],
    queryFn: async () => {
      const data = await gql<ScreensMeetingResolutionsQuery>(ScreensMeetingResolutionsDocument, { id });
      return data.node?.__typename === "Meeting" ? (data.node as MeetingData) : null;
    },
  });
  const meeting = query.data;
  if (!meeting) return null;
  const resolutions = meeting.resolutions ?? [];
  const recorded = (meeting.attendances ?? []).length;
  const present = (meeting.attendances ?? []).filter((a) => a.status === "PRESENT").length;
  return (
    <SectionCard
      small
      testId="meeting-resolutions"
      title={translate("screens.resolutions.title")}
      subheader={translate("screens.resolutions.count", { count: resolutions.length })}
    >
      {resolutions.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate("screens.resolutions.none")}
        </Typography>
      ) : null}
      {resolutions.map((r, i) => (
        <Fragment key={r.id}>
          {i > 0 ? <Divider sx={{ my: 1.5 }} /> : null}
          <ResolutionEntry resolution={r} present={present} recorded={recorded} />
        </Fragment>
      ))}
    </SectionCard>
  );
}

function ResolutionEntry({
  resolution: r,
  present,
  recorded,
}: {
  resolution: ResolutionData;
  present: number;
  recorded: number;
}) {
  const translate = useTranslate();
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
    </Box>
  );
}
