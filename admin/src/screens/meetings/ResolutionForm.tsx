/**
 * Recording a resolution at a held meeting with what its decision principle (议事原则) requires: 要事共决 the
 * vote of each seat holder present, 大事共议 the member organisations consulted and their positions, 实事共办
 * the joint work item it gives rise to (title, 六联 category, lead and co-operating organisations, deadline),
 * 急事共商 nothing more (the API checks the meeting's kind). The API decides; a typed refusal is shown in the
 * console's language, nothing is written.
 */
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Grid,
  MenuItem,
  TextField,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { enums } from "../../generated/resources.js";
import { useEnumLabel } from "../../views/fields.js";
import { FormField } from "../components/FormField.js";
import {
  emptyJointWork,
  type JointWorkDraft,
  JointWorkFields,
  jointWorkComplete,
  jointWorkInput,
  type OrganizationOption,
} from "../joint-work/JointWorkFields.js";
import { useFormMutation } from "../lib/form-mutation.js";
import { useMeetingOrganizations } from "./organizations.js";

/** The four principles in the order the mechanism names them (大事共议、实事共办、要事共决、急事共商). */
export const PRINCIPLES = [
  "MAJOR_MATTERS_DISCUSSED",
  "PRACTICAL_MATTERS_DONE",
  "IMPORTANT_MATTERS_DECIDED",
  "URGENT_MATTERS_CONSULTED",
] as const;

const CHOICES = ["FOR", "AGAINST", "ABSTAIN"] as const;

export interface FormMeeting {
  id: string;
  status: string | null;
  street: { id: string } | null;
  committee: {
    id: string;
    memberships:
      | { id: string; active: boolean | null; organization: { id: string; name: string | null } | null }[]
      | null;
  } | null;
  attendances: { id: string; status: string | null; person: { id: string; name: string | null } | null }[] | null;
  agendaItems: { id: string; title: string | null; subjectArea: string | null }[] | null;
}

