import { beijingDate } from "@gongjian/domain/calendar";
import { Alert, Box, Button, Checkbox, Chip, FormControlLabel, Grid, MenuItem, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Title, useCreatePath, useNotify, useTranslate } from "react-admin";
import { useNavigate } from "react-router-dom";
import { ScreensJointSetupDocument } from "../../generated/graphql.js";
import { useEnumLabel } from "../../views/fields.js";
import { RefusedAction } from "../components/AccessReason.js";
import { FormField } from "../components/FormField.js";
import { SectionCard } from "../components/SectionCard.js";
import { gql, useExplanations } from "../lib/api.js";
import { useFormMutation } from "../lib/form-mutation.js";

interface CommunityOption {
  id: string;
  name: string | null;
  code: string | null;
  population: number | null;
  neighbours: { id: string; name: string | null }[] | null;
}

interface SetupData {
  streets: {
    edges: { node: { id: string; name: string | null; communities: CommunityOption[] | null } }[];
  };
  committees: {
    edges: {
      node: { id: string; name: string | null; activeCoverages: { community: { id: string } | null }[] | null };
    }[];
  };
}

type DetailField = "name" | "code" | "termStart" | "termEnd";

/** The committee's own details, entered as text or dates (name and code required, the term optional). */
const DETAIL_FIELDS: readonly { field: DetailField; testId: string; type?: "date" }[] = [
  { field: "name", testId: "joint-name" },
  { field: "code", testId: "joint-code" },
  { field: "termStart", testId: "joint-term-start", type: "date" },
  { field: "termEnd", testId: "joint-term-end", type: "date" },
];

/**
 * Setting up a joint committee (联合党委): the street, at least two of its communities (adjacent ones
 * suggested; communities already covered by another committee cannot be chosen), name, code and term.
 * Members and seats are added next, on the committee's page.
 */
