/** Writing a built data set: foreign-key order, self-references first, with Prisma or with one SQL statement per chunk. */
import type { Prisma } from "../../../generated/client/client.js";
import { DATASET_ORDER, type Dataset, TABLE_NAMES } from "./rows.js";

/**
 * Orders rows of a self-referencing table so every referenced row comes first
 * (PartyOrganization.superiorId, FundingPlan.previousPlanId).
 */
export function parentsFirst<T extends { id: string }>(
  rows: readonly T[],
  parentOf: (row: T) => string | null | undefined,
): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const depth = new Map<string, number>();
  const depthOf = (row: T, seen: number): number => {
    const known = depth.get(row.id);
    if (known !== undefined) return known;
    if (seen > rows.length) throw new Error(`Cycle in self-reference at ${row.id}`);
    const parentId = parentOf(row);
    const parent = parentId ? byId.get(parentId) : undefined;
    const d = parent ? depthOf(parent, seen + 1) + 1 : 0;
    depth.set(row.id, d);
    return d;
  };
  return rows
    .map((row, index) => ({ row, index, d: depthOf(row, 0) }))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .map((x) => x.row);
}

export interface InsertOptions {
  /** Rows per statement (Prisma splits createMany further to stay under the bind-parameter limit). */
  chunkSize?: number;
  /** Called after each table with its row count and milliseconds. */
  onTable?: (table: keyof Dataset, rows: number, ms: number) => void;
}

/** A data set's tables in foreign-key order, self-references resolved (superiors and previous plans first). */
function orderedTables(data: Partial<Dataset>): { key: keyof Dataset; rows: readonly object[] }[] {
  return DATASET_ORDER.map((key) => {
    let rows: readonly object[] = data[key] ?? [];
    if (key === "partyOrganization" && data.partyOrganization) {
      rows = parentsFirst(data.partyOrganization, (o) => o.superiorId);
    } else if (key === "fundingPlan" && data.fundingPlan) {
      rows = parentsFirst(data.fundingPlan, (p) => p.previousPlanId);
    } else if (key === "rulesDocument" && data.rulesDocument) {
      rows = parentsFirst(data.rulesDocument, (d) => d.previousId);
    }
    return { key, rows };
  });
}

/**
 * Inserts a data set in foreign-key order with Prisma's `createMany`, in chunks. Simple and
 * fully typed; fine for test fixtures and the demo, too slow for the district scale (about
 * 1 ms a row with Prisma 7's driver adapters) — see `insertDatasetSql`. Returns the rows
 * written per Dataset key.
 */
export async function insertDataset(
  prisma: Prisma.TransactionClient,
  data: Partial<Dataset>,
  options: InsertOptions = {},
): Promise<Record<keyof Dataset, number>> {
  const chunkSize = options.chunkSize ?? 5_000;
  const counts = {} as Record<keyof Dataset, number>;
  // Each delegate's createMany accepts its own model's rows; the cast bridges the key → delegate lookup.
  const delegate = (key: keyof Dataset) =>
    prisma[key] as unknown as { createMany(args: { data: readonly object[] }): Promise<{ count: number }> };
  for (const { key, rows } of orderedTables(data)) {
    const started = performance.now();
    let count = 0;
    for (let i = 0; i < rows.length; i += chunkSize) {
      count += (await delegate(key).createMany({ data: rows.slice(i, i + chunkSize) })).count;
    }
    counts[key] = count;
    options.onTable?.(key, count, performance.now() - started);
  }
  return counts;
}

/** Runs one SQL statement with one parameter; returns the affected row count if it knows it. */
export type SqlExecute = (sql: string, json: string) => Promise<unknown>;

const jsonReplacer = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);

/**
 * Inserts a data set in foreign-key order with one multi-row statement per chunk:
 * `INSERT INTO "T" (cols) SELECT cols FROM json_populate_recordset(NULL::"T", $1::json)`.
 * PostgreSQL converts each JSON value with the column's own type (uuid, enum, timestamptz,
 * date, bigint, numeric), so rows are exactly what `insertDataset` would write; columns a
 * row omits get NULL, columns no row has get their defaults. Works on PostgreSQL and PGlite
 * through `Database.sql.query` or, inside a transaction, `tx.$executeRawUnsafe`.
 */
export async function insertDatasetSql(
  execute: SqlExecute,
  data: Partial<Dataset>,
  options: InsertOptions = {},
): Promise<Record<keyof Dataset, number>> {
  const chunkSize = options.chunkSize ?? 5_000;
  const counts = {} as Record<keyof Dataset, number>;
  for (const { key, rows } of orderedTables(data)) {
    const started = performance.now();
    const table = TABLE_NAMES[key];
    let count = 0;
    for (let i = 0; i < rows.length; i += chunkSize) {
      const chunk = rows.slice(i, i + chunkSize);
      const columns = new Set<string>();
      for (const row of chunk) for (const column of Object.keys(row)) columns.add(column);
      const list = [...columns].map((c) => `"${c}"`).join(", ");
      const result = await execute(
        `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
        JSON.stringify(chunk, jsonReplacer),
      );
      count += typeof result === "number" ? result : chunk.length;
    }
    counts[key] = count;
    options.onTable?.(key, count, performance.now() - started);
  }
  return counts;
}
