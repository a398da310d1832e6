/**
 * Claim alignment: clauses of different sources that state the same thing, found through an
 * inverted index on salient keys (so cost follows the postings, not the square of the clauses)
 * and scored by idf-weighted overlap of stems, entities, numbers and dates.
 */
import type { Clause } from "./features.js";
import { portableKey } from "./lexicon.js";
import { wordKeyW } from "./text.js";

export interface AlignOptions {
  /** Least weighted cosine between two clauses for them to state the same claim. */
  claimThreshold: number;
  /**
   * Least weighted cosine for two clauses that share LOOSE_WORDS plain words or more to state the
   * same claim: a rewording that keeps three words of the statement (`will earn about 40,000
   * guilders a week` / `will pocket a cool 41,500 guilders a week` keeps fewer) says it again
   * even when the rest of each sentence tells more. A shared figure or date counts as one of the
   * words (`which opened in 1962` / `was opened in 1962`). Absent: claimThreshold alone.
   */
  looseClaimThreshold?: number;
  /**
   * Least weighted cosine for two clauses of one language that share WIDE_WORDS plain words or
   * more (figures and dates counting as words) to state the same claim: two long sentences that
   * each tell more than the statement keep five of its words and still fall short of
   * looseClaimThreshold (`will close nine stores that are losing money ... and plans to open 30
   * smaller stores in town centres this year` / `It wants to open 30 smaller town-centre shops
   * this year, a sign that ...`). Absent: looseClaimThreshold alone.
   */
  wideClaimThreshold?: number;
  /** Least number of shared keys (stems, entities, numbers, dates). */
  minShared: number;
}

/** Plain words (or figures and dates) two clauses must share to align below claimThreshold (see looseClaimThreshold), frame words not counted. */
const LOOSE_WORDS = 3;

/** Plain words (or figures and dates) two clauses must share to align below looseClaimThreshold (see wideClaimThreshold). */
const WIDE_WORDS = 5;

/**
 * Words of a figure's scale (`per cent`, `million`) and light verbs (`make`, `take`), no content of
 * a statement: `Sales rose 3.1 per cent` and `Shares rose 6 per cent` share three plain words and
 * say different things, as do `making exports more expensive` and `will make borrowing more expensive`.
 */
const FRAME_WORDS: ReadonlySet<string> = new Set(
  "per cent percent hundred thousand million billion trillion make made making take took taken taking have has had give gave given get got go went come came put set do did done".split(" ").map((t) => wordKeyW(t)),
);

/** Least letters of a word key for it to count as a cognate between two languages (see KeyWeights.cognates). */
const COGNATE_LETTERS = 5;

/** Weight factor of a word that is mostly part of a name (a prior, see docs/dossier-schema.md). */
const NAME_WORD_WEIGHT = 0.6;

/** Key weights of a set of clauses: idf over clauses, entities and numbers weighed up. */
export class KeyWeights {
  readonly df = new Map<string, number>();
  readonly postings = new Map<string, number[]>();
  /** Per key, in how many clauses it is only a word of a name. */
  private readonly nameDf = new Map<string, number>();
  constructor(readonly clauses: Clause[]) {
    this.keyStart = new Int32Array(clauses.length + 1);
    for (let i = 0; i < clauses.length; i++) this.keyStart[i + 1] = this.keyStart[i]! + clauses[i]!.keys.length;
    const total = this.keyStart[clauses.length]!;
    this.kId = new Int32Array(total);
    this.kWeight = new Float64Array(total);
    this.kPlain = new Uint8Array(total);
    this.kPos = new Int32Array(total);
    this.kPortable = new Uint8Array(total);
    this.filled = new Uint8Array(clauses.length);
    // Per word key, the languages it occurs in: 1 English, 2 another (see cognates).
    const sides = new Map<string, number>();
    clauses.forEach((c, i) => {
      for (const k of c.nameOnly) this.nameDf.set(k, (this.nameDf.get(k) ?? 0) + 1);
      const side = c.foreign === null ? 1 : 2;
      for (const k of c.keys) if (k.length >= 2 + COGNATE_LETTERS && k.charCodeAt(0) === 119) sides.set(k, (sides.get(k) ?? 0) | side);
      for (const k of c.keys) {
        this.df.set(k, (this.df.get(k) ?? 0) + 1);
        let p = this.postings.get(k);
        if (!p) this.postings.set(k, (p = []));
        p.push(i);
      }
    });
    for (const [k, side] of sides) if (side === 3 && !this.nameDf.has(k) && !portableKey(k)) this.cognates.add(k);
  }

