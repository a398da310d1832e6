// A lone report in another language joins the event of its nearest article on names, people and
// figures alone (its stemmed words cannot meet the others'), at a share of the orphan threshold
// (src/cluster/batch.ts, attachOrphans). Measured on the diagnosis set examples/dev/sequel, whose
// four translations (French, Portuguese, Dutch) each report an event that English reports tell too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readArticles, isArticle } from "../../src/pipeline/read.js";
import { processBatch } from "../../src/pipeline/batch.js";
import type { Article } from "../../src/core/types.js";

const dir = join(import.meta.dirname, "..", "..", "examples", "dev", "sequel");

test("translated reports join an event of their gold event's articles", async () => {
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as { articles: Record<string, { language?: string }>; clusters: { events: string[][] } };
  const articles: Article[] = [];
  for await (const r of readArticles([join(dir, "corpus")])) if (isArticle(r)) articles.push(r);
  const { assignments } = processBatch(articles, "cluster");
  const event = new Map(assignments.map((a) => [a.id, a.event]));
  const translated = articles.filter((a) => (gold.articles[a.id]?.language ?? "en") !== "en");
  assert.equal(translated.length, 4);
  for (const a of translated) {
    const mates = gold.clusters.events.find((ids) => ids.includes(a.id))!.filter((id) => id !== a.id);
    assert.ok(mates.some((id) => event.get(id) === event.get(a.id)), `${a.id} sits apart from its event`);
  }
});
