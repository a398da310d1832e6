import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NO_SHARED, SHARED_DIR } from "../helpers/shared.js";
import { isArticle, readArticles } from "../../src/pipeline/read.js";
import { analyze } from "../../src/nlp/index.js";
import { clusterArticles, type ClusterInput } from "../../src/cluster/index.js";

test("seeds: 000, 001, 003, 004 one event, 002 another, all five one story", { skip: SHARED_DIR ? false : NO_SHARED }, async () => {
  const items: ClusterInput[] = [];
  for await (const r of readArticles([join(SHARED_DIR!, "seeds")])) if (isArticle(r)) items.push({ article: r, analysis: analyze(r) });
  assert.equal(items.length, 5);
  const gold = JSON.parse(readFileSync(join(SHARED_DIR!, "gold", "seeds.json"), "utf8")) as { clusters: { events: string[][]; stories: string[][] } };
  const a = new Map(clusterArticles(items).map((x) => [x.id, x]));
  for (const ev of gold.clusters.events) {
    assert.equal(new Set(ev.map((id) => a.get(id)!.event)).size, 1, `one event for ${ev.join(", ")}`);
  }
  assert.notEqual(a.get(gold.clusters.events[0]![0]!)!.event, a.get(gold.clusters.events[1]![0]!)!.event);
  for (const st of gold.clusters.stories) assert.equal(new Set(st.map((id) => a.get(id)!.story)).size, 1, "one story");
});
