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
    insertTop(keys, ws, k, key, w);
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

/**
 * A sparse vector as parallel typed arrays in insertion order, the order a `Vec` (a Map) would
 * iterate in: the stream clusterer's centroids and article vectors. Every float sum over it
 * runs in the order the Map version summed, so results are bit-identical, while growth,
 * norms and walks cost typed-array reads instead of Map operations and boxed numbers.
 */
export interface FlatVec {
  keys: Int32Array;
  vals: Float64Array;
  size: number;
}

/** An empty FlatVec with room for `cap` entries. */
export function emptyFlat(cap = 16): FlatVec {
  return { keys: new Int32Array(cap), vals: new Float64Array(cap), size: 0 };
}

/** A FlatVec holding `entries` in their order. */
export function flatFromEntries(entries: Iterable<readonly [number, number]>): FlatVec {
  const list = [...entries];
  const v = emptyFlat(Math.max(4, list.length));
  for (const [k, w] of list) {
    v.keys[v.size] = k;
    v.vals[v.size++] = w;
  }
  return v;
}

/** The entries of a FlatVec in order (for saved states). */
export function flatEntries(v: FlatVec): [number, number][] {
  const out: [number, number][] = new Array(v.size);
  for (let i = 0; i < v.size; i++) out[i] = [v.keys[i]!, v.vals[i]!];
  return out;
}

/** A copy with its own arrays, sized to its entries. */
export function copyFlat(v: FlatVec): FlatVec {
  return { keys: v.keys.slice(0, Math.max(4, v.size)), vals: v.vals.slice(0, Math.max(4, v.size)), size: v.size };
}

/** Makes room for `n` entries, keeping the ones held. */
function reserve(v: FlatVec, n: number): void {
  if (v.keys.length >= n) return;
  const cap = Math.max(n, 2 * v.keys.length);
  const keys = new Int32Array(cap);
  keys.set(v.keys.subarray(0, v.size));
  const vals = new Float64Array(cap);
  vals.set(v.vals.subarray(0, v.size));
  v.keys = keys;
  v.vals = vals;
}

/** Appends an entry whose key the vector does not hold. */
export function pushFlat(v: FlatVec, k: number, w: number): void {
  if (v.size === v.keys.length) reserve(v, v.size + 1);
  v.keys[v.size] = k;
  v.vals[v.size++] = w;
}

/**
 * Positions of one vector's keys by key, for look-ups into it: dense by key (keys are term ids),
 * live while a slot's stamp is the current load's, so loading neither allocates nor clears.
 * One load at a time: each function below that loads finishes with it before returning.
 */
let posOf = new Int32Array(1024);
let posStamp = new Int32Array(1024);
let posLoad = 0;

function loadPositions(v: FlatVec): void {
  let max = -1;
  for (let i = 0; i < v.size; i++) if (v.keys[i]! > max) max = v.keys[i]!;
  ensurePositions(max + 1);
  if (++posLoad === 0x7fffffff) {
    posStamp.fill(0);
    posLoad = 1;
  }
  for (let i = 0; i < v.size; i++) {
    const k = v.keys[i]!;
    posOf[k] = i;
    posStamp[k] = posLoad;
  }
}

function ensurePositions(n: number): void {
  if (posOf.length >= n) return;
  const cap = Math.max(n, 2 * posOf.length);
  posOf = new Int32Array(cap);
  const s = new Int32Array(cap);
  s.set(posStamp);
  posStamp = s;
}

/** Position of `k` in the last loaded vector, or -1. */
function positionOf(k: number): number {
  return k < posStamp.length && posStamp[k] === posLoad ? posOf[k]! : -1;
}

/**
 * Look-ups into one vector: `get(k)` is its weight of `k` or undefined, valid until the next
 * call of this or of any function here that takes two vectors.
 */
export function flatLookup(v: FlatVec): (k: number) => number | undefined {
  loadPositions(v);
  return (k) => {
    const at = positionOf(k);
    return at >= 0 ? v.vals[at]! : undefined;
  };
}

/** addInto for FlatVecs: a key `a` holds keeps its place, a new one is appended (Map semantics). */
export function addIntoFlat(a: FlatVec, b: FlatVec, scale = 1): void {
  loadPositions(a);
  reserve(a, a.size + b.size);
  for (let i = 0; i < b.size; i++) {
    const k = b.keys[i]!;
    const w = b.vals[i]!;
    const at = positionOf(k);
    if (at >= 0) a.vals[at] = a.vals[at]! + w * scale;
    else {
      a.keys[a.size] = k;
      a.vals[a.size++] = 0 + w * scale;
    }
  }
}

