// Loads a clustering data set (articles.jsonl + gold.jsonl, the ecbplus-dev layout) as ClusterInputs.
import { readFileSync } from "node:fs";
import type { Article } from "../src/core/types.js";
import { analyze } from "../src/nlp/index.js";
import type { ClusterInput } from "../src/cluster/index.js";
import { readClusterGold, type ClusterGold } from "../src/eval/clustering/index.js";

/** Articles with their analyses, and gold labels, of one labelled set. */
export interface LabelledSet {
  items: ClusterInput[];
  gold: Map<string, ClusterGold>;
}

/** Reads `articles.jsonl` records directly (the record format of the CLI contract) and analyses them. */
export function loadLabelledSet(articlesPath: string, goldPath: string): LabelledSet {
  const items: ClusterInput[] = [];
  for (const line of readFileSync(articlesPath, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; text: string; title?: string; url?: string; outlet?: string; published?: string; language?: string };
    const article: Article = {
      id: r.id, path: articlesPath, url: r.url ?? null, outlet: r.outlet ?? null, title: r.title ?? null, byline: null,
      published: r.published ?? null, dateline: null, language: r.language ?? "en", text: r.text, removed: [],
    };
    items.push({ article, analysis: analyze(article) });
  }
  const gold = new Map(readClusterGold(goldPath).map((g) => [g.id, g]));
  return { items, gold };
}
