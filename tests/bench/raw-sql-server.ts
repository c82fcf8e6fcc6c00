/**
 * The physical limit for W3: the same read as one hand-written SQL statement (json_agg, built by
 * PostgreSQL) through node-postgres, in a tiny HTTP server. Same rows (committees of the
 * analyst's district, first N by code, their memberships with organisation and unit, their seats
 * with person), roughly the same JSON shape (plain uuids instead of global IDs). Any POST answers
 * W3; the body may carry `{"variables":{"first":N,"districtId":"…"}}`.
 * Env: DATABASE_URL, PORT. `/bench-stats` answers the event-loop delay p99 since the last call.
 */
import { createServer } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import pg from "pg";

export const W3_SQL = `
SELECT json_build_object('data', json_build_object('committees', json_build_object('edges', coalesce(json_agg(
  json_build_object('node', json_build_object(
    'id', c.id, 'code', c.code, 'name', c.name,
    'memberships', (
      SELECT coalesce(json_agg(json_build_object(
        'id', m.id,
        'organization', json_build_object('id', o.id, 'name', o.name,
          'unit', CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END)
      )), '[]'::json)
      FROM "Membership" m
      JOIN "PartyOrganization" o ON o.id = m."organizationId"
      LEFT JOIN "Unit" u ON u.id = o."unitId"
      WHERE m."committeeId" = c.id),
    'seats', (
      SELECT coalesce(json_agg(json_build_object('id', s.id, 'role', s.role,
        'person', json_build_object('id', p.id, 'name', p.name))), '[]'::json)
      FROM "Seat" s JOIN "Person" p ON p.id = s."personId"
      WHERE s."committeeId" = c.id)
  ))
  ORDER BY c.code, c.id), '[]'::json))))::text AS body
FROM (
  SELECT * FROM "Committee"
  WHERE "streetId" IN (SELECT id FROM "Street" WHERE "districtId" = $1)
  ORDER BY code, id LIMIT $2
) c`;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const district = await pool.query<{ id: string }>(`SELECT id FROM "District" ORDER BY code LIMIT 1`);
const defaultDistrict = district.rows[0]?.id ?? "";
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

const server = createServer((req, res) => {
  if (req.url === "/healthz") {
    res.writeHead(200).end("ok");
    return;
  }
  if (req.url === "/bench-stats") {
    const body = JSON.stringify({ eventLoopDelayP99Ms: delay.percentile(99) / 1e6 });
    delay.reset();
    res.writeHead(200, { "content-type": "application/json" }).end(body);
    return;
  }
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", async () => {
    try {
      const text = Buffer.concat(chunks).toString("utf8");
      const variables = (text ? (JSON.parse(text) as { variables?: { first?: number; districtId?: string } }) : {})
        .variables;
      const { rows } = await pool.query<{ body: string }>(W3_SQL, [
        variables?.districtId ?? defaultDistrict,
        Math.min(200, variables?.first ?? 50),
      ]);
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(rows[0]?.body ?? "{}");
    } catch (error) {
      res
        .writeHead(500, { "content-type": "application/json" })
        .end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
});
const port = Number(process.env.PORT ?? 5679);
server.listen(port, "127.0.0.1", () => console.log(`raw SQL W3 on http://127.0.0.1:${port}`));
const stop = async () => {
  server.close();
  await pool.end();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
