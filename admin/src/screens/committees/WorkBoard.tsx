/**
 * The committee's work board (共建项目/事项, issue 15 item 3): its joint work items in a column per status
 * (待启动, 推进中, 已完成, 已结项, 已终止), each with its category (六联), deadline and lead organisation;
 * an overdue item (the API's `overdue`, Beijing time) is marked red. Each links to the item's page, where
 * its progress reports, workflow actions and history are.
 */
import { formatDate } from "@gongjian/domain/format";
import { JOINT_WORK_STATUSES } from "@gongjian/domain/joint-work";
import { Box, Chip, Grid, Link, Paper, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useCreatePath, useTranslate } from "react-admin";
import { Link as RouterLink } from "react-router-dom";
import { ScreensWorkBoardDocument, type ScreensWorkBoardQuery } from "../../generated/graphql.js";
import { useLocale } from "../../i18n/index.js";
import { useEnumLabel } from "../../views/fields.js";
import { SectionCard } from "../components/SectionCard.js";
import { gql } from "../lib/api.js";

type BoardData = Extract<NonNullable<ScreensWorkBoardQuery["node"]>, { __typename: "Committee" }>;

export function WorkBoard({ committeeId }: { committeeId: string }) {
  const translate = useTranslate();
  const locale = useLocale();
  const enumLabel = useEnumLabel();
  const createPath = useCreatePath();
  const query = useQuery({
    queryKey: ["screens.workBoard", committeeId],
    queryFn: async () => {
      const data = await gql<ScreensWorkBoardQuery>(ScreensWorkBoardDocument, { id: committeeId });
      return data.node?.__typename === "Committee" ? (data.node as BoardData) : null;
    },
  });
  const items = query.data?.jointWorkItems ?? [];
  if (query.isError || !query.data) return null;
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <SectionCard
      testId="work-board"
      title={translate("screens.workBoard.title")}
      subheader={translate("screens.workBoard.summary", { count: items.length, overdue })}
    >
      <Grid container spacing={1}>
        {JOINT_WORK_STATUSES.map((status) => {
          const column = items.filter((i) => i.status === status);
          return (
            <Grid key={status} size={{ xs: 12, md: 12 / 5 }}>
              <Box data-testid="work-column" data-status={status}>
                <Typography variant="subtitle2" sx={{ mb: 1 }}>
                  {enumLabel("JointWorkStatus", status)} ({column.length})
                </Typography>
                <Stack spacing={1}>
                  {column.map((item) => {
                    const lead = (item.participants ?? []).find((p) => p.role === "LEAD");
                    return (
                      <Paper
                        key={item.id}
                        variant="outlined"
                        sx={{ p: 1, borderColor: item.overdue ? "error.main" : undefined }}
                        data-testid="work-item"
                        data-overdue={item.overdue ? "true" : "false"}
                      >
                        <Link
                          component={RouterLink}
                          to={createPath({ resource: "JointWorkItem", id: item.id, type: "show" })}
                        >
                          {item.title}
                        </Link>
                        <Stack direction="row" spacing={0.5} sx={{ mt: 0.5, flexWrap: "wrap" }} useFlexGap>
                          <Chip size="small" variant="outlined" label={enumLabel("JointWorkCategory", item.category)} />
                          {item.overdue ? (
                            <Chip size="small" color="error" label={translate("screens.workBoard.overdue")} />
                          ) : null}
                        </Stack>
                        <Typography
                          variant="caption"
                          sx={{ display: "block", mt: 0.5 }}
                          color={item.overdue ? "error" : "text.secondary"}
                        >
                          {translate("screens.workBoard.deadline", {
                            date: formatDate(item.deadline, "long", locale) || "—",
                          })}
                          {lead?.organization?.name ? ` · ${lead.organization.name}` : ""}
                        </Typography>
                      </Paper>
                    );
                  })}
                </Stack>
              </Box>
            </Grid>
          );
        })}
      </Grid>
    </SectionCard>
  );
}
