import { formatDate } from "@gongjian/domain/format";
import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from "@mui/material";
import { EditButton, Title, useGetRecordId, useTranslate } from "react-admin";
import { useLocale } from "../../i18n/index.js";
import { useEnumLabel } from "../../views/fields.js";
import { StatusChip } from "../components/ModeChip.js";
import { WorkflowActions } from "../components/WorkflowActions.js";
import { WithHistory } from "../history/WithHistory.js";
import { useViewerAccess } from "../lib/access.js";
import { RulesDocumentsCard } from "../rules/RulesDocumentsCard.js";
import { DeleteDraftButton } from "./DeleteDraftButton.js";
import { useCommittee } from "./data.js";
import { MembersCard } from "./MembersCard.js";
import { SeatBoard } from "./SeatBoard.js";
import { WorkBoard } from "./WorkBoard.js";

/**
 * A committee's workspace: coverage, member organisations (with their management mode), the seat
 * board, the joint work board, the rules documents (制度), the workflow actions its status and the viewer's role allow, and its history.
 */
export default function CommitteeShow() {
  const translate = useTranslate();
  const locale = useLocale();
  const enumLabel = useEnumLabel();
  const id = String(useGetRecordId());
  const access = useViewerAccess();
  const query = useCommittee(id);
  const committee = query.data;
  const refresh = () => void query.refetch();
  if (query.isLoading) return <Typography sx={{ p: 2 }}>{translate("screens.common.loading")}</Typography>;
  if (query.isError) return <Alert severity="error">{String(query.error)}</Alert>;
  if (!committee) return <Alert severity="warning">{translate("screens.common.notFound")}</Alert>;
  return (
    <Box sx={{ mt: 2 }} data-testid="committee-show" data-status={committee.status ?? ""}>
      <Title title={committee.name ?? translate("screens.committee.title")} />
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }} useFlexGap>
            <Typography variant="h5" data-testid="committee-name">
              {committee.name}
            </Typography>
            <Chip size="small" variant="outlined" label={enumLabel("CommitteeKind", committee.kind ?? "JOINT")} />
            <StatusChip typename="Committee" status={committee.status} />
            <Box sx={{ flexGrow: 1 }} />
            {access.can("update", "Committee") && committee.status !== "DISSOLVED" ? (
              <EditButton resource="Committee" record={{ id: committee.id }} />
            ) : null}
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {committee.code} · {committee.street?.name} · {translate("screens.committee.term")}{" "}
            {formatDate(committee.termStart, "long", locale) || "—"} ~{" "}
            {formatDate(committee.termEnd, "long", locale) || "—"}
            {committee.filingNumber
              ? ` · ${translate("screens.committee.filingNumber")} ${committee.filingNumber}`
              : ""}
          </Typography>
          {committee.status === "DISSOLVED" && committee.dissolutionReason ? (
            <Alert severity="info" sx={{ mt: 1 }} data-testid="dissolution-reason">
              {translate("screens.committee.dissolved", {
                date: formatDate(committee.dissolvedOn, "long", locale) || "—",
                reason: committee.dissolutionReason,
              })}
            </Alert>
          ) : null}
          {committee.status === "REJECTED" && committee.rejectionReason ? (
            <Alert severity="warning" sx={{ mt: 1 }}>
              {translate("screens.committee.rejected")}
              {committee.rejectionReason}
            </Alert>
          ) : null}
          <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: "wrap" }} useFlexGap>
            <Typography variant="subtitle2" sx={{ mr: 1 }}>
              {translate("screens.committee.coverage")}
            </Typography>
            {(committee.activeCoverages ?? []).map((c) => (
              <Chip key={c.id} size="small" label={c.community?.name} data-testid="covered-community" />
            ))}
          </Stack>
          <Box sx={{ mt: 2 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }} useFlexGap>
              <WorkflowActions typename="Committee" record={{ ...committee, id: committee.id }} onDone={refresh} />
              <DeleteDraftButton committee={committee} />
            </Stack>
          </Box>
        </CardContent>
      </Card>
      <WithHistory record={committee}>
        <MembersCard committee={committee} onChange={refresh} />
        <SeatBoard committee={committee} onChange={refresh} />
        <WorkBoard committeeId={committee.id} />
        <RulesDocumentsCard committeeId={committee.id} dissolved={committee.status === "DISSOLVED"} />
      </WithHistory>
    </Box>
  );
}
