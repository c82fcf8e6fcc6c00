/**
 * GraphiQL at GET /graphql (`Accept: text/html`) served entirely by this server, for analysts on an intranet
 * without internet access: yoga's default page loads its scripts from a CDN and stays blank there.
 *
 * - The page (`renderGraphiQLPage`, yoga's `renderGraphiQL`) is small: a bar above GraphiQL (who you are,
 *   how to sign in, the analysts' query guide) and references to the assets below; nothing is inlined.
 * - The assets come from the installed `@graphql-yoga/render-graphiql/graphiql` bundle (GraphiQL, React and
 *   Monaco, ~9 MB, loaded on first use): `graphiqlAssetsPlugin` serves them under /graphql-ui/ with
 *   content-hashed names, cached for a year (immutable), gzip-compressed once in memory for clients that
 *   accept it; GET and HEAD only. Monaco's three workers are served the same way (`getWorkerUrl`).
 * - Signing in: in embedded demo mode (`demoPersonas` is not empty) the bar offers the demo personas, the
 *   analyst pre-selected; otherwise a token field. The token is kept in sessionStorage and every GraphiQL
 *   request carries `Authorization: Bearer <token>` (YogaGraphiQL's `additionalHeaders`, an object its
 *   executor reads on each request, so signing in or out needs no reload).
 * - /graphql-ui/analyst-queries: api/docs/analyst-queries.md rendered to HTML, each example with a link
 *   that opens it in GraphiQL.
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import type { GraphiQLOptions, Plugin } from "graphql-yoga";
import { analystGuide, escapeHtml, guideExample } from "./guide.js";
import { PAGE_SCRIPT } from "./page-script.js";

const gzip = promisify(gzipCallback);

/** URL prefix of GraphiQL's assets and of the analysts' guide. */
export const GRAPHIQL_ASSETS_BASE = "/graphql-ui";
export const ANALYST_GUIDE_PATH = `${GRAPHIQL_ASSETS_BASE}/analyst-queries`;
const TITLE = "共建 GraphiQL（分析查询）";

/**
 * The guide's `Coverage` example, read from api/docs/analyst-queries.md (kept there only), explained in Chinese
 * comments; it answers with data for the analyst persona on the demo data (tests/e2e/graphiql.test.ts) and is
 * independent of the year.
 */
export const DEFAULT_GRAPHIQL_QUERY = `# 示例：各大党委的覆盖情况
# Example: coverage of every committee
#
# 每个有覆盖社区的大党委一行：
#   communityCount     当前覆盖的社区数
#   organizationCount  社区内未撤销的党组织数
#   memberCount        其中本大党委的现任成员单位数
#   memberShare        成员单位占比（0 到 1）
#   seatedMemberCount  有在任委员的成员单位数
#   seatedMemberShare  有在任委员的成员单位占比
#
# 只统计当前身份有权读取的记录，不含个人信息。
# 先在上方登录（演示环境可选“分析人员”），
# 再点击 ▶ 运行（或按 Ctrl-Enter）。
# 更多查询见上方的“分析查询指南”。
${guideExample("Coverage")}`;

/** Yoga's `graphiql` option: what the page starts with. */
export const graphiqlDefaults: GraphiQLOptions = {
  title: TITLE,
  endpoint: "/graphql",
  defaultQuery: DEFAULT_GRAPHIQL_QUERY,
};

// ---------------------------------------------------------------- assets

interface Asset {
  path: string;
  contentType: string;
  body: Buffer;
  /** Compressed on first request, then kept. */
  compressible: boolean;
  gzipped?: Promise<Buffer>;
}

interface Assets {
  byPath: Map<string, Asset>;
  js: string;
  css: string;
  favicon: string;
  workers: { editorWorkerService: string; json: string; graphql: string };
}

const JS = "text/javascript; charset=utf-8";

function asset(stem: string, ext: string, contentType: string, body: Buffer, compressible = true): Asset {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  return { path: `${GRAPHIQL_ASSETS_BASE}/${stem}.${hash}.${ext}`, contentType, body, compressible };
}

const pageScript = asset("graphiql-page", "js", JS, Buffer.from(PAGE_SCRIPT));

let loading: Promise<Assets> | undefined;

/** GraphiQL's bundle as served assets (loaded and hashed once). */
async function loadAssets(): Promise<Assets> {
  const bundle = await import("@graphql-yoga/render-graphiql/graphiql");
  const [, iconBase64 = ""] = bundle.favicon.split(",", 2);
  const list = {
    js: asset("graphiql", "js", JS, Buffer.from(bundle.js)),
    css: asset("graphiql", "css", "text/css; charset=utf-8", Buffer.from(bundle.css)),
    favicon: asset("favicon", "ico", "image/x-icon", Buffer.from(iconBase64, "base64"), false),
    editorWorkerService: asset("editor.worker", "js", JS, Buffer.from(bundle.editorWorkerService)),
    json: asset("json.worker", "js", JS, Buffer.from(bundle.jsonWorker)),
    graphql: asset("graphql.worker", "js", JS, Buffer.from(bundle.graphqlWorker)),
  };
  const all = [...Object.values(list), pageScript];
  return {
    byPath: new Map(all.map((a) => [a.path, a])),
    js: list.js.path,
    css: list.css.path,
    favicon: list.favicon.path,
    workers: {
      editorWorkerService: list.editorWorkerService.path,
      json: list.json.path,
      graphql: list.graphql.path,
    },
  };
}

