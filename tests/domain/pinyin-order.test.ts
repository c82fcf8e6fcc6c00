/**
 * Issue 21, finding 3: Chinese names sort in pinyin order (华馨, 和园, 德平 → 德平, 和园, 华馨) on PostgreSQL,
 * through the ICU collation "zh-x-icu" on the name and title columns (migration
 * 20261205141423_pinyin_collation). The embedded database has no ICU collations: there names keep code
 * point order, as documented in api/docs/domain-decisions.md.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";

let t: TestApp;
let token: string;
let icu: boolean;

beforeAll(async () => {
  t = await setupApp({ demo: true });
  const scope = await demoScope(t.db);
  token = await t.token([{ role: "DISTRICT_ADMIN", districtId: scope.district.id }]);
  const rows = await t.db.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_collation WHERE collname = 'zh-x-icu'`,
  );
  icu = (rows[0]?.n ?? 0) > 0;
});
afterAll(async () => {
  await t?.close();
});

const pinyin = new Intl.Collator("zh-u-co-pinyin").compare;
const codePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function names(list: "committees" | "persons" | "units", field: "NAME"): Promise<string[]> {
  const out: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { data, errors }: { data: any; errors?: unknown } = await t.gql(
      `query($after: String) { l: ${list}(first: 100, after: $after, orderBy: [{ field: ${field}, direction: ASC }]) {
        pageInfo { hasNextPage endCursor } edges { node { name } } } }`,
      { after },
      token,
    );
    expect(errors).toBeUndefined();
    out.push(...data.l.edges.map((e: { node: { name: string } }) => e.node.name));
    if (!data.l.pageInfo.hasNextPage || out.length >= 300) return out;
    after = data.l.pageInfo.endCursor;
  }
}

describe("sorting by name", () => {
  it("gives committees, persons and units in pinyin order on PostgreSQL (code point order on the embedded database)", async () => {
    const order = icu ? pinyin : codePoint;
    for (const list of ["committees", "persons", "units"] as const) {
      const got = await names(list, "NAME");
      expect(got.length).toBeGreaterThan(3);
      expect([list, got]).toEqual([list, [...got].sort(order)]);
    }
  });

  it("orders the issue's example names by pinyin on PostgreSQL", async () => {
    const rows = await t.db.sql.query<{ n: string }>(
      `SELECT n FROM unnest(ARRAY['华馨','和园','德平']::varchar[]) AS n ORDER BY n COLLATE ${icu ? '"zh-x-icu"' : '"C"'}`,
    );
    expect(rows.map((r) => r.n)).toEqual(icu ? ["德平", "和园", "华馨"] : ["华馨", "和园", "德平"].sort(codePoint));
    // The columns themselves carry the collation: no COLLATE clause is needed in the API's queries.
    const columns = await t.db.sql.query<{ c: string | null }>(
      `SELECT collation_name AS c FROM information_schema.columns WHERE table_name = 'Committee' AND column_name = 'name'`,
    );
    expect(columns[0]?.c ?? null).toBe(icu ? "zh-x-icu" : null);
  });
});
