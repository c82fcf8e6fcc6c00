export { Prisma, PrismaClient } from "../generated/client/client.js";
export * from "../generated/client/enums.js";
export { creditCodeCheckChar, isValidCreditCode } from "./codes/creditCode.js";
export { idNumberCheckChar, isValidIdNumber } from "./codes/idNumber.js";
export { type DatabaseConfig, databaseConfigFromEnv, defaultEmbeddedDir, migrationsDir } from "./config.js";
export { type Database, migratePostgres, type OpenOptions, openDatabase } from "./database.js";
export { migrate, readMigrations } from "./migrate.js";
export { pgliteRunner, pgRunner, type SqlRunner } from "./runner.js";
