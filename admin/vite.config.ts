import { createRequire } from "node:module";
import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * react-router 7's package exports name only its development build (warnings and checks included); its
 * production build sits beside it in dist/production. The console's build uses that one (a few kB less of
 * the first page's JavaScript, `pnpm bench:admin`); the dev server keeps the development build.
 */
function reactRouterProduction() {
  const require = createRequire(require_from());
  const routerDir = path.dirname(
    createRequire(require.resolve("react-router-dom/package.json")).resolve("react-router/package.json"),
  );
  return [
    { find: /^react-router$/, replacement: path.join(routerDir, "dist/production/index.mjs") },
    { find: /^react-router\/dom$/, replacement: path.join(routerDir, "dist/production/dom-export.mjs") },
  ];
}
const require_from = () => path.join(import.meta.dirname, "package.json");

/**
 * The console is served by the API at /admin (api/src/server/console.ts), so it is built with that base.
 * `manifest: true` lets the benchmark find the initial chunks; pages and the data provider are lazy chunks.
 */
export default defineConfig(({ command }) => ({
  base: "/admin/",
  plugins: [react()],
  resolve: { alias: command === "build" ? reactRouterProduction() : [] },
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
}));
