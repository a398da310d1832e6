/**
 * Development view of the dossier on the sample corpus (examples/), one dossier per gold story:
 * the gold `cross_source` and `quote_variants` checks, PASS/FAIL per item, and a count.
 * Usage: node --import tsx bench/dossier-examples.ts [--md] [--set DIR]
 *   --md: also print each dossier; --set: a folder laid out as examples/ (corpus/, gold.json), such as
 *   examples/heldout/NAME (default: examples).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderDossierMarkdown } from "../src/dossier/index.js";
import { exampleStories } from "../test/dossier/examples-gold.js";
import { checkSeeds } from "../test/dossier/seeds-gold.js";

const root = resolve(import.meta.dirname, "..");
const setAt = process.argv.indexOf("--set");
const setDir = setAt >= 0 ? resolve(process.argv[setAt + 1]!) : resolve(root, "examples");
const { stories, articles } = await exampleStories(root, setDir);
const gold = JSON.parse(readFileSync(resolve(setDir, "gold.json"), "utf8")) as { articles: Record<string, { language?: string }> };
// As in the test: a translated article's wording cannot be compared with English paraphrases.
const english = (id: string): boolean => (gold.articles[id]?.language ?? "en") === "en";
let pass = 0;
let total = 0;
for (const s of stories) {
  console.log(`## ${s.name}`);
  if (process.argv.includes("--md")) console.log(renderDossierMarkdown(s.dossier));
  for (const c of checkSeeds(s.dossier, articles, s.cross, s.quotes, english)) {
    total++;
    if (c.ok) pass++;
    console.log(`${c.ok ? "PASS" : "FAIL"}  ${c.name}  [${c.detail}]`);
  }
}
console.log(`\n${pass}/${total} checks pass`);
