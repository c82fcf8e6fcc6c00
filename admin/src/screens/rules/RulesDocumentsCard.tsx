import { formatDate } from "@gongjian/domain/format";
import { Alert, Box, Button, Chip, Stack, TableCell, TableRow, Typography } from "@mui/material";
import { Fragment, useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { useLocale } from "../../i18n/index.js";
import { useEnumLabel } from "../../views/fields.js";
import { CardTable } from "../components/CardTable.js";
import { ScreenDialog } from "../components/ScreenDialog.js";
import { SectionCard } from "../components/SectionCard.js";
import { useViewerAccess } from "../lib/access.js";
import { downloadRulesFile, RULES_KINDS, type RulesDocumentData, useRulesDocuments } from "./data.js";
import { RulesDocumentForm } from "./RulesDocumentForm.js";

/**
 * A committee's four rules documents (制度): per kind the current version (title, revision, effective date,
 * adopting resolution, attached file), its older versions on demand (each readable), a missing kind marked;
 * recording a first version or revising the current one for those the API lets create or update them.
 */
export function RulesDocumentsCard({ committeeId, dissolved }: { committeeId: string; dissolved: boolean }) {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const enumLabel = useEnumLabel();
  const access = useViewerAccess();
  const query = useRulesDocuments(committeeId);
  const [editing, setEditing] = useState<string | null>(null);
  const [history, setHistory] = useState<Set<string>>(new Set());
  const [reading, setReading] = useState<RulesDocumentData | null>(null);
  const documents = query.data?.rulesDocuments ?? [];
  const missing = query.data?.missingRulesDocuments ?? [];
  const mayRecord = access.can("create", "RulesDocument") && !dissolved;
  const mayRevise = access.can("update", "RulesDocument") && !dissolved;

  const download = async (doc: RulesDocumentData) => {
    if (!(await downloadRulesFile(doc.id))) notify("screens.rules.noFile", { type: "warning" });
  };
  const toggleHistory = (kind: string) =>
    setHistory((open) => {
      const next = new Set(open);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });

  const versionCells = (doc: RulesDocumentData) => (
    <>
      <TableCell>
        <Button
          size="small"
          sx={{ textTransform: "none", p: 0 }}
          onClick={() => setReading(doc)}
          data-testid="rules-read"
        >
          {doc.title}
        </Button>
      </TableCell>
      <TableCell>{translate("screens.rules.revisionN", { n: doc.revision ?? 1 })}</TableCell>
      <TableCell>{formatDate(doc.effectiveOn, "long", locale) || "—"}</TableCell>
      <TableCell>{doc.resolution ? `${doc.resolution.number ?? ""} ${doc.resolution.title ?? ""}` : "—"}</TableCell>
      <TableCell>
        {doc.file ? (
          <Button size="small" onClick={() => void download(doc)} data-testid="rules-download">
            {doc.file.name}
          </Button>
        ) : (
          "—"
        )}
      </TableCell>
    </>
  );

  if (query.isError) return <Alert severity="error">{String(query.error)}</Alert>;
  return (
    <SectionCard
      testId="rules-documents"
      title={translate("screens.rules.title")}
      subheader={
        missing.length > 0
          ? translate("screens.rules.missingCount", { count: missing.length })
          : translate("screens.rules.complete")
      }
    >
      {query.isLoading ? <Typography variant="body2">{translate("screens.common.loading")}</Typography> : null}
      <CardTable
        head={[
          { label: translate("screens.rules.kind") },
          ...["docTitle", "revision", "effectiveOn", "resolution", "file"].map((k) => ({
            label: translate(`screens.rules.${k}`),
          })),
          {},
        ]}
      >
        {RULES_KINDS.map((kind) => {
          const versions = documents
            .filter((d) => d.kind === kind)
            .sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0));
          const current = versions.find((d) => d.current);
          const older = versions.filter((d) => !d.current);
          return (
            <Fragment key={kind}>
              <TableRow data-testid="rules-kind" data-kind={kind} data-missing={current ? "false" : "true"}>
                <TableCell>
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>
                    {enumLabel("RulesDocumentKind", kind)}
                  </Typography>
                </TableCell>
                {current ? (
                  versionCells(current)
                ) : (
                  <TableCell colSpan={5}>
                    <Chip
                      size="small"
                      color="warning"
                      label={translate("screens.rules.missing")}
                      data-testid="rules-missing"
                    />
                  </TableCell>
                )}
                <TableCell align="right">
                  <Stack direction="row" spacing={1} sx={{ justifyContent: "flex-end" }}>
                    {older.length > 0 ? (
                      <Button size="small" onClick={() => toggleHistory(kind)} data-testid="rules-history-toggle">
                        {translate("screens.rules.olderVersions", { count: older.length })}
                      </Button>
                    ) : null}
                    {(current ? mayRevise : mayRecord) ? (
                      <Button
                        size="small"
                        variant="outlined"
                        onClick={() => setEditing(kind)}
                        data-testid={current ? "rules-revise" : "rules-record"}
                      >
                        {translate(current ? "screens.rules.revise" : "screens.rules.record")}
                      </Button>
                    ) : null}
                  </Stack>
                </TableCell>
              </TableRow>
              {history.has(kind)
                ? older.map((doc) => (
                    <TableRow key={doc.id} data-testid="rules-old-version" sx={{ bgcolor: "action.hover" }}>
                      <TableCell>
                        <Typography variant="caption" color="text.secondary">
                          {translate("screens.rules.supersededOn", {
                            date: formatDate(doc.supersededAt, "long", locale) || "—",
                          })}
                        </Typography>
                      </TableCell>
                      {versionCells(doc)}
                      <TableCell />
                    </TableRow>
                  ))
                : null}
              {editing === kind ? (
                <TableRow>
                  <TableCell colSpan={7}>
                    <RulesDocumentForm
                      committeeId={committeeId}
                      kind={kind}
                      current={current}
                      onCancel={() => setEditing(null)}
                      onDone={() => {
                        setEditing(null);
                        void query.refetch();
                      }}
                    />
                  </TableCell>
                </TableRow>
              ) : null}
            </Fragment>
          );
        })}
      </CardTable>
      <ScreenDialog
        open={reading !== null}
        onClose={() => setReading(null)}
        maxWidth="md"
        fullWidth
        title={
          <>
            {reading?.title} · {translate("screens.rules.revisionN", { n: reading?.revision ?? 1 })}
            {reading && !reading.current ? ` · ${translate("screens.rules.superseded")}` : ""}
          </>
        }
      >
        <Box sx={{ whiteSpace: "pre-wrap" }} data-testid="rules-text-view">
          {reading?.text}
        </Box>
      </ScreenDialog>
    </SectionCard>
  );
}
