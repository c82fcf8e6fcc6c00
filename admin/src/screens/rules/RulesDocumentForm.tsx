import { Alert, Box, Button, Grid, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { useEnumLabel } from "../../views/fields.js";
import { FormField } from "../components/FormField.js";
import { useFormMutation } from "../lib/form-mutation.js";
import { type RulesDocumentData, readFileInput, useCommitteeResolutions } from "./data.js";

/**
 * Records the first version of a kind (`recordRulesDocument`) or revises the current one
 * (`reviseRulesDocument`: the new version supersedes it). Both need the adopting resolution of the
 * committee and the effective date; the API refuses a date before the resolution, with the field at fault.
 */
export function RulesDocumentForm({
  committeeId,
  kind,
  current,
  onDone,
  onCancel,
}: {
  committeeId: string;
  kind: string;
  /** The current version, when revising. */
  current?: RulesDocumentData | undefined;
  onDone: () => void;
  onCancel: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const enumLabel = useEnumLabel();
  const resolutions = useCommitteeResolutions(committeeId, true);
  const { busy, error, setError, run } = useFormMutation();
  const [title, setTitle] = useState(current?.title ?? enumLabel("RulesDocumentKind", kind));
  const [effectiveOn, setEffectiveOn] = useState("");
  const [resolutionId, setResolutionId] = useState("");
  const [text, setText] = useState(current?.text ?? "");
  const [file, setFile] = useState<File | null>(null);

  const submit = async () => {
    let fileInput: Awaited<ReturnType<typeof readFileInput>> | undefined;
    try {
      fileInput = file ? await readFileInput(file) : undefined;
    } catch {
      setError(translate("screens.rules.fileUnreadable"));
      return;
    }
    const common = { effectiveOn, resolutionId, text, title, ...(fileInput ? { file: fileInput } : {}) };
    const done = () => {
      notify(current ? "screens.rules.revised" : "screens.rules.recorded", { type: "success" });
      onDone();
    };
    if (current) await run("reviseRulesDocument", { ...common, id: current.id, version: current.version }, done);
    else await run("recordRulesDocument", { ...common, committeeId, kind }, done);
  };

  return (
    <Box sx={{ p: 2, border: 1, borderColor: "divider", borderRadius: 1, my: 1 }} data-testid="rules-form">
      <Typography variant="subtitle2" sx={{ mb: 2 }}>
        {translate(current ? "screens.rules.reviseTitle" : "screens.rules.recordTitle", {
          kind: enumLabel("RulesDocumentKind", kind),
        })}
      </Typography>
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="rules-error">
          {error}
        </Alert>
      ) : null}
      <Grid container spacing={2}>
        <FormField md={6} labelKey="screens.rules.docTitle" value={title} onChange={setTitle} testId="rules-title" />
        <FormField
          md={6}
          type="date"
          labelKey="screens.rules.effectiveOn"
          value={effectiveOn}
          onChange={setEffectiveOn}
          testId="rules-effective-on"
        />
        <FormField
          md={12}
          labelKey="screens.rules.resolution"
          value={resolutionId}
          onChange={setResolutionId}
          testId="rules-resolution"
        >
          {(resolutions.data ?? []).map((r) => (
            <MenuItem key={r.id} value={r.id}>
              {r.number} {r.title}
            </MenuItem>
          ))}
        </FormField>
        <Grid size={{ xs: 12 }}>
          <TextField
            fullWidth
            multiline
            minRows={4}
            label={translate("screens.rules.text")}
            value={text}
            onChange={(e) => setText(e.target.value)}
            slotProps={{ htmlInput: { "data-testid": "rules-text" } }}
          />
        </Grid>
        <Grid size={{ xs: 12 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
            <Button component="label" variant="outlined" size="small">
              {translate("screens.rules.chooseFile")}
              <input
                hidden
                type="file"
                data-testid="rules-file"
                accept=".pdf,.doc,.docx,.odt,.txt,.jpg,.jpeg,.png"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </Button>
            <Typography variant="body2" color="text.secondary">
              {file?.name ??
                (current?.file
                  ? translate("screens.rules.keepsFile", { name: current.file.name })
                  : translate("screens.rules.fileOptional"))}
            </Typography>
          </Stack>
        </Grid>
      </Grid>
      <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
        <Button
          variant="contained"
          disabled={busy !== null || !effectiveOn || !resolutionId || !text.trim()}
          onClick={() => void submit()}
          data-testid="rules-submit"
        >
          {translate(current ? "screens.rules.revise" : "screens.rules.record")}
        </Button>
        <Button onClick={onCancel}>{translate("screens.common.cancel")}</Button>
      </Stack>
    </Box>
  );
}
