import { useQuery } from "@tanstack/react-query";
import { ScreensStreetOrganizationsDocument } from "../../generated/graphql.js";
import type { OrganizationOption } from "../joint-work/JointWorkFields.js";
import { gql } from "../lib/api.js";

interface MeetingOwner {
  street: { id: string } | null;
  committee: {
    memberships: { active: boolean | null; organization: { id: string; name: string | null } | null }[] | null;
  } | null;
}

/**
 * The organisations a meeting's resolutions consult or share joint work with: the committee's active member
 * organisations, or for a street's coordination meeting the street's organisations.
 */
export function useMeetingOrganizations(meeting: MeetingOwner): OrganizationOption[] {
  const streetId = meeting.committee ? null : (meeting.street?.id ?? null);
  const street = useQuery({
    queryKey: ["screens.streetOrganizations", streetId],
    enabled: streetId !== null,
    queryFn: () =>
      gql<{ organizations: { edges: { node: { id: string; name: string | null } }[] } | null }>(
        ScreensStreetOrganizationsDocument,
        { s: streetId },
      ),
  });
  const rows = meeting.committee
    ? (meeting.committee.memberships ?? []).filter((m) => m.active).map((m) => m.organization)
    : (street.data?.organizations?.edges ?? []).map((e) => e.node);
  const seen = new Set<string>();
  const options: OrganizationOption[] = [];
  for (const o of rows) {
    if (!o || seen.has(o.id)) continue;
    seen.add(o.id);
    options.push({ id: o.id, name: o.name ?? "—" });
  }
  return options.sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}
