// Loads a clustering data set (articles.jsonl + gold.jsonl, the ecbplus-dev layout) as ClusterInputs.
import { analyze } from "../src/nlp/index.js";
import { isArticle, readArticles } from "../src/pipeline/read.js";
import { settleBatchLanguages } from "../src/extract/index.js";
import type { Article } from "../src/core/types.js";
import type { ClusterInput } from "../src/cluster/index.js";
import { readClusterGold, type ClusterGold } from "../src/eval/clustering/index.js";

/** Articles with their analyses, and gold labels, of one labelled set. */
export interface LabelledSet {
  items: ClusterInput[];
  gold: Map<string, ClusterGold>;
}

/**
 * Reads `articles.jsonl` through the same reader as `newsfold eval clustering` (title, date lines
 * and boilerplate handled alike), so that what is fitted is what the command measures.
 */
export async function loadLabelledSet(articlesPath: string, goldPath: string): Promise<LabelledSet> {
  const read: Article[] = [];
  for await (const r of readArticles([articlesPath])) if (isArticle(r)) read.push(r);
  const items: ClusterInput[] = settleBatchLanguages(read).map((article) => ({ article, analysis: analyze(article) }));
  const gold = new Map(readClusterGold(goldPath).map((g) => [g.id, g]));
  return { items: items.filter((it) => gold.has(it.article.id)), gold };
}