  /**
   * Word keys of COGNATE_LETTERS letters or more that the story's English clauses and its
   * translated ones both hold, outside names: a word the lexicon does not list whose stem two
   * languages share (`inspection`, `évacuation` / `evacuation`, `contaminación`). The story itself
   * shows the word is used on both sides, so it is counted as a translation's lexicon word is.
   */
  readonly cognates = new Set<string>();

  /** Whether a key counts between two languages: a portable key (see portableKey) or a cognate of the story. */
  portable(k: string): boolean {
    return portableKey(k) || this.cognates.has(k);
  }

  weight(key: string): number {
    const hit = this.weightCache.get(key);
    if (hit !== undefined) return hit;
    const v = this.computeWeight(key);
    this.weightCache.set(key, v);
    return v;
  }

  private computeWeight(key: string): number {
    const n = this.clauses.length;
    const idf = Math.log(1 + n / (this.df.get(key) ?? 1));
    const kind = key.charCodeAt(0);
    // e: entity, n: number, d: date weigh more than a word: they pin a statement down. A word
    // that is mostly part of a name repeats its entity key and weighs little of its own.
    const df = this.df.get(key) ?? 1;
    const nameShare = kind === 119 ? (this.nameDf.get(key) ?? 0) / df : 0;
    return idf * (kind === 101 ? 1.5 : kind === 110 || kind === 100 ? 1.3 : nameShare > 0.5 ? NAME_WORD_WEIGHT : 1);
  }

  /** Sum of key weights of a clause (cached). */
  norm(i: number): number {
    let v = this.norms[i];
    if (v === undefined) {
      v = 0;
      for (const k of this.clauses[i]!.keys) v += this.weight(k);
      this.norms[i] = v;
    }
    return v;
  }
  private readonly norms: number[] = [];

  /** Sum of the weights of a clause's portable keys (cached): its norm against another language. */
  portableNorm(i: number): number {
    let v = this.portableNorms[i];
    if (v === undefined) {
      v = 0;
      for (const k of this.clauses[i]!.keys) if (this.portable(k)) v += this.weight(k);
      this.portableNorms[i] = v;
    }
    return v;
  }
  private readonly portableNorms: number[] = [];

  /** The keys of a clause as a set (cached). */
  keySet(i: number): Set<string> {
    let s = this.sets[i];
    if (!s) this.sets[i] = s = new Set(this.clauses[i]!.keys);
    return s;
  }
  private readonly sets: Set<string>[] = [];

  private readonly weightCache = new Map<string, number>();

  /**
   * A clause's keys as sorted integer ids with their weights and plain-word flags, filled once into
   * its slice of the shared arrays kId, kWeight, kPlain, kPos, kPortable (from the returned offset
   * to keyStart[i + 1]; one set of arrays for the story instead of five per clause): cosines and
   * shared counts by merging. Ids are handed out as clauses are first compared, and the merge sums
   * weights in id order: the same order, so the same rounding, as ever.
   */
  keyIds(i: number): number {
    const from = this.keyStart[i]!;
    if (this.filled[i] === 1) return from;
    this.filled[i] = 1;
    const c = this.clauses[i]!;
    const keys = c.keys;
    const n = keys.length;
    const ids = this.kId;
    const pos = this.kPos;
    for (let x = 0; x < n; x++) {
      const k = keys[x]!;
      let id = this.idOf.get(k);
      if (id === undefined) {
        this.idOf.set(k, (id = this.idOf.size));
        this.postingOfId.push(this.postings.get(k)!);
        this.keyOfId.push(k);
        this.weightOfId.push(this.weight(k));
        this.portableOfId.push(this.portable(k) ? 1 : 0);
        this.anchorOfId.push(anchorKey(k) ? 1 : 0);
        this.frameOfId.push(FRAME_WORDS.has(k) ? 1 : 0);
      }
      // Insertion sort by id as the keys come (a clause holds a few dozen keys, all distinct).
      let y = from + x;
      while (y > from && ids[y - 1]! > id) {
        ids[y] = ids[y - 1]!;
        pos[y] = pos[y - 1]!;
        y--;
      }
      ids[y] = id;
      pos[y] = x;
    }
    for (let y = from; y < from + n; y++) {
      const id = ids[y]!;
      const k = keys[pos[y]!]!;
      this.kWeight[y] = this.weightOfId[id]!;
      // A word that is not part of a name or of an attribution here (see alignClauses).
      this.kPlain[y] = k.charCodeAt(0) === 119 && !c.nameKeys.has(k) && !c.attributionOnly.has(k) ? 1 : 0;
      this.kPortable[y] = this.portableOfId[id]!;
    }
    return from;
  }
  /** Where each clause's slice of the key arrays starts (clause i: keyStart[i] to keyStart[i + 1]). */
  readonly keyStart: Int32Array;
  /** Sorted key ids per clause slice (see keyIds). */
  readonly kId: Int32Array;
  /** Weights, aligned with kId. */
  readonly kWeight: Float64Array;
  /** 1 where the key is a word outside names and attributions, aligned with kId. */
  readonly kPlain: Uint8Array;
  /** Position of the key in its clause's own `keys`, aligned with kId. */
  readonly kPos: Int32Array;
  /** 1 where the key can be shared across languages (see portableKey), aligned with kId. */
  readonly kPortable: Uint8Array;
  private readonly filled: Uint8Array;
  private readonly idOf = new Map<string, number>();
  /** Posting list per id of keyIds. */
  readonly postingOfId: number[][] = [];
  /** The key string per id of keyIds. */
  readonly keyOfId: string[] = [];
  /** The weight per id of keyIds. */
  readonly weightOfId: number[] = [];
  /** 1 per id of keyIds whose key is portable across languages. */
  readonly portableOfId: number[] = [];
  /** 1 per id of keyIds whose key is a figure or date that pins a statement down (see anchorKey). */
  readonly anchorOfId: number[] = [];
  /** 1 per id of keyIds whose key is a word of a figure's scale (see FRAME_WORDS). */
  readonly frameOfId: number[] = [];

