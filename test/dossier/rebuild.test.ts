/**
 * A rebuild after articles join must give the dossier a cold build of the same members gives.
 * A rebuild reuses what earlier builds cached per Analysis, per Quote and per phrase (features,
 * quote keys, passages, word pairs); a cold build here gets deep copies of the analyses, so every
 * one of those caches misses. Members are added one at a time, in their order and shuffled, on
 * the sample corpus's stories and on generated stories, with the stories of several events also
 * built per event.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readArticles, isArticle } from "../../src/pipeline/read.js";
import { processBatch } from "../../src/pipeline/batch.js";
import { analyze } from "../../src/nlp/index.js";
import { buildDossiers, type DossierInput } from "../../src/dossier/index.js";
import { generateStream } from "../../bench/lib/generator.js";
import { shuffled } from "../helpers/shuffle.js";
import type { Article } from "../../src/core/types.js";

const root = join(import.meta.dirname, "..", "..");

/** The same members with analyses no cache has seen. */
const cold = (items: DossierInput[]): DossierInput[] => items.map((it) => ({ ...it, analysis: structuredClone(it.analysis) }));


/**
 * Adds the members one at a time with their analyses kept (each build warms the caches for the
 * next), and at the given steps compares the dossiers with a cold build of the same members.
 */
function assertRebuildsMatchCold(name: string, members: DossierInput[], checkEvery = 1): void {
  for (let k = 1; k <= members.length; k++) {
    const warm = buildDossiers(members.slice(0, k), { perEvent: true });
    if (k % checkEvery !== 0 && k !== members.length) continue;
    const fresh = buildDossiers(cold(members.slice(0, k)), { perEvent: true });
    assert.deepEqual(JSON.parse(JSON.stringify(warm)), JSON.parse(JSON.stringify(fresh)), `${name}: after ${k} of ${members.length} members`);
  }
}

test("sample corpus: each story rebuilt as its articles join, in order and shuffled, equals a cold build", async () => {
  const read: Article[] = [];
  for await (const r of readArticles([join(root, "examples", "corpus")])) if (isArticle(r)) read.push(r);
  const { articles, analyses } = processBatch(read, "analyze");
  const gold = (await import(join(root, "examples", "gold.json"), { with: { type: "json" } })).default as {
    clusters: { events: string[][]; stories: string[][] };
    duplicates: Record<string, string>;
  };
  const eventOf = new Map<string, string>();
  gold.clusters.events.forEach((ids, i) => ids.forEach((id) => eventOf.set(id, "ev" + i)));
  const items = articles.map((article, i) => ({ article, analysis: analyses[i]! }));
  gold.clusters.stories.forEach((ids, s) => {
    if (ids.length < 2) return;
    const members = (): DossierInput[] =>
      items
        .filter((it) => ids.includes(it.article.id))
        .map((it) => ({
          article: it.article,
          // Each order starts from its own copies, so that it begins with empty caches.
          analysis: structuredClone(it.analysis),
          assignment: { id: it.article.id, event: eventOf.get(it.article.id) ?? it.article.id, story: "s" + s, duplicate_of: gold.duplicates[it.article.id] ?? null },
        }));
    assertRebuildsMatchCold(`story ${s} in order`, members());
    assertRebuildsMatchCold(`story ${s} shuffled`, shuffled(members(), s + 1));
  });
});

test("generated stories: rebuilt as their articles join, in order and shuffled, equal a cold build", () => {
  for (const seed of [3, 11]) {
    const generated = [...generateStream({ articles: 30, seed, maxStories: 1 })];
    const members = (): DossierInput[] =>
      generated.map((g) => ({
        article: g.article,
        analysis: analyze(g.article),
        assignment: { id: g.article.id, event: g.event, story: g.story, duplicate_of: g.copyOf },
      }));
    assertRebuildsMatchCold(`generated ${seed} in order`, members(), 6);
    assertRebuildsMatchCold(`generated ${seed} shuffled`, shuffled(members(), seed), 6);
  }
});
