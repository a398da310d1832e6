import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { NO_SHARED, SHARED_DIR } from "../helpers/shared.js";
import { isArticle, readArticles } from "../../src/pipeline/read.js";
import { analyze } from "../../src/nlp/index.js";
import { clusterArticles, type ClusterInput } from "../../src/cluster/index.js";
import { readClusterGold, scoreClustering } from "../../src/eval/clustering/index.js";
import { rng } from "../../bench/generate.js";

const skip = SHARED_DIR ? false : NO_SHARED;
let loaded: ClusterInput[] | null = null;

/** The ecbplus-dev articles with their analyses, read once for both tests. */
async function ecbplusDev(): Promise<ClusterInput[]> {
  if (loaded) return loaded;
  const items: ClusterInput[] = [];
  for await (const r of readArticles([join(SHARED_DIR!, "data", "ecbplus-dev", "articles.jsonl")])) if (isArticle(r)) items.push({ article: r, analysis: analyze(r) });
  loaded = items;
  return items;
}

test("ecbplus-dev: shuffled input agrees with the original run (BCubed F1 >= 0.97)", { skip }, async () => {
  const items = await ecbplusDev();
  assert.equal(items.length, 772);
  const r = rng(9);
  const shuffled = [...items].sort(() => r() - 0.5);
  const a = clusterArticles(items, { explain: false });
  const b = clusterArticles(shuffled, { explain: false });
  for (const level of ["event", "story"] as const) {
    const s = scoreClustering(new Map(b.map((x) => [x.id, x[level]])), new Map(a.map((x) => [x.id, x[level]])));
    assert.ok(s.bcubed.f1 >= 0.97, `${level} agreement ${s.bcubed.f1}`);
  }
});

// Floors a little under the measured whole-set scores (event 0.943, story 0.929 with
// models/clustering.json of 2026-11-23 and untyped names read as persons), so that a change that loses accuracy is seen here
// before the refit; the number that counts is the fit's cross-validated held-out score.
test("ecbplus-dev: batch event and story BCubed F1 at their measured floors (0.93, 0.92)", { skip }, async () => {
  const items = await ecbplusDev();
  const gold = new Map(readClusterGold(join(SHARED_DIR!, "data", "ecbplus-dev", "gold.jsonl")).map((g) => [g.id, g]));
  const a = clusterArticles(items, { explain: false });
  const floors = { event: 0.93, story: 0.92 };
  for (const level of ["event", "story"] as const) {
    const s = scoreClustering(new Map(a.map((x) => [x.id, x[level]])), new Map(items.map((it) => [it.article.id, gold.get(it.article.id)![level]])));
    assert.ok(s.bcubed.f1 >= floors[level], `${level} BCubed F1 ${s.bcubed.f1} < ${floors[level]}`);
  }
});

// Held-out sets are a few hundred articles, and similarity levels move with a batch's size: the
// topics clustered a fifth at a time (as scripts/fit-clustering.ts deals them) must keep the
// scores the fold-by-fold fit reached (mean event 0.958, story 0.972 with the 2026-11-26 model).
// Floors a little under them; without the event level's IDF reference (idfReferenceDocs) the
// event mean was 0.930, and without the lead-cast rule (src/cluster/lead-cast.ts) it is 0.951.
test("ecbplus-dev: topics clustered a fifth at a time keep event and story BCubed F1 at their floors (0.955, 0.96)", { skip }, async () => {
  const items = await ecbplusDev();
  const gold = new Map(readClusterGold(join(SHARED_DIR!, "data", "ecbplus-dev", "gold.jsonl")).map((g) => [g.id, g]));
  const topics = [...new Set(items.map((it) => gold.get(it.article.id)!.story))].sort((a, b) => Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, "")) || (a < b ? -1 : 1));
  const foldOf = new Map(topics.map((t, i) => [t, i % 5]));
  const sums = { event: 0, story: 0 };
  for (let f = 0; f < 5; f++) {
    const part = items.filter((it) => foldOf.get(gold.get(it.article.id)!.story) === f);
    const a = clusterArticles(part, { explain: false });
    for (const level of ["event", "story"] as const) {
      sums[level] += scoreClustering(new Map(a.map((x) => [x.id, x[level]])), new Map(part.map((it) => [it.article.id, gold.get(it.article.id)![level]]))).bcubed.f1 / 5;
    }
  }
  assert.ok(sums.event >= 0.955, `event mean BCubed F1 ${sums.event}`);
  assert.ok(sums.story >= 0.96, `story mean BCubed F1 ${sums.story}`);
});