  /**
   * A key as a reference into refPosting/refWeight/refShortNumber (handed out as the alignment
   * walks the clauses' keys), so the walk does no other string lookups.
   */
  keyRef(k: string): number {
    let r = this.refOf.get(k);
    if (r === undefined) {
      this.refOf.set(k, (r = this.refOf.size));
      this.refPosting.push(this.postings.get(k)!);
      this.refWeight.push(this.weight(k));
      // Single-character numbers (`n:5`) are too common to propose candidates.
      this.refShortNumber.push(k.charCodeAt(0) === 110 && k.length < 4 ? 1 : 0);
    }
    return r;
  }
  private readonly refOf = new Map<string, number>();
  readonly refPosting: number[][] = [];
  readonly refWeight: number[] = [];
  readonly refShortNumber: number[] = [];

  /** The longest posting list worth walking: keys in more clauses than this say little. */
  postingCap(): number {
    return Math.max(24, Math.ceil(Math.sqrt(this.clauses.length) * 2));
  }
}

/**
 * A number or resolved date of some length (`n:4.2`, `n:2031`, `d:2026-03-15`): single-digit
 * figures recur in unrelated statements, as refShortNumber has it.
 */
function anchorKey(k: string): boolean {
  const kind = k.charCodeAt(0);
  return (kind === 110 || kind === 100) && k.length >= 4;
}

/** The weighted cosine of two clauses alone, without allocating (the alignment's inner loop). */
export function cosine(w: KeyWeights, i: number, j: number): number {
  let x = w.keyIds(i);
  let y = w.keyIds(j);
  const xEnd = w.keyStart[i + 1]!;
  const yEnd = w.keyStart[j + 1]!;
  const ids = w.kId;
  let s = 0;
  while (x < xEnd && y < yEnd) {
    const d = ids[x]! - ids[y]!;
    if (d === 0) {
      s += w.kWeight[x]!;
      x++;
      y++;
    } else if (d < 0) x++;
    else y++;
  }
  return s / Math.sqrt(w.norm(i) * w.norm(j) || 1);
}

/**
 * The weighted cosine of two clauses of different languages: over the keys a translation can
 * share (names, numbers, dates, lexicon words) alone, since neither's other words can recur in
 * the other.
 */
export function crossCosine(w: KeyWeights, i: number, j: number): number {
  let x = w.keyIds(i);
  let y = w.keyIds(j);
  const xEnd = w.keyStart[i + 1]!;
  const yEnd = w.keyStart[j + 1]!;
  const ids = w.kId;
  let s = 0;
  while (x < xEnd && y < yEnd) {
    const d = ids[x]! - ids[y]!;
    if (d === 0) {
      if (w.kPortable[x]! === 1) s += w.kWeight[x]!;
      x++;
      y++;
    } else if (d < 0) x++;
    else y++;
  }
  return s / Math.sqrt(w.portableNorm(i) * w.portableNorm(j) || 1);
}

