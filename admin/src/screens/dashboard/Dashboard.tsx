import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Grid,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Title, useLocaleState, useTranslate } from "react-admin";
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
import { ScreensDashboardDocument } from "../../generated/graphql.js";
import { gql } from "../lib/api.js";
import { formatYuan, parseFen } from "../lib/decimal.js";

interface DashboardData {
  coverage:
    | {
        committee: { id: string; name: string | null; status: string | null } | null;
        communityCount: number | null;
        organizationCount: number | null;
        memberCount: number | null;
        memberShare: string | null;
        seatedMemberCount: number | null;
        seatedMemberShare: string | null;
      }[]
    | null;
  fundingByChannel:
    | {
        channel: string | null;
        amountFen: string | null;
        incomeCount: number | null;
        street: { name: string | null } | null;
      }[]
    | null;
  meetingCadence:
    | {
        committee: { id: string; name: string | null } | null;
        compliant: boolean | null;
        periods:
          | {
              period: number | null;
              regularHeld: number | null;
              extendedHeld: number | null;
              emergencyHeld: number | null;
            }[]
          | null;
      }[]
    | null;
  seatStructureCompliance:
    | {
        committee: { id: string; name: string | null } | null;
        compliant: boolean | null;
        secretaries: number | null;
        deputies: number | null;
        members: number | null;
        violations: { messageZh: string | null; messageEn: string | null }[] | null;
      }[]
    | null;
}

const CHANNEL_COLORS: Record<string, string> = {
  FISCAL: "#c62828",
  PARTY_DUES: "#ef6c00",
  TASK_TRANSFER: "#1565c0",
  SELF_GENERATED: "#2e7d32",
  SPONSORSHIP: "#6a1b9a",
};

/** Shares come as decimals 0–1 with four places: "0.8571" → 85.71 (percent, for the chart axis only). */
const percentOf = (share: string | null) => (share === null ? 0 : Number(share) * 100);

/**
 * The home page: coverage of the committees, funding by channel, meetings per month and seat structure
 * compliance, from the API's analytics queries (aggregates only: no personal data).
 */
