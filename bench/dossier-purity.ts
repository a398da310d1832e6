/**
 * Claim purity on the sample corpus: how many of the dossier's claims mix statements the gold
 * keeps apart. The gold checks (bench/dossier-examples.ts) only ask that a gold claim's sources
 * sit in one claim, which a claim that swallows its neighbours also passes; this counts the other
 * side. A support sentence "states" a gold claim (corroborated or single-source) when it shares
 * enough of its content words (the gold check's rule); a claim is mixed when one of its English
 * sentences states a gold claim X and not Y while another states Y and not X. Second count: the
 * hand-written pairs of examples/claims-apart.json that some claim joins.
 * Usage: node --import tsx bench/dossier-purity.ts [--list]
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { exampleStories } from "../test/dossier/examples-gold.js";
import { joinedApart, mixedClaims, type ApartPair } from "../test/dossier/claim-purity.js";

const root = resolve(import.meta.dirname, "..");
const { stories, articles } = await exampleStories(root);
const texts = new Map(articles.map((a) => [a.id, a.text]));
const apart = (JSON.parse(readFileSync(resolve(root, "examples", "claims-apart.json"), "utf8")) as { pairs: ApartPair[] }).pairs;
const storyIndex = (JSON.parse(readFileSync(resolve(root, "examples", "gold.json"), "utf8")) as { cross_source: { stories: { story: number; name: string }[] } }).cross_source.stories;
let joined = 0;
const gold = JSON.parse(readFileSync(resolve(root, "examples", "gold.json"), "utf8")) as { articles: Record<string, { language?: string }> };
const english = (id: string): boolean => (gold.articles[id]?.language ?? "en") === "en";
let mixed = 0;
let multi = 0;
for (const s of stories) {
  const found = mixedClaims(s.dossier, s.cross, english);
  multi += s.dossier.claims.filter((c) => c.status === "corroborated").length;
  mixed += found.length;
  const index = storyIndex.find((x) => x.name === s.name)?.story;
  const bad = joinedApart(s.dossier, apart.filter((p) => p.story === index), texts);
  joined += bad.length;
  if (process.argv.includes("--list")) for (const p of bad) console.log(`${s.name}: joined apart (${p.why})`);
  if (process.argv.includes("--list")) {
    for (const m of found) console.log(`${s.name}: ${m.claim}\n    X: ${m.x}\n    Y: ${m.y}`);
  }
}
console.log(`${mixed} mixed claims of ${multi} corroborated claims (gold-derived); ${joined} of ${apart.length} hand-written pairs kept apart joined (examples/claims-apart.json)`);
