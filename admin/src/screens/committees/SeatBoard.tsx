import CheckCircleOutline from "@mui/icons-material/CheckCircleOutlineOutlined";
import ErrorOutline from "@mui/icons-material/ErrorOutlineOutlined";
import { Alert, Box, Card, CardContent, CardHeader, Grid, Paper, Stack, Typography } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";
import { useEnumLabel } from "../../views/fields.js";
import { StatusChip } from "../components/ModeChip.js";
import { WorkflowActions } from "../components/WorkflowActions.js";
import { useViewerAccess } from "../lib/access.js";
import {
  ACTIVE_SEAT_STATUSES,
  SEAT_LIMITS,
  SEAT_ROLES,
  seatStructureViolations,
  type Violation,
} from "../lib/seats.js";
import { type CommitteeData, useCandidates } from "./data.js";
import { NominationForm } from "./NominationForm.js";

/**
 * The seat board: every role's slots with the seats holding them, the structure checked live with
 * the API's rules (violations shown before anything is submitted), and a nomination form whose
 * effect on the structure is previewed before it is sent.
 */
export function SeatBoard({ committee, onChange }: { committee: CommitteeData; onChange: () => void }) {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const [locale] = useLocaleState();
  const access = useViewerAccess();
  const communityIds = (committee.activeCoverages ?? []).flatMap((c) => (c.community ? [c.community.id] : []));
  const candidates = useCandidates(communityIds);
  const communityOrgIds = new Set((candidates.data?.communityOrgs ?? []).map((o) => o.id));
  const activeSeats = (committee.seats ?? []).filter((s) => s.status && ACTIVE_SEAT_STATUSES.includes(s.status));
  const shapes = activeSeats.flatMap((s) =>
    s.role && s.sourceOrganization ? [{ role: s.role, sourceOrganizationId: s.sourceOrganization.id }] : [],
  );
  const violations = candidates.data
    ? seatStructureViolations(shapes, communityOrgIds, { complete: true }).filter(
        (v, i, all) => all.findIndex((w) => w.messageEn === v.messageEn) === i,
      )
    : [];
  const text = (v: Violation) => (locale === "en" ? v.messageEn : v.messageZh);
  // Once approved or filed, the structure is settled: no nomination form, no "ready to submit" banner
  // (issue 21, finding 5); the seats' own actions remain (ending a term is in each seat's menu).
  const settled = ["APPROVED", "FILED", "DISSOLVED"].includes(committee.status ?? "");
  const preparing = committee.status === "DRAFT" || committee.status === "REJECTED";
  const mayNominate = access.can("nominate", "Seat") && !settled;

  return (
    <Card variant="outlined" data-testid="seat-board">
      <CardHeader title={translate("screens.seats.title")} subheader={translate("screens.seats.rules")} />
      <CardContent sx={{ pt: 0 }}>
        <Grid container spacing={1.5}>
          {SEAT_ROLES.map((role) => {
            const held = activeSeats.filter((s) => s.role === role);
            const limit = SEAT_LIMITS[role];
            const short = held.length < limit.min;
            const over = limit.max !== null && held.length > limit.max;
            return (
              <Grid key={role} size={{ xs: 12, md: role === "MEMBER" ? 12 : 6 }}>
                <Paper
                  variant="outlined"
                  sx={{ p: 1.5, borderColor: over ? "error.main" : short ? "warning.main" : undefined }}
                  data-testid={`slot-${role}`}
                  data-count={held.length}
                >
                  <Stack direction="row" sx={{ justifyContent: "space-between", alignItems: "center" }}>
                    <Typography variant="subtitle2">{enumLabel("SeatRole", role)}</Typography>
                    <Typography variant="caption" color={over ? "error" : short ? "warning.main" : "text.secondary"}>
                      {held.length} /{" "}
                      {limit.max === null ? "∞" : limit.min === limit.max ? limit.max : `${limit.min}–${limit.max}`}
                    </Typography>
                  </Stack>
                  {held.map((seat) => (
                    <Stack
                      key={seat.id}
                      direction="row"
                      spacing={1}
                      sx={{ alignItems: "center", mt: 1, flexWrap: "wrap" }}
                      useFlexGap
                      data-testid="seat"
                    >
                      <Typography variant="body2">{seat.person?.name}</Typography>
                      <Typography variant="caption" color="text.secondary">
                        {seat.sourceOrganization?.name}
                      </Typography>
                      {seat.congressReference ? (
                        <Typography variant="caption" color="text.secondary" data-testid="seat-congress">
                          {translate("screens.seats.congressOn", {
                            date: seat.congressDate ?? "",
                            reference: seat.congressReference,
                          })}
                        </Typography>
                      ) : null}
                      <StatusChip typename="Seat" status={seat.status} />
                      <WorkflowActions
                        typename="Seat"
                        record={{ ...seat, id: seat.id }}
                        size="small"
                        onDone={onChange}
                      />
                    </Stack>
                  ))}
                  {held.length === 0 ? (
                    <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                      {translate("screens.seats.vacant")}
                    </Typography>
                  ) : null}
                </Paper>
              </Grid>
            );
          })}
        </Grid>
        <Box sx={{ mt: 2 }} data-testid="seat-violations" data-count={violations.length}>
          {candidates.data && violations.length === 0 && preparing ? (
            <Alert icon={<CheckCircleOutline />} severity="success">
              {translate("screens.seats.compliant")}
            </Alert>
          ) : null}
          {(settled ? [] : violations).map((v) => (
            <Alert key={v.messageEn} icon={<ErrorOutline />} severity="warning" sx={{ mb: 0.5 }}>
              {text(v)}
            </Alert>
          ))}
        </Box>
        {mayNominate ? (
          <NominationForm
            committee={committee}
            shapes={shapes}
            communityOrgIds={communityOrgIds}
            sources={[
              ...(candidates.data?.communityOrgs ?? []).map((o) => ({ id: o.id, name: o.name ?? "", community: true })),
              ...(committee.memberships ?? [])
                .filter((m) => m.active && m.organization)
                .map((m) => ({ id: m.organization?.id ?? "", name: m.organization?.name ?? "", community: false })),
            ]}
            onDone={onChange}
          />
        ) : null}
      </CardContent>
    </Card>
  );
}