export default function JointCommitteeSetup() {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const notify = useNotify();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const data = useQuery({
    queryKey: ["screens.jointSetup"],
    queryFn: () => gql<SetupData>(ScreensJointSetupDocument),
  });
  const streets = data.data?.streets.edges.map((e) => e.node) ?? [];
  const [kind, setKind] = useState<"JOINT" | "COMMUNITY">("JOINT");
  const [streetId, setStreetId] = useState("");
  // The term defaults to five years from today (社区党组织每届任期五年), so a clerk changes it only when it differs.
  const [details, setDetails] = useState<Record<DetailField, string>>(() => ({
    name: "",
    code: "",
    termStart: defaultTerm().start,
    termEnd: defaultTerm().end,
  }));
  const [codeTyped, setCodeTyped] = useState(false);
  const { name, termStart, termEnd } = details;
  const [chosen, setChosen] = useState<string[]>([]);
  const { busy, error, setError, run } = useFormMutation();
  useEffect(() => {
    if (!streetId && streets.length === 1 && streets[0]) setStreetId(streets[0].id);
  }, [streetId, streets]);
  const street = streets.find((s) => s.id === streetId);
  const communities = street?.communities ?? [];
  // A code is suggested from the chosen communities' codes (联合 LH / 社区 SQ) until the clerk types one.
  const suggestedCode = chosen.length
    ? `${kind === "JOINT" ? "LH" : "SQ"}-${communities
        .filter((c) => chosen.includes(c.id))
        .map((c) => c.code)
        .join("-")}`.slice(0, 30)
    : "";
  const code = codeTyped ? details.code : suggestedCode;
  const shown: Record<DetailField, string> = { ...details, code };
  const takenBy = new Map<string, string>();
  for (const { node } of data.data?.committees.edges ?? []) {
    for (const c of node.activeCoverages ?? []) if (c.community) takenBy.set(c.community.id, node.name ?? "");
  }
  const suggested = new Set(
    (kind === "JOINT" ? communities : [])
      .filter((c) => chosen.includes(c.id))
      .flatMap((c) => (c.neighbours ?? []).map((n) => n.id))
      .filter((id) => !chosen.includes(id)),
  );
  const explanation = useExplanations(streetId ? [{ action: "create", subject: "Committee" }] : []);
  const refusal = explanation.data ? [...explanation.data.values()].find((e) => !e.allowed) : undefined;
  const problems: string[] = [];
  if (kind === "JOINT" && chosen.length < 2) problems.push(translate("screens.joint.needTwo"));
  if (kind === "COMMUNITY" && chosen.length !== 1) problems.push(translate("screens.joint.needOne"));
  if (!name.trim() || !code.trim()) problems.push(translate("screens.joint.needName"));
  if (termStart && termEnd && termEnd < termStart) problems.push(translate("screens.joint.badTerm"));

  const toggle = (id: string) =>
    setChosen(chosen.includes(id) ? chosen.filter((c) => c !== id) : kind === "COMMUNITY" ? [id] : [...chosen, id]);

  const create = () =>
    run(
      "createCommittee",
      {
        streetId,
        kind,
        name: name.trim(),
        code: code.trim(),
        communityIds: chosen,
        ...(termStart ? { termStart } : {}),
        ...(termEnd ? { termEnd } : {}),
      },
      (created) => {
        notify("screens.joint.created", { type: "success" });
        navigate(createPath({ resource: "Committee", type: "show", id: created.id }));
      },
    ).catch((e) => setError(e instanceof Error ? e.message : String(e)));

  const submitButton = (
    <Button
      variant="contained"
      disabled={busy !== null || problems.length > 0 || Boolean(refusal)}
      onClick={create}
      data-testid="create-joint"
    >
      {translate("screens.joint.create")}
    </Button>
  );

  return (
    <Box sx={{ mt: 2 }} data-testid="joint-setup">
      <Title title={translate("screens.joint.title")} />
      <SectionCard title={translate("screens.joint.title")} subheader={translate("screens.joint.help")} spaced>
        {data.isError ? <Alert severity="error">{String(data.error)}</Alert> : null}
        <Grid container spacing={2}>
          <FormField
            md={4}
            labelKey="screens.joint.kind"
            value={kind}
            onChange={(v) => {
              setKind(v as "JOINT" | "COMMUNITY");
              setChosen([]);
            }}
          >
            <MenuItem value="JOINT">{enumLabel("CommitteeKind", "JOINT")}</MenuItem>
            <MenuItem value="COMMUNITY">{enumLabel("CommitteeKind", "COMMUNITY")}</MenuItem>
          </FormField>
          <FormField
            md={4}
            labelKey="screens.joint.street"
            value={streetId}
            onChange={(v) => {
              setStreetId(v);
              setChosen([]);
            }}
          >
            {streets.map((s) => (
              <MenuItem key={s.id} value={s.id}>
                {s.name}
              </MenuItem>
            ))}
          </FormField>
          <Grid size={{ xs: 12, md: 4 }} />
          {DETAIL_FIELDS.map(({ field, testId, type }) => (
            <FormField
              key={field}
              md={4}
              type={type}
              labelKey={`screens.joint.${field}`}
              value={shown[field]}
              onChange={(value) => {
                if (field === "code") setCodeTyped(true);
                setDetails((d) => ({ ...d, [field]: value }));
              }}
              testId={testId}
            />
          ))}
        </Grid>
        <Typography variant="subtitle1" sx={{ mt: 3 }}>
          {translate("screens.joint.communities")}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate("screens.joint.communitiesHelp")}
        </Typography>
        <Grid container spacing={1}>
          {communities.map((c) => {
            const taken = takenBy.get(c.id);
            return (
              <Grid key={c.id} size={{ xs: 12, sm: 6, md: 4 }}>
                <Box
                  sx={{
                    border: 1,
                    borderRadius: 1,
                    px: 1,
                    borderColor: suggested.has(c.id) ? "success.main" : "divider",
                  }}
                  data-testid="community-option"
                  data-name={c.name ?? ""}
                  data-taken={taken ? "1" : "0"}
                >
                  <FormControlLabel
                    control={
                      <Checkbox
                        checked={chosen.includes(c.id)}
                        disabled={Boolean(taken)}
                        onChange={() => toggle(c.id)}
                      />
                    }
                    label={
                      <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }} useFlexGap>
                        <span>{c.name}</span>
                        {suggested.has(c.id) ? (
                          <Chip size="small" color="success" label={translate("screens.joint.neighbour")} />
                        ) : null}
                        {taken ? (
                          <Typography variant="caption" color="text.secondary">
                            {translate("screens.joint.taken", { name: taken })}
                          </Typography>
                        ) : null}
                      </Stack>
                    }
                  />
                </Box>
              </Grid>
            );
          })}
        </Grid>
        {chosen.length > 0 ? (
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="joint-chosen">
            {translate("screens.joint.chosen", { count: chosen.length })}
          </Typography>
        ) : null}
        {problems.map((p) => (
          <Alert key={p} severity="info" sx={{ mt: 1 }}>
            {p}
          </Alert>
        ))}
        {error ? (
          <Alert severity="error" sx={{ mt: 1 }} data-testid="joint-error">
            {error}
          </Alert>
        ) : null}
        <Box sx={{ mt: 2 }}>
          {refusal ? <RefusedAction explanation={refusal}>{submitButton}</RefusedAction> : submitButton}
        </Box>
      </SectionCard>
    </Box>
  );
}

/** Today (Beijing) and the day before the same date five years on: a committee's usual term. */
function defaultTerm(): { start: string; end: string } {
  const start = beijingDate(new Date());
  const end = new Date(Date.UTC(start.getUTCFullYear() + 5, start.getUTCMonth(), start.getUTCDate() - 1));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}