/**
 * Shared keys of two clauses (in the first clause's key order) and their weighted cosine. Keys in
 * `unshared` count in neither clause: the figures two wordings of one statement are compared on
 * (`a fund of 240 million` / `a 420 million fund`) would otherwise make them look less alike.
 */
export function similarity(w: KeyWeights, i: number, j: number, unshared?: ReadonlySet<string>): { sim: number; shared: string[]; containment: number } {
  const a = w.clauses[i]!;
  const bKeys = w.keySet(j);
  const shared: string[] = [];
  let s = 0;
  for (const k of a.keys) {
    if (bKeys.has(k) && !unshared?.has(k)) {
      shared.push(k);
      s += w.weight(k);
    }
  }
  let ni = w.norm(i);
  let nj = w.norm(j);
  if (unshared) {
    for (const k of unshared) {
      if (a.keys.includes(k)) ni -= w.weight(k);
      if (bKeys.has(k)) nj -= w.weight(k);
    }
  }
  return { sim: s / Math.sqrt(ni * nj || 1), shared, containment: s / (Math.min(ni, nj) || 1) };
}

/**
 * Calls `visit(id, pos)` for every key two clauses share, with the key's id (see keyIds) and
 * its position in clause i's keys; allocates nothing, unlike `similarity`.
 */
export function forEachShared(w: KeyWeights, i: number, j: number, visit: (id: number, pos: number) => void): void {
  let x = w.keyIds(i);
  let y = w.keyIds(j);
  const xEnd = w.keyStart[i + 1]!;
  const yEnd = w.keyStart[j + 1]!;
  const ids = w.kId;
  while (x < xEnd && y < yEnd) {
    const d = ids[x]! - ids[y]!;
    if (d === 0) {
      visit(ids[x]!, w.kPos[x]!);
      x++;
      y++;
    } else if (d < 0) x++;
    else y++;
  }
}

/** Union-find over clause indices. */
export class DisjointSets {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = new Array<number>(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Groups `count` items by the given pairs, best first, never putting two items of one article in a
 * group (an article prints a statement or an utterance once), unless `partOf` gives both the same
 * part: the reported statement and the quote of one utterance (see utterances.ts) are one telling.
 * Each group's articles are kept as a map and the smaller map is poured into the larger: copying
 * both on every union made grouping quadratic in the size of big groups.
 */
export function groupOncePerArticle(
  count: number,
  articleOf: (i: number) => string,
  pairs: PairList,
  joinable: (rootA: number, rootB: number) => boolean = () => true,
  partOf: (i: number) => number = (i) => -1 - i,
): DisjointSets {
  const sets = new DisjointSets(count);
  // Per group root: its articles, each with the part of the article it holds.
  const articles = new Map<number, Map<string, number>>();
  const articlesOf = (root: number): Map<string, number> => {
    let s = articles.get(root);
    if (!s) articles.set(root, (s = new Map([[articleOf(root), partOf(root)]])));
    return s;
  };
  for (const x of bySimDescending(pairs.sim.subarray(0, pairs.length))) {
    const ra = sets.find(pairs.a[x]!);
    const rb = sets.find(pairs.b[x]!);
    if (ra === rb) continue;
    const sa = articlesOf(ra);
    const sb = articlesOf(rb);
    const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
    let clash = false;
    for (const [a, part] of small) {
      const other = large.get(a);
      if (other !== undefined && other !== part) {
        clash = true;
        break;
      }
    }
    if (clash || !joinable(ra, rb)) continue;
    sets.union(ra, rb);
    for (const [a, part] of small) large.set(a, part);
    articles.set(sets.find(ra), large);
  }
  return sets;
}

/**
 * Indices of `sims` from the highest to the lowest, equal ones in index order: what a stable sort
 * of the pairs by descending sim gives, by insertion-sorted runs merged bottom-up over typed
 * arrays (sorting the pair objects with a comparator was a tenth of the alignment's time).
 */
export function bySimDescending(sims: Float64Array): Uint32Array {
  const n = sims.length;
  let a = new Uint32Array(n);
  let b = new Uint32Array(n);
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo; i < hi; i++) {
      let j = i;
      while (j > lo && sims[a[j - 1]!]! < sims[i]!) {
        a[j] = a[j - 1]!;
        j--;
      }
      a[j] = i;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      // The left run first unless the right one's head is strictly higher: equal sims keep their order.
      while (i < mid && j < hi) b[k++] = sims[a[j]!]! > sims[a[i]!]! ? a[j++]! : a[i++]!;
      while (i < mid) b[k++] = a[i++]!;
      while (j < hi) b[k++] = a[j++]!;
    }
    [a, b] = [b, a];
  }
  return a;
}

