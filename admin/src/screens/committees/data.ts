import { useQuery } from "@tanstack/react-query";
import { ScreensCandidatesDocument, ScreensCommitteeDocument } from "../../generated/graphql.js";
import { gql } from "../lib/api.js";
import type { SeatRoleName } from "../lib/seats.js";

export interface OrgRef {
  id: string;
  name: string | null;
  code: string | null;
  managementMode: "DIRECT" | "DUAL" | null;
  superiorExternalName?: string | null;
  superior?: { name: string | null } | null;
}

export interface CommitteeData {
  id: string;
  code: string | null;
  name: string | null;
  kind: "COMMUNITY" | "JOINT" | null;
  status: string | null;
  version: number | null;
  termStart: string | null;
  termEnd: string | null;
  filingNumber: string | null;
  rejectionReason: string | null;
  allowedTransitions: string[] | null;
  street: { id: string; name: string | null } | null;
  activeCoverages: { id: string; community: { id: string; name: string | null; code: string | null } | null }[] | null;
  memberships:
    | {
        id: string;
        active: boolean | null;
        managementMode: "DIRECT" | "DUAL" | null;
        fromDate: string | null;
        toDate: string | null;
        version: number | null;
        organization: (OrgRef & { unit: { id: string; name: string | null } | null }) | null;
      }[]
    | null;
  seats:
    | {
        id: string;
        role: SeatRoleName | null;
        status: string | null;
        production: string | null;
        congressDate: string | null;
        congressReference: string | null;
        version: number | null;
        allowedTransitions: string[] | null;
        person: { id: string; name: string | null } | null;
        sourceOrganization: { id: string; name: string | null } | null;
      }[]
    | null;
}

export function useCommittee(id: string | undefined) {
  return useQuery({
    queryKey: ["screens.committee", id],
    enabled: Boolean(id),
    queryFn: async () => {
      const data = await gql<{ node: (CommitteeData & { __typename: string }) | null }>(ScreensCommitteeDocument, {
        id,
      });
      return data.node?.__typename === "Committee" ? data.node : null;
    },
  });
}

export interface CandidateOrg extends OrgRef {
  endedAt: string | null;
  unitName: string | null;
  communityName: string | null;
  /** The community's own party organisation (not a unit's). */
  isCommunityOrg: boolean;
}

/** Organisations located in the covered communities: the communities' own and their units'. */
export function useCandidates(communityIds: string[]) {
  return useQuery({
    queryKey: ["screens.candidates", ...communityIds],
    enabled: communityIds.length > 0,
    queryFn: async () => {
      const data = await gql<{
        organizations: {
          edges: { node: OrgRef & { endedAt: string | null; community: { id: string; name: string | null } | null } }[];
        };
        units: {
          edges: {
            node: {
              id: string;
              name: string | null;
              community: { id: string; name: string | null } | null;
              organizations: (OrgRef & { endedAt: string | null })[] | null;
            };
          }[];
        };
      }>(ScreensCandidatesDocument, { c: communityIds });
      const communityOrgs: CandidateOrg[] = data.organizations.edges.map(({ node }) => ({
        ...node,
        unitName: null,
        communityName: node.community?.name ?? null,
        isCommunityOrg: true,
      }));
      const unitOrgs: CandidateOrg[] = data.units.edges.flatMap(({ node: unit }) =>
        (unit.organizations ?? [])
          .filter((o) => !o.endedAt)
          .map((o) => ({
            ...o,
            unitName: unit.name,
            communityName: unit.community?.name ?? null,
            isCommunityOrg: false,
          })),
      );
      return { communityOrgs, unitOrgs };
    },
  });
}
