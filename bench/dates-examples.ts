/**
 * Date resolution on the sample corpus (examples/): each day-level item of the gold `dates` list
 * (an expression in one article and the day it names) against the date mention that covers the
 * expression in that article's analysis. A year-less answer counts when its month and day match.
 * Prints the misses and a count.
 * Usage: node --import tsx bench/dates-examples.ts
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Analysis } from "../src/core/types.js";
import { analyze } from "../src/nlp/index.js";
import { isArticle, readArticles } from "../src/pipeline/read.js";

interface GoldDate {
  id: string;
  expression: string;
  resolved: string;
  anchor?: string;
}

const root = resolve(import.meta.dirname, "..");
const gold = (JSON.parse(readFileSync(resolve(root, "examples/gold.json"), "utf8")) as { dates: { items: GoldDate[] } }).dates.items;
const analysed = new Map<string, { text: string; published: string | null; analysis: Analysis }>();
for await (const a of readArticles([resolve(root, "examples/corpus")])) if (isArticle(a)) analysed.set(a.id, { text: a.text, published: a.published, analysis: analyze(a) });

let right = 0;
let items = 0;
for (const g of gold) {
  if (!/^\d{4}-\d\d-\d\d$/.test(g.resolved)) continue; // weeks, months and spans are not scored here
  items++;
  const a = analysed.get(g.id);
  const at = a ? a.text.indexOf(g.expression) : -1;
  const d = a && at >= 0 ? a.analysis.dates.find((x) => x.start < at + g.expression.length && x.end > at) : undefined;
  const got = d?.resolved ?? null;
  if (got === g.resolved || (got !== null && got.startsWith("--") && g.resolved.endsWith(got.slice(1)))) {
    right++;
    continue;
  }
  console.log(`MISS  ${g.id}: "${g.expression}" is ${g.resolved}; got ${got ?? "nothing"}${d?.anchor ? ` (anchor: ${d.anchor})` : ""}${a ? "" : " (article not found)"}`);
}
console.log(`${right}/${items} day-level gold dates right`);
