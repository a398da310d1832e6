/**
 * Sparse vectors over a shared vocabulary, split into evidence families (terms, entities,
 * numbers, people) that are normalised and weighted apart.
 */
export type Vec = Map<number, number>;

export const TERMS = 0;
export const ENTITIES = 1;
export const NUMBERS = 2;
/** People apart from other names: who acted tells two happenings of one storyline apart. */
export const PEOPLE = 3;
export const FAMILIES = 4;

/** Euclidean norm of each family of a vector. */
export function familyNorms(v: Vec, family: Uint8Array | number[]): number[] {
  const sq = [0, 0, 0, 0];
  for (const [k, w] of v) sq[family[k]!]! += w * w;
  return sq.map(Math.sqrt);
}

/** Adds `b` into `a` (a centroid grows by a member's vector). */
export function addInto(a: Vec, b: Vec, scale = 1): void {
  for (const [k, w] of b) a.set(k, (a.get(k) ?? 0) + w * scale);
}

/** Keeps the `k` heaviest entries of a vector (in place); centroids stay bounded. */
export function truncate(v: Vec, k: number): void {
  if (v.size <= k) return;
  const entries = [...v.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  v.clear();
  for (let i = 0; i < k; i++) v.set(entries[i]![0], entries[i]![1]);
}

/** The `k` heaviest keys of a vector, heaviest first (ties by key, so the order is deterministic). */
export function topKeys(v: Vec, k: number, skipFamily?: { family: Uint8Array | number[]; skip: number }): number[] {
  const entries = [...v.entries()];
  const kept = skipFamily ? entries.filter(([key]) => skipFamily.family[key] !== skipFamily.skip) : entries;
  kept.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return kept.slice(0, k).map((e) => e[0]);
}

/** Per-family dot products of two vectors (iterating the smaller). */
export function familyDots(a: Vec, b: Vec, family: Uint8Array | number[]): number[] {
  const dots = [0, 0, 0, 0];
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [k, w] of small) {
    const o = large.get(k);
    if (o !== undefined) dots[family[k]!]! += w * o;
  }
  return dots;
}
