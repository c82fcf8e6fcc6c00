import { formatFen } from "@gongjian/domain/format";
import { Alert, Box, Link, Stack, Table, TableBody, TableCell, TableRow, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useCreatePath, useTranslate } from "react-admin";
import { Link as RouterLink } from "react-router-dom";
import { ScreensInboxDocument } from "../../generated/graphql.js";
import { StatusChip } from "../components/ModeChip.js";
import { PageHeading } from "../components/PageHeading.js";
import { SectionCard } from "../components/SectionCard.js";
import { WorkflowActions } from "../components/WorkflowActions.js";
import { useViewerAccess } from "../lib/access.js";
import { gql } from "../lib/api.js";
import { parseFen } from "../lib/decimal.js";

interface Section {
  key: string;
  typename: string;
  /** Statuses waiting for the viewer, by the CASL action that moves them on. */
  statuses: string[];
  title: (node: Node) => string;
  detail: (node: Node) => string;
}

type Node = Record<string, unknown> & { id: string; status?: string | null };
const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));
const get = (node: Node, path: string) =>
  path
    .split(".")
    .reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), node);

function sectionsFor(can: (action: string, subject: string) => boolean): Section[] {
  const committeeStatuses = [
    ...(can("approve", "Committee") || can("reject", "Committee") ? ["SUBMITTED"] : []),
    ...(can("file", "Committee") ? ["APPROVED"] : []),
    ...(can("submit", "Committee") ? ["DRAFT"] : []),
  ];
  const seatStatuses = [
    ...(can("approve", "Seat") || can("reject", "Seat") ? ["NOMINATED"] : []),
    ...(can("file", "Seat") ? ["APPROVED"] : []),
  ];
  const all: Section[] = [
    {
      key: "committees",
      typename: "Committee",
      statuses: committeeStatuses,
      title: (n) => str(n.name),
      detail: (n) => `${str(n.code)} · ${str(get(n, "street.name"))}`,
    },
    {
      key: "seats",
      typename: "Seat",
      statuses: seatStatuses,
      title: (n) => str(get(n, "person.name")),
      detail: (n) => `${str(get(n, "committee.name"))} · ${str(get(n, "sourceOrganization.name"))}`,
    },
    {
      key: "fundingPlans",
      typename: "FundingPlan",
      statuses: can("adopt", "FundingPlan") ? ["DRAFT"] : [],
      title: (n) => `${str(get(n, "committee.name"))} ${str(n.year)} #${str(n.revision)}`,
      detail: (n) => formatFen(parseFen(n.budgetFen) ?? 0n),
    },
    {
      key: "contributions",
      typename: "Contribution",
      statuses: can("acknowledge", "Contribution") || can("receive", "Contribution") ? ["PLEDGED"] : [],
      title: (n) => str(get(n, "membership.organization.name")),
      detail: (n) =>
        `${str(get(n, "plan.committee.name"))} ${str(get(n, "plan.year"))} · ${formatFen(parseFen(n.amountFen) ?? 0n)}`,
    },
  ];
  return all.filter((s) => s.statuses.length > 0);
}

/** Items in states the viewer can move on: committees and seats to approve or file, plans to adopt, pledges. */
export default function Inbox() {
  const translate = useTranslate();
  const access = useViewerAccess();
  const sections = access.loading ? [] : sectionsFor(access.can);
  const query = useQuery({
    queryKey: ["screens.inbox", ...sections.map((s) => `${s.key}:${s.statuses.join(",")}`)],
    enabled: !access.loading,
    queryFn: () => {
      const statuses = (key: string) => sections.find((s) => s.key === key)?.statuses ?? [];
      return gql<Record<string, { totalCount: number; edges: { node: Node }[] } | undefined>>(ScreensInboxDocument, {
        committeeStatuses: statuses("committees"),
        withCommittees: statuses("committees").length > 0,
        seatStatuses: statuses("seats"),
        withSeats: statuses("seats").length > 0,
        planStatuses: statuses("fundingPlans"),
        withPlans: statuses("fundingPlans").length > 0,
        contributionStatuses: statuses("contributions"),
        withContributions: statuses("contributions").length > 0,
      });
    },
  });
  const total = sections.reduce((n, s) => n + (query.data?.[s.key]?.totalCount ?? 0), 0);
  return (
    <Box sx={{ mt: 2 }} data-testid="inbox">
      <PageHeading title={translate("screens.inbox.title")} help={translate("screens.inbox.help")} />
      {query.isError ? <Alert severity="error">{String(query.error)}</Alert> : null}
      {!access.loading && !query.isLoading && total === 0 ? (
        <Alert severity="success" data-testid="inbox-empty">
          {translate("screens.inbox.empty")}
        </Alert>
      ) : null}
      <Stack spacing={2}>
        {sections.map((s) => {
          const rows = query.data?.[s.key]?.edges.map((e) => e.node) ?? [];
          if (rows.length === 0) return null;
          return (
            <InboxSection
              key={s.key}
              section={s}
              rows={rows}
              total={query.data?.[s.key]?.totalCount ?? rows.length}
              onDone={() => void query.refetch()}
            />
          );
        })}
      </Stack>
    </Box>
  );
}

function InboxSection({
  section,
  rows,
  total,
  onDone,
}: {
  section: Section;
  rows: Node[];
  total: number;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <SectionCard
      testId={`inbox-${section.key}`}
      title={translate(`screens.inbox.${section.key}`)}
      subheader={translate("screens.inbox.count", { count: total })}
      small
    >
      <Table size="small">
        <TableBody>
          {rows.map((node) => (
            <TableRow key={node.id} data-testid="inbox-row">
              <TableCell>
                <Link component={RouterLink} to={createPath({ resource: section.typename, type: "show", id: node.id })}>
                  {section.title(node)}
                </Link>
                <Typography variant="caption" color="text.secondary" sx={{ display: "block" }}>
                  {section.detail(node)}
                </Typography>
              </TableCell>
              <TableCell>
                <StatusChip typename={section.typename} status={node.status} />
              </TableCell>
              <TableCell align="right">
                <WorkflowActions
                  typename={section.typename}
                  record={node}
                  committeeId={str(get(node, "committee.id")) || undefined}
                  size="small"
                  onDone={onDone}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </SectionCard>
  );
}
