/**
 * The analysts' query guide at /graphql-ui/analyst-queries: api/docs/analyst-queries.md rendered to HTML
 * with markdown-it (raw HTML in the Markdown is not passed through), each `graphql` example followed by a
 * link that opens it in GraphiQL. Rendered once, on first use.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import MarkdownIt from "markdown-it";

const GUIDE_FILE = new URL("../../../docs/analyst-queries.md", import.meta.url);

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

/**
 * The guide's `graphql` example whose operation is `query <name>`, as written there (GraphiQL opens with
 * one of them: the guide stays the one place the example is kept).
 */
export function guideExample(name: string): string {
  const markdown = readFileSync(GUIDE_FILE, "utf8");
  const example = new RegExp(`\`\`\`graphql\n(query ${name}\\b[\\s\\S]*?)\`\`\``).exec(markdown)?.[1];
  if (!example) throw new Error(`api/docs/analyst-queries.md has no example "query ${name}"`);
  return example;
}

let guide: Promise<string> | undefined;

function renderGuide(markdown: string): string {
  const md = new MarkdownIt({ html: false, linkify: false });
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, opts, env, self) => {
    const html = fence ? fence(tokens, idx, opts, env, self) : self.renderToken(tokens, idx, opts);
    const token = tokens[idx];
    if (token?.info.trim() !== "graphql") return html;
    const href = `/graphql?query=${encodeURIComponent(token.content.trim())}`;
    return `${html}<p class="open"><a href="${escapeHtml(href)}">在 GraphiQL 中打开 / Open in GraphiQL</a></p>\n`;
  };
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>分析查询指南 / Analyst query guide</title>
    <style>
      body { margin: 0 auto; max-width: 72em; padding: 16px 24px 48px; color: #1f2937;
        font: 15px/1.6 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
      nav { margin-bottom: 8px; }
      a { color: #1d4ed8; }
      table { border-collapse: collapse; display: block; overflow-x: auto; margin: 12px 0; }
      th, td { border: 1px solid #d1d5db; padding: 4px 8px; vertical-align: top; text-align: left; }
      th { background: #f3f4f6; }
      code { font: 13px/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #f3f4f6; padding: 0 3px; }
      pre { background: #f3f4f6; padding: 10px 14px; overflow-x: auto; margin-bottom: 4px; }
      pre code { padding: 0; }
      p.open { margin-top: 0; font-size: 13px; }
    </style>
  </head>
  <body>
    <nav><a href="/graphql">← 返回 GraphiQL / Back to GraphiQL</a></nav>
    <article lang="en">
${md.render(markdown)}
    </article>
  </body>
</html>
`;
}

export function analystGuide(): Promise<string> {
  if (!guide) {
    guide = readFile(GUIDE_FILE, "utf8").then(renderGuide);
    guide.catch(() => {
      guide = undefined;
    });
  }
  return guide;
}
