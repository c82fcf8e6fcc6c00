/**
 * The benchmark's workloads (issue 7): the GraphQL documents and variables, shared by the bench
 * (run.ts), the soak (soak.ts) and the statement-count regression test (tests/bench/bench-statements.test.ts).
 * No side effects: importing this module starts nothing.
 */

/** W1: the framework floor — parse, validate, authenticate (JWT), execute one field, serialise. No SQL. */
export const W1 = "query W1 { __typename }";

/** W2: the console's unit list page: 25 rows, a filter, a sort, the total count. As STREET_ADMIN. */
export const W2 = `query W2($first: Int!, $offset: Int, $filter: UnitFilter, $orderBy: [UnitOrderBy!]) {
  units(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id name kind creditCode contactName contactPhone employeeCount endedAt version
        community { id name }
      }
    }
  }
}`;

/** W2's variables: page 1 of the street's units of two kinds that have not ended, by name. */
export function w2Variables(streetGlobalId: string, first = 25) {
  return {
    first,
    offset: 0,
    filter: {
      // The street admin's own street: redundant for it, and what makes the unrestricted
      // comparison (DISTRICT_ADMIN) return the same rows.
      streetId: { equals: streetGlobalId },
      kind: { in: ["NEW_ECONOMIC_ORG", "ENTERPRISE_INSTITUTION"] },
      endedAt: { present: false },
    },
    orderBy: [{ field: "NAME", direction: "ASC" }],
  };
}

/** W3: the nested read. As ANALYST. */
export const W3 = `query W3($first: Int!) {
  committees(first: $first) {
    edges {
      node {
        id code name
        memberships { id organization { id name unit { id name } } }
        seats { id role person { id name } }
      }
    }
  }
}`;

/** W6: W3 through the federation gateway, entering the district's subgraph through `district_<code>`. */
export const w6Query = (districtCode: string) => `query W6($first: Int!) {
  district_${districtCode} {
    committees(first: $first) {
      edges {
        node {
          id code name
          memberships { id organization { id name unit { id name } } }
          seats { id role person { id name } }
        }
      }
    }
  }
}`;

/** W3 in PostGraphile 5's schema (amber preset inflection), same rows and fields. */
export const W3_POSTGRAPHILE = `query W3($first: Int!) {
  allCommittees(first: $first, orderBy: [CODE_ASC, PRIMARY_KEY_ASC]) {
    nodes {
      id code name
      membershipsByCommitteeId { nodes { id partyOrganizationByOrganizationId { id name unitByUnitId { id name } } } }
      seatsByCommitteeId { nodes { id role personByPersonId { id name } } }
    }
  }
}`;

/** W4: an analyst's aggregates: income per street and channel of the adopted plans, coverage per committee. */
export const W4 = `query W4($year: Int!) {
  fundingByChannel(year: $year, per: STREET) { street { id name } channel amountFen incomeCount }
  coverage {
    committee { id code name }
    communityCount organizationCount memberCount memberShare seatedMemberCount seatedMemberShare
  }
}`;

/**
 * W5: update a unit's contact (version check, audit event in the same transaction). As STREET_ADMIN.
 * The load generator gives each connection its own unit and carries the version the previous
 * response returned (`__ID__`, `"__VERSION__"` are replaced per request).
 */
export const W5 = `mutation W5($input: UpdateUnitInput!) {
  updateUnit(input: $input) {
    ... on Unit { id version contactName contactPhone }
    ... on Error { code }
  }
}`;

export const w5Body = () =>
  JSON.stringify({
    query: W5,
    variables: {
      input: { id: "__ID__", version: "__VERSION__", contactName: "压测联络人", contactPhone: "010-88886666" },
    },
  });

export const body = (query: string, variables?: Record<string, unknown>) =>
  JSON.stringify(variables ? { query, variables } : { query });

/** Shape of a W3 answer, for checking that the systems return the same rows. */
export function w3Counts(data: any): { committees: number; memberships: number; seats: number } {
  const root =
    data && Object.keys(data).length === 1 && Object.keys(data)[0]?.startsWith("district_")
      ? Object.values(data)[0]
      : data;
  const nodes: any[] = (root as any)?.committees?.edges?.map((e: any) => e.node) ?? data?.allCommittees?.nodes ?? [];
  const list = (v: any) => (Array.isArray(v) ? v : (v?.nodes ?? []));
  return {
    committees: nodes.length,
    memberships: nodes.reduce((s, n) => s + list(n.memberships ?? n.membershipsByCommitteeId).length, 0),
    seats: nodes.reduce((s, n) => s + list(n.seats ?? n.seatsByCommitteeId).length, 0),
  };
}
