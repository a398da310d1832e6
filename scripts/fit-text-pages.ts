// Generalisation check of the text cleaner on whole web pages: WCXB-dev HTML is flattened to plain text
// (one line per block element, scripts/styles dropped, as a naive scraper would), then cleanText runs on it.
// Prints WCXB word-bag P/R/F1 against ground-truth main_content (macro over pages) for the raw page text and
// for the cleaned text, so the cleaner's gain on unseen boilerplate is visible.
// Usage: node --import tsx scripts/fit-text-pages.ts [maxPages]
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { resolve } from "node:path";
import { Parser } from "htmlparser2";
import { cleanText } from "../src/extract/text/index.js";

const base = resolve(import.meta.dirname, "..", "..", "shared", "data", "wcxb-dev");
if (!existsSync(base)) {
  console.error(`fit-text-pages: ${base} is absent; nothing to measure`);
  process.exit(1);
}
const maxPages = Number(process.argv[2] ?? 0) || Infinity;
const SKIP = new Set(["script", "style", "noscript", "svg", "template", "iframe", "head"]);
const BLOCK = new Set("p div li ul ol h1 h2 h3 h4 h5 h6 br tr td th section article header footer nav aside figure figcaption blockquote pre dd dt table form title".split(" "));

/** Flattens HTML to lines of text, one per block element. */
function htmlToText(html: string): string {
  const out: string[] = [];
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skip++;
        if (BLOCK.has(name)) out.push("\n");
      },
      onclosetag(name) {
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        if (BLOCK.has(name)) out.push("\n");
      },
      ontext(t) {
        if (skip === 0) out.push(t.replace(/\s+/g, " "));
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.join("");
}

function bag(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of text.toLowerCase().match(/\w+/g) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}
function prf(pred: string, gold: string): [number, number, number] {
  const p = bag(pred);
  const g = bag(gold);
  let overlap = 0;
  let np = 0;
  let ng = 0;
  for (const v of p.values()) np += v;
  for (const [w, v] of g) {
    ng += v;
    overlap += Math.min(v, p.get(w) ?? 0);
  }
  const P = np === 0 ? 0 : overlap / np;
  const R = ng === 0 ? 0 : overlap / ng;
  return [P, R, P + R === 0 ? 0 : (2 * P * R) / (P + R)];
}

const sums = { raw: [0, 0, 0], clean: [0, 0, 0] };
let n = 0;
let bytes = 0;
let ms = 0;
for (const f of readdirSync(resolve(base, "ground-truth")).sort()) {
  if (n >= maxPages) break;
  const id = f.replace(/\.json$/, "");
  const htmlPath = resolve(base, "html", `${id}.html.gz`);
  if (!existsSync(htmlPath)) continue;
  const gold = (JSON.parse(readFileSync(resolve(base, "ground-truth", f), "utf8")) as { ground_truth?: { main_content?: string } }).ground_truth?.main_content;
  if (!gold) continue;
  const text = htmlToText(gunzipSync(readFileSync(htmlPath)).toString("utf8"));
  const t = performance.now();
  const r = cleanText(text);
  ms += performance.now() - t;
  bytes += Buffer.byteLength(text);
  const a = prf(text, gold);
  const b = prf(r.text, gold);
  for (let i = 0; i < 3; i++) {
    sums.raw[i]! += a[i]!;
    sums.clean[i]! += b[i]!;
  }
  n++;
}
const fmt = (s: number[]): string => s.map((x) => (x / n).toFixed(3)).join(" / ");
console.log(`pages ${n}  (P / R / F1, macro, WCXB word-bag metric)`);
console.log(`raw page text:   ${fmt(sums.raw)}`);
console.log(`after cleanText: ${fmt(sums.clean)}`);
console.log(`cleanText speed on page text: ${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s`);
