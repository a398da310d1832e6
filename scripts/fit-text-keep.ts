// Checks that the text cleaner does not gut clean text: runs cleanText over WCXB-dev ground-truth
// `main_content` (already clean article bodies) and reports the share of words kept (bag-of-words recall,
// tokens = \w+ of the lower-cased text, as in ../shared/data/README.md), micro and macro, plus the words
// lost per removal reason. Usage: node --import tsx scripts/fit-text-keep.ts [--show N]
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { cleanText } from "../src/extract/text/index.js";

const dir = resolve(import.meta.dirname, "..", "..", "shared", "data", "wcxb-dev", "ground-truth");
if (!existsSync(dir)) {
  console.error(`fit-text-keep: ${dir} is absent; nothing to measure`);
  process.exit(1);
}
const show = Number(process.argv[process.argv.indexOf("--show") + 1] ?? 0) || 0;

function bag(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of text.toLowerCase().match(/\w+/g) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}
function size(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

let goldWords = 0;
let keptWords = 0;
let macro = 0;
let pages = 0;
const lostBy = new Map<string, number>();
const worst: Array<[number, string]> = [];
for (const f of readdirSync(dir).sort()) {
  const gt = JSON.parse(readFileSync(resolve(dir, f), "utf8")) as { ground_truth?: { main_content?: string } };
  const text = gt.ground_truth?.main_content;
  if (!text || text.trim().length === 0) continue;
  const r = cleanText(text, { title: false });
  const g = bag(text);
  const c = bag(r.text);
  let overlap = 0;
  for (const [w, n] of g) overlap += Math.min(n, c.get(w) ?? 0);
  const gn = size(g);
  goldWords += gn;
  keptWords += overlap;
  macro += gn === 0 ? 1 : overlap / gn;
  pages++;
  for (const x of r.removed) lostBy.set(x.reason, (lostBy.get(x.reason) ?? 0) + (x.text.match(/\w+/g)?.length ?? 0));
  worst.push([gn === 0 ? 1 : overlap / gn, f]);
}
console.log(`pages ${pages}  words kept: micro ${(100 * keptWords / goldWords).toFixed(2)}%  macro ${(100 * macro / pages).toFixed(2)}%`);
console.log("words removed by reason:", Object.fromEntries([...lostBy].sort((a, b) => b[1] - a[1])));
worst.sort((a, b) => a[0] - b[0]);
for (const [k, f] of worst.slice(0, show)) {
  console.log(`\n### ${f} kept ${(100 * k).toFixed(1)}%`);
  const gt = JSON.parse(readFileSync(resolve(dir, f), "utf8")) as { ground_truth: { main_content: string } };
  for (const x of cleanText(gt.ground_truth.main_content, { title: false }).removed) console.log(`  [${x.reason}] ${x.text.slice(0, 160)}`);
}
