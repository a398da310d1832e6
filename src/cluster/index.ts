import type { Analysis, Article, ClusterAssignment } from "../core/types.js";
import { parseTime, rawFeatures, type RawFeatures } from "./features.js";
import { defaultParams, type ClusterParams } from "./params.js";
import { StreamClusterer } from "./stream.js";
import { clusterBatch } from "./batch.js";

export { StreamClusterer, clusterEvidence, type ClusterEvidence, type StreamState, type StreamOptions } from "./stream.js";
export { CopyIndex } from "./copies.js";
export { rawFeatures, type RawFeatures } from "./features.js";
export { defaultParams, withParams, type BatchParams, type ClusterParams, type CopyParams, type FamilyWeights } from "./params.js";

/** One article as the clusterer sees it: clean text and metadata plus its analysis. */
export interface ClusterInput {
  article: Article;
  analysis: Analysis;
}

/** Options of batch clustering. */
export interface BatchClusterOptions {
  params?: ClusterParams;
  /** Attach explanations. Default true. */
  explain?: boolean;
  /**
   * `agglomerative` (default): average linkage over the whole batch, order-free. `online`: the
   * stream clusterer over the date-sorted batch, then consolidation and refinement (what
   * `ingest` does incrementally), kept to compare the two.
   */
  mode?: "agglomerative" | "online";
  /** Online mode: consolidation rounds after the pass (each stops early when nothing merges). Default 3. */
  rounds?: number;
  /** Online mode: refinement passes (articles moved to a closer event) after consolidation. Default 2. */
  refinePasses?: number;
  /** Features already computed for each item (same order), e.g. when fitting many parameter sets. */
  features?: RawFeatures[];
}

/**
 * Batch clustering: copies, events and stories for a whole set, with deterministic ids.
 *
 * IDF comes from the whole batch; by default events and storylines come from average-linkage
 * agglomeration (src/cluster/batch.ts), which does not depend on input order. Assignments come
 * back in input order.
 */
export function clusterArticles(items: ClusterInput[], options: BatchClusterOptions = {}): ClusterAssignment[] {
  const params = options.params ?? defaultParams();
  const explain = options.explain ?? true;
  if ((options.mode ?? "agglomerative") === "agglomerative") {
    const features = options.features ?? items.map((it) => rawFeatures(it.article, it.analysis, params));
    return clusterBatch(items, features, params, explain);
  }
  const order = items
    .map((it, i) => ({ it, i, t: parseTime(it.article.published) }))
    .sort((a, b) => (a.t ?? Infinity) - (b.t ?? Infinity) || (a.it.article.id < b.it.article.id ? -1 : a.it.article.id > b.it.article.id ? 1 : a.i - b.i));

  const features = options.features ?? items.map((it) => rawFeatures(it.article, it.analysis, params));
  const df = new Map<string, number>();
  for (const f of features) for (const k of f.counts.keys()) df.set(k, (df.get(k) ?? 0) + 1);

  const sc = new StreamClusterer({ params, explain, autoConsolidate: false, evict: false, keepVectors: true });
  sc.setDocumentFrequencies(df, items.length);
  const first = new Map<number, ClusterAssignment>();
  for (const { it, i } of order) first.set(i, sc.add(it.article, it.analysis, features[i]));
  for (let r = 0; r < (options.rounds ?? 3); r++) if (sc.consolidate() === 0) break;
  for (let r = 0; r < (options.refinePasses ?? 2); r++) if (sc.refine() === 0) break;

  return items.map((it, i) => {
    const a = first.get(i)!;
    const now = sc.assignment(it.article.id);
    if (!now) return a;
    const out: ClusterAssignment = { ...now };
    if (a.explanation) {
      out.explanation = a.explanation;
      if (now.event !== a.event) out.explanation = { ...a.explanation, decision: "merged", note: `${a.explanation.note ?? ""}; event ${a.event} merged into ${now.event}`.replace(/^; /, "") };
    }
    return out;
  });
}
