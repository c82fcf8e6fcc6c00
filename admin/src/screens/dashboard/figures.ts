/**
 * The dashboard's figures from the API's analytics answer (`ScreensDashboard` in ./dashboard.graphql): plain
 * functions, no React. Money stays integer fen (bigint) except where a chart needs a number for its geometry.
 */
import { formatFen } from "@gongjian/domain/format";
import { parseFen } from "../lib/decimal.js";

export interface DashboardData {
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
        cadence: string | null;
        compliant: boolean | null;
        regularKept: boolean | null;
        extendedKept: boolean | null;
        regularMissedMonths: number[] | null;
        extendedMissedMonths: number[] | null;
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

export const CHANNEL_COLORS: Record<string, string> = {
  FISCAL: "#c62828",
  PARTY_DUES: "#ef6c00",
  TASK_TRANSFER: "#1565c0",
  SELF_GENERATED: "#2e7d32",
  SPONSORSHIP: "#6a1b9a",
};

/**
 * Shares come as decimals 0–1 with four places: "0.8571" → 85.71 (percent, for the chart axis only). A null
 * share (no organisation, or a count the viewer may not make in full) stays null: no bar, never 0.
 */
const percentOf = (share: string | null) => (share === null ? null : Number(share) * 100);

/** Coverage per committee: the share of organisations that are members and of members holding a seat. */
export function coverageBars(data: DashboardData) {
  return (data.coverage ?? []).map((c) => ({
    name: c.committee?.name ?? "",
    members: percentOf(c.memberShare),
    seated: percentOf(c.seatedMemberShare),
  }));
}

/**
 * The sums over all committees shown as the headline chips. The API answers null for a count the viewer
 * cannot make in full (it may not read every row counted): a sum over such a count is null too, never the
 * sum of what happens to be visible.
 */
export function coverageTotals(data: DashboardData) {
  const sum = (pick: (c: NonNullable<DashboardData["coverage"]>[number]) => number | null) =>
    (data.coverage ?? []).reduce<number | null>((acc, c) => {
      const value = pick(c);
      return acc === null || value === null ? null : acc + value;
    }, 0);
  return {
    communities: sum((c) => c.communityCount),
    organizations: sum((c) => c.organizationCount),
    members: sum((c) => c.memberCount),
  };
}

/** Whether some coverage figure is withheld from the viewer (null where the API would otherwise count part). */
export const coverageHasHidden = (data: DashboardData) =>
  (data.coverage ?? []).some(
    (c) =>
      c.communityCount === null ||
      c.organizationCount === null ||
      c.memberCount === null ||
      c.seatedMemberCount === null,
  );

/** Income per channel (all streets added up), exact in fen, and its total. */
export function fundingSlices(data: DashboardData, channelName: (channel: string) => string) {
  const channels = new Map<string, bigint>();
  for (const row of data.fundingByChannel ?? []) {
    const channel = row.channel ?? "";
    channels.set(channel, (channels.get(channel) ?? 0n) + (parseFen(row.amountFen) ?? 0n));
  }
  const total = [...channels.values()].reduce((a, b) => a + b, 0n);
  const slices = [...channels.entries()].map(([channel, fen]) => ({
    channel,
    name: channelName(channel),
    // yuan as a number for the chart's geometry only; labels use the exact text
    value: Number(fen) / 100,
    text: formatFen(fen),
  }));
  return { slices, total };
}

/** Meetings held per month of the year, by kind, over all committees. */
export function meetingMonths(data: DashboardData, monthName: (month: number) => string) {
  const months = Array.from({ length: 12 }, (_, i) => ({
    month: monthName(i + 1),
    regular: 0,
    extended: 0,
    emergency: 0,
  }));
  for (const committee of data.meetingCadence ?? []) {
    for (const p of committee.periods ?? []) {
      const slot = months[(p.period ?? 1) - 1];
      if (!slot) continue;
      slot.regular += p.regularHeld ?? 0;
      slot.extended += p.extendedHeld ?? 0;
      slot.emergency += p.emergencyHeld ?? 0;
    }
  }
  return months;
}

/** How many rows of a compliance answer comply. */
export const compliantCount = (rows: { compliant: boolean | null }[] | null) =>
  (rows ?? []).filter((r) => r.compliant).length;

/**
 * The two cadence answers over all committees (issue 14, item 2): how many kept their own 党委会 cadence
 * (monthly or quarterly) and how many held an extended meeting every month, each counted on its own.
 */
export function cadenceCounts(data: DashboardData) {
  const rows = data.meetingCadence ?? [];
  return {
    count: rows.length,
    regular: rows.filter((r) => r.regularKept).length,
    extended: rows.filter((r) => r.extendedKept).length,
  };
}
