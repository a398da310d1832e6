/**
 * A plain TF-IDF single-pass clusterer for side-by-side comparison: each article's TF-IDF
 * vector (stop words dropped, stemmed, incremental IDF) against every event centroid, joining
 * the best one above a threshold. No candidate index, no entities, no copies: the textbook
 * baseline whose cost grows with the number of events.
 */
import type { Analysis } from "../src/core/types.js";
import { termMaker } from "../src/nlp/terms/index.js";

export class PlainTfidfClusterer {
  private df = new Map<string, number>();
  private docs = 0;
  private centroids: { id: number; v: Map<string, number>; norm: number }[] = [];

  constructor(private readonly threshold: number) {}

  /** Places one article; returns its event number. */
  add(analysis: Analysis): number {
    const termOf = termMaker(analysis.language);
    const tf = new Map<string, number>();
    for (const t of analysis.tokens) {
      if (t.numeric) continue;
      const term = termOf(t.norm);
      if (term !== null) tf.set(term, (tf.get(term) ?? 0) + 1);
    }
    const v = new Map<string, number>();
    let sq = 0;
    for (const [term, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log((this.docs + 1) / ((this.df.get(term) ?? 0) + 0.5));
      if (w <= 0) continue;
      v.set(term, w);
      sq += w * w;
    }
    for (const term of tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    this.docs++;
    const norm = Math.sqrt(sq) || 1;
    let best = -1;
    let bestSim = 0;
    for (const c of this.centroids) {
      let dot = 0;
      for (const [k, w] of v) {
        const o = c.v.get(k);
        if (o !== undefined) dot += w * o;
      }
      const sim = dot / (norm * (c.norm || 1));
      if (sim > bestSim) {
        bestSim = sim;
        best = c.id;
      }
    }
    if (best < 0 || bestSim < this.threshold) {
      best = this.centroids.length;
      this.centroids.push({ id: best, v: new Map(), norm: 0 });
    }
    const c = this.centroids[best]!;
    for (const [k, w] of v) c.v.set(k, (c.v.get(k) ?? 0) + w / norm);
    let s2 = 0;
    for (const w of c.v.values()) s2 += w * w;
    c.norm = Math.sqrt(s2);
    return best;
  }
}
