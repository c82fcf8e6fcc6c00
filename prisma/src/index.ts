export { PrismaClient, Prisma } from "../generated/client/client.js";
export * from "../generated/client/enums.js";
export { databaseConfigFromEnv, defaultEmbeddedDir, migrationsDir, type DatabaseConfig } from "./config.js";
export { openDatabase, migratePostgres, type Database, type OpenOptions } from "./database.js";
export { migrate, readMigrations } from "./migrate.js";
export { pgRunner, pgliteRunner, type SqlRunner } from "./runner.js";
export { creditCodeCheckChar, isValidCreditCode } from "./codes/creditCode.js";
export { idNumberCheckChar, isValidIdNumber } from "./codes/idNumber.js";
