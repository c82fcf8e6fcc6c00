/**
 * The admin console (admin/, built by Vite into admin/dist) served by the API itself at /admin, so the
 * console and /graphql are one origin and one process (`pnpm start`).
 *
 * - /admin/assets/* (content-hashed names): cached for a year, immutable.
 * - other files under /admin/: served as they are; unknown paths under /admin/ answer index.html (the
 *   console's client-side routes); index.html is never cached (`no-cache`), so a new build is picked up.
 * - / redirects to /admin/.
 * - Paths are resolved inside the dist folder only (no `..` escape); GET and HEAD only.
 * - Hashed JavaScript and CSS are sent gzip-compressed to clients that accept it (compressed once, kept in memory).
 * - If the console has not been built, /admin answers 404 with how to build it.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Plugin } from "graphql-yoga";

export const defaultConsoleDir = fileURLToPath(new URL("../../../admin/dist", import.meta.url));

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

export interface ConsoleOptions {
  /** The built console (default admin/dist). */
  dir?: string;
  /** URL prefix (default /admin). */
  base?: string;
}

async function fileAt(file: string): Promise<Buffer | null> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return null;
    return await readFile(file);
  } catch {
    return null;
  }
}

export function consolePlugin({ dir = defaultConsoleDir, base = "/admin" }: ConsoleOptions = {}): Plugin {
  const root = path.resolve(dir);
  const compressed = new Map<string, Buffer>();
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      if (url.pathname === "/") {
        endResponse(new fetchAPI.Response(null, { status: 302, headers: { location: `${base}/` } }));
        return;
      }
      if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return;
      if (url.pathname === base) {
        endResponse(new fetchAPI.Response(null, { status: 301, headers: { location: `${base}/` } }));
        return;
      }
      let relative: string;
      try {
        relative = decodeURIComponent(url.pathname.slice(base.length + 1));
      } catch {
        endResponse(new fetchAPI.Response("Bad request", { status: 400 }));
        return;
      }
      const target = path.resolve(root, relative);
      const inside = target === root || target.startsWith(`${root}${path.sep}`);
      const body = inside && relative !== "" ? await fileAt(target) : null;
      const head = request.method === "HEAD";
      if (body) {
        const ext = path.extname(target).toLowerCase();
        const immutable = relative.startsWith("assets/");
        const gzip =
          immutable &&
          (ext === ".js" || ext === ".css") &&
          /\bgzip\b/.test(request.headers.get("accept-encoding") ?? "");
        let payload = body;
        if (gzip) {
          payload = compressed.get(target) ?? gzipSync(body);
          compressed.set(target, payload);
        }
        endResponse(
          new fetchAPI.Response(head ? null : new Uint8Array(payload), {
            status: 200,
            headers: {
              "content-type": contentTypes[ext] ?? "application/octet-stream",
              "content-length": String(payload.length),
              "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
              "x-content-type-options": "nosniff",
              vary: "accept-encoding",
              ...(gzip ? { "content-encoding": "gzip" } : {}),
            },
          }),
        );
        return;
      }
      // A missing hashed asset is a 404 (an old page asking for a replaced chunk), not the SPA page.
      if (relative.startsWith("assets/") || !inside) {
        endResponse(new fetchAPI.Response("Not found", { status: 404, headers: { "content-type": "text/plain" } }));
        return;
      }
      const index = await fileAt(path.join(root, "index.html"));
      if (!index) {
        endResponse(
          new fetchAPI.Response(
            "管理后台尚未构建：运行 pnpm build:admin / The console is not built: run pnpm build:admin",
            { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } },
          ),
        );
        return;
      }
      endResponse(
        new fetchAPI.Response(head ? null : new Uint8Array(index), {
          status: 200,
          headers: {
            "content-type": "text/html; charset=utf-8",
            "cache-control": "no-cache",
            "x-content-type-options": "nosniff",
            "x-frame-options": "DENY",
          },
        }),
      );
    },
  };
}
