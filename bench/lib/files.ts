import { createWriteStream, existsSync, mkdirSync, renameSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { generateStream, type GeneratedArticle } from "./generator.js";

/** Where generated corpora are cached between stage processes of one run. */
export const GEN_DIR = join(tmpdir(), "newsfold-bench");

/** The bench corpus of `size` full articles (one seed for every stage, so stages see the same data). */
export function benchStream(size: number): Generator<GeneratedArticle> {
  return generateStream({ articles: size, seed: 7 });
}

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A generated article as a news page: header navigation, the article's paragraphs, a footer. */
export function asHtmlPage(g: GeneratedArticle): string {
  const a = g.article;
  const paras = a.text.split("\n").map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(a.title ?? "")} | ${escapeHtml(a.outlet ?? "")}</title>
<meta property="og:title" content="${escapeHtml(a.title ?? "")}"><meta property="article:published_time" content="${a.published ?? ""}"></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>${escapeHtml(a.title ?? "")}</h1><time datetime="${a.published ?? ""}">${a.published ?? ""}</time>
${paras}
</article><aside><h2>Most read</h2><ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Weather warning issued</a></li></ul></aside></main>
<footer><p>© ${escapeHtml(a.outlet ?? "")}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>`;
}

/**
 * Writes (once) the generated corpus of `size` articles as JSON Lines and returns its path;
 * `html` writes each article as a news page in the `html` field instead of `text`.
 */
export async function generatedJsonl(size: number, html = false): Promise<string> {
  mkdirSync(GEN_DIR, { recursive: true });
  const path = join(GEN_DIR, `gen2-${size}${html ? "-html" : ""}.jsonl`);
  if (existsSync(path)) return path;
  const tmp = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(tmp);
  for (const g of benchStream(size)) {
    const a = g.article;
    const rec = { id: a.id, title: a.title, outlet: a.outlet, published: a.published, ...(html ? { html: asHtmlPage(g) } : { text: a.text }) };
    if (!out.write(JSON.stringify(rec) + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  renameSync(tmp, path);
  return path;
}
