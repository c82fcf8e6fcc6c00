import { formatFen } from "@gongjian/domain/format";
import { Alert, Box, Button, Chip, TableCell, TableRow, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { RefusedAction } from "../components/AccessReason.js";
import { CardTable } from "../components/CardTable.js";
import { ModeChip } from "../components/ModeChip.js";
import { SectionCard } from "../components/SectionCard.js";
import { useViewerAccess } from "../lib/access.js";
import { explanationKey, useExplanations } from "../lib/api.js";
import { formatPercent, parsePercent, previewShares, ratioTotal } from "../lib/decimal.js";
import { useFormMutation } from "../lib/form-mutation.js";
import type { PlanData } from "./data.js";

/**
 * The member units' contribution ratios of a draft plan, edited with a live total that must be exactly
 * 100 % and a live preview of each unit's share of the budget (exact decimal arithmetic).
 */
export function RatioEditor({ plan, budget, onSaved }: { plan: PlanData; budget: bigint; onSaved: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const access = useViewerAccess();
  const members = (plan.committee?.memberships ?? []).filter((m) => m.active);
  const stored = new Map((plan.ratios ?? []).map((r) => [r.membership?.id ?? "", r.percent ?? ""]));
  // Members with a ratio in this plan come first, then the other active members (ratio empty).
  const rows = [
    ...(plan.ratios ?? []).flatMap((r) => {
      const m = (plan.committee?.memberships ?? []).find((x) => x.id === r.membership?.id);
      return m ? [m] : [];
    }),
    ...members.filter((m) => !stored.has(m.id)),
  ];
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      rows.map((m) => [m.id, stored.has(m.id) ? formatPercent(parsePercent(stored.get(m.id) ?? "0") ?? 0n) : ""]),
    ),
  );
  const { busy, error, setError, run } = useFormMutation();
  const editable = plan.status === "DRAFT";
  const mayEdit = access.can("update", "FundingPlan") && access.can("create", "ContributionRatio");
  const explanation = useExplanations(editable ? [{ action: "update", subject: "FundingPlan", id: plan.id }] : []);
  const refusal = explanation.data?.get(explanationKey({ action: "update", subject: "FundingPlan", id: plan.id }));
  // Rows left empty are not part of the plan.
  const entered = rows.filter((m) => (values[m.id] ?? "").trim() !== "");
  const texts = entered.map((m) => values[m.id] ?? "");
  const total = ratioTotal(texts);
  const preview = previewShares(
    budget,
    entered.map((m) => ({ membershipId: m.id, percent: values[m.id] ?? "" })),
  );
  const previewOf = new Map(entered.map((m, i) => [m.id, preview[i] ?? null]));
  const totalText = formatPercent(total.total);
  const message =
    total.invalid.length > 0
      ? translate("screens.funding.invalidRatio")
      : total.state === "exact"
        ? null
        : total.state === "short"
          ? translate("screens.funding.short", { total: totalText, gap: formatPercent(total.diff) })
          : translate("screens.funding.over", { total: totalText, over: formatPercent(total.diff) });
  const refused = refusal !== undefined && !refusal.allowed;
  const canSave =
    editable && mayEdit && !refused && total.invalid.length === 0 && total.state === "exact" && entered.length > 0;

  const save = () =>
    run(
      "setContributionRatios",
      {
        planId: plan.id,
        version: plan.version,
        ratios: entered.map((m) => ({ membershipId: m.id, percent: (values[m.id] ?? "").trim() })),
      },
      () => {
        notify("screens.funding.saved", { type: "success" });
        onSaved();
      },
    );

  const saveButton = (
    <Button variant="contained" disabled={!canSave || busy !== null} onClick={save} data-testid="save-ratios">
      {translate("screens.funding.save")}
    </Button>
  );

  return (
    <SectionCard
      testId="ratio-editor"
      title={translate("screens.funding.ratios")}
      subheader={editable ? translate("screens.funding.ratiosHelp") : translate("screens.funding.readOnly")}
    >
      <CardTable
        head={[
          { label: translate("screens.members.organization") },
          { label: translate("screens.members.mode") },
          { label: translate("screens.funding.percent"), numeric: true },
          { label: translate("screens.funding.preview"), numeric: true },
        ]}
        footer={{
          label: translate("screens.funding.total"),
          cells: [
            <TableCell key="total" align="right" data-testid="ratio-total">
              <Chip
                size="small"
                color={total.state === "exact" && total.invalid.length === 0 ? "success" : "error"}
                label={`${totalText}%`}
              />
            </TableCell>,
            <TableCell key="budget" align="right">
              {formatFen(budget)}
            </TableCell>,
          ],
        }}
      >
        {rows.map((m, i) => {
          const text = values[m.id] ?? "";
          const bad = text.trim() !== "" && parsePercent(text) === null;
          const share = previewOf.get(m.id);
          return (
            <TableRow key={m.id} data-testid="ratio-row">
              <TableCell>
                {m.organization?.name}
                {m.organization?.unit?.name ? (
                  <Typography variant="caption" color="text.secondary" sx={{ display: "block" }}>
                    {m.organization.unit.name}
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell>
                <ModeChip mode={m.managementMode} />
              </TableCell>
              <TableCell align="right" sx={{ width: 160 }}>
                {editable && mayEdit ? (
                  <TextField
                    size="small"
                    value={text}
                    error={bad}
                    onChange={(e) => {
                      setError(null);
                      setValues({ ...values, [m.id]: e.target.value });
                    }}
                    slotProps={{
                      htmlInput: {
                        inputMode: "decimal",
                        "data-testid": `ratio-input-${i}`,
                        style: { textAlign: "right" },
                      },
                      input: { endAdornment: "%" },
                    }}
                  />
                ) : (
                  <span>{text ? `${text}%` : "—"}</span>
                )}
              </TableCell>
              <TableCell align="right" data-testid={`ratio-preview-${i}`}>
                {share === null || share === undefined ? "—" : formatFen(share)}
              </TableCell>
            </TableRow>
          );
        })}
      </CardTable>
      {message && entered.length > 0 ? (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="ratio-message">
          {message}
        </Alert>
      ) : null}
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="ratio-error">
          {error}
        </Alert>
      ) : null}
      {editable && mayEdit ? (
        <Box sx={{ mt: 2 }}>
          {refusal && !refusal.allowed ? <RefusedAction explanation={refusal}>{saveButton}</RefusedAction> : saveButton}
        </Box>
      ) : null}
    </SectionCard>
  );
}
