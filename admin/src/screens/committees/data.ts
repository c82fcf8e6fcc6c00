import { useQuery } from "@tanstack/react-query";
import {
  ScreensCandidatesDocument,
  ScreensCommitteeDocument,
  type ScreensCommitteeQuery,
} from "../../generated/graphql.js";
import { gql } from "../lib/api.js";

export interface OrgRef {
  id: string;
  name: string | null;
  code: string | null;
  managementMode: "DIRECT" | "DUAL" | null;
  superiorExternalName?: string | null;
  superior?: { name: string | null } | null;
}

/** A committee as its page reads it (the `ScreensCommittee` operation in committees.graphql). */
export type CommitteeData = Extract<NonNullable<ScreensCommitteeQuery["node"]>, { __typename: "Committee" }>;

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
      // A unit's organisation is located in its unit's community too, so the organisations query lists it
      // as well: each organisation is offered once, as a unit's where it has one (issue 21, finding 5).
      const ofUnits = new Set(unitOrgs.map((o) => o.id));
      const communityOrgs: CandidateOrg[] = data.organizations.edges
        .filter(({ node }) => !ofUnits.has(node.id))
        .map(({ node }) => ({
          ...node,
          unitName: null,
          communityName: node.community?.name ?? null,
          isCommunityOrg: true,
        }));
      return { communityOrgs, unitOrgs: unitOrgs.filter((o, i) => unitOrgs.findIndex((x) => x.id === o.id) === i) };
    },
  });
}
