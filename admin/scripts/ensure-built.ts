/**
 * `pnpm start` runs this first: builds the console (admin/dist) when it is missing or older than its
 * sources, so the one run command serves an up-to-date console at /admin. Set SKIP_ADMIN_BUILD=1 to skip.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const admin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const built = path.join(admin, "dist", "index.html");

function newest(entry: string): number {
  if (!existsSync(entry)) return 0;
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = 0;
  for (const name of readdirSync(entry)) {
    if (name === "node_modules" || name === "dist") continue;
    latest = Math.max(latest, newest(path.join(entry, name)));
  }
  return latest;
}

const sources = ["src", "codegen", "index.html", "vite.config.ts", "package.json"].map((p) => path.join(admin, p));
const sourceTime = Math.max(...sources.map(newest));
const builtTime = existsSync(built) ? statSync(built).mtimeMs : 0;

if (process.env.SKIP_ADMIN_BUILD === "1") {
  console.log("admin: build skipped (SKIP_ADMIN_BUILD=1)");
} else if (builtTime >= sourceTime) {
  console.log("admin: console is up to date (admin/dist)");
} else {
  console.log(builtTime ? "admin: sources changed, building the console…" : "admin: building the console…");
  const result = spawnSync("pnpm", ["--filter", "@gongjian/admin", "build"], { stdio: "inherit", cwd: admin });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
