/**
 * Development view of the dossier on ../shared/seeds, grouped by the gold story (so the
 * dossier can be judged apart from the clusterer's state). Prints Markdown, or JSON with --json.
 * Usage: node --import tsx bench/dossier-seeds.ts [--json | --check]
 * (--check: the gold `cross_source` and `quote_variants` checks, PASS/FAIL per item)
 */
import { readFileSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { readArticles, isArticle } from "../src/pipeline/read.js";
import { processBatch } from "../src/pipeline/batch.js";
import { buildDossier, renderDossierMarkdown } from "../src/dossier/index.js";
import type { Article } from "../src/core/types.js";
import { checkSeeds, type CrossSourceGold, type QuoteVariantsGold } from "../test/dossier/seeds-gold.js";

const shared = resolve(import.meta.dirname, "..", "..", "shared");
if (!existsSync(resolve(shared, "seeds"))) {
  console.error("../shared is not present beside the repository");
  process.exit(0);
}
const gold = JSON.parse(readFileSync(resolve(shared, "gold", "seeds.json"), "utf8")) as { clusters: { events: string[][] } };
const read: Article[] = [];
for await (const r of readArticles([resolve(shared, "seeds")])) if (isArticle(r)) read.push(r);
// The batch's own articles: the analyses' offsets point into their texts.
const { articles, analyses } = processBatch(read, "analyze");
const eventOf = new Map<string, string>();
gold.clusters.events.forEach((ids, i) => ids.forEach((id) => eventOf.set(id, "ev" + i)));
const items = articles.map((article, i) => ({
  article,
  analysis: analyses[i]!,
  assignment: { id: article.id, event: eventOf.get(article.id) ?? article.id, story: "seeds", duplicate_of: null },
}));
const t0 = performance.now();
const d = buildDossier("seeds", null, items);
console.error(`dossier built in ${(performance.now() - t0).toFixed(1)} ms`);
if (process.argv.includes("--check")) {
  const g = JSON.parse(readFileSync(resolve(shared, "gold", "seeds.json"), "utf8")) as { cross_source: CrossSourceGold; quote_variants: QuoteVariantsGold };
  for (const c of checkSeeds(d, articles, g.cross_source, g.quote_variants)) console.log(`${c.ok ? "PASS" : "FAIL"}  ${c.name}  [${c.detail}]`);
} else if (process.argv.includes("--json")) console.log(JSON.stringify(d, null, 1));
else console.log(renderDossierMarkdown(d));
