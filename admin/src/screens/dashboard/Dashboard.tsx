import { formatFen } from "@gongjian/domain/format";
import { Alert, Box, Chip, Grid, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Title, useTranslate } from "react-admin";
import { ScreensDashboardDocument } from "../../generated/graphql.js";
import { gql } from "../lib/api.js";
import { useDashboardAccess } from "./access.js";
import { CoverageChart, FundingChart, MeetingsChart, SeatsChart } from "./charts.js";
import { coverageTotals, type DashboardData, fundingSlices } from "./figures.js";
import { RulesGapsCard } from "./rules-gaps.js";

/**
 * The home page: coverage of the committees, funding by channel, meetings per month and seat structure
 * compliance, the committees lacking a rules document, from the API's analytics queries (aggregates only: no personal data). The figures are in
 * ./figures.ts, the chart cards in ./charts.tsx.
 */
export default function Dashboard() {
  const translate = useTranslate();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const query = useQuery({
    queryKey: ["screens.dashboard", year],
    queryFn: () => gql<DashboardData>(ScreensDashboardDocument, { year }),
  });
  const data = query.data;

  return (
    <Box sx={{ mt: 2 }} data-testid="dashboard">
      <Title title={translate("screens.dashboard.title")} />
      <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between", mb: 2 }}>
        <Typography variant="h5">{translate("screens.dashboard.title")}</Typography>
        <TextField
          select
          size="small"
          sx={{ width: 140 }}
          label={translate("screens.dashboard.year")}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
        >
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {query.isError ? <Alert severity="error">{String(query.error)}</Alert> : null}
      {query.isLoading ? <Typography>{translate("screens.common.loading")}</Typography> : null}
      {data ? (
        <Grid container spacing={2}>
          <Grid size={12}>
            <Headline data={data} />
          </Grid>
          <CoverageChart data={data} />
          <FundingChart data={data} year={year} />
          <MeetingsChart data={data} year={year} />
          <SeatsChart data={data} />
          <RulesGapsCard />
        </Grid>
      ) : null}
    </Box>
  );
}

/** The headline figures as chips: committees, communities, organisations, members and the year's income. */
function Headline({ data }: { data: DashboardData }) {
  const translate = useTranslate();
  const access = useDashboardAccess();
  const totals = coverageTotals(data);
  const fundingTotal = fundingSlices(data, String).total;
  const hidden = translate("screens.dashboard.partialHidden");
  /** A count chip; "—" with the reason as its tooltip where the viewer cannot count every row. */
  const countChip = (key: string, count: number | null, testId: string) => (
    <Chip
      data-testid={testId}
      title={count === null ? hidden : undefined}
      label={translate(key, { count: count ?? "—" })}
    />
  );
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap" }} useFlexGap data-testid="dashboard-kpis">
      <Chip label={translate("screens.dashboard.committees", { count: (data.coverage ?? []).length })} />
      {countChip("screens.dashboard.communities", totals.communities, "kpi-communities")}
      {countChip("screens.dashboard.organizations", totals.organizations, "kpi-organizations")}
      {countChip("screens.dashboard.members", totals.members, "kpi-members")}
      <Chip
        data-testid="kpi-funding"
        label={
          access.income
            ? translate("screens.dashboard.fundingTotal", { amount: formatFen(fundingTotal) })
            : translate("screens.dashboard.noFundingAccess")
        }
      />
    </Stack>
  );
}
