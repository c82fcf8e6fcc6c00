/** The benchmark's cases: each workload on each system, with its role's token (shared by run.ts, soak.ts, profile.ts). */

import { mintToken } from "@gongjian/api/auth/tokens";
import { toGlobalId as encodeGlobalID } from "@gongjian/api/data/ids";
import type { Grant } from "@gongjian/api/permissions/abilities";
import pg from "pg";
import { JWT, JWT_SECRET } from "./common.js";
import { body, W1, W2, W3, W3_POSTGRAPHILE, W4, w2Variables, w5Body, w6Query } from "./workloads.js";

export type System = "api" | "postgraphile" | "raw" | "gateway";

export interface Case {
  id: string;
  workload: string;
  system: System;
  role: string;
  description: string;
  body: string;
  headers: Record<string, string>;
  mutationTargets?: { id: string; version: number }[];
  /** Connections for this case (default BENCH_CONNECTIONS): 1 for the unloaded-latency pair W3/W6. */
  connections?: number;
}

export async function benchCases(databaseUrl: string) {
  const scope = await (async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const district = (await client.query(`SELECT id, code, name FROM "District" ORDER BY code LIMIT 1`)).rows[0];
      const street = (await client.query(`SELECT id, code FROM "Street" ORDER BY code LIMIT 1`)).rows[0];
      const counts = (
        await client.query(
          `SELECT (SELECT count(*) FROM "Unit")::int AS units, (SELECT count(*) FROM "Committee")::int AS committees,
                (SELECT count(*) FROM "Membership")::int AS memberships, (SELECT count(*) FROM "Person")::int AS persons`,
        )
      ).rows[0];
      const year = (await client.query(`SELECT max(year) AS year FROM "FundingPlan" WHERE status = 'ADOPTED'`)).rows[0]
        .year as number;
      return {
        districtId: district.id as string,
        district: { code: district.code as string, name: district.name as string },
        streetId: street.id as string,
        counts,
        year,
      };
    } finally {
      await client.end();
    }
  })();

  /**
   * Units of the street for W5 (one per connection), with their current versions. Each load run
   * takes its own slice (`offset`): a mutation still in flight when a run ends must not make the
   * next run's first request stale (a CONFLICT).
   */
  async function mutationTargets(n: number, offset = 0) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT id, version FROM "Unit" WHERE "streetId" = $1 AND "endedAt" IS NULL ORDER BY "creditCode" LIMIT $2 OFFSET $3`,
        [scope.streetId, n, offset],
      );
      return rows.map((r) => ({ id: encodeGlobalID("Unit", r.id), version: r.version as number }));
    } finally {
      await client.end();
    }
  }

  const auth = { secret: new TextEncoder().encode(JWT_SECRET), ...JWT };
  const token = async (grants: Grant[], id: string) => ({
    authorization: `Bearer ${await mintToken({ id, grants }, auth, "24h")}`,
  });
  const streetAdmin = await token([{ role: "STREET_ADMIN", streetId: scope.streetId }], "bench-street-admin");
  const analyst = await token([{ role: "ANALYST", districtId: scope.districtId }], "bench-analyst");
  const districtAdmin = await token([{ role: "DISTRICT_ADMIN", districtId: scope.districtId }], "bench-district-admin");
  const streetGid = encodeGlobalID("Street", scope.streetId);

  const cases: Case[] = [
    {
      id: "W1",
      workload: "W1",
      system: "api",
      role: "STREET_ADMIN",
      description: "trivial query `{ __typename }` (framework floor)",
      body: body(W1),
      headers: streetAdmin,
    },
    {
      id: "W2",
      workload: "W2",
      system: "api",
      role: "STREET_ADMIN",
      description: "unit list page: 25 rows, filter, sort, totalCount",
      body: body(W2, w2Variables(streetGid)),
      headers: streetAdmin,
    },
    {
      id: "W2-unrestricted",
      workload: "W2",
      system: "api",
      role: "DISTRICT_ADMIN",
      description: "W2 as the unrestricted role (same rows)",
      body: body(W2, w2Variables(streetGid)),
      headers: districtAdmin,
    },
    {
      id: "W3",
      workload: "W3",
      system: "api",
      role: "ANALYST",
      description: "committees(first: 50) { memberships { organization { unit } } seats { person } }",
      body: body(W3, { first: 50 }),
      headers: analyst,
    },
    {
      id: "W3-unrestricted",
      workload: "W3",
      system: "api",
      role: "DISTRICT_ADMIN",
      description: "W3 as the unrestricted role (same rows)",
      body: body(W3, { first: 50 }),
      headers: districtAdmin,
    },
    {
      id: "W4",
      workload: "W4",
      system: "api",
      role: "ANALYST",
      description: `fundingByChannel(year: ${scope.year}, per: STREET) + coverage (per committee)`,
      body: body(W4, { year: scope.year }),
      headers: analyst,
    },
    {
      id: "W5",
      workload: "W5",
      system: "api",
      role: "STREET_ADMIN",
      description: "updateUnit (contact) with version check and audit event",
      body: w5Body(),
      headers: streetAdmin,
    },
    {
      id: "W6",
      workload: "W6",
      system: "gateway",
      role: "ANALYST",
      description: "W3 through the federation gateway (`district_<code> { committees … }`)",
      body: body(w6Query(scope.district.code), { first: 50 }),
      headers: analyst,
    },
    {
      id: "W3-latency",
      workload: "W3",
      system: "api",
      role: "ANALYST",
      description: "W3 with 1 connection (unloaded latency, the direct side of W6's comparison)",
      body: body(W3, { first: 50 }),
      headers: analyst,
      connections: 1,
    },
    {
      id: "W6-latency",
      workload: "W6",
      system: "gateway",
      role: "ANALYST",
      description: "W6 with 1 connection (unloaded latency through the gateway)",
      body: body(w6Query(scope.district.code), { first: 50 }),
      headers: analyst,
      connections: 1,
    },
    {
      id: "W3-postgraphile",
      workload: "W3",
      system: "postgraphile",
      role: "(none: no rules)",
      description: "W3 on PostGraphile 5.1.5 (amber, read-only)",
      body: body(W3_POSTGRAPHILE, { first: 50 }),
      headers: {},
    },
    {
      id: "W3-sql",
      workload: "W3",
      system: "raw",
      role: "(district filter in SQL)",
      description: "W3 as one hand-written SQL statement (json_agg) through node-postgres",
      body: body("W3", { first: 50 }),
      headers: {},
    },
  ];
  return { scope, cases, mutationTargets, streetGid };
}