/** The assets, loaded on the first page or asset request (again after a failure). */
function assets(): Promise<Assets> {
  if (!loading) {
    loading = loadAssets();
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

// ---------------------------------------------------------------- the page

/** JSON inside a <script> element: nothing in it can close the element. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");

const PAGE_STYLE = `
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; }
.gj-bar {
  flex: none; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 16px; padding: 6px 12px;
  font: 13px/1.5 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  color: #1f2937; background: #eef2f7; border-bottom: 1px solid #cfd6e0;
}
.gj-bar strong { font-size: 14px; }
.gj-bar a { color: #1d4ed8; }
.gj-bar label { margin-right: 4px; }
.gj-bar select, .gj-bar input { font: inherit; padding: 1px 4px; margin-right: 6px; }
.gj-bar select { max-width: 16em; }
.gj-bar input { width: 16em; }
.gj-bar code { font-size: 12px; background: #fff; padding: 0 3px; border-radius: 3px; }
.gj-who, .gj-signin { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px; }
.gj-button { font: inherit; margin-left: 4px; padding: 1px 10px; cursor: pointer; }
.gj-note { max-width: 70em; }
.gj-signed-in .gj-note { display: none; }
.gj-guide { margin-left: auto; }
#root { flex: 1 1 auto; min-height: 0; position: relative; }
#root .graphiql-container { height: 100%; width: 100%; }
.gj-loading { margin: 24px; font: 14px system-ui, sans-serif; color: #6b7280; }
`;

/** Yoga's `renderGraphiQL`: a small page that loads GraphiQL from this server only. */
export async function renderGraphiQLPage(options: GraphiQLOptions): Promise<string> {
  const a = await assets();
  const title = escapeHtml(options.title ?? TITLE);
  const config = { options, workers: a.workers };
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="${a.favicon}" />
    <link rel="stylesheet" href="${a.css}" />
    <style>${PAGE_STYLE}</style>
  </head>
  <body class="no-focus-outline">
    <header class="gj-bar" data-testid="graphiql-bar">
      <strong>${title}</strong>
      <span id="gj-who" class="gj-who"></span>
      <span id="gj-signin" class="gj-signin"></span>
      <a class="gj-guide" href="${ANALYST_GUIDE_PATH}" target="_blank" rel="noopener" data-testid="graphiql-guide">分析查询指南 / Analyst query guide</a>
    </header>
    <div id="root"><p class="gj-loading">正在加载 GraphiQL… / Loading GraphiQL…</p></div>
    <noscript>GraphiQL 需要启用 JavaScript / GraphiQL needs JavaScript.</noscript>
    <script type="application/json" id="gj-config">${scriptJson(config)}</script>
    <script defer src="${a.js}"></script>
    <script defer src="${pageScript.path}"></script>
  </body>
</html>
`;
}

// ---------------------------------------------------------------- the plugin

/** Serves /graphql-ui/*: GraphiQL's hashed assets and the analysts' guide. GET and HEAD only. */
export function graphiqlAssetsPlugin(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const { pathname } = url;
      if (pathname !== GRAPHIQL_ASSETS_BASE && !pathname.startsWith(`${GRAPHIQL_ASSETS_BASE}/`)) return;
      const text = (status: number, body: string, headers: Record<string, string> = {}) =>
        endResponse(
          new fetchAPI.Response(body, {
            status,
            headers: { "content-type": "text/plain; charset=utf-8", ...headers },
          }),
        );
      if (request.method !== "GET" && request.method !== "HEAD") {
        text(405, "Method not allowed", { allow: "GET, HEAD" });
        return;
      }
      const head = request.method === "HEAD";
      if (pathname === ANALYST_GUIDE_PATH) {
        const html = Buffer.from(await analystGuide());
        endResponse(
          new fetchAPI.Response(head ? null : new Uint8Array(html), {
            status: 200,
            headers: {
              "content-type": "text/html; charset=utf-8",
              "content-length": String(html.length),
              "cache-control": "no-cache",
              "x-content-type-options": "nosniff",
            },
          }),
        );
        return;
      }
      const found = pathname === pageScript.path ? pageScript : (await assets()).byPath.get(pathname);
      if (!found) {
        // An old page asking for a replaced asset, or a typo: never the page itself.
        text(404, "Not found");
        return;
      }
      const useGzip = found.compressible && /\bgzip\b/.test(request.headers.get("accept-encoding") ?? "");
      let payload = found.body;
      if (useGzip) {
        found.gzipped ??= gzip(found.body);
        payload = await found.gzipped;
      }
      endResponse(
        new fetchAPI.Response(head ? null : new Uint8Array(payload), {
          status: 200,
          headers: {
            "content-type": found.contentType,
            "content-length": String(payload.length),
            "cache-control": "public, max-age=31536000, immutable",
            "x-content-type-options": "nosniff",
            vary: "accept-encoding",
            ...(useGzip ? { "content-encoding": "gzip" } : {}),
          },
        }),
      );
    },
  };
}
