/**
 * Deterministic demo and load-test data.
 *
 * `buildDataset(scale, seed)` is pure: it returns every row (ids included) of a fictional
 * district, the same for the same scale and seed (./dataset/). `seed(db, opts)` writes it.
 */
import type { Database } from "../database.js";
import { buildDataset, type DistrictChoice, type PeerDistrict, type SeedScale } from "./dataset/index.js";
import {
  DATASET_ORDER,
  type Dataset,
  type InsertOptions,
  insertDataset,
  insertDatasetSql,
  TABLE_NAMES,
} from "./factories/index.js";

export {
  buildDataset,
  type DatasetOptions,
  type DistrictChoice,
  type PeerDistrict,
  peerSuperiors,
  SCALES,
  type SeedScale,
} from "./dataset/index.js";

export interface SeedOptions {
  scale: SeedScale;
  /** PRNG seed (default 1): the same seed gives the same rows and ids. */
  seed?: number;
  /** Truncate every domain table (and the audit log) first instead of refusing a non-empty database. */
  reset?: boolean;
  /** Progress callback per table (rows written, milliseconds). */
  onTable?: InsertOptions["onTable"];
  /** Rows per INSERT statement (default 5,000). */
  chunkSize?: number;
  /**
   * `sql` (default): multi-row INSERT … SELECT FROM json_populate_recordset, ~20× faster;
   * `prisma`: createMany (about 1 ms a row with Prisma 7's driver adapters).
   */
  loader?: "sql" | "prisma";
  /** The district to seed (default 和泰区 210102): its code prefixes every street, community and organisation code. */
  district?: DistrictChoice;
  /**
   * A peer district whose own seeded data set (same generator, its own `seed`) holds the superior
   * organisations of some of this district's units (federation): some organisations here get an
   * external superior that is a real organisation of the peer's data set, instead of a fictional one.
   */
  peer?: PeerDistrict;
}

// ---------------------------------------------------------------- writing

/** Every domain table, plus the audit log (TRUNCATE is allowed by its append-only trigger). */
export const DOMAIN_TABLES = [...DATASET_ORDER.map((k) => TABLE_NAMES[k]), "AuditEvent"] as const;

/** Row counts per table (model) name of a built data set. */
export function countRows(data: Dataset): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of DATASET_ORDER) out[TABLE_NAMES[key]] = data[key].length;
  return out;
}

const truncateSql = () => `TRUNCATE TABLE ${DOMAIN_TABLES.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`;

/** Empties every domain table and the audit log. */
export async function truncateDomainTables(db: Pick<Database, "sql">): Promise<void> {
  await db.sql.exec(truncateSql());
}

/**
 * Builds the data set for `opts.scale` and `opts.seed` (default 1) and writes it in one
 * transaction (all or nothing). Refuses a database that already has a district unless
 * `opts.reset`, which truncates the domain tables (and the audit log) first, in the same
 * transaction. Returns the rows written per table (model name).
 */
export async function seed(db: Database, opts: SeedOptions): Promise<Record<string, number>> {
  const data = buildDataset(opts.scale, opts.seed ?? 1, { district: opts.district, peer: opts.peer });
  const insertOptions: InsertOptions = {
    ...(opts.chunkSize !== undefined ? { chunkSize: opts.chunkSize } : {}),
    ...(opts.onTable ? { onTable: opts.onTable } : {}),
  };
  const written = await db.prisma.$transaction(
    async (tx) => {
      const existing = await tx.district.count();
      if (existing > 0 && !opts.reset) {
        throw new Error(
          `The database already has ${existing} district(s); refusing to seed. Pass reset: true (--reset) to empty it first.`,
        );
      }
      if (opts.reset) await tx.$executeRawUnsafe(truncateSql());
      return opts.loader === "prisma"
        ? insertDataset(tx, data, insertOptions)
        : insertDatasetSql((sql, json) => tx.$executeRawUnsafe(sql, json), data, insertOptions);
    },
    { maxWait: 60_000, timeout: 30 * 60_000 },
  );
  const out: Record<string, number> = {};
  for (const key of DATASET_ORDER) out[TABLE_NAMES[key]] = written[key] ?? 0;
  return out;
}
