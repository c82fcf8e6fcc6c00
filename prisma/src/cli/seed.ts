/**
 * pnpm db:seed --scale demo|small|district [--seed N] [--reset] [--loader sql|prisma]
 *              [--district CODE:NAME] [--peer CODE:NAME:SEED]
 *
 * `--district` seeds another district than 和泰区 (210102); `--peer` links some organisations to
 * superiors that are real organisations of the peer district's data set (seeded with that seed),
 * for running several districts behind the federation gateway (README, "Running several districts").
 *
 * Seeds the database of DATABASE_URL (or the embedded one in PGLITE_DIR / .data/pglite),
 * migrating it first. Refuses a non-empty database unless --reset.
 */
import { parseArgs } from "node:util";
import { databaseConfigFromEnv } from "../config.js";
import { openDatabase } from "../database.js";
import { type SeedScale, seed } from "../seed/seed.js";

const usage =
  "usage: pnpm db:seed --scale demo|small|district [--seed N] [--reset] [--loader sql|prisma] [--district CODE:NAME] [--peer CODE:NAME:SEED]";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "demo" },
    seed: { type: "string", default: "1" },
    reset: { type: "boolean", default: false },
    loader: { type: "string", default: "sql" },
    district: { type: "string" },
    peer: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
  strict: true,
});

if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (values.scale !== "demo" && values.scale !== "small" && values.scale !== "district") {
  console.error(`Unknown scale "${values.scale}". ${usage}`);
  process.exit(2);
}
const seedValue = Number(values.seed);
if (!Number.isSafeInteger(seedValue)) {
  console.error(`--seed must be an integer. ${usage}`);
  process.exit(2);
}
const scale: SeedScale = values.scale;
if (values.loader !== "sql" && values.loader !== "prisma") {
  console.error(`--loader must be sql or prisma. ${usage}`);
  process.exit(2);
}
const loader = values.loader;

function districtArg(value: string | undefined, flag: string) {
  if (value === undefined) return undefined;
  const [code = "", name = "", seedText] = value.split(":");
  if (!/^\d{6}$/.test(code) || !name) {
    console.error(`${flag} must be CODE:NAME with a 6-digit code. ${usage}`);
    process.exit(2);
  }
  return { code, name, seed: seedText === undefined ? 1 : Number(seedText) };
}
const district = districtArg(values.district, "--district");
const peer = districtArg(values.peer, "--peer");

const config = databaseConfigFromEnv();
const where =
  config.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${config.dataDir ?? "memory"}`;
const started = performance.now();
const db = await openDatabase(config, { migrate: true });
try {
  console.log(`Seeding ${where}: scale ${scale}, seed ${seedValue}${values.reset ? ", reset" : ""}, loader ${loader}`);
  const seeding = performance.now();
  const counts = await seed(db, {
    scale,
    seed: seedValue,
    reset: values.reset,
    loader,
    ...(district ? { district: { code: district.code, name: district.name } } : {}),
    ...(peer ? { peer: { district: { code: peer.code, name: peer.name }, scale, seed: peer.seed } } : {}),
    onTable: (table, rows, ms) =>
      console.log(`  ${table.padEnd(22)} ${String(rows).padStart(8)} rows ${ms.toFixed(0).padStart(7)} ms`),
  });
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const seconds = (performance.now() - seeding) / 1000;
  console.log(
    `Seeded ${total} rows in ${seconds.toFixed(1)} s (${((performance.now() - started) / 1000).toFixed(1)} s with opening and migrating).`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
