import { beijingDate } from "@gongjian/domain/calendar";
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { CardTable } from "../components/CardTable.js";
import { ModeChip } from "../components/ModeChip.js";
import { SectionCard } from "../components/SectionCard.js";
import { useViewerAccess } from "../lib/access.js";
import { useFormMutation } from "../lib/form-mutation.js";
import { type CandidateOrg, type CommitteeData, useCandidates } from "./data.js";

const superiorOf = (o: { superiorExternalName?: string | null; superior?: { name: string | null } | null }) =>
  o.superior?.name ?? o.superiorExternalName ?? "";

/**
 * The committee's member organisations with their management mode, and (for those who may add
 * members) the organisations located in the covered communities that could join.
 */
export function MembersCard({ committee, onChange }: { committee: CommitteeData; onChange: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const access = useViewerAccess();
  const communityIds = (committee.activeCoverages ?? []).flatMap((c) => (c.community ? [c.community.id] : []));
  const active = (committee.memberships ?? []).filter((m) => m.active);
  const memberOrgIds = new Set(active.map((m) => m.organization?.id));
  const mayAdd = access.can("create", "Membership") && committee.status !== "DISSOLVED";
  const candidates = useCandidates(mayAdd ? communityIds : []);
  const { busy, error, run } = useFormMutation();
  // "加入" asks for the day the organisation joins (today by default) before anything is sent.
  const [joining, setJoining] = useState<CandidateOrg | null>(null);
  const [fromDate, setFromDate] = useState("");

  const ask = (org: CandidateOrg) => {
    setFromDate(beijingDate(new Date()).toISOString().slice(0, 10));
    setJoining(org);
  };
  const add = (org: CandidateOrg) =>
    run(
      "addMembership",
      { committeeId: committee.id, organizationId: org.id, fromDate },
      () => {
        setJoining(null);
        notify("screens.members.added", { type: "success", messageArgs: { name: org.name ?? "" } });
        onChange();
      },
      org.id,
    );

  const available = [...(candidates.data?.unitOrgs ?? []), ...(candidates.data?.communityOrgs ?? [])].filter(
    (o) => !memberOrgIds.has(o.id),
  );

  return (
    <SectionCard
      testId="members-card"
      title={translate("screens.members.title")}
      subheader={translate("screens.members.count", { count: active.length })}
    >
      <CardTable
        head={["organization", "unit", "mode", "superior"].map((k) => ({ label: translate(`screens.members.${k}`) }))}
        empty={active.length === 0 && translate("screens.members.none")}
      >
        {active.map((m) => (
          <TableRow key={m.id} data-testid="member-row">
            <TableCell>{m.organization?.name}</TableCell>
            <TableCell>{m.organization?.unit?.name ?? "—"}</TableCell>
            <TableCell>
              <ModeChip mode={m.managementMode} />
            </TableCell>
            <TableCell>{m.organization ? superiorOf(m.organization) || "—" : "—"}</TableCell>
          </TableRow>
        ))}
      </CardTable>
      {mayAdd ? (
        <>
          <Typography variant="subtitle2" sx={{ mt: 3, mb: 1 }}>
            {translate("screens.members.candidates")}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate("screens.members.modeHelp")}
          </Typography>
          {error ? (
            <Alert severity="error" sx={{ mb: 1 }} data-testid="members-error">
              {error}
            </Alert>
          ) : null}
          {candidates.isLoading ? <Typography variant="body2">{translate("screens.common.loading")}</Typography> : null}
          <CardTable
            testId="candidates"
            head={[
              ...["organization", "location", "mode", "superior"].map((k) => ({
                label: translate(`screens.members.${k}`),
              })),
              {},
            ]}
          >
            {available.map((org) => (
              <TableRow key={org.id} data-testid="candidate-row" data-mode={org.managementMode ?? ""}>
                <TableCell>{org.name}</TableCell>
                <TableCell>
                  {org.communityName}
                  {org.unitName ? ` · ${org.unitName}` : ` · ${translate("screens.members.communityOrg")}`}
                </TableCell>
                <TableCell>
                  <ModeChip mode={org.managementMode} />
                </TableCell>
                <TableCell>{superiorOf(org) || "—"}</TableCell>
                <TableCell align="right">
                  <Button
                    size="small"
                    variant="outlined"
                    disabled={busy !== null}
                    onClick={() => ask(org)}
                    data-testid="add-member"
                  >
                    {translate("screens.members.add")}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </CardTable>
        </>
      ) : null}
      {joining ? (
        <Dialog open onClose={() => setJoining(null)} fullWidth maxWidth="xs">
          <DialogTitle>{translate("screens.members.joinTitle", { name: joining.name ?? "" })}</DialogTitle>
          <DialogContent>
            <TextField
              fullWidth
              margin="normal"
              type="date"
              label={translate("screens.members.fromDate")}
              value={fromDate}
              onChange={(e) => setFromDate(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { "data-testid": "member-from-date" } }}
            />
            {error ? (
              <Alert severity="error" data-testid="join-error">
                {error}
              </Alert>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setJoining(null)}>{translate("screens.common.cancel")}</Button>
            <Button
              variant="contained"
              disabled={busy !== null || fromDate === ""}
              onClick={() => add(joining)}
              data-testid="confirm-add-member"
            >
              {translate("screens.members.add")}
            </Button>
          </DialogActions>
        </Dialog>
      ) : null}
    </SectionCard>
  );
}
