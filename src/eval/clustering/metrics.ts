/**
 * Clustering metrics over a shared set of items: BCubed precision/recall/F1 (per item, averaged;
 * Bagga & Baldwin 1998, Amigó et al. 2009) and pairwise precision/recall/F1 (over item pairs
 * that share a cluster). Items missing from either side are left out.
 */

export interface ClusteringScores {
  items: number;
  bcubed: { precision: number; recall: number; f1: number };
  pairwise: { precision: number; recall: number; f1: number };
  predictedClusters: number;
  goldClusters: number;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Scores predicted cluster labels against gold labels (both: item id -> cluster label). */
export function scoreClustering(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusteringScores {
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const cell = new Map<string, number>();
  let n = 0;
  for (const [id, g] of gold) {
    const p = predicted.get(id);
    if (p === undefined) continue;
    n++;
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    const k = JSON.stringify([p, g]);
    cell.set(k, (cell.get(k) ?? 0) + 1);
  }
  let bp = 0;
  let br = 0;
  let tp = 0;
  for (const [k, c] of cell) {
    const [p, g] = JSON.parse(k) as [string, string];
    bp += (c * c) / predSize.get(p)!;
    br += (c * c) / goldSize.get(g)!;
    tp += (c * (c - 1)) / 2;
  }
  const pairs = (m: Map<string, number>): number => [...m.values()].reduce((s, c) => s + (c * (c - 1)) / 2, 0);
  const predPairs = pairs(predSize);
  const goldPairs = pairs(goldSize);
  // With no pairs on a side there is nothing to get wrong on that side: score 1.
  const pp = predPairs === 0 ? 1 : tp / predPairs;
  const pr = goldPairs === 0 ? 1 : tp / goldPairs;
  const bP = n === 0 ? 0 : bp / n;
  const bR = n === 0 ? 0 : br / n;
  return {
    items: n,
    bcubed: { precision: bP, recall: bR, f1: f1(bP, bR) },
    pairwise: { precision: pp, recall: pr, f1: f1(pp, pr) },
    predictedClusters: predSize.size,
    goldClusters: goldSize.size,
  };
}
