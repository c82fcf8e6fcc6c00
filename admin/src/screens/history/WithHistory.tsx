import { Grid, Stack } from "@mui/material";
import type { ReactNode } from "react";
import { RecordHistory } from "./RecordHistory.js";

/**
 * A record's screen body: its cards stacked on the left, its audit trail on the right (below them on
 * small screens). The trail reloads when the record's version changes.
 */
export function WithHistory({
  record,
  children,
}: {
  record: { id: string; version?: number | null };
  children: ReactNode;
}) {
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 8 }}>
        <Stack spacing={2}>{children}</Stack>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <RecordHistory id={record.id} key={`${record.id}-${record.version}`} />
      </Grid>
    </Grid>
  );
}
