import CheckCircleOutline from "@mui/icons-material/CheckCircleOutlineOutlined";
import ErrorOutline from "@mui/icons-material/ErrorOutlineOutlined";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Checkbox,
  Chip,
  FormControlLabel,
  Grid,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useLocaleState, useNotify, useTranslate } from "react-admin";
import { ScreensSourcePersonsDocument } from "../../generated/graphql.js";
import { StatusChip } from "../components/ModeChip.js";
import { WorkflowActions } from "../components/WorkflowActions.js";
import { useViewerAccess } from "../lib/access.js";
import { gql, mutate, useErrorText } from "../lib/api.js";
import {
  ACTIVE_SEAT_STATUSES,
  SEAT_LIMITS,
  SEAT_ROLES,
  type SeatRoleName,
  seatStructureViolations,
  type Violation,
} from "../lib/seats.js";
import { type CommitteeData, useCandidates } from "./data.js";

const QUALIFICATIONS = ["ENTHUSIASM", "COORDINATION", "AVAILABILITY"] as const;

/**
 * The seat board: every role's slots with the seats holding them, the structure checked live with
 * the API's rules (violations shown before anything is submitted), and a nomination form whose
 * effect on the structure is previewed before it is sent.
 */
export function SeatBoard({ committee, onChange }: { committee: CommitteeData; onChange: () => void }) {
  const translate = useTranslate();
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
  const mayNominate = access.can("nominate", "Seat") && committee.status !== "DISSOLVED";

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
                    <Typography variant="subtitle2">{translate(`screens.seatRole.${role}`)}</Typography>
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
          {candidates.data && violations.length === 0 ? (
            <Alert icon={<CheckCircleOutline />} severity="success">
              {translate("screens.seats.compliant")}
            </Alert>
          ) : null}
          {violations.map((v) => (
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

interface PersonOption {
  id: string;
  name: string | null;
  position: string | null;
}

function NominationForm({
  committee,
  shapes,
  communityOrgIds,
  sources,
  onDone,
}: {
  committee: CommitteeData;
  shapes: { role: SeatRoleName; sourceOrganizationId: string }[];
  communityOrgIds: ReadonlySet<string>;
  sources: { id: string; name: string; community: boolean }[];
  onDone: () => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const errorText = useErrorText();
  const [role, setRole] = useState<SeatRoleName>("SECRETARY");
  const [sourceId, setSourceId] = useState("");
  const [personId, setPersonId] = useState("");
  const [production, setProduction] = useState<"NOMINATED" | "EX_OFFICIO">("NOMINATED");
  const [attestedBy, setAttestedBy] = useState("");
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const persons = useQuery({
    queryKey: ["screens.sourcePersons", sourceId],
    enabled: Boolean(sourceId),
    queryFn: () => gql<{ persons: { edges: { node: PersonOption }[] } }>(ScreensSourcePersonsDocument, { o: sourceId }),
  });
  const seated = new Set(
    (committee.seats ?? []).filter((s) => s.status && ACTIVE_SEAT_STATUSES.includes(s.status)).map((s) => s.person?.id),
  );
  // The preview: what the upper limits say once this seat is added (as the API checks a nomination).
  const before = seatStructureViolations(shapes, communityOrgIds, { complete: false });
  const after = sourceId
    ? seatStructureViolations([...shapes, { role, sourceOrganizationId: sourceId }], communityOrgIds, {
        complete: false,
      })
    : [];
  const caused = after.filter((v) => !before.some((b) => b.messageEn === v.messageEn));
  const allAttested = QUALIFICATIONS.every((q) => checked[q]);
  const ready = Boolean(sourceId && personId && attestedBy.trim() && allAttested && caused.length === 0);

  const nominate = async () => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await mutate("nominateSeat", {
        committeeId: committee.id,
        personId,
        sourceOrganizationId: sourceId,
        role,
        production,
        attestations: QUALIFICATIONS.map((qualification) => ({ qualification, attestedBy: attestedBy.trim() })),
      });
      if (!outcome.ok) {
        setError(errorText(outcome.error));
        return;
      }
      notify("screens.seats.nominated", { type: "success" });
      setPersonId("");
      setChecked({});
      onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} data-testid="nomination-form">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate("screens.seats.nominate")}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 3 }}>
          <TextField
            select
            fullWidth
            size="small"
            label={translate("screens.seats.role")}
            value={role}
            onChange={(e) => setRole(e.target.value as SeatRoleName)}
            slotProps={{ select: { SelectDisplayProps: { "data-testid": "seat-role" } as object } }}
          >
            {SEAT_ROLES.map((r) => (
              <MenuItem key={r} value={r} data-testid={`seat-role-${r}`}>
                {translate(`screens.seatRole.${r}`)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <TextField
            select
            fullWidth
            size="small"
            label={translate("screens.seats.source")}
            value={sourceId}
            onChange={(e) => {
              setSourceId(e.target.value);
              setPersonId("");
              setProduction(communityOrgIds.has(e.target.value) ? production : "NOMINATED");
            }}
            slotProps={{ select: { SelectDisplayProps: { "data-testid": "seat-source" } as object } }}
          >
            {sources.map((s) => (
              <MenuItem key={s.id} value={s.id} data-testid="seat-source-option">
                {s.name}
                {s.community ? ` (${translate("screens.members.communityOrg")})` : ""}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField
            select
            fullWidth
            size="small"
            label={translate("screens.seats.person")}
            value={personId}
            disabled={!sourceId}
            onChange={(e) => setPersonId(e.target.value)}
            slotProps={{ select: { SelectDisplayProps: { "data-testid": "seat-person" } as object } }}
          >
            {(persons.data?.persons.edges ?? []).map(({ node }) => (
              <MenuItem key={node.id} value={node.id} disabled={seated.has(node.id)} data-testid="seat-person-option">
                {node.name}
                {node.position ? ` · ${node.position}` : ""}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <TextField
            select
            fullWidth
            size="small"
            label={translate("screens.seats.production")}
            value={production}
            onChange={(e) => setProduction(e.target.value as "NOMINATED" | "EX_OFFICIO")}
          >
            <MenuItem value="NOMINATED">{translate("screens.production.NOMINATED")}</MenuItem>
            <MenuItem value="EX_OFFICIO" disabled={!communityOrgIds.has(sourceId)}>
              {translate("screens.production.EX_OFFICIO")}
            </MenuItem>
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, md: 9 }}>
          <Stack direction="row" sx={{ flexWrap: "wrap", alignItems: "center" }} useFlexGap spacing={1}>
            {QUALIFICATIONS.map((q) => (
              <FormControlLabel
                key={q}
                control={
                  <Checkbox
                    size="small"
                    checked={Boolean(checked[q])}
                    onChange={(e) => setChecked({ ...checked, [q]: e.target.checked })}
                    slotProps={{ input: { "data-testid": `attest-${q}` } as object }}
                  />
                }
                label={translate(`screens.qualification.${q}`)}
              />
            ))}
            <TextField
              size="small"
              label={translate("screens.seats.attestedBy")}
              value={attestedBy}
              onChange={(e) => setAttestedBy(e.target.value)}
              slotProps={{ htmlInput: { "data-testid": "attested-by" } }}
            />
          </Stack>
        </Grid>
      </Grid>
      {caused.map((v) => (
        <Alert key={v.messageEn} severity="error" sx={{ mt: 1 }} data-testid="nomination-violation">
          {translate("screens.seats.wouldViolate")}
          {locale === "en" ? v.messageEn : v.messageZh}
        </Alert>
      ))}
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="nomination-error">
          {error}
        </Alert>
      ) : null}
      <Stack direction="row" spacing={1} sx={{ mt: 2, alignItems: "center" }}>
        <Button variant="contained" disabled={!ready || busy} onClick={nominate} data-testid="nominate">
          {translate("screens.seats.nominateButton")}
        </Button>
        {!allAttested ? <Chip size="small" variant="outlined" label={translate("screens.seats.attestAll")} /> : null}
      </Stack>
    </Paper>
  );
}
