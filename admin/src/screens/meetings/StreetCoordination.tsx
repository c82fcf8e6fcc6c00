/**
 * A street's coordination meetings (街道工作协调会议, kind COORDINATION, no committee): whether the street held
 * one this year and last year (`Street.coordinationMeetingHeld(year)`, Beijing time; held yearly), and the
 * meetings themselves, each a link to its page (its resolutions by principle are shown there).
 */
import { formatDate } from "@gongjian/domain/format";
import { Chip, Link, List, ListItem, ListItemText, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useCreatePath, useTranslate } from "react-admin";
import { Link as RouterLink } from "react-router-dom";
import { ScreensStreetCoordinationDocument, type ScreensStreetCoordinationQuery } from "../../generated/graphql.js";
import { useLocale } from "../../i18n/index.js";
import { StatusChip } from "../components/ModeChip.js";
import { SectionCard } from "../components/SectionCard.js";
import { gql } from "../lib/api.js";

type StreetData = Extract<NonNullable<ScreensStreetCoordinationQuery["node"]>, { __typename: "Street" }>;

export function StreetCoordination({ id }: { id: string }) {
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  const year = new Date().getFullYear();
  const query = useQuery({
    queryKey: ["screens.streetCoordination", id, year],
    queryFn: async () => {
      const data = await gql<ScreensStreetCoordinationQuery>(ScreensStreetCoordinationDocument, {
        id,
        year,
        lastYear: year - 1,
      });
      return data.node?.__typename === "Street" ? (data.node as StreetData) : null;
    },
  });
  const street = query.data;
  if (!street) return null;
  const meetings = [...(street.coordinationMeetings ?? [])].reverse();
  const flag = (held: boolean | null | undefined, y: number, testId: string) => (
    <Chip
      size="small"
      color={held ? "success" : "error"}
      variant={held ? "filled" : "outlined"}
      data-testid={testId}
      data-held={held ? "true" : "false"}
      label={translate(held ? "screens.coordination.held" : "screens.coordination.notHeld", { year: y })}
    />
  );
  return (
    <SectionCard small testId="street-coordination" title={translate("screens.coordination.title")}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap", mb: 1 }} useFlexGap>
        {flag(street.heldThisYear, year, "coordination-this-year")}
        {flag(street.heldLastYear, year - 1, "coordination-last-year")}
      </Stack>
      {meetings.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate("screens.coordination.none")}
        </Typography>
      ) : null}
      <List dense disablePadding>
        {meetings.map((m) => (
          <ListItem key={m.id} disableGutters data-testid="coordination-meeting">
            <ListItemText
              primary={
                <Link component={RouterLink} to={createPath({ resource: "Meeting", id: m.id, type: "show" })}>
                  {m.title}
                </Link>
              }
              secondary={formatDate(m.heldAt ?? m.scheduledAt, "long", locale)}
            />
            <StatusChip typename="Meeting" status={m.status} />
          </ListItem>
        ))}
      </List>
    </SectionCard>
  );
}
