import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The console is served by the API at /admin (api/src/server/console.ts), so it is built with that base.
 * `manifest: true` lets the benchmark find the initial chunks; pages and the data provider are lazy chunks.
 */
export default defineConfig({
  base: "/admin/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
  server: {
    proxy: { "/graphql": process.env.API_URL ?? "http://localhost:4000" },
  },
});
