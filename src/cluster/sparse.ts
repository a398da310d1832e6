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
  b.forEach((w, k) => {
    a.set(k, (a.get(k) ?? 0) + w * scale);
  });
}

/** Keeps the `k` heaviest entries of a vector (in place); centroids stay bounded. */
export function truncate(v: Vec, k: number): void {
  const n = v.size;
  if (n <= k) return;
  // The k-th weight by selection on a typed copy; only the entries at or above it
  // are sorted with the comparator (heaviest first, ties by key: the order they are put back in,
  // which later sums follow). A growing centroid is cut from ~2k entries to k every few articles.
  const keys = new Int32Array(n);
  const ws = new Float64Array(n);
  let i = 0;
  v.forEach((w, key) => {
    keys[i] = key;
    ws[i++] = w;
  });
  const cut = kthSmallest(ws.slice(), n, n - k);
  const kept: number[] = [];
  for (let j = 0; j < n; j++) if (ws[j]! >= cut) kept.push(j);
  kept.sort((x, y) => ws[y]! - ws[x]! || keys[x]! - keys[y]!);
  v.clear();
  for (let j = 0; j < k; j++) v.set(keys[kept[j]!]!, ws[kept[j]!]!);
}

/** The `k` heaviest keys of a vector, heaviest first (ties by key, so the order is deterministic). */
export function topKeys(v: Vec, k: number, skipFamily?: { family: Uint8Array | number[]; skip: number }): number[] {
  return topKeysWhere(v, k, skipFamily ? (key) => skipFamily.family[key] !== skipFamily.skip : null);
}

/**
 * The `k` heaviest keys of a vector that pass `keep` (all when null), heaviest first, ties by key.
 * A bounded insertion into the k best so far: vectors have hundreds of entries and k is about
 * twenty, so this beats sorting every entry and allocates only the answer.
 */
export function topKeysWhere(v: Vec, k: number, keep: ((key: number, weight: number) => boolean) | null): number[] {
  const keys: number[] = [];
  const ws: number[] = [];
  if (k <= 0) return keys;
  v.forEach((w, key) => {
    const n = keys.length;
    if (n === k) {
      const lw = ws[n - 1]!;
      if (w < lw || (w === lw && key > keys[n - 1]!)) return;
    }
    // `keep` is a pure test, so it is asked only of entries that would enter the k best.
    if (keep && !keep(key, w)) return;
    // Where it goes: after every heavier entry and every equal one with a smaller key.
    let i = n < k ? n : k - 1;
    while (i > 0 && (ws[i - 1]! < w || (ws[i - 1] === w && keys[i - 1]! > key))) i--;
    if (n < k) {
      keys.push(0);
      ws.push(0);
    }
    for (let j = Math.min(n, k - 1); j > i; j--) {
      keys[j] = keys[j - 1]!;
      ws[j] = ws[j - 1]!;
    }
    keys[i] = key;
    ws[i] = w;
  });
  return keys;
}

/** Per-family dot products of two vectors (iterating the smaller). */
export function familyDots(a: Vec, b: Vec, family: Uint8Array | number[]): number[] {
  const dots = [0, 0, 0, 0];
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  small.forEach((w, k) => {
    const o = large.get(k);
    if (o !== undefined) dots[family[k]!]! += w * o;
  });
  return dots;
}

/**
 * The `kth` smallest (0-based) of the first `n` values of `a`, which it reorders: Hoare's
 * selection with a median-of-three pivot, linear on average, where a full sort of the copy
 * (the native typed-array sort) cost three times as much on ~150 weights.
 */
export function kthSmallest(a: Float64Array, n: number, kth: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const x = a[lo]!;
    const y = a[(lo + hi) >>> 1]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (kth <= j) hi = j;
    else if (kth >= i) lo = i;
    else return a[kth]!;
  }
  return a[lo]!;
}
