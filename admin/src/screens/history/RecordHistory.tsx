import { Chip, List, ListItem, ListItemText, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useLocaleState, useTranslate } from "react-admin";
import { ConsoleAuditTrailDocument } from "../../generated/graphql.js";
import { SectionCard } from "../components/SectionCard.js";
import { gql } from "../lib/api.js";

export interface AuditEntry {
  id: string;
  at: string;
  action: string;
  actorId: string;
  entityType: string;
  changedFields: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export function useAuditTrail(id: string | undefined, last = 50) {
  return useQuery({
    queryKey: ["screens.auditTrail", id, last],
    enabled: Boolean(id),
    queryFn: () => gql<{ auditTrail: AuditEntry[] }>(ConsoleAuditTrailDocument, { id, last }),
  });
}

const show = (value: unknown) =>
  value === null || value === undefined ? "—" : typeof value === "object" ? JSON.stringify(value) : String(value);

/** Raw ids and bookkeeping are noise in a history line. */
const quiet = (field: string) => field === "id" || field === "version" || field.endsWith("Id") || field.endsWith("At");

/** One entry as text: what changed (before → after), or for a new record the values it was created with. */
function describe(entry: AuditEntry): string {
  if (!entry.before) {
    const values = entry.changedFields
      .filter((f) => !quiet(f) && entry.after?.[f] !== null && entry.after?.[f] !== undefined)
      .map((f) => `${f}: ${show(entry.after?.[f])}`);
    return values.join("；") || entry.entityType;
  }
  const changes = entry.changedFields.map((f) => `${f}: ${show(entry.before?.[f])} → ${show(entry.after?.[f])}`);
  return changes.join("；") || entry.entityType;
}

/** One record's history from the audit log, newest first: who, when, which action, what changed. */
export function RecordHistory({ id, title }: { id: string; title?: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const trail = useAuditTrail(id);
  const entries = [...(trail.data?.auditTrail ?? [])].reverse();
  return (
    <SectionCard testId="record-history" title={title ?? translate("screens.history.title")} small>
      {trail.isLoading ? <Typography variant="body2">{translate("screens.common.loading")}</Typography> : null}
      {trail.isError ? (
        <Typography variant="body2" color="error">
          {String(trail.error)}
        </Typography>
      ) : null}
      {!trail.isLoading && entries.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate("screens.history.empty")}
        </Typography>
      ) : null}
      <List dense disablePadding>
        {entries.map((entry) => (
          <ListItem key={entry.id} disableGutters alignItems="flex-start" data-testid="history-entry">
            <ListItemText
              primary={
                <>
                  <Chip size="small" label={entry.action} sx={{ mr: 1 }} />
                  <Typography component="span" variant="caption" color="text.secondary">
                    {new Date(entry.at).toLocaleString(locale === "en" ? "en-GB" : "zh-CN")} · {entry.actorId}
                  </Typography>
                </>
              }
              secondary={describe(entry)}
              slotProps={{ secondary: { sx: { wordBreak: "break-all" } } }}
            />
          </ListItem>
        ))}
      </List>
    </SectionCard>
  );
}
