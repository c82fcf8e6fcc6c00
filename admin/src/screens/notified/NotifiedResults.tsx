import { formatDay } from "@gongjian/domain/format";
import {
  Alert,
  Box,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { type AssessmentKind, ScreensNotifiedResultsDocument } from "../../generated/graphql.js";
import { useEnumLabel } from "../../views/fields.js";
import { PageHeading } from "../components/PageHeading.js";
import { SectionCard } from "../components/SectionCard.js";
import { gql } from "../lib/api.js";

interface Result {
  id: string;
  kind: AssessmentKind;
  year: number;
  score: string | null;
  points: number | null;
  grade: string | null;
  remarks: string | null;
  notifiedAt: string | null;
  committee: { name: string } | null;
  organization: { name: string } | null;
  person: { name: string; position: string | null } | null;
}

const kinds: AssessmentKind[] = ["UNIT_PARTICIPATION", "COMMITTEE_MEMBER", "ANNUAL_APPRAISAL", "POINTS"];

/** The Beijing date a result was notified on. */
const notifiedOn = (at: string | null) => formatDay(at);

/**
 * 通报结果: the assessments notified to the viewer's organisations — for a unit's liaison its participation,
 * the members it sent and the annual appraisals (年度鉴定) of its in-service members; for a superior
 * organisation those of its subordinates — with their remarks. Only notified results reach them (the API's
 * rules); the filter on `notifiedAt` only says so.
 */
export default function NotifiedResults() {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const [kind, setKind] = useState<AssessmentKind | "ALL">("ALL");
  const query = useQuery({
    queryKey: ["screens.notified", kind],
    queryFn: () =>
      gql<{ assessments: { totalCount: number; edges: { node: Result }[] } | null }>(ScreensNotifiedResultsDocument, {
        filter: { notifiedAt: { present: true }, ...(kind === "ALL" ? {} : { kind: { equals: kind } }) },
      }),
  });
  const rows = query.data?.assessments?.edges.map((e) => e.node) ?? [];
  return (
    <Box sx={{ mt: 2 }} data-testid="notified-results">
      <PageHeading title={translate("screens.notified.title")} help={translate("screens.notified.help")} />
      <ToggleButtonGroup
        size="small"
        exclusive
        value={kind}
        onChange={(_event, value: AssessmentKind | "ALL" | null) => value && setKind(value)}
        sx={{ mb: 2, flexWrap: "wrap" }}
      >
        <ToggleButton value="ALL" data-testid="notified-kind-ALL">
          {translate("screens.notified.all")}
        </ToggleButton>
        {kinds.map((k) => (
          <ToggleButton key={k} value={k} data-testid={`notified-kind-${k}`}>
            {enumLabel("AssessmentKind", k)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {query.isError ? <Alert severity="error">{String(query.error)}</Alert> : null}
      {!query.isLoading && !query.isError && rows.length === 0 ? (
        <Alert severity="info" data-testid="notified-empty">
          {translate("screens.notified.empty")}
        </Alert>
      ) : null}
      {rows.length > 0 ? (
        <SectionCard
          title={translate("screens.notified.results")}
          subheader={translate("screens.notified.count", { count: query.data?.assessments?.totalCount ?? rows.length })}
        >
          <Table size="small">
            <TableHead>
              <TableRow>
                {(["kind", "subject", "committee", "year", "result", "remarks", "notifiedAt"] as const).map((c) => (
                  <TableCell key={c}>{translate(`screens.notified.${c}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id} data-testid="notified-row">
                  <TableCell>{enumLabel("AssessmentKind", r.kind)}</TableCell>
                  <TableCell>
                    {r.person ? r.person.name : (r.organization?.name ?? "")}
                    {r.person ? (
                      <Typography variant="caption" color="text.secondary" sx={{ display: "block" }}>
                        {[r.person.position, r.organization?.name].filter(Boolean).join(" · ")}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell>{r.committee?.name ?? ""}</TableCell>
                  <TableCell>{r.year}</TableCell>
                  <TableCell>
                    {[
                      r.score,
                      r.points === null ? null : translate("screens.notified.points", { points: r.points }),
                      r.grade ? enumLabel("AssessmentGrade", r.grade) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </TableCell>
                  <TableCell data-testid="notified-remarks">{r.remarks ?? ""}</TableCell>
                  <TableCell>{notifiedOn(r.notifiedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </SectionCard>
      ) : null}
    </Box>
  );
}
