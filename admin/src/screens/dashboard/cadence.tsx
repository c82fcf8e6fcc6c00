/**
 * The two cadence answers per committee (issue 14, item 2): whether its 党委会 kept the committee's own
 * cadence (monthly or quarterly) and whether it held an extended meeting every month — each on its own.
 */
import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import { useTranslate } from "react-admin";
import { useEnumLabel } from "../../views/fields.js";
import type { DashboardData } from "./figures.js";

function Answer({ kept, missed, testId }: { kept: boolean | null; missed: number[] | null; testId: string }) {
  const translate = useTranslate();
  return kept ? (
    <Chip size="small" color="success" label={translate("screens.dashboard.compliant")} data-testid={testId} />
  ) : (
    <Chip
      size="small"
      color="error"
      variant="outlined"
      data-testid={testId}
      label={translate("screens.dashboard.missed", { months: (missed ?? []).join("、") })}
    />
  );
}

export function CadenceTable({ data }: { data: DashboardData }) {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  return (
    <Table size="small" data-testid="cadence-table">
      <TableHead>
        <TableRow>
          <TableCell>{translate("screens.dashboard.committee")}</TableCell>
          <TableCell>{translate("screens.dashboard.cadence")}</TableCell>
          <TableCell>{translate("screens.dashboard.regularKept")}</TableCell>
          <TableCell>{translate("screens.dashboard.extendedKept")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {(data.meetingCadence ?? []).map((c) => (
          <TableRow key={c.committee?.id ?? ""} data-testid="cadence-row">
            <TableCell>{c.committee?.name}</TableCell>
            <TableCell>{c.cadence ? enumLabel("RegularMeetingCadence", c.cadence) : ""}</TableCell>
            <TableCell>
              <Answer kept={c.regularKept} missed={c.regularMissedMonths} testId="regular-kept" />
            </TableCell>
            <TableCell>
              <Answer kept={c.extendedKept} missed={c.extendedMissedMonths} testId="extended-kept" />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
