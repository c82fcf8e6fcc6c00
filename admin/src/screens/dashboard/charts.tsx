/** The four cards of the dashboard, each a chart (recharts) over the figures of ./figures.ts. */
import { formatRatio } from "@gongjian/domain/format";
import { Alert, Chip, Grid, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useLocaleState, useTranslate } from "react-admin";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useEnumLabel } from "../../views/fields.js";
import { SectionCard } from "../components/SectionCard.js";
import { useDashboardAccess } from "./access.js";
import { CadenceTable } from "./cadence.js";
import {
  CHANNEL_COLORS,
  cadenceCounts,
  compliantCount,
  coverageBars,
  coverageHasHidden,
  type DashboardData,
  fundingSlices,
  meetingMonths,
} from "./figures.js";

/** A half-width cell of the dashboard's grid holding one chart card. */
function ChartCard(props: { testId: string; title: string; subheader: string; children: ReactNode }) {
  return (
    <Grid size={{ xs: 12, lg: 6 }}>
      <SectionCard {...props} spaced />
    </Grid>
  );
}

/** The bars of a bar chart, one per series (recharts wants them as the chart's direct children). */
function bars(series: { dataKey: string; name: string; fill: string }[], stackId?: string) {
  return series.map((s) => <Bar key={s.dataKey} isAnimationActive={false} stackId={stackId} {...s} />);
}

export function CoverageChart({ data }: { data: DashboardData }) {
  const translate = useTranslate();
  const access = useDashboardAccess();
  const coverage = coverageBars(data);
  return (
    <ChartCard
      testId="chart-coverage"
      title={translate("screens.dashboard.coverage")}
      subheader={translate("screens.dashboard.coverageHelp")}
    >
      <ResponsiveContainer width="100%" height={Math.max(220, 70 + coverage.length * 44)}>
        <BarChart data={coverage} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" unit="%" domain={[0, 100]} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(v) => formatRatio(Number(v) / 100, 2)} />
          <Legend />
          {bars([
            { dataKey: "members", name: translate("screens.dashboard.memberShare"), fill: "#c62828" },
            { dataKey: "seated", name: translate("screens.dashboard.seatedShare"), fill: "#ef6c00" },
          ])}
        </BarChart>
      </ResponsiveContainer>
      {access.seats ? null : (
        <Typography variant="caption" color="text.secondary" component="p" data-testid="coverage-no-seats">
          {translate("screens.dashboard.seatedShare")}：{translate("screens.dashboard.noSeatAccess")}
        </Typography>
      )}
      {coverageHasHidden(data) ? (
        <Typography variant="caption" color="text.secondary" component="p">
          {translate("screens.dashboard.partialHidden")}
        </Typography>
      ) : null}
    </ChartCard>
  );
}

export function FundingChart({ data, year }: { data: DashboardData; year: number }) {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const access = useDashboardAccess();
  const funding = fundingSlices(data, (channel) => enumLabel("FundingChannel", channel)).slices;
  return (
    <ChartCard
      testId="chart-funding"
      title={translate("screens.dashboard.funding", { year })}
      subheader={translate("screens.dashboard.fundingHelp")}
    >
      {!access.income ? (
        <Alert severity="info" data-testid="funding-no-access">
          {translate("screens.dashboard.noFundingAccess")}
        </Alert>
      ) : funding.length === 0 ? (
        <Typography color="text.secondary">{translate("screens.dashboard.noData")}</Typography>
      ) : (
        <ResponsiveContainer width="100%" height={300}>
          <PieChart margin={{ top: 16, bottom: 8 }}>
            <Pie
              isAnimationActive={false}
              data={funding}
              dataKey="value"
              nameKey="name"
              outerRadius={80}
              label={(e) => String(e.name ?? "")}
            >
              {funding.map((f) => (
                <Cell key={f.channel} fill={CHANNEL_COLORS[f.channel] ?? "#888"} />
              ))}
            </Pie>
            <Tooltip formatter={(_v, _n, item) => (item?.payload as { text?: string } | undefined)?.text ?? ""} />
            <Legend />
          </PieChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  );
}

export function MeetingsChart({ data, year }: { data: DashboardData; year: number }) {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const months = meetingMonths(data, (month) => translate("screens.dashboard.month", { month }));
  return (
    <ChartCard
      testId="chart-meetings"
      title={translate("screens.dashboard.meetings", { year })}
      subheader={translate("screens.dashboard.meetingsHelp", cadenceCounts(data))}
    >
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={months}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {bars(
            [
              { dataKey: "regular", name: enumLabel("MeetingKind", "REGULAR"), fill: "#c62828" },
              { dataKey: "extended", name: enumLabel("MeetingKind", "EXTENDED"), fill: "#ef6c00" },
              { dataKey: "emergency", name: enumLabel("MeetingKind", "EMERGENCY"), fill: "#1565c0" },
            ],
            "m",
          )}
        </BarChart>
      </ResponsiveContainer>
      <CadenceTable data={data} />
    </ChartCard>
  );
}

export function SeatsChart({ data }: { data: DashboardData }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const access = useDashboardAccess();
  const seats = data.seatStructureCompliance ?? [];
  const compliant = compliantCount(seats);
  const pie = [
    { name: translate("screens.dashboard.compliant"), value: compliant, color: "#2e7d32" },
    { name: translate("screens.dashboard.nonCompliant"), value: seats.length - compliant, color: "#c62828" },
  ];
  return (
    <ChartCard
      testId="chart-seats"
      title={translate("screens.dashboard.seats")}
      subheader={translate("screens.dashboard.seatsHelp", { compliant, count: seats.length })}
    >
      {access.seats ? null : (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="seats-no-access">
          {translate("screens.dashboard.noSeatAccessVerdict")}
        </Alert>
      )}
      <Grid container spacing={1}>
        <Grid size={{ xs: 12, md: 5 }}>
          <ResponsiveContainer width="100%" height={220}>
            <PieChart>
              <Pie
                isAnimationActive={false}
                data={pie}
                dataKey="value"
                nameKey="name"
                innerRadius={45}
                outerRadius={80}
              >
                {pie.map((s) => (
                  <Cell key={s.name} fill={s.color} />
                ))}
              </Pie>
              <Tooltip />
              <Legend />
            </PieChart>
          </ResponsiveContainer>
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("screens.dashboard.committee")}</TableCell>
                <TableCell>{translate("screens.dashboard.structure")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {seats.map((s) => (
                <TableRow key={s.committee?.id ?? ""}>
                  <TableCell>{s.committee?.name}</TableCell>
                  <TableCell>
                    {s.compliant ? (
                      <Chip size="small" color="success" label={translate("screens.dashboard.compliant")} />
                    ) : (
                      <Typography variant="caption" color="error">
                        {(s.violations ?? []).map((v) => (locale === "en" ? v.messageEn : v.messageZh)).join("; ")}
                      </Typography>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Grid>
      </Grid>
    </ChartCard>
  );
}
