/**
 * The fields of a joint work item (共建项目/事项) as a resolution gives rise to it: title, 六联 category,
 * deadline, the lead organisation and the co-operating ones chosen among the committee's member
 * organisations (a street's: the street's organisations), each with its responsible person. Used by the
 * principle-aware resolution form (实事共办) and by "create a joint work item" from a resolution.
 */
import { JOINT_WORK_CATEGORIES } from "@gongjian/domain/joint-work";
import { Box, Checkbox, FormControlLabel, Grid, MenuItem, TextField, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { useEnumLabel } from "../../views/fields.js";
import { FormField } from "../components/FormField.js";

export interface OrganizationOption {
  id: string;
  name: string;
}

export interface JointWorkDraft {
  title: string;
  category: string;
  deadline: string;
  description: string;
  /** The lead organisation's id. */
  lead: string;
  /** Chosen organisations (the lead included once chosen as lead) → their responsible person. */
  responsible: Record<string, string>;
  /** Co-operating organisations ticked. */
  coOperating: string[];
}

export const emptyJointWork: JointWorkDraft = {
  title: "",
  category: "",
  deadline: "",
  description: "",
  lead: "",
  responsible: {},
  coOperating: [],
};

/** The API's input (ResolutionJointWorkInput / CreateJointWorkFromResolutionInput without the resolution). */
export function jointWorkInput(draft: JointWorkDraft) {
  const ids = [draft.lead, ...draft.coOperating.filter((id) => id !== draft.lead)].filter(Boolean);
  return {
    title: draft.title,
    category: draft.category,
    deadline: draft.deadline,
    ...(draft.description.trim() ? { description: draft.description } : {}),
    participants: ids.map((organizationId) => ({
      organizationId,
      role: organizationId === draft.lead ? "LEAD" : "CO_OPERATING",
      responsiblePerson: draft.responsible[organizationId] ?? "",
    })),
  };
}

/** Whether the draft has what the API's input type requires (the API then checks the rules). */
export function jointWorkComplete(draft: JointWorkDraft): boolean {
  return Boolean(draft.title.trim() && draft.category && draft.deadline && draft.lead);
}

export function JointWorkFields({
  draft,
  onChange,
  organizations,
}: {
  draft: JointWorkDraft;
  onChange: (draft: JointWorkDraft) => void;
  organizations: OrganizationOption[];
}) {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const set = (patch: Partial<JointWorkDraft>) => onChange({ ...draft, ...patch });
  const setResponsible = (id: string, name: string) => set({ responsible: { ...draft.responsible, [id]: name } });
  const chosen = (id: string) => id === draft.lead || draft.coOperating.includes(id);
  return (
    <Box data-testid="joint-work-fields">
      <Grid container spacing={2}>
        <FormField
          md={8}
          labelKey="screens.jointWork.itemTitle"
          value={draft.title}
          onChange={(title) => set({ title })}
          testId="jw-title"
        />
        <FormField
          md={4}
          labelKey="screens.jointWork.category"
          value={draft.category}
          onChange={(category) => set({ category })}
          testId="jw-category"
        >
          {JOINT_WORK_CATEGORIES.map((c) => (
            <MenuItem key={c} value={c} data-value={c}>
              {enumLabel("JointWorkCategory", c)}
            </MenuItem>
          ))}
        </FormField>
        <FormField
          md={4}
          type="date"
          labelKey="screens.jointWork.deadline"
          value={draft.deadline}
          onChange={(deadline) => set({ deadline })}
          testId="jw-deadline"
        />
        <FormField
          md={8}
          labelKey="screens.jointWork.lead"
          value={draft.lead}
          onChange={(lead) => set({ lead, coOperating: draft.coOperating.filter((id) => id !== lead) })}
          testId="jw-lead"
        >
          {organizations.map((o) => (
            <MenuItem key={o.id} value={o.id} data-name={o.name}>
              {o.name}
            </MenuItem>
          ))}
        </FormField>
        <FormField
          labelKey="screens.jointWork.description"
          value={draft.description}
          onChange={(description) => set({ description })}
          testId="jw-description"
        />
      </Grid>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {translate("screens.jointWork.participants")}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate("screens.jointWork.participantsHelp")}
      </Typography>
      {organizations.map((o) => (
        <Grid
          container
          spacing={1}
          key={o.id}
          sx={{ alignItems: "center" }}
          data-testid="participant-option"
          data-name={o.name}
        >
          <Grid size={{ xs: 12, md: 7 }}>
            <FormControlLabel
              control={
                <Checkbox
                  size="small"
                  checked={chosen(o.id)}
                  disabled={o.id === draft.lead}
                  onChange={(e) =>
                    set({
                      coOperating: e.target.checked
                        ? [...draft.coOperating, o.id]
                        : draft.coOperating.filter((id) => id !== o.id),
                    })
                  }
                  slotProps={{ input: { "data-testid": "participant-check" } as object }}
                />
              }
              label={o.id === draft.lead ? `${o.name}（${enumLabel("JointWorkRole", "LEAD")}）` : (o.name as string)}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            {chosen(o.id) ? (
              <TextField
                size="small"
                fullWidth
                label={translate("screens.jointWork.responsiblePerson")}
                value={draft.responsible[o.id] ?? ""}
                onChange={(e) => setResponsible(o.id, e.target.value)}
                slotProps={{ htmlInput: { "data-testid": "participant-responsible" } }}
              />
            ) : null}
          </Grid>
        </Grid>
      ))}
    </Box>
  );
}