/**
 * Pairs of items with their similarity, as three growing typed arrays (the alignment lists tens
 * of thousands of links: an object per link was most of its garbage). Entries 0 to length - 1;
 * for aligned clauses a < b, and their shared keys: forEachShared.
 */
export class PairList {
  a = new Int32Array(256);
  b = new Int32Array(256);
  sim = new Float64Array(256);
  length = 0;

  push(a: number, b: number, sim: number): void {
    if (this.length === this.a.length) this.grow();
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.sim[this.length] = sim;
    this.length++;
  }

  private grow(): void {
    this.a = doubled(this.a, Int32Array);
    this.b = doubled(this.b, Int32Array);
    this.sim = doubled(this.sim, Float64Array);
  }
}

/**
 * Links each clause to its best-matching clause in every other source, when the match clears
 * the threshold, and returns the linked pairs. Candidates come from the postings of the clause's
 * rarer keys only.
 */
export function alignClauses(w: KeyWeights, sourceOf: (clause: Clause) => string, opts: AlignOptions, apart?: (i: number, j: number) => boolean): PairList {
  const cap = w.postingCap();
  // The least cosine any link may have (see looseClaimThreshold).
  const loose = Math.min(opts.claimThreshold, opts.looseClaimThreshold ?? opts.claimThreshold);
  const floor = Math.min(loose, opts.wideClaimThreshold ?? loose);
  const pairs = new PairList();
  const clauses = w.clauses;
  const n = clauses.length;
  const acc = new Float64Array(n);
  const touched: number[] = [];
  // Sources as small integers; the best match per source lives in a reused array, listed in the
  // order sources were first matched (the order a Map per clause gave).
  const sourceIds = new Map<string, number>();
  const sources = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const s = sourceOf(clauses[i]!);
    let id = sourceIds.get(s);
    if (id === undefined) sourceIds.set(s, (id = sourceIds.size));
    sources[i] = id;
  }
  // Languages as small integers too (English: 0), for the cross-language test of every candidate.
  const langIds = new Map<string | null, number>([[null, 0]]);
  const langs = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const f = clauses[i]!.foreign;
    let id = langIds.get(f);
    if (id === undefined) langIds.set(f, (id = langIds.size));
    langs[i] = id;
  }
  // Per source its best match so far this turn (the partner, -1 for none, and the cosine).
  const bestOf = new Int32Array(sourceIds.size).fill(-1);
  const bestSim = new Float64Array(sourceIds.size);
  const bestSources: number[] = [];
  const { refPosting, refWeight, refShortNumber, kId } = w;
  // Clause i's keys spread over arrays indexed by key id (weight, weight if portable, flags: 1 held,
  // 2 plain word), so a candidate's overlap is one pass over its own sorted ids. The shared keys
  // are met in id order as a merge meets them, and the others add exact zeros: the same sums.
  const keyCount = w.postings.size;
  const dense = new Float64Array(keyCount);
  const densePortable = new Float64Array(keyCount);
  const denseFlags = new Uint8Array(keyCount);
  // A pair's cosine is the same from either side (same shared ids in the same order, same norms),
  // so each is scored once: at the earlier clause's turn, kept for the later one (see PairMemo).
  const memo = new PairMemo(n);
  for (let i = 0; i < n; i++) {
    const si = sources[i]!;
    const li = langs[i]!;
    // Rare keys propose candidates and give a lower bound of the shared weight; the common
    // keys can add at most their own total, so hopeless candidates are dropped unscored.
    // Accumulated rare-key weight per candidate, in a reused typed array (a Map per clause is
    // the hot spot of large stories). Keys in the clause's order, so sums round as before.
    touched.length = 0;
    let common = 0;
    for (const k of clauses[i]!.keys) {
      const r = w.keyRef(k);
      const p = refPosting[r]!;
      const kw = refWeight[r]!;
      if (p.length > cap || refShortNumber[r] === 1) {
        common += kw;
        continue;
      }
      for (const j of p) {
        if (j === i) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j] = acc[j]! + kw;
      }
    }
    const ni = w.norm(i);
    const mineEnd = w.keyStart[i + 1]!;
    bestSources.length = 0;
    memo.open(i);
    // Spread on first need: ids are handed out as clauses are first compared (see keyIds).
    let mine = -1;
    for (const j of touched) {
      const lower = acc[j]!;
      acc[j] = 0;
      // Against another language only portable keys count, so the bound uses their smaller norms.
      const cross = langs[j] !== li;
      if ((lower + common) / Math.sqrt((cross ? w.portableNorm(i) * w.portableNorm(j) : ni * w.norm(j)) || 1) < floor) continue;
      const sj = sources[j]!;
      if (sj === si) continue;
      if (apart?.(i, j)) continue;
      // Scored at j's turn already: ids of both were handed out then.
      const known = memo.sim[j]!;
      if (known >= 0 && known < floor) continue;
      if (mine < 0) {
        mine = w.keyIds(i);
        for (let x = mine; x < mineEnd; x++) {
          const id = kId[x]!;
          dense[id] = w.kWeight[x]!;
          densePortable[id] = w.kPortable[x] === 1 ? w.kWeight[x]! : 0;
          denseFlags[id] = 1 | (w.kPlain[x]! << 1);
        }
      }
      const b0 = w.keyIds(j);
      const b1 = w.keyStart[j + 1]!;
      let sim = known;
      if (sim < 0) {
        let s = 0;
        if (cross) for (let y = b0; y < b1; y++) s += densePortable[kId[y]!]!;
        else for (let y = b0; y < b1; y++) s += dense[kId[y]!]!;
        sim = s / Math.sqrt((cross ? w.portableNorm(i) * w.portableNorm(j) : ni * w.norm(j)) || 1);
        if (j > i) memo.keep(i, j, sim);
      }
      if (sim < floor) continue;
      const cur = bestOf[sj]! >= 0;
      // Only a better match for its source is worth the full check.
      if (cur && sim <= bestSim[sj]!) continue;
      // Naming the same people is not saying the same thing, nor is quoting the same expert:
      // names and words of an attribution (`according to ecologist X`) do not count as words.
      sharedCount = 0;
      sharedWords = 0;
      sharedAnchors = 0;
      sharedContent = 0;
      for (let y = b0; y < b1; y++) {
        const id = kId[y]!;
        const f = denseFlags[id]!;
        if (f === 0) continue;
        sharedCount++;
        if (f & 2 && w.kPlain[y] === 1) {
          sharedWords++;
          sharedWord = id;
          if (w.frameOfId[id] === 0 && sharedContent++ < CONTENT_SEEN) contentIds[sharedContent - 1] = id;
        } else if (w.anchorOfId[id] === 1) sharedAnchors++;
      }
      if (sharedCount < opts.minShared) continue;
      // A figure both clauses give as the count of one unit (`About 60 firefighters and 12
      // engines were sent` / `Around 60 firefighters battled the blaze`) pins the statement down
      // as a second figure would.
      // (Counted only when it decides: a pair passes with more anchors whenever it passes with fewer.)
      const rareWord = sharedWords === 1 && sim >= 1.5 * loose && w.postingOfId[sharedWord]!.length <= cap / 2;
      let anchors = sharedAnchors;
      if (
        anchors > 0 && (sharedWords < 2 || (sim < opts.claimThreshold && sharedContent + anchors < LOOSE_WORDS)) &&
        !wordsPass(anchors, rareWord, sim, opts.claimThreshold, loose, cross) && wordsPass(anchors + 1, rareWord, sim, opts.claimThreshold, loose, cross) &&
        sameCount(clauses[i]!, clauses[j]!)
      ) anchors++;
      if (!wordsPass(anchors, rareWord, sim, opts.claimThreshold, loose, cross)) continue;
      if (sharedContent <= CONTENT_SEEN && !tellsSomething(w, i, j, sharedContent)) continue;
      if (!cur) bestSources.push(sj);
      bestOf[sj] = j;
      bestSim[sj] = sim;
    }
    if (mine >= 0) {
      for (let x = mine; x < mineEnd; x++) {
        const id = kId[x]!;
        dense[id] = 0;
        densePortable[id] = 0;
        denseFlags[id] = 0;
      }
    }
    for (const sj of bestSources) {
      const other = bestOf[sj]!;
      bestOf[sj] = -1;
      // A link the other clause made at its turn is listed once; one made now is marked for its turn.
      if (!memo.link(i, other)) pairs.push(Math.min(i, other), Math.max(i, other), bestSim[sj]!);
    }
    memo.close(touched);
  }
  return pairs;
}

