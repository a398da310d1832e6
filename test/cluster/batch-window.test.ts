// Batch clustering keeps dated articles of one event within the event window, whatever undated
// article sits between them (src/cluster/batch.ts, attachOrphans).
import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterArticles } from "../../src/cluster/index.js";
import { extractArticle } from "../../src/extract/index.js";
import { analyze } from "../../src/nlp/index.js";

const item = (id: string, published: string | null, body: string) => {
  const article = extractArticle({ id, source: id, kind: "jsonl", format: "text", body, url: null, hints: { published, language: "en" } });
  return { article, analysis: analyze(article) };
};

// Evergreen pages on one subject: a guide without a date and two dated guides a year apart,
// each close in wording to the undated one but told differently from each other.
const undated = item("guide", null,
  "Brushing twice a day with a fluoride toothpaste keeps enamel strong. Flossing once a day removes plaque between the teeth. An electric toothbrush with a pressure sensor protects the gums. Replace the brush head every three months. Mouthwash with fluoride adds protection at night. Visit a dentist twice a year for a cleaning.");
const early = item("early", "2024-06-11T10:00:00Z",
  "Brushing twice a day with a fluoride toothpaste keeps enamel strong, dentists agree. An electric toothbrush with a pressure sensor protects the gums, and its brush head needs replacing every three months. We compared twelve models over six weeks of testing in our lab.");
const late = item("late", "2025-07-27T09:00:00Z",
  "Flossing once a day removes plaque between the teeth, and mouthwash with fluoride adds protection at night. Visit a dentist twice a year for a cleaning. Our readers voted on their favourite water flossers in a summer survey of four thousand households.");

test("an undated article does not bridge two dated ones beyond the event window into one event", () => {
  const a = clusterArticles([undated, early, late], { explain: false });
  const event = new Map(a.map((x) => [x.id, x.event]));
  assert.notEqual(event.get("early"), event.get("late"), JSON.stringify(a));
});

test("dated articles within the window still join through an undated one", () => {
  const near = item("near", "2024-06-14T08:00:00Z", late.article.text);
  const a = clusterArticles([undated, early, { article: { ...near.article, id: "near" }, analysis: near.analysis }], { explain: false });
  const event = new Map(a.map((x) => [x.id, x.event]));
  assert.equal(event.get("early"), event.get("near"), JSON.stringify(a));
});
