import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module): Node loads the CJS build for the libraries
    // (Pothos, yoga), so the sources under test must use the same one, or types from the two
    // copies are "from another realm".
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
    // Fail on a focused (.only) test left behind.
    allowOnly: false,
  },
});
