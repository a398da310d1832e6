import type { Analysis, Article, ClusterAssignment } from "../core/types.js";
import { analyze } from "../nlp/index.js";
import { dropSharedLines, settleBatchLanguages } from "../extract/index.js";
import { clusterArticles } from "../cluster/index.js";
import { buildDossiers, type Dossier } from "../dossier/index.js";

/** Everything newsfold computes for a batch of articles. */
export interface BatchResult {
  articles: Article[];
  analyses: Analysis[];
  assignments: ClusterAssignment[];
  dossiers: Dossier[];
}

/** Which stages to run: later stages need the earlier ones. */
export type BatchStage = "analyze" | "cluster" | "dossier";

/**
 * Runs the language layer, clustering and dossiers over clean articles, in that order. Articles
 * whose language detection was weak first take the batch's language (settleBatchLanguages), and
 * lines unrelated articles share are removed (dropSharedLines), so the returned `articles` may
 * differ from the input in `language` and `text`: later offsets point into the returned ones.
 */
export function processBatch(input: Article[], until: BatchStage = "dossier"): BatchResult {
  // Lines unrelated articles share are the pages', not the stories' (see dropSharedLines).
  const articles = dropSharedLines(settleBatchLanguages(input)) as Article[];
  const analyses = articles.map((a) => analyze(a));
  if (until === "analyze") return { articles, analyses, assignments: [], dossiers: [] };
  const assignments = clusterArticles(articles.map((article, i) => ({ article, analysis: analyses[i]! })));
  if (until === "cluster") return { articles, analyses, assignments, dossiers: [] };
  const byId = new Map(assignments.map((a) => [a.id, a]));
  const dossiers = buildDossiers(
    articles.map((article, i) => ({ article, analysis: analyses[i]!, assignment: byId.get(article.id)! })),
  );
  return { articles, analyses, assignments, dossiers };
}
