import { databaseConfigFromEnv, migratePostgres, openDatabase } from "../index.js";

const config = databaseConfigFromEnv();
if (config.kind === "postgres") {
  const applied = await migratePostgres(config.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} else {
  const db = await openDatabase(config); // the embedded database migrates when opened
  await db.close();
  console.log(`Embedded database at ${config.dataDir ?? "(memory)"} is up to date.`);
}
