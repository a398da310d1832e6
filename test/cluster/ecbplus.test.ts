import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { NO_SHARED, SHARED_DIR } from "../helpers/shared.js";
import { isArticle, readArticles } from "../../src/pipeline/read.js";
import { analyze } from "../../src/nlp/index.js";
import { clusterArticles, type ClusterInput } from "../../src/cluster/index.js";
import { scoreClustering } from "../../src/eval/clustering/index.js";
import { rng } from "../../bench/generate.js";

test("ecbplus-dev: shuffled input agrees with the original run (BCubed F1 >= 0.97)", { skip: SHARED_DIR ? false : NO_SHARED }, async () => {
  const items: ClusterInput[] = [];
  for await (const r of readArticles([join(SHARED_DIR!, "data", "ecbplus-dev", "articles.jsonl")])) if (isArticle(r)) items.push({ article: r, analysis: analyze(r) });
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
