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
import { gql } from "../lib/api.js";
import { useFormMutation } from "../lib/form-mutation.js";
import { ACTIVE_SEAT_STATUSES, SEAT_ROLES, type SeatRoleName, seatStructureViolations } from "../lib/seats.js";
import type { CommitteeData } from "./data.js";
import { productionsFor, type SourceOption, sourcesFor } from "./seat-sources.js";

const QUALIFICATIONS = ["ENTHUSIASM", "COORDINATION", "AVAILABILITY"] as const;

interface PersonOption {
  id: string;
  name: string | null;
  position: string | null;
}

/**
 * The seat board's nomination form: role, source organisation (only those the role allows) and person
 * (party members only), how the seat is produced, the party congress that chose a nominated seat, and the
 * three qualification attestations; its effect on the seat structure is previewed before it is sent.
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
  sources: SourceOption[];
  onDone: () => void;
}) {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const [role, setRole] = useState<SeatRoleName>(() => nextRole(shapes));
  const [sourceId, setSourceId] = useState("");
  const [personId, setPersonId] = useState("");
  const [production, setProduction] = useState<"NOMINATED" | "EX_OFFICIO">("NOMINATED");
  const [congressDate, setCongressDate] = useState("");
  const [congressReference, setCongressReference] = useState("");
  const [attestedBy, setAttestedBy] = useState("");
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const { busy, error, run } = useFormMutation();
  const offered = sourcesFor(role, sources);
  const productions = productionsFor(
    role,
    offered.find((s) => s.id === sourceId),
  );
  const chooseSource = (id: string, forRole = role) => {
    setSourceId(id);
    setPersonId("");
    const source = sources.find((s) => s.id === id);
    const allowed = productionsFor(forRole, source);
    // Elected members of the community's own organisation enter ex officio as a rule: offered first.
    if (source?.community && allowed.includes("EX_OFFICIO")) setProduction("EX_OFFICIO");
    else setProduction((current) => (allowed.includes(current) ? current : (allowed[0] ?? "NOMINATED")));
  };
  /** A role whose sources are just one organisation has it chosen already. */
  const chooseRole = (next: SeatRoleName) => {
    setRole(next);
    const allowed = sourcesFor(next, sources);
    if (allowed.length === 1) chooseSource(allowed[0]?.id ?? "", next);
    else if (!allowed.some((s) => s.id === sourceId)) chooseSource("", next);
    else chooseSource(sourceId, next);
  };
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
  const congressGiven = production === "EX_OFFICIO" || Boolean(congressDate && congressReference.trim());
  const ready = Boolean(
    sourceId && personId && attestedBy.trim() && allAttested && congressGiven && caused.length === 0,
  );

  const nominate = () =>
    run(
      "nominateSeat",
      {
        committeeId: committee.id,
        personId,
        sourceOrganizationId: sourceId,
        role,
        production,
        ...(production === "NOMINATED" ? { congressDate, congressReference: congressReference.trim() } : {}),
        attestations: QUALIFICATIONS.map((qualification) => ({ qualification, attestedBy: attestedBy.trim() })),
      },
      () => {
        notify("screens.seats.nominated", { type: "success" });
        setPersonId("");
        setChecked({});
        // The next seat the structure still needs; the congress and the attester stay as they were.
        chooseRole(nextRole([...shapes, { role, sourceOrganizationId: sourceId }]));
        onDone();
      },
    );

  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} data-testid="nomination-form">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate("screens.seats.nominate")}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="seat-sources-help">
        {translate("screens.seats.sourcesHelp")}
      </Typography>
      <Grid container spacing={2}>
        <FormField
          md={3}
          small
          labelKey="screens.seats.role"
          value={role}
          onChange={(v) => chooseRole(v as SeatRoleName)}
          testId="seat-role"
        >
          {SEAT_ROLES.map((r) => (
            <MenuItem key={r} value={r} data-testid={`seat-role-${r}`}>
              {enumLabel("SeatRole", r)}
            </MenuItem>
          ))}
        </FormField>
        <FormField
          md={5}
          small
          labelKey="screens.seats.source"
          value={sourceId}
          onChange={(v) => chooseSource(v)}
          testId="seat-source"
        >
          {offered.map((s) => (
            <MenuItem key={s.id} value={s.id} data-testid="seat-source-option">
              {s.name}
              {s.community ? ` (${translate("screens.members.communityOrg")})` : ""}
            </MenuItem>
          ))}
        </FormField>
        <FormField
          md={4}
          small
          labelKey="screens.seats.person"
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
        <FormField
          md={3}
          small
          labelKey="screens.seats.production"
          value={production}
          onChange={(v) => setProduction(v as "NOMINATED" | "EX_OFFICIO")}
        >
          <MenuItem value="NOMINATED" disabled={!productions.includes("NOMINATED")}>
            {enumLabel("SeatProduction", "NOMINATED")}
          </MenuItem>
          <MenuItem value="EX_OFFICIO" disabled={!productions.includes("EX_OFFICIO")}>
            {enumLabel("SeatProduction", "EX_OFFICIO")}
          </MenuItem>
        </FormField>
        {production === "NOMINATED" ? (
          <>
            <FormField
              md={3}
              small
              type="date"
              labelKey="screens.seats.congressDate"
              value={congressDate}
              onChange={setCongressDate}
              testId="seat-congress-date"
            />
            <FormField
              md={6}
              small
              labelKey="screens.seats.congressReference"
              value={congressReference}
              onChange={setCongressReference}
              testId="seat-congress-reference"
            />
          </>
        ) : null}
        <Grid size={{ xs: 12, md: 9 }}>
          <Stack direction="row" sx={{ flexWrap: "wrap", alignItems: "center" }} useFlexGap spacing={1}>
            <FormControlLabel
              control={
                <Checkbox
                  size="small"
                  checked={allAttested}
                  onChange={(e) => setChecked(Object.fromEntries(QUALIFICATIONS.map((q) => [q, e.target.checked])))}
                  slotProps={{ input: { "data-testid": "attest-all" } as object }}
                />
              }
              label={translate("screens.seats.attestAllThree")}
            />
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
        <Button variant="contained" disabled={!ready || busy !== null} onClick={nominate} data-testid="nominate">
          {translate("screens.seats.nominateButton")}
        </Button>
        {!allAttested ? <Chip size="small" variant="outlined" label={translate("screens.seats.attestAll")} /> : null}
      </Stack>
    </Paper>
  );
}

/**
 * The seat the structure still needs first (secretary, full-time deputy, a second deputy), else a member:
 * the form starts there and moves on after each nomination.
 */
function nextRole(shapes: readonly { role: SeatRoleName }[]): SeatRoleName {
  const count = (r: SeatRoleName) => shapes.filter((s) => s.role === r).length;
  if (count("SECRETARY") === 0) return "SECRETARY";
  if (count("DEPUTY_FULL_TIME") === 0) return "DEPUTY_FULL_TIME";
  const deputies = count("DEPUTY_FULL_TIME") + count("DEPUTY_PART_TIME") + count("EXECUTIVE_DEPUTY");
  return deputies < 2 ? "DEPUTY_PART_TIME" : "MEMBER";
}
