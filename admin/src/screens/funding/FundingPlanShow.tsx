import { formatDay, formatFen } from "@gongjian/domain/format";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { EditButton, Title, useCreatePath, useGetRecordId, useNotify, useTranslate } from "react-admin";
import { Link as RouterLink, useNavigate } from "react-router-dom";
import { ScreensFundingPlanDocument } from "../../generated/graphql.js";
import { CardTable } from "../components/CardTable.js";
import { StatusChip } from "../components/ModeChip.js";
import { SectionCard } from "../components/SectionCard.js";
import { WorkflowActions } from "../components/WorkflowActions.js";
import { WithHistory } from "../history/WithHistory.js";
import { useViewerAccess } from "../lib/access.js";
import { gql, mutate, useErrorText } from "../lib/api.js";
import { parseFen } from "../lib/decimal.js";
import type { PlanData } from "./data.js";
import { RatioEditor } from "./RatioEditor.js";

/**
 * A funding plan: the member units' ratios edited with a live total that must be exactly 100 %
 * (exact decimal arithmetic, never floating point), each unit's share of the budget in yuan to the fen
 * (a live preview with the API's largest-remainder rule, and the API's own `shares` once saved), the
 * plan's workflow, its revisions and its audit trail.
 */
export default function FundingPlanShow() {
  const translate = useTranslate();
  const id = String(useGetRecordId());
  const query = useQuery({
    queryKey: ["screens.fundingPlan", id],
    queryFn: async () => {
      const data = await gql<{ node: (PlanData & { __typename: string }) | null }>(ScreensFundingPlanDocument, { id });
      return data.node?.__typename === "FundingPlan" ? data.node : null;
    },
  });
  const plan = query.data;
  const access = useViewerAccess();
  const refresh = () => void query.refetch();
  if (query.isLoading) return <Typography sx={{ p: 2 }}>{translate("screens.common.loading")}</Typography>;
  if (query.isError) return <Alert severity="error">{String(query.error)}</Alert>;
  if (!plan) return <Alert severity="warning">{translate("screens.common.notFound")}</Alert>;
  const budget = parseFen(plan.budgetFen) ?? 0n;
  return (
    <Box sx={{ mt: 2 }} data-testid="funding-plan" data-status={plan.status ?? ""}>
      <Title title={translate("screens.funding.title", { year: plan.year ?? "", revision: plan.revision ?? "" })} />
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }} useFlexGap>
            <Typography variant="h5">
              {plan.committee?.name} ·{" "}
              {translate("screens.funding.title", { year: plan.year ?? "", revision: plan.revision ?? "" })}
            </Typography>
            <StatusChip typename="FundingPlan" status={plan.status} />
            <Box sx={{ flexGrow: 1 }} />
            {plan.status === "DRAFT" && access.can("update", "FundingPlan") ? (
              <EditButton resource="FundingPlan" record={{ id: plan.id }} />
            ) : null}
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate("screens.funding.budget")} {formatFen(budget)}
            {plan.resolution
              ? ` · ${translate("screens.funding.resolution")} ${plan.resolution.number ?? ""} ${plan.resolution.title ?? ""}`
              : ""}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: "wrap" }} useFlexGap>
            <WorkflowActions
              typename="FundingPlan"
              record={{ ...plan, id: plan.id }}
              committeeId={plan.committee?.id}
              onDone={refresh}
            />
            <ReviseButton plan={plan} />
          </Stack>
        </CardContent>
      </Card>
      <WithHistory record={plan}>
        <RatioEditor plan={plan} budget={budget} onSaved={refresh} key={`${plan.id}-${plan.version}`} />
        <SharesCard plan={plan} />
        <RevisionsCard plan={plan} />
      </WithHistory>
    </Box>
  );
}

function ReviseButton({ plan }: { plan: PlanData }) {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const errorText = useErrorText();
  const access = useViewerAccess();
  const revised = (plan.committee?.fundingPlans ?? []).some(
    (p) => p.year === plan.year && (p.revision ?? 0) > (plan.revision ?? 0),
  );
  if (plan.status !== "ADOPTED" || revised || !access.can("create", "FundingPlan")) return null;
  const revise = async () => {
    const outcome = await mutate<{ id: string }>("reviseFundingPlan", {
      id: plan.id,
      version: plan.version,
    });
    if (!outcome.ok) notify(errorText(outcome.error), { type: "error" });
    else navigate(createPath({ resource: "FundingPlan", type: "show", id: outcome.data.id }));
  };
  return (
    <Button variant="outlined" onClick={revise} data-testid="revise-plan">
      {translate("screens.funding.revise")}
    </Button>
  );
}

function SharesCard({ plan }: { plan: PlanData }) {
  const translate = useTranslate();
  const shares = plan.shares ?? [];
  const sum = shares.reduce((a, s) => a + (parseFen(s.shareFen) ?? 0n), 0n);
  return (
    <SectionCard
      testId="shares-card"
      title={translate("screens.funding.shares")}
      subheader={translate("screens.funding.sharesHelp")}
    >
      <CardTable
        head={[
          { label: translate("screens.members.organization") },
          { label: translate("screens.funding.percent"), numeric: true },
          { label: translate("screens.funding.share"), numeric: true },
        ]}
        empty={shares.length === 0 && translate("screens.funding.noShares")}
        footer={
          shares.length > 0
            ? {
                label: translate("screens.funding.total"),
                cells: (
                  <TableCell align="right" data-testid="shares-total">
                    {formatFen(sum)}
                  </TableCell>
                ),
              }
            : null
        }
      >
        {shares.map((s, i) => (
          <TableRow key={s.membership?.id ?? i} data-testid="share-row">
            <TableCell>{s.membership?.organization?.name ?? "—"}</TableCell>
            <TableCell align="right">{s.percent}%</TableCell>
            <TableCell align="right">{formatFen(parseFen(s.shareFen) ?? 0n)}</TableCell>
          </TableRow>
        ))}
      </CardTable>
    </SectionCard>
  );
}

function RevisionsCard({ plan }: { plan: PlanData }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const revisions = (plan.committee?.fundingPlans ?? [])
    .filter((p) => p.year === plan.year)
    .sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0));
  return (
    <SectionCard testId="revisions-card" title={translate("screens.funding.revisions")}>
      <Table size="small">
        <TableBody>
          {revisions.map((r) => (
            <TableRow key={r.id} selected={r.id === plan.id}>
              <TableCell>
                <Link component={RouterLink} to={createPath({ resource: "FundingPlan", type: "show", id: r.id })}>
                  {translate("screens.funding.revision", { revision: r.revision ?? "" })}
                </Link>
              </TableCell>
              <TableCell>
                <StatusChip typename="FundingPlan" status={r.status} />
              </TableCell>
              <TableCell>{formatDay(r.adoptedAt) || "—"}</TableCell>
              <TableCell>{r.resolution ? `${r.resolution.number ?? ""} ${r.resolution.title ?? ""}` : "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </SectionCard>
  );
}
