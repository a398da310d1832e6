/**
 * Contradiction precision check on ../shared/data/ecbplus-dev: one dossier per gold event
 * (articles grouped by the gold `event`), counting events where a contradiction is reported and
 * printing each one for inspection; the last line gives the figure (events with a contradiction,
 * and their share of all events). Whether each reported one is false is judged by reading them. Uses the language layer when it loads, else tokens alone.
 * Usage: node --import tsx bench/dossier-ecbplus.ts [--threshold X] [--show N]
 */
import { readFileSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Analysis, Article } from "../src/core/types.js";
import { tokenize } from "../src/core/tokenize.js";
import { buildDossier, type DossierInput } from "../src/dossier/index.js";

const dir = resolve(import.meta.dirname, "..", "..", "shared", "data", "ecbplus-dev");
if (!existsSync(dir)) {
  console.error("../shared/data/ecbplus-dev is not present");
  process.exit(0);
}
const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const threshold = arg("--threshold", 0.5);
const show = arg("--show", 1000);

let analyze: (a: Article) => Analysis = (a) => ({ id: a.id, language: "en", tokens: tokenize(a.text), sentences: [], entities: [], dates: [], quotes: [] });
let layer = "tokens only";
try {
  const nlp = (await import("../src/nlp/index.js")) as { analyze: (a: Article) => Analysis };
  analyze = nlp.analyze;
  layer = "src/nlp analyze";
} catch (err) {
  console.error(`language layer did not load (${err instanceof Error ? err.message : String(err)}); using tokens only`);
}

const lines = (f: string): Record<string, unknown>[] => readFileSync(resolve(dir, f), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const gold = new Map(lines("gold.jsonl").map((g) => [g.id as string, g as { event: string; story: string }]));
const byEvent = new Map<string, DossierInput[]>();
for (const r of lines("articles.jsonl")) {
  const id = r.id as string;
  const g = gold.get(id);
  if (!g) continue;
  // PTB quote marks back to plain ones, so quotes and clauses read naturally.
  const text = (r.text as string).replace(/``\s?/g, '"').replace(/\s?''/g, '"');
  const article: Article = { id, path: id, url: null, outlet: null, title: null, byline: null, published: null, dateline: null, language: "en", text, removed: [] };
  const input = { article, analysis: analyze(article), assignment: { id, event: g.event, story: g.story, duplicate_of: null } };
  byEvent.set(g.event, [...(byEvent.get(g.event) ?? []), input]);
}
let withContradiction = 0;
let total = 0;
let shown = 0;
const t0 = performance.now();
for (const [event, items] of byEvent) {
  total++;
  const d = buildDossier(items[0]!.assignment.story, event, items, { contradictionThreshold: threshold });
  if (d.contradictions.length === 0) continue;
  withContradiction++;
  for (const x of d.contradictions) {
    if (shown++ >= show) break;
    console.log(`\n== ${event} ${x.kind} "${x.about}" conf ${x.confidence}`);
    for (const s of x.sides) for (const c of s.citations) console.log(`   [${s.label}] ${c.article}: ${c.text.replace(/\s+/g, " ").slice(0, 220)}`);
  }
}
console.log(
  `\n${JSON.stringify({ layer, threshold, events: total, articles: [...byEvent.values()].reduce((s, x) => s + x.length, 0), eventsWithContradiction: withContradiction, share: Math.round((1000 * withContradiction) / Math.max(1, total)) / 1000, ms: Math.round(performance.now() - t0) })}`,
);
