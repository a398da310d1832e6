/**
 * The sample corpus (examples/corpus) grouped by its gold stories, with each story's dossier built
 * from the real extraction and analysis but the gold's events, stories and copies: the dossier is
 * judged apart from the clusterer. Shared by the examples test and bench/dossier-examples.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readArticles, isArticle } from "../../src/pipeline/read.js";
import { processBatch } from "../../src/pipeline/batch.js";
import { buildDossier, type Dossier } from "../../src/dossier/index.js";
import type { Article } from "../../src/core/types.js";
import type { CrossSourceGold, QuoteVariantsGold } from "./seeds-gold.js";

export interface ExampleStory {
  name: string;
  ids: string[];
  dossier: Dossier;
  cross: CrossSourceGold;
  quotes: QuoteVariantsGold;
}

interface ExamplesGold {
  clusters: { events: string[][]; stories: string[][] };
  duplicates: Record<string, string>;
  cross_source: { stories: ({ story: number; name: string } & CrossSourceGold)[] };
  quote_variants: { groups: { variants: { id: string; starts: string }[] }[] };
}

/**
 * Every gold story of the sample corpus with its dossier, and the articles read. `setDir` is a
 * folder laid out as examples/ (corpus/ and gold.json): the sample corpus by default, or one of the
 * held-out sets under examples/heldout.
 */
export async function exampleStories(repoRoot: string, setDir = join(repoRoot, "examples")): Promise<{ stories: ExampleStory[]; articles: Article[] }> {
  const gold = JSON.parse(readFileSync(join(setDir, "gold.json"), "utf8")) as ExamplesGold;
  const read: Article[] = [];
  for await (const r of readArticles([join(setDir, "corpus")])) if (isArticle(r)) read.push(r);
  // The batch's own articles: their texts are what the analyses' offsets point into.
  const { articles, analyses } = processBatch(read, "analyze");
  const eventOf = new Map<string, string>();
  gold.clusters.events.forEach((ids, i) => ids.forEach((id) => eventOf.set(id, "ev" + i)));
  const storyOf = new Map<string, number>();
  gold.clusters.stories.forEach((ids, i) => ids.forEach((id) => storyOf.set(id, i)));
  const items = articles.map((article, i) => ({
    article,
    analysis: analyses[i]!,
    assignment: { id: article.id, event: eventOf.get(article.id) ?? article.id, story: "s" + (storyOf.get(article.id) ?? article.id), duplicate_of: gold.duplicates[article.id] ?? null },
  }));
  const stories = gold.cross_source.stories.map((s) => {
    const ids = gold.clusters.stories[s.story]!;
    const dossier = buildDossier("s" + s.story, null, items.filter((it) => ids.includes(it.article.id)));
    const groups = gold.quote_variants.groups.filter((g) => g.variants.every((v) => ids.includes(v.id))).map((g) => g.variants);
    // The gold lists a syndicated copy beside its original; the dossier counts the copy under its
    // original (it adds no wording of its own), so the original stands for both.
    const original = (id: string): string => gold.duplicates[id] ?? id;
    const dedupe = <T extends { sources: string[] }>(c: T): T => ({ ...c, sources: [...new Set(c.sources.map(original))] });
    const cross = { corroborated: s.corroborated.map(dedupe), single_source: s.single_source.map(dedupe), conflicts: s.conflicts };
    return { name: s.name, ids, dossier, cross, quotes: { groups } };
  });
  return { stories, articles };
}
