/**
 * 列席 on an extended meeting's page (issue 14, item 3): the attending organisations with their
 * representatives, and — for whoever may record them — a form to add one (an organisation located in the
 * committee's covered communities, member or not; a representative by name and post) and a button to
 * remove one. The API decides; its typed refusals are shown as they come.
 */

import DeleteOutline from "@mui/icons-material/DeleteOutlineOutlined";
import { Alert, Box, Button, IconButton, List, ListItem, ListItemText, MenuItem, Stack } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslate } from "react-admin";
import {
  ScreensAttendeeCandidatesDocument,
  ScreensMeetingAttendeesDocument,
  ScreensRemoveMeetingAttendeeDocument,
} from "../../generated/graphql.js";
import { FormField } from "../components/FormField.js";
import { SectionCard } from "../components/SectionCard.js";
import { useViewerAccess } from "../lib/access.js";
import { type DomainErrorData, gql, mutate, useErrorText } from "../lib/api.js";

interface Attendee {
  id: string;
  version: number | null;
  representativeName: string | null;
  representativePost: string | null;
  organization: { id: string; name: string | null } | null;
  person: { id: string; name: string | null } | null;
}
interface MeetingData {
  __typename: string;
  id: string;
  kind: string | null;
  status: string | null;
  committee: { coverages: { endedAt: string | null; community: { id: string } | null }[] | null } | null;
  attendees: Attendee[] | null;
}
interface Candidates {
  communityOrganizations: { edges: { node: { id: string; name: string | null } }[] } | null;
  units: {
    edges: { node: { organizations: { id: string; name: string | null; endedAt: string | null }[] | null } }[];
  } | null;
}

export function MeetingAttendees({ id }: { id: string }) {
  const translate = useTranslate();
  const access = useViewerAccess();
  const meeting = useQuery({
    queryKey: ["screens.meetingAttendees", id],
    queryFn: async () => (await gql<{ node: MeetingData | null }>(ScreensMeetingAttendeesDocument, { id })).node,
  });
  const data = meeting.data;
  if (data?.__typename !== "Meeting" || data.kind !== "EXTENDED") return null;
  const editable = data.status !== "CANCELLED" && access.can("create", "MeetingAttendee");
  const communityIds = (data.committee?.coverages ?? [])
    .filter((c) => c.endedAt === null && c.community)
    .map((c) => c.community?.id as string);
  return (
    <SectionCard
      testId="meeting-attendees"
      title={translate("screens.meetings.attendees")}
      subheader={translate("screens.meetings.attendeesHelp")}
      small
    >
      <List dense disablePadding>
        {(data.attendees ?? []).map((a) => (
          <ListItem
            key={a.id}
            disableGutters
            data-testid="meeting-attendee"
            secondaryAction={editable ? <RemoveButton attendee={a} onDone={() => void meeting.refetch()} /> : undefined}
          >
            <ListItemText
              primary={a.organization?.name}
              secondary={a.person ? a.person.name : `${a.representativeName ?? ""}（${a.representativePost ?? ""}）`}
            />
          </ListItem>
        ))}
      </List>
      {(data.attendees ?? []).length === 0 ? (
        <Box sx={{ color: "text.secondary", typography: "body2" }}>{translate("screens.meetings.noAttendees")}</Box>
      ) : null}
      {editable ? (
        <AddAttendee meetingId={data.id} communityIds={communityIds} onDone={() => void meeting.refetch()} />
      ) : null}
    </SectionCard>
  );
}

function RemoveButton({ attendee, onDone }: { attendee: Attendee; onDone: () => void }) {
  const translate = useTranslate();
  const errorText = useErrorText();
  const [error, setError] = useState<DomainErrorData | null>(null);
  const remove = async () => {
    const result = await gql<{ removeMeetingAttendee: { __typename: string } & Partial<DomainErrorData> }>(
      ScreensRemoveMeetingAttendeeDocument,
      { input: { id: attendee.id, version: attendee.version } },
    );
    if (result.removeMeetingAttendee.__typename === "DomainError")
      setError(result.removeMeetingAttendee as DomainErrorData);
    else onDone();
  };
  return (
    <IconButton
      edge="end"
      size="small"
      title={error ? errorText(error) : translate("screens.meetings.remove")}
      aria-label={translate("screens.meetings.remove")}
      data-testid="remove-attendee"
      onClick={() => void remove()}
    >
      <DeleteOutline fontSize="small" color={error ? "error" : "inherit"} />
    </IconButton>
  );
}

function AddAttendee(props: { meetingId: string; communityIds: string[]; onDone: () => void }) {
  const translate = useTranslate();
  const errorText = useErrorText();
  const candidates = useQuery({
    queryKey: ["screens.attendeeCandidates", props.communityIds],
    queryFn: () => gql<Candidates>(ScreensAttendeeCandidatesDocument, { communityIds: props.communityIds }),
  });
  const organizations = [
    ...(candidates.data?.communityOrganizations?.edges ?? []).map((e) => e.node),
    ...(candidates.data?.units?.edges ?? []).flatMap((e) => (e.node.organizations ?? []).filter((o) => !o.endedAt)),
  ];
  const [organizationId, setOrganizationId] = useState("");
  const [name, setName] = useState("");
  const [post, setPost] = useState("");
  const [error, setError] = useState<DomainErrorData | null>(null);
  const add = async () => {
    const result = await mutate("addMeetingAttendee", {
      meetingId: props.meetingId,
      organizationId,
      representativeName: name,
      representativePost: post,
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setName("");
    setPost("");
    props.onDone();
  };
  return (
    <Stack spacing={1} sx={{ mt: 1 }}>
      <FormField
        small
        label={translate("screens.meetings.organization")}
        value={organizationId}
        onChange={setOrganizationId}
        testId="attendee-organization"
      >
        {organizations.map((o) => (
          <MenuItem key={o.id} value={o.id}>
            {o.name}
          </MenuItem>
        ))}
      </FormField>
      {(
        [
          ["name", name, setName],
          ["post", post, setPost],
        ] as const
      ).map(([key, value, set]) => (
        <FormField
          key={key}
          small
          label={translate(`screens.meetings.${key}`)}
          value={value}
          onChange={set}
          testId={`attendee-${key}`}
        />
      ))}
      {error ? <Alert severity="error">{errorText(error)}</Alert> : null}
      <Button
        variant="outlined"
        size="small"
        disabled={!organizationId}
        onClick={() => void add()}
        data-testid="add-attendee"
      >
        {translate("screens.meetings.add")}
      </Button>
    </Stack>
  );
}