/**
 * Cosines scored at an earlier clause's turn of alignClauses, kept per later clause in linked
 * lists over growing typed arrays (a Map per pair was the garbage this avoids), with whether the
 * earlier turn linked the pair. At a clause's turn its entries are spread by partner (open) and
 * cleared after (close).
 */
class PairMemo {
  /** Per partner of the clause whose turn it is: the cosine scored earlier, else -1. */
  readonly sim: Float64Array;
  /** Per partner: the entry of the pair (an earlier partner's, or one kept this turn), else -1. */
  private readonly entryOf: Int32Array;
  private readonly head: Int32Array;
  private from = new Int32Array(1024);
  private sims = new Float64Array(1024);
  private next = new Int32Array(1024);
  private linked = new Uint8Array(1024);
  private count = 0;
  /** Entries whose later clause's turn is over, for reuse: only pairs still pending take room. */
  private free = -1;

  constructor(n: number) {
    this.sim = new Float64Array(n).fill(-1);
    this.entryOf = new Int32Array(n).fill(-1);
    this.head = new Int32Array(n).fill(-1);
  }

  /** The clause whose turn it is. */
  private current = -1;

  /** Spreads the cosines kept for clause i by their earlier partner. */
  open(i: number): void {
    this.current = i;
    for (let e = this.head[i]!; e >= 0; e = this.next[e]!) {
      this.sim[this.from[e]!] = this.sims[e]!;
      this.entryOf[this.from[e]!] = e;
    }
  }

