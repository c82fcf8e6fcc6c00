/**
 * The read-only cards of a joint work item's page (JointWorkItemShow): the participants with their roles and
 * responsible persons, the progress reports as a timeline, and where the item came from and how it ended.
 */
import { formatDate, formatDay } from "@gongjian/domain/format";
import { Box, Grid, LinearProgress, Link, Stack, TableCell, TableRow, Typography } from "@mui/material";
import { useCreatePath, useTranslate } from "react-admin";
import { Link as RouterLink } from "react-router-dom";
import type { ScreensJointWorkItemQuery } from "../../generated/graphql.js";
import { useLocale } from "../../i18n/index.js";
import { useEnumLabel } from "../../views/fields.js";
import { CardTable } from "../components/CardTable.js";
import { SectionCard } from "../components/SectionCard.js";

export type ItemData = Extract<NonNullable<ScreensJointWorkItemQuery["node"]>, { __typename: "JointWorkItem" }>;

export function ParticipantsCard({ item }: { item: ItemData }) {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const participants = item.participants ?? [];
  return (
    <SectionCard testId="jw-participants" title={translate("screens.jointWork.participants")}>
      <CardTable
        head={[
          { label: translate("screens.members.organization") },
          { label: translate("screens.jointWork.role") },
          { label: translate("screens.jointWork.responsiblePerson") },
        ]}
        empty={participants.length === 0 && translate("screens.jointWork.noParticipants")}
      >
        {participants.map((p) => (
          <TableRow key={p.id} data-testid="jw-participant" data-role={p.role ?? ""}>
            <TableCell>{p.organization?.name ?? translate("screens.jointWork.hiddenOrganization")}</TableCell>
            <TableCell>{enumLabel("JointWorkRole", p.role)}</TableCell>
            <TableCell>{p.responsiblePerson ?? "—"}</TableCell>
          </TableRow>
        ))}
      </CardTable>
    </SectionCard>
  );
}

export function ProgressCard({ item }: { item: ItemData }) {
  const translate = useTranslate();
  const locale = useLocale();
  const reports = [...(item.progress ?? [])].reverse();
  const latest = reports[0]?.percent ?? 0;
  return (
    <SectionCard
      testId="jw-progress"
      title={translate("screens.jointWork.progress")}
      subheader={translate("screens.jointWork.progressSummary", { count: reports.length, percent: latest })}
    >
      <LinearProgress variant="determinate" value={latest} sx={{ mb: 2, height: 8, borderRadius: 1 }} />
      {reports.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate("screens.jointWork.noProgress")}
        </Typography>
      ) : null}
      <Stack spacing={1.5}>
        {reports.map((r) => (
          <Box key={r.id} data-testid="progress-report" sx={{ borderLeft: 3, borderColor: "primary.light", pl: 1.5 }}>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {formatDate(r.reportedOn, "long", locale)} · {r.organization?.name ?? "—"} · {r.percent}%
            </Typography>
            <Typography variant="body2">{r.text}</Typography>
          </Box>
        ))}
      </Stack>
    </SectionCard>
  );
}

function MeetingLink({ meeting }: { meeting: { id: string; title: string | null } | null | undefined }) {
  const createPath = useCreatePath();
  if (!meeting) return <>—</>;
  return (
    <Link component={RouterLink} to={createPath({ resource: "Meeting", id: meeting.id, type: "show" })}>
      {meeting.title}
    </Link>
  );
}

export function OriginCard({ item }: { item: ItemData }) {
  const translate = useTranslate();
  const locale = useLocale();
  const enumLabel = useEnumLabel();
  const origin = item.originResolution;
  const closing = item.closingResolution;
  return (
    <SectionCard testId="jw-origin" title={translate("screens.jointWork.originTitle")}>
      <Grid container spacing={1}>
        <Grid size={{ xs: 12, md: 3 }}>
          <Typography variant="body2" color="text.secondary">
            {translate("screens.jointWork.origin")}
          </Typography>
        </Grid>
        <Grid size={{ xs: 12, md: 9 }} data-testid="jw-origin-resolution">
          {origin ? (
            <Typography variant="body2">
              {origin.number} {origin.title}（{enumLabel("DecisionPrinciple", origin.principle)}）·{" "}
              <MeetingLink meeting={origin.meeting} /> {formatDay(origin.meeting?.heldAt, "long", locale)}
            </Typography>
          ) : (
            <Typography variant="body2">
              {translate("screens.jointWork.raisedBy", {
                kind: enumLabel("JointWorkRaiser", item.raisedByKind),
                name: item.raisedByName ?? "",
              })}
              {item.agendaItem ? (
                <>
                  {" · "}
                  {translate("screens.jointWork.onAgenda")} <MeetingLink meeting={item.agendaItem.meeting} />（
                  {item.agendaItem.title}）
                </>
              ) : (
                ` · ${translate("screens.jointWork.notOnAgenda")}`
              )}
            </Typography>
          )}
        </Grid>
        {closing ? (
          <>
            <Grid size={{ xs: 12, md: 3 }}>
              <Typography variant="body2" color="text.secondary">
                {translate("screens.jointWork.closedBy")}
              </Typography>
            </Grid>
            <Grid size={{ xs: 12, md: 9 }} data-testid="jw-closing-resolution">
              <Typography variant="body2">
                {closing.number} {closing.title} · <MeetingLink meeting={closing.meeting} />{" "}
                {formatDay(closing.meeting?.heldAt, "long", locale)}
              </Typography>
            </Grid>
          </>
        ) : null}
        {item.dropReason ? (
          <>
            <Grid size={{ xs: 12, md: 3 }}>
              <Typography variant="body2" color="text.secondary">
                {translate("screens.jointWork.dropReason")}
              </Typography>
            </Grid>
            <Grid size={{ xs: 12, md: 9 }}>
              <Typography variant="body2">{item.dropReason}</Typography>
            </Grid>
          </>
        ) : null}
        {item.fundingPlan ? (
          <>
            <Grid size={{ xs: 12, md: 3 }}>
              <Typography variant="body2" color="text.secondary">
                {translate("screens.jointWork.budgetLine")}
              </Typography>
            </Grid>
            <Grid size={{ xs: 12, md: 9 }}>
              <Typography variant="body2">
                {translate("screens.funding.title", {
                  year: item.fundingPlan.year ?? "",
                  revision: item.fundingPlan.revision ?? "",
                })}
              </Typography>
            </Grid>
          </>
        ) : null}
      </Grid>
    </SectionCard>
  );
}
