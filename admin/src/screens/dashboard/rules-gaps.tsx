/**
 * The dashboard's rules documents flag (issue 15, item 2): how many committees at work (approved or filed)
 * lack a current version of one of the four rules documents (`rulesDocumentGaps`), and which committees
 * the viewer reads are missing which kinds (`Committee.missingRulesDocuments`), each a link to its page.
 */
import { Alert, Card, CardContent, CardHeader, Chip, Grid, Link, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useCreatePath, useTranslate } from "react-admin";
import { Link as RouterLink } from "react-router-dom";
import {
  ScreensCommitteesMissingRulesDocument,
  type ScreensCommitteesMissingRulesQuery,
  ScreensRulesGapsDocument,
  type ScreensRulesGapsQuery,
} from "../../generated/graphql.js";
import { useEnumLabel } from "../../views/fields.js";
import { gql } from "../lib/api.js";

export function RulesGapsCard() {
  const translate = useTranslate();
  const enumLabel = useEnumLabel();
  const createPath = useCreatePath();
  const gaps = useQuery({
    queryKey: ["screens.rulesGaps"],
    queryFn: () => gql<ScreensRulesGapsQuery>(ScreensRulesGapsDocument),
  });
  const committees = useQuery({
    queryKey: ["screens.committeesMissingRules"],
    queryFn: () => gql<ScreensCommitteesMissingRulesQuery>(ScreensCommitteesMissingRulesDocument),
  });
  const figures = gaps.data?.rulesDocumentGaps;
  const lacking = (committees.data?.committees?.edges ?? [])
    .flatMap((e) => (e?.node ? [e.node] : []))
    .filter((c) => (c.missingRulesDocuments ?? []).length > 0);
  if (gaps.isError && committees.isError) return null;
  return (
    <Grid size={{ xs: 12 }}>
      <Card variant="outlined" data-testid="rules-gaps">
        <CardHeader
          title={translate("screens.dashboard.rulesTitle")}
          subheader={
            figures
              ? translate("screens.dashboard.rulesSummary", {
                  missing: figures.missingAnyCount ?? 0,
                  count: figures.committeeCount ?? 0,
                })
              : null
          }
        />
        <CardContent sx={{ pt: 0 }}>
          {figures && (figures.missingAnyCount ?? 0) > 0 ? (
            <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap", mb: 2 }} useFlexGap>
              {(figures.kinds ?? [])
                .filter((k) => (k.missingCount ?? 0) > 0)
                .map((k) => (
                  <Chip
                    key={k.kind}
                    size="small"
                    color="warning"
                    variant="outlined"
                    label={`${enumLabel("RulesDocumentKind", k.kind)} ${k.missingCount}`}
                  />
                ))}
            </Stack>
          ) : null}
          {figures && figures.missingAnyCount === 0 ? (
            <Alert severity="success">{translate("screens.dashboard.rulesComplete")}</Alert>
          ) : null}
          {lacking.map((c) => (
            <Stack
              key={c.id}
              direction="row"
              spacing={1}
              sx={{ alignItems: "center", flexWrap: "wrap", py: 0.5 }}
              useFlexGap
              data-testid="rules-gap-committee"
            >
              <Link component={RouterLink} to={createPath({ resource: "Committee", id: c.id, type: "show" })}>
                {c.name}
              </Link>
              <Typography variant="body2" color="text.secondary">
                {translate("screens.dashboard.rulesLacks")}
              </Typography>
              {(c.missingRulesDocuments ?? []).map((kind) => (
                <Chip key={kind} size="small" color="error" label={enumLabel("RulesDocumentKind", kind)} />
              ))}
            </Stack>
          ))}
        </CardContent>
      </Card>
    </Grid>
  );
}
