import {
  Alert,
  Button,
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
import { useEnumLabel } from "../../views/fields.js";
import { FormField } from "../components/FormField.js";
import { gql, mutate, useErrorText } from "../lib/api.js";
import { ACTIVE_SEAT_STATUSES, SEAT_ROLES, type SeatRoleName, seatStructureViolations } from "../lib/seats.js";
import type { CommitteeData } from "./data.js";

const QUALIFICATIONS = ["ENTHUSIASM", "COORDINATION", "AVAILABILITY"] as const;

interface PersonOption {
  id: string;
  name: string | null;
  position: string | null;
}

/**
 * The seat board's nomination form: role, source organisation and person, how the seat is produced,
 * and the three qualification attestations; its effect on the seat structure is previewed before it is sent.
 */
export function NominationForm({
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
  const enumLabel = useEnumLabel();
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
          <FormField
            small
            label={translate("screens.seats.role")}
            value={role}
            onChange={(v) => setRole(v as SeatRoleName)}
            testId="seat-role"
          >
            {SEAT_ROLES.map((r) => (
              <MenuItem key={r} value={r} data-testid={`seat-role-${r}`}>
                {enumLabel("SeatRole", r)}
              </MenuItem>
            ))}
          </FormField>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <FormField
            small
            label={translate("screens.seats.source")}
            value={sourceId}
            onChange={(v) => {
              setSourceId(v);
              setPersonId("");
              setProduction(communityOrgIds.has(v) ? production : "NOMINATED");
            }}
            testId="seat-source"
          >
            {sources.map((s) => (
              <MenuItem key={s.id} value={s.id} data-testid="seat-source-option">
                {s.name}
                {s.community ? ` (${translate("screens.members.communityOrg")})` : ""}
              </MenuItem>
            ))}
          </FormField>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormField
            small
            label={translate("screens.seats.person")}
            value={personId}
            disabled={!sourceId}
            onChange={setPersonId}
            testId="seat-person"
          >
            {(persons.data?.persons.edges ?? []).map(({ node }) => (
              <MenuItem key={node.id} value={node.id} disabled={seated.has(node.id)} data-testid="seat-person-option">
                {node.name}
                {node.position ? ` · ${node.position}` : ""}
              </MenuItem>
            ))}
          </FormField>
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <FormField
            small
            label={translate("screens.seats.production")}
            value={production}
            onChange={(v) => setProduction(v as "NOMINATED" | "EX_OFFICIO")}
          >
            <MenuItem value="NOMINATED">{enumLabel("SeatProduction", "NOMINATED")}</MenuItem>
            <MenuItem value="EX_OFFICIO" disabled={!communityOrgIds.has(sourceId)}>
              {enumLabel("SeatProduction", "EX_OFFICIO")}
            </MenuItem>
          </FormField>
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
                label={enumLabel("Qualification", q)}
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
