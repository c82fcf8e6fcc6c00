import { Chip, List, ListItem, ListItemText, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useTranslate } from "react-admin";
import { ConsoleAuditTrailDocument } from "../../generated/graphql.js";
import { useLocale } from "../../i18n/index.js";
import { SectionCard } from "../components/SectionCard.js";
import { gql } from "../lib/api.js";
import { type AuditEntry, changeText, describeEntry } from "./describe.js";

export type { AuditEntry } from "./describe.js";

export function useAuditTrail(id: string | undefined, last = 50) {
  return useQuery({
    queryKey: ["screens.auditTrail", id, last],
    enabled: Boolean(id),
    queryFn: () => gql<{ auditTrail: AuditEntry[] }>(ConsoleAuditTrailDocument, { id, last }),
  });
}

/** One record's history from the audit log, newest first: who, when, which action, what changed. */
export function RecordHistory({ id, title }: { id: string; title?: string }) {
  const translate = useTranslate();
  const locale = useLocale();
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
        {entries.map((entry) => {
          const line = describeEntry(entry, locale);
          return (
            <ListItem key={entry.id} disableGutters alignItems="flex-start" data-testid="history-entry">
              <ListItemText
                primary={
                  <>
                    <Chip size="small" label={line.action} sx={{ mr: 1 }} data-testid="history-action" />
                    <Typography component="span" variant="caption" color="text.secondary" data-testid="history-who">
                      {line.at} · {line.actor}
                      {line.role && !line.actor.includes(line.role) ? `（${line.role}）` : ""}
                    </Typography>
                  </>
                }
                secondary={
                  line.changes.length === 0
                    ? null
                    : line.changes.map((c) => (
                        <span key={c.field} style={{ display: "block" }} data-testid="history-change">
                          {changeText(c, locale)}
                        </span>
                      ))
                }
                slotProps={{ secondary: { component: "div", sx: { wordBreak: "break-word" } } }}
              />
            </ListItem>
          );
        })}
      </List>
    </SectionCard>
  );
}