  /** Keeps the cosine of i with a later clause j for j's turn. */
  keep(i: number, j: number, sim: number): void {
    let e = this.free;
    if (e >= 0) this.free = this.next[e]!;
    else {
      if (this.count === this.from.length) this.grow();
      e = this.count++;
    }
    this.from[e] = i;
    this.sims[e] = sim;
    this.linked[e] = 0;
    this.next[e] = this.head[j]!;
    this.head[j] = e;
    this.entryOf[j] = e;
  }

  /** At i's turn: whether the pair with `other` was linked already, marking it linked now. */
  link(i: number, other: number): boolean {
    const e = this.entryOf[other]!;
    if (e < 0) return false;
    if (other < i) return this.linked[e] === 1;
    this.linked[e] = 1;
    return false;
  }

  /** Clears the spread of the turn (every partner is among the touched clauses). */
  close(touched: readonly number[]): void {
    for (const j of touched) {
      this.sim[j] = -1;
      this.entryOf[j] = -1;
    }
    // The turn's own entries are spent: onto the free list.
    const i = this.current;
    for (let e = this.head[i]!; e >= 0; ) {
      const next = this.next[e]!;
      this.next[e] = this.free;
      this.free = e;
      e = next;
    }
    this.head[i] = -1;
  }

  private grow(): void {
    this.from = doubled(this.from, Int32Array);
    this.sims = doubled(this.sims, Float64Array);
    this.next = doubled(this.next, Int32Array);
    this.linked = doubled(this.linked, Uint8Array);
  }
}

/** A typed array twice as long holding the given one's entries first. */
function doubled<T extends Int32Array | Float64Array | Uint8Array>(arr: T, make: new (size: number) => T): T {
  const out = new make(arr.length * 2);
  out.set(arr);
  return out;
}

/** Shared keys of the last full check in alignClauses, in module scope so the inner loop allocates nothing. */
let sharedCount = 0;
let sharedWords = 0;
let sharedWord = -1;
let sharedAnchors = 0;
let sharedContent = 0;
/** How many of a pair's shared content words alignClauses keeps, to ask whether they tell anything. */
const CONTENT_SEEN = 3;
/** The first CONTENT_SEEN shared content word ids of the pair being checked. */
const contentIds = new Int32Array(CONTENT_SEEN);

/** Words of when (`the year before`, `on Tuesday`): two statements of one day say different things. */
const TIME_WORDS: ReadonlySet<string> = new Set(
  "year years month months week weeks day days today yesterday morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december"
    .split(" ")
    .map((t) => wordKeyW(t)),
);

/**
 * Whether a pair's shared words (sharedWords, sharedContent of the last full check) and anchors
 * are enough: two shared words, or one rare word (`new` pins nothing down) when the clauses align
 * closely (`rareWord`), or one word beside two figures or dates of their own (`4.2`, `2031`): a
 * paraphrase rewords the statement but keeps its figures. Below claimThreshold, three words (a
 * figure counts as one); below `loose`, more, and never across languages.
 */