export default function Dashboard() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const query = useQuery({
    queryKey: ["screens.dashboard", year],
    queryFn: () => gql<DashboardData>(ScreensDashboardDocument, { year }),
  });
  const data = query.data;
  const coverage = (data?.coverage ?? []).map((c) => ({
    name: c.committee?.name ?? "",
    members: percentOf(c.memberShare),
    seated: percentOf(c.seatedMemberShare),
    raw: c,
  }));
  const channels = new Map<string, bigint>();
  for (const row of data?.fundingByChannel ?? []) {
    const channel = row.channel ?? "";
    channels.set(channel, (channels.get(channel) ?? 0n) + (parseFen(row.amountFen) ?? 0n));
  }
  const fundingTotal = [...channels.values()].reduce((a, b) => a + b, 0n);
  const funding = [...channels.entries()].map(([channel, fen]) => ({
    channel,
    name: translate(`screens.channel.${channel}`),
    // yuan as a number for the chart's geometry only; labels use the exact text
    value: Number(fen) / 100,
    text: formatYuan(fen),
  }));
  const months = Array.from({ length: 12 }, (_, i) => ({
    month: translate("screens.dashboard.month", { month: i + 1 }),
    regular: 0,
    extended: 0,
    emergency: 0,
  }));
  for (const committee of data?.meetingCadence ?? []) {
    for (const p of committee.periods ?? []) {
      const slot = months[(p.period ?? 1) - 1];
      if (!slot) continue;
      slot.regular += p.regularHeld ?? 0;
      slot.extended += p.extendedHeld ?? 0;
      slot.emergency += p.emergencyHeld ?? 0;
    }
  }
  const cadenceCompliant = (data?.meetingCadence ?? []).filter((c) => c.compliant).length;
  const seats = data?.seatStructureCompliance ?? [];
  const seatsCompliant = seats.filter((s) => s.compliant).length;
  const seatPie = [
    { name: translate("screens.dashboard.compliant"), value: seatsCompliant, color: "#2e7d32" },
    { name: translate("screens.dashboard.nonCompliant"), value: seats.length - seatsCompliant, color: "#c62828" },
  ];
  const totals = (data?.coverage ?? []).reduce(
    (acc, c) => ({
      communities: acc.communities + (c.communityCount ?? 0),
      organizations: acc.organizations + (c.organizationCount ?? 0),
      members: acc.members + (c.memberCount ?? 0),
    }),
    { communities: 0, organizations: 0, members: 0 },
  );

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
            <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap" }} useFlexGap data-testid="dashboard-kpis">
              <Chip label={translate("screens.dashboard.committees", { count: coverage.length })} />
              <Chip label={translate("screens.dashboard.communities", { count: totals.communities })} />
              <Chip label={translate("screens.dashboard.organizations", { count: totals.organizations })} />
              <Chip label={translate("screens.dashboard.members", { count: totals.members })} />
              <Chip label={translate("screens.dashboard.fundingTotal", { amount: formatYuan(fundingTotal) })} />
            </Stack>
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <Card variant="outlined" data-testid="chart-coverage">
              <CardHeader
                title={translate("screens.dashboard.coverage")}
                subheader={translate("screens.dashboard.coverageHelp")}
              />
              <CardContent>
                <ResponsiveContainer width="100%" height={Math.max(220, 70 + coverage.length * 44)}>
                  <BarChart data={coverage} layout="vertical" margin={{ left: 8, right: 16 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis type="number" unit="%" domain={[0, 100]} />
                    <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} interval={0} />
                    <Tooltip formatter={(v) => `${Number(v).toFixed(2)}%`} />
                    <Legend />
                    <Bar
                      isAnimationActive={false}
                      dataKey="members"
                      name={translate("screens.dashboard.memberShare")}
                      fill="#c62828"
                    />
                    <Bar
                      isAnimationActive={false}
                      dataKey="seated"
                      name={translate("screens.dashboard.seatedShare")}
                      fill="#ef6c00"
                    />
                  </BarChart>
                </ResponsiveContainer>
              </CardContent>
            </Card>
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <Card variant="outlined" data-testid="chart-funding">
              <CardHeader
                title={translate("screens.dashboard.funding", { year })}
                subheader={translate("screens.dashboard.fundingHelp")}
              />
              <CardContent>
                {funding.length === 0 ? (
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
                      <Tooltip
                        formatter={(_v, _n, item) => `¥${(item?.payload as { text?: string } | undefined)?.text ?? ""}`}
                      />
                      <Legend />
                    </PieChart>
                  </ResponsiveContainer>
                )}
              </CardContent>
            </Card>
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <Card variant="outlined" data-testid="chart-meetings">
              <CardHeader
                title={translate("screens.dashboard.meetings", { year })}
                subheader={translate("screens.dashboard.meetingsHelp", {
                  compliant: cadenceCompliant,
                  count: (data.meetingCadence ?? []).length,
                })}
              />
              <CardContent>
                <ResponsiveContainer width="100%" height={280}>
                  <BarChart data={months}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="month" tick={{ fontSize: 11 }} />
                    <YAxis allowDecimals={false} />
                    <Tooltip />
                    <Legend />
                    <Bar
                      isAnimationActive={false}
                      dataKey="regular"
                      stackId="m"
                      name={translate("screens.meetingKind.REGULAR")}
                      fill="#c62828"
                    />
                    <Bar
                      isAnimationActive={false}
                      dataKey="extended"
                      stackId="m"
                      name={translate("screens.meetingKind.EXTENDED")}
                      fill="#ef6c00"
                    />
                    <Bar
                      isAnimationActive={false}
                      dataKey="emergency"
                      stackId="m"
                      name={translate("screens.meetingKind.EMERGENCY")}
                      fill="#1565c0"
                    />
                  </BarChart>
                </ResponsiveContainer>
              </CardContent>
            </Card>
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <Card variant="outlined" data-testid="chart-seats">
              <CardHeader
                title={translate("screens.dashboard.seats")}
                subheader={translate("screens.dashboard.seatsHelp", { compliant: seatsCompliant, count: seats.length })}
              />
              <CardContent>
                <Grid container spacing={1}>
                  <Grid size={{ xs: 12, md: 5 }}>
                    <ResponsiveContainer width="100%" height={220}>
                      <PieChart>
                        <Pie
                          isAnimationActive={false}
                          data={seatPie}
                          dataKey="value"
                          nameKey="name"
                          innerRadius={45}
                          outerRadius={80}
                        >
                          {seatPie.map((s) => (
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
                                  {(s.violations ?? [])
                                    .map((v) => (locale === "en" ? v.messageEn : v.messageZh))
                                    .join("; ")}
                                </Typography>
                              )}
                            </TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  </Grid>
                </Grid>
              </CardContent>
            </Card>
          </Grid>
        </Grid>
      ) : null}
    </Box>
  );
}