/** Drops the entries of weight at most `min`, keeping the others' order (Map deletes during a walk). */
export function dropAtMost(v: FlatVec, min: number): void {
  let to = 0;
  for (let i = 0; i < v.size; i++) {
    if (v.vals[i]! <= min) continue;
    v.keys[to] = v.keys[i]!;
    v.vals[to++] = v.vals[i]!;
  }
  v.size = to;
}

let truncKeys = new Int32Array(1024);
let truncWs = new Float64Array(1024);
let truncSel = new Float64Array(1024);

/** truncate for FlatVecs: the same entries in the same order as `truncate` leaves in a Map. */
export function truncateFlat(v: FlatVec, k: number): void {
  const n = v.size;
  if (n <= k) return;
  if (truncKeys.length < n) {
    truncKeys = new Int32Array(2 * n);
    truncWs = new Float64Array(2 * n);
    truncSel = new Float64Array(2 * n);
  }
  const keys = truncKeys;
  const ws = truncWs;
  keys.set(v.keys.subarray(0, n));
  ws.set(v.vals.subarray(0, n));
  truncSel.set(ws.subarray(0, n));
  const cut = kthSmallest(truncSel, n, n - k);
  const kept: number[] = [];
  for (let j = 0; j < n; j++) if (ws[j]! >= cut) kept.push(j);
  kept.sort((x, y) => ws[y]! - ws[x]! || keys[x]! - keys[y]!);
  for (let j = 0; j < k; j++) {
    v.keys[j] = keys[kept[j]!]!;
    v.vals[j] = ws[kept[j]!]!;
  }
  v.size = k;
}

/** familyNorms for a FlatVec (squares summed in the vector's order). */
export function familyNormsFlat(v: FlatVec, family: Uint8Array | number[]): number[] {
  const sq = [0, 0, 0, 0];
  for (let i = 0; i < v.size; i++) {
    const w = v.vals[i]!;
    sq[family[v.keys[i]!]!]! += w * w;
  }
  return [Math.sqrt(sq[0]!), Math.sqrt(sq[1]!), Math.sqrt(sq[2]!), Math.sqrt(sq[3]!)];
}

/** familyDots for FlatVecs: iterates the smaller (the first on a tie), as familyDots does. */
export function familyDotsFlat(a: FlatVec, b: FlatVec, family: Uint8Array | number[]): number[] {
  const dots = [0, 0, 0, 0];
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  loadPositions(large);
  for (let i = 0; i < small.size; i++) {
    const k = small.keys[i]!;
    const at = positionOf(k);
    if (at >= 0) dots[family[k]!]! += small.vals[i]! * large.vals[at]!;
  }
  return dots;
}

/** topKeysWhere for a FlatVec: the same keys in the same order. */
export function topKeysWhereFlat(v: FlatVec, k: number, keep: ((key: number) => boolean) | null): number[] {
  const keys: number[] = [];
  const ws: number[] = [];
  if (k <= 0) return keys;
  for (let e = 0; e < v.size; e++) {
    const key = v.keys[e]!;
    const w = v.vals[e]!;
    const n = keys.length;
    if (n === k) {
      const lw = ws[n - 1]!;
      if (w < lw || (w === lw && key > keys[n - 1]!)) continue;
    }
    if (keep && !keep(key)) continue;
    insertTop(keys, ws, k, key, w);
  }
  return keys;
}

/**
 * Puts `key` (weight `w`) into the k best so far, kept heaviest first: after every heavier entry
 * and every equal one with a smaller key; the lightest falls off when k are held. The caller has
 * checked that it beats the k-th.
 */
function insertTop(keys: number[], ws: number[], k: number, key: number, w: number): void {
  const n = keys.length;
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
}

/** The `k` heaviest entries of `v` as a new FlatVec, heaviest first (ties by key): a Map built from topKeys. */
export function topEntriesFlat(v: FlatVec, k: number): FlatVec {
  const top = topKeysWhereFlat(v, k, null);
  loadPositions(v);
  const out = emptyFlat(Math.max(4, top.length));
  for (const key of top) pushFlat(out, key, v.vals[positionOf(key)]!);
  return out;
}