function wordsPass(anchors: number, rareWord: boolean, sim: number, claimThreshold: number, loose: number, cross: boolean): boolean {
  if (sharedWords < 2 && !(sharedWords === 1 && (rareWord || anchors >= 2))) return false;
  if (sim < claimThreshold && sharedContent + anchors < LOOSE_WORDS) return false;
  return !(sim < loose && (cross || sharedContent + anchors < WIDE_WORDS));
}

/** Whether two clauses count one unit with the same figure of two digits or more (`60 firefighters`). */
function sameCount(a: Clause, b: Clause): boolean {
  // Read in the alignment's inner loop: no arrays or closures are built.
  for (const x of a.numbers) if (x.value.length >= 2 && x.unit && holdsCount(b, x.value, x.unit)) return true;
  if (a.bounds) for (const x of a.bounds) if (x.value.length >= 2 && x.unit && holdsCount(b, x.value, x.unit)) return true;
  return false;
}

/** Whether clause `c` gives `value` as a count of `unit`, exactly or as a bound. */
function holdsCount(c: Clause, value: string, unit: string): boolean {
  for (const y of c.numbers) if (y.value === value && y.unit === unit) return true;
  if (c.bounds) for (const y of c.bounds) if (y.value === value && y.unit === unit) return true;
  return false;
}

/** Words of a figure's magnitude: the word after one is what the figure counts (`million guilders`). */
const MAGNITUDE_KEYS: ReadonlySet<string> = new Set("thousand million billion trillion mln bn".split(" ").map((t) => wordKeyW(t)));

/**
 * Whether the first `count` shared content words of clauses i and j (in contentIds) hold one
 * that tells what happened: not a word of when, nor the unit both clauses count a figure in
 * (`Profit compared with 287 million guilders the year before` / `Her pay package for the year was
 * 3.1 million guilders` share `million`, `guilders` and `year`, and nothing they say), unless
 * they share a figure too (`valued at around 600,000 crowns` / `worth about 600,000 crowns`).
 */
function tellsSomething(w: KeyWeights, i: number, j: number, count: number): boolean {
  const a = w.clauses[i]!;
  const b = w.clauses[j]!;
  for (let x = 0; x < count; x++) {
    const k = w.keyOfId[contentIds[x]!]!;
    if (TIME_WORDS.has(k)) continue;
    if (unitOf(a, k) && unitOf(b, k)) continue;
    return true;
  }
  const figures = w.keySet(j);
  for (const k of a.keys) if (k.charCodeAt(0) === 110 && figures.has(k)) return true;
  return false;
}

/** Whether `k` is a unit clause `c` counts a figure in; its keys are in text order, so the key after a magnitude's is what that counts. */
function unitOf(c: Clause, k: string): boolean {
  for (const n of c.numbers) if (n.unit === k) return true;
  if (c.bounds) for (const n of c.bounds) if (n.unit === k) return true;
  const at = c.keys.indexOf(k);
  return at > 0 && MAGNITUDE_KEYS.has(c.keys[at - 1]!);
}

/**
 * Links per clause (both directions) in compressed rows: clause i's partners are
 * `other[start[i]..start[i+1])`, with their cosines at the same places in `sim`.
 */
export function adjacency(pairs: PairList, n: number): { other: Int32Array; sim: Float64Array; start: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let x = 0; x < pairs.length; x++) {
    start[pairs.a[x]! + 1]!++;
    start[pairs.b[x]! + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const other = new Int32Array(2 * pairs.length);
  const sim = new Float64Array(2 * pairs.length);
  for (let x = 0; x < pairs.length; x++) {
    const a = pairs.a[x]!;
    const b = pairs.b[x]!;
    other[fill[a]!] = b;
    sim[fill[a]!++] = pairs.sim[x]!;
    other[fill[b]!] = a;
    sim[fill[b]!++] = pairs.sim[x]!;
  }
  return { other, sim, start };
}

/**
 * Each clause's group label (its root in `groups`) and each label's clauses in index order: the
 * mutable view the regrouping passes move clauses in.
 */
export function groupMembers(groups: DisjointSets, n: number): { label: Int32Array; members: Map<number, number[]> } {
  const label = new Int32Array(n);
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = groups.find(i);
    label[i] = r;
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  return { label, members };
}