export function ResolutionForm({
  meeting,
  onClose,
  onDone,
}: {
  meeting: FormMeeting;
  onClose: () => void;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const enumLabel = useEnumLabel();
  const organizations = useMeetingOrganizations(meeting);
  const present = (meeting.attendances ?? []).filter((a) => a.status === "PRESENT" && a.person);
  const [number, setNumber] = useState("");
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [principle, setPrinciple] = useState("");
  const [subjectArea, setSubjectArea] = useState("");
  const [agendaItemId, setAgendaItemId] = useState("");
  const [votes, setVotes] = useState<Record<string, string>>({});
  const [consulted, setConsulted] = useState<Record<string, string>>({});
  const [jointWork, setJointWork] = useState<JointWorkDraft>(emptyJointWork);
  const { busy, error, run } = useFormMutation();

  const ready =
    number.trim() !== "" &&
    title.trim() !== "" &&
    text.trim() !== "" &&
    principle !== "" &&
    (subjectArea !== "" || agendaItemId !== "") &&
    (principle !== "PRACTICAL_MATTERS_DONE" || jointWorkComplete(jointWork));

  const submit = () => {
    const input: Record<string, unknown> = {
      meetingId: meeting.id,
      number,
      title,
      text,
      principle,
      ...(subjectArea ? { subjectArea } : {}),
      ...(agendaItemId ? { agendaItemId } : {}),
    };
    if (principle === "IMPORTANT_MATTERS_DECIDED") {
      input.votes = present.map((a) => ({ personId: a.person?.id, choice: votes[a.person?.id ?? ""] ?? "FOR" }));
    }
    if (principle === "MAJOR_MATTERS_DISCUSSED") {
      input.consultations = Object.entries(consulted).map(([organizationId, position]) => ({
        organizationId,
        position,
      }));
    }
    if (principle === "PRACTICAL_MATTERS_DONE") input.jointWork = jointWorkInput(jointWork);
    void run("adoptResolution", input, () => {
      notify("screens.resolutionForm.saved", { type: "success" });
      onDone();
    });
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{translate("screens.resolutionForm.title")}</DialogTitle>
      <DialogContent data-testid="resolution-form">
        <Grid container spacing={2} sx={{ mt: 0.5 }}>
          <FormField
            md={3}
            labelKey="screens.resolutionForm.number"
            value={number}
            onChange={setNumber}
            testId="res-number"
          />
          <FormField
            md={9}
            labelKey="screens.resolutionForm.resTitle"
            value={title}
            onChange={setTitle}
            testId="res-title"
          />
          <FormField labelKey="screens.resolutionForm.text" value={text} onChange={setText} testId="res-text" />
          <FormField
            md={6}
            labelKey="screens.resolutionForm.principle"
            value={principle}
            onChange={setPrinciple}
            testId="res-principle"
          >
            {PRINCIPLES.map((p) => (
              <MenuItem key={p} value={p} data-value={p}>
                {enumLabel("DecisionPrinciple", p)}
              </MenuItem>
            ))}
          </FormField>
          {(meeting.agendaItems ?? []).length > 0 ? (
            <FormField
              labelKey="screens.resolutionForm.agendaItem"
              value={agendaItemId}
              onChange={setAgendaItemId}
              testId="res-agenda-item"
            >
              <MenuItem value="">{translate("screens.resolutionForm.noAgendaItem")}</MenuItem>
              {(meeting.agendaItems ?? []).map((a) => (
                <MenuItem key={a.id} value={a.id}>
                  {a.title}
                  {a.subjectArea ? `（${enumLabel("SubjectArea", a.subjectArea)}）` : ""}
                </MenuItem>
              ))}
            </FormField>
          ) : null}
          <FormField
            md={6}
            labelKey="screens.resolutionForm.subjectArea"
            value={subjectArea}
            onChange={setSubjectArea}
            testId="res-subject-area"
          >
            {(enums.SubjectArea?.values ?? []).map((v) => (
              <MenuItem key={v.value} value={v.value} data-value={v.value}>
                {enumLabel("SubjectArea", v.value)}
              </MenuItem>
            ))}
          </FormField>
        </Grid>
        {principle ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }} data-testid="principle-help">
            {translate(`screens.resolutionForm.help.${principle}`)}
          </Typography>
        ) : null}
        {principle === "IMPORTANT_MATTERS_DECIDED" ? (
          <VotesFields present={present} votes={votes} onChange={setVotes} />
        ) : null}
        {principle === "MAJOR_MATTERS_DISCUSSED" ? (
          <ConsultationFields organizations={organizations} consulted={consulted} onChange={setConsulted} />
        ) : null}
        {principle === "PRACTICAL_MATTERS_DONE" ? (
          <Box sx={{ mt: 2 }}>
            <JointWorkFields draft={jointWork} onChange={setJointWork} organizations={organizations} />
          </Box>
        ) : null}
      </DialogContent>
      <DialogActions>
        {error ? (
          <Alert severity="error" sx={{ flex: 1, mr: 1, py: 0 }} data-testid="resolution-error">
            {error}
          </Alert>
        ) : null}
        <Button onClick={onClose}>{translate("screens.common.cancel")}</Button>
        <Button variant="contained" disabled={!ready || busy !== null} onClick={submit} data-testid="resolution-save">
          {translate("screens.resolutionForm.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** 要事共决: one vote per seat holder present (赞成 by default). */
function VotesFields({
  present,
  votes,
  onChange,
}: {
  present: NonNullable<FormMeeting["attendances"]>;
  votes: Record<string, string>;
  onChange: (votes: Record<string, string>) => void;
}) {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  return (
    <Box sx={{ mt: 2 }} data-testid="vote-fields">
      <Typography variant="subtitle2">
        {translate("screens.resolutionForm.voters", { count: present.length })}
      </Typography>
      {present.length === 0 ? (
        <Typography variant="body2" color="error">
          {translate("screens.resolutionForm.nonepresent")}
        </Typography>
      ) : null}
      <Grid container spacing={1} sx={{ mt: 0.5 }}>
        {present.map((a) => {
          const id = a.person?.id ?? "";
          return (
            <FormField
              key={a.id}
              md={4}
              small
              label={a.person?.name ?? "—"}
              value={votes[id] ?? "FOR"}
              onChange={(choice) => onChange({ ...votes, [id]: choice })}
              testId="vote-choice"
            >
              {CHOICES.map((c) => (
                <MenuItem key={c} value={c} data-value={c}>
                  {enumLabel("VoteChoice", c)}
                </MenuItem>
              ))}
            </FormField>
          );
        })}
      </Grid>
    </Box>
  );
}

/** 大事共议: the organisations consulted (ticked), each with its position in a sentence. */
function ConsultationFields({
  organizations,
  consulted,
  onChange,
}: {
  organizations: OrganizationOption[];
  consulted: Record<string, string>;
  onChange: (consulted: Record<string, string>) => void;
}) {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }} data-testid="consultation-fields">
      <Typography variant="subtitle2">{translate("screens.resolutionForm.consulted")}</Typography>
      {organizations.map((o) => {
        const ticked = o.id in consulted;
        return (
          <Grid
            container
            spacing={1}
            key={o.id}
            sx={{ alignItems: "center" }}
            data-testid="consult-option"
            data-name={o.name}
          >
            <Grid size={{ xs: 12, md: 5 }}>
              <FormControlLabel
                control={
                  <Checkbox
                    size="small"
                    checked={ticked}
                    onChange={(e) => {
                      const next = { ...consulted };
                      if (e.target.checked) next[o.id] = "";
                      else delete next[o.id];
                      onChange(next);
                    }}
                    slotProps={{ input: { "data-testid": "consult-check" } as object }}
                  />
                }
                label={o.name}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 7 }}>
              {ticked ? (
                <TextField
                  size="small"
                  fullWidth
                  label={translate("screens.resolutionForm.position")}
                  value={consulted[o.id] ?? ""}
                  onChange={(e) => onChange({ ...consulted, [o.id]: e.target.value })}
                  slotProps={{ htmlInput: { "data-testid": "consult-position" } }}
                />
              ) : null}
            </Grid>
          </Grid>
        );
      })}
    </Box>
  );
}
