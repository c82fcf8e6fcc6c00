import { defineConfig } from "prisma/config";

// Prisma's CLI is used only to generate the client and the Pothos types; migrations are
// applied by our own runner (src/migrate.ts) because `prisma migrate` needs a binary engine.
export default defineConfig({
  schema: "schema.prisma",
  migrations: { path: "migrations" },
});
