/**
 * Where a dossier's time goes on the stage bench's story (bench/stages/dossier.ts: generated
 * articles through the real language layer): CPU milliseconds per phase of a cold build, and of
 * the rebuild after one more article joins (per-article features cached).
 * Usage: node --import tsx bench/dossier-phases.ts [--size 200]
 */
import { analyze } from "../src/nlp/index.js";
import { type DossierInput } from "../src/dossier/index.js";
import { dossierPhaseCpu } from "./lib/dossier-phases.js";
import { generateStream } from "./lib/generator.js";

const i = process.argv.indexOf("--size");
const size = i >= 0 ? Number(process.argv[i + 1]) : 200;
const inputs: DossierInput[] = [...generateStream({ articles: size + 1, seed: 3, maxStories: 1 })].map((g) => ({
  article: g.article,
  analysis: analyze(g.article),
  assignment: { id: g.article.id, event: g.event, story: g.story, duplicate_of: g.copyOf },
}));
for (const [name, items] of [["cold", inputs.slice(0, size)], ["rebuild +1", inputs]] as const) {
  const { clauses, times } = dossierPhaseCpu([...items]);
  const total = Object.values(times).reduce((a, b) => a + b, 0);
  console.log(JSON.stringify({ build: name, articles: items.length, clauses, totalCpuMs: total, ...times }));
}
