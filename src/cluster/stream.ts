import type { Analysis, Article, ClusterAssignment, ClusterExplanation } from "../core/types.js";
import { shortId } from "../core/hash.js";
import { CopyIndex, type Fingerprint } from "./copies.js";
import { daysApart, keyHash, rawFeatures, type RawFeatures } from "./features.js";
import { withoutContainedNames } from "./names.js";
import { defaultParams, familyWeightList, type ClusterParams, type FamilyWeights } from "./params.js";
import {
  addIntoFlat, copyFlat, dropAtMost, emptyFlat, ENTITIES, FAMILIES, familyDotsFlat, familyNormsFlat, flatEntries, flatFromEntries, flatLookup, kthSmallest, NUMBERS, PEOPLE,
  pushFlat, TERMS, topEntriesFlat, topKeysWhereFlat, truncateFlat, type FlatVec,
} from "./sparse.js";

/** A recent member kept for explanations (nearest neighbours). */
interface Neighbour {
  id: string;
  vec: FlatVec;
}

/** A group of articles (an event, or a storyline of events) with a sparse, truncated centroid. */
interface Group {
  key: number;
  id: string;
  centroid: FlatVec;
  norms: number[];
  /** Articles (events: member ids; stories: counted through events). */
  size: number;
  firstTime: number | null;
  lastTime: number | null;
  lastSeq: number;
  /** Size when its top terms were last put in the candidate index. */
  indexedAt: number;
  /** The centroid changed since `norms` (and the flat arrays) were made: see `grow`. */
  stale?: boolean;
  /** The centroid as flat arrays (see flatCentroid): a field, not a WeakMap entry, since every candidate scored reads it. */
  flat?: CachedFlat;
}

interface EventGroup extends Group {
  story: number;
  members: string[];
  recent: Neighbour[];
}

interface StoryGroup extends Group {
  events: Set<number>;
}

/** Where one live article sits. */
interface Placed {
  event: number;
  duplicateOf: string | null;
}

const RECENT = 6;
/** Live terms below which the vocabulary is never pruned. */
const VOCAB_FLOOR = 50_000;

/**
 * A sparse vector as parallel arrays (key, weight) grouped by family: family f holds the entries
 * from `ends[f - 1]` (0 for the first) to `ends[f]`, in the vector's own order within the family,
 * so that a per-family sum over them adds the same terms in the same order as a walk of the
 * vector. Fast to walk, nothing allocated.
 */
interface FamilyFlat {
  keys: Int32Array;
  vals: Float64Array;
  ends: Int32Array;
}

/** Scratch of vectorize: an article's term ids, weights and families (-1: weight 0) in the counts' order, then grouped by family. */
let vecIds = new Int32Array(1024);
let vecWs = new Float64Array(1024);
let vecFams = new Int8Array(1024);
let groupedIds = new Int32Array(1024);
let groupedWs = new Float64Array(1024);
/** Scratch of keepHeaviest: the weights it selects the k-th from. */
let sortScratch = new Float64Array(1024);

/** Scratch of fillFlat: a vector's entries in its own order before they are grouped by family. */
let tmpKeys = new Int32Array(1024);
let tmpVals = new Float64Array(1024);
let tmpFams = new Uint8Array(1024);

/**
 * Fills `flat` (large enough) with `v` grouped by family (a stable counting sort); returns the
 * per-family Euclidean norms, the squares summed in the vector's order as familyNorms sums them.
 */
function fillFlat(v: FlatVec, family: number[], flat: FamilyFlat): number[] {
  const n = v.size;
  if (tmpKeys.length < n) {
    tmpKeys = new Int32Array(2 * n);
    tmpVals = new Float64Array(2 * n);
    tmpFams = new Uint8Array(2 * n);
  }
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  for (let i = 0; i < n; i++) {
    const k = v.keys[i]!;
    const w = v.vals[i]!;
    const f = family[k]!;
    tmpKeys[i] = k;
    tmpVals[i] = w;
    tmpFams[i] = f;
    if (f === TERMS) c0++;
    else if (f === ENTITIES) c1++;
    else if (f === NUMBERS) c2++;
  }
  const ends = flat.ends;
  ends[0] = c0;
  ends[1] = c0 + c1;
  ends[2] = c0 + c1 + c2;
  ends[3] = n;
  let p0 = 0;
  let p1 = c0;
  let p2 = c0 + c1;
  let p3 = c0 + c1 + c2;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const { keys, vals } = flat;
  for (let j = 0; j < n; j++) {
    const w = tmpVals[j]!;
    const f = tmpFams[j];
    let at: number;
    if (f === TERMS) {
      at = p0++;
      s0 += w * w;
    } else if (f === ENTITIES) {
      at = p1++;
      s1 += w * w;
    } else if (f === NUMBERS) {
      at = p2++;
      s2 += w * w;
    } else {
      at = p3++;
      s3 += w * w;
    }
    keys[at] = tmpKeys[j]!;
    vals[at] = w;
  }
  return [Math.sqrt(s0), Math.sqrt(s1), Math.sqrt(s2), Math.sqrt(s3)];
}

/** A group's centroid as a FlatVec, current while the group's `norms` array is the one it was made from. */
interface CachedFlat extends FamilyFlat {
  norms: number[];
}

/**
 * Hit counts of one lookup in open-addressed typed arrays: a slot is live when its stamp is the
 * lookup's, so a lookup neither allocates nor clears, and no Map entry is made per posting read.
 */
class HitTable {
  private keys = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private stamps = new Int32Array(1024);
  private stamp = 0;
  /** Slots of the keys hit, in first-hit order (see keyAt, countAt). */
  readonly met: number[] = [];

  /** Starts a lookup that will add at most `n` distinct keys. */
  reset(n: number): void {
    this.met.length = 0;
    if (this.keys.length < 2 * n) {
      let cap = this.keys.length;
      while (cap < 2 * n) cap *= 2;
      this.keys = new Int32Array(cap);
      this.counts = new Int32Array(cap);
      this.stamps = new Int32Array(cap);
      this.stamp = 0;
    }
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  add(key: number): void {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.stamps[i] === this.stamp) {
      if (this.keys[i] === key) {
        this.counts[i]!++;
        return;
      }
      i = (i + 1) & mask;
    }
    this.stamps[i] = this.stamp;
    this.keys[i] = key;
    this.counts[i] = 1;
    this.met.push(i);
  }

  keyAt(slot: number): number {
    return this.keys[slot]!;
  }

  countAt(slot: number): number {
    return this.counts[slot]!;
  }
}

/** Bounded candidate index: term -> keys of the groups whose salient terms include it. */
class CandidateIndex {
  /** Postings in the order terms were first indexed (the saved state's order). */
  readonly postings = new Map<number, number[]>();
  /** The same lists by term id (term ids are dense): an array read per term instead of a Map look-up. */
  private byTerm: (number[] | undefined)[] = [];
  /** Reused by every lookup. */
  private readonly hits = new HitTable();
  constructor(private readonly cap: number) {}

  put(key: number, terms: number[]): void {
    for (const t of terms) {
      let p = this.byTerm[t];
      if (!p) {
        p = [];
        this.postings.set(t, p);
        this.setTerm(t, p);
      }
      if (p[p.length - 1] === key) continue;
      p.push(key);
      // Oldest groups fall off a busy term: cost per lookup stays flat as groups accumulate.
      if (p.length > this.cap * 2) p.splice(0, p.length - this.cap);
    }
  }

  private setTerm(t: number, p: number[] | undefined): void {
    // Filled up to `t` with holes' undefined, so the array stays a dense one.
    while (this.byTerm.length < t) this.byTerm.push(undefined);
    this.byTerm[t] = p;
  }

  /** Forgets a term's postings (its id is free again). */
  drop(t: number): void {
    if (!this.postings.delete(t)) return;
    this.setTerm(t, undefined);
  }

  /** Replaces every posting list by saved ones, in their order. */
  restore(entries: [number, number[]][]): void {
    this.postings.clear();
    this.byTerm = [];
    for (const [t, keys] of entries) {
      const p = [...keys];
      this.postings.set(t, p);
      this.setTerm(t, p);
    }
  }

  /** Keys sharing the given terms, most hits first (ties: newest first), at most `max`. */
  lookup(terms: number[], max: number, live: (key: number) => boolean): number[] {
    const hits = this.hits;
    hits.reset(terms.length * this.cap);
    for (const t of terms) {
      const p = this.byTerm[t];
      if (!p) continue;
      const from = Math.max(0, p.length - this.cap);
      for (let i = p.length - 1; i >= from; i--) hits.add(p[i]!);
    }
    // The `max` best by a bounded insertion (most hits, then newest): hundreds of keys, a few kept.
    const keys: number[] = [];
    const counts: number[] = [];
    if (max <= 0) return keys;
    for (const slot of hits.met) {
      const k = hits.keyAt(slot);
      const c = hits.countAt(slot);
      const n = keys.length;
      if (n === max && (c < counts[n - 1]! || (c === counts[n - 1] && k < keys[n - 1]!))) continue;
      if (!live(k)) continue;
      let i = n < max ? n : max - 1;
      while (i > 0 && (counts[i - 1]! < c || (counts[i - 1] === c && keys[i - 1]! < k))) i--;
      if (n < max) {
        keys.push(0);
        counts.push(0);
      }
      for (let j = Math.min(n, max - 1); j > i; j--) {
        keys[j] = keys[j - 1]!;
        counts[j] = counts[j - 1]!;
      }
      keys[i] = k;
      counts[i] = c;
    }
    return keys;
  }
}

/**
 * Articles between consolidation passes while the stream is younger than `consolidateEvery`.
 * ECB+ dev topics streamed a fifth at a time (~150 articles, 3 shuffles): mean event BCubed F1
 * 0.8635 with a pass every 1,000 articles (none inside such a stream), 0.8759 every 50.
 */
const EARLY_CONSOLIDATE_EVERY = 50;

/** Exported state: plain JSON, so the store can keep it between runs. */
export interface StreamState {
  version: 1;
  /** Terms by id; "" marks an id whose term was pruned (free for reuse). */
  vocab: string[];
  df: number[];
  docs: number;
  seq: number;
  clock: number | null;
  nextKey: number;
  events: {
    key: number; id: string; story: number; centroid: [number, number][]; size: number; firstTime: number | null;
    lastTime: number | null; lastSeq: number; members: string[]; recent: { id: string; vec: [number, number][] }[];
  }[];
  stories: { key: number; id: string; centroid: [number, number][]; size: number; firstTime: number | null; lastTime: number | null; lastSeq: number; events: number[] }[];
  placed: [string, number, string | null][];
  copies: { id: string; exact: string; size: number; signature: number[] }[];
  /**
   * What makes a restored stream go on exactly as the uninterrupted one would (absent in states
   * saved before it; those rebuild their index from the centroids, which places a few articles
   * differently): the candidate indexes' postings, each group's size at its last indexing, the
   * groups the next consolidation pass looks at, and ids given out before (evicted groups' too).
   */
  exact?: {
    eventPostings: [number, number[]][];
    storyPostings: [number, number[]][];
    indexedAt: [number, number][];
    dirtyEvents: number[];
    dirtyStories: number[];
    usedIds: string[];
  };
}

/** What placing an article takes from its analysis: its raw features and copy fingerprint. */
export interface ClusterEvidence {
  features: RawFeatures;
  fingerprint: Fingerprint | null;
}

/** One copy index per parameter set, only to fingerprint (its seeds follow from the params). */
const fingerprinters = new WeakMap<object, CopyIndex>();

/**
 * The evidence add() would compute for an article under `params` (the fitted defaults unless
 * given). A pure function of the article: ingest workers make it, so the thread that places
 * articles in order neither decodes analyses nor fingerprints texts.
 */
export function clusterEvidence(article: Article, analysis: Analysis, params: ClusterParams = defaultParams()): ClusterEvidence {
  let ix = fingerprinters.get(params.copies);
  if (!ix) fingerprinters.set(params.copies, (ix = new CopyIndex(params.copies)));
  return { features: rawFeatures(article, analysis, params), fingerprint: analysis.tokens.length > 0 ? ix.fingerprint(analysis.tokens) : null };
}

/** Options of a StreamClusterer. */
export interface StreamOptions {
  params?: ClusterParams;
  /** Keep explanations on assignments (neighbours, shared terms). Default true. */
  explain?: boolean;
  /** Run consolidation every `params.consolidateEvery` articles. Default true (batch mode runs it once at the end). */
  autoConsolidate?: boolean;
  /** Evict groups quiet beyond the window. Default true; batch mode keeps everything. */
  evict?: boolean;
  /** Keep every article's vector so that refine() can move articles (batch mode). Default false. */
  keepVectors?: boolean;
}

/**
 * Online clustering of a news stream into copies, events and storylines.
 *
 * Each article is weighed as TF-IDF over stemmed content terms (lead and title boosted), entity
 * names and numbers/stated dates, each family normalised apart. Candidate events come from an
 * inverted index on salient terms, capped per term, so the cost of an article does not grow with
 * the number of events. The article joins the most similar candidate when the similarity (decayed
 * by the time between dates) reaches the event threshold, else it opens an event, which itself
 * joins the most similar storyline or opens one. Consolidation merges events (storylines) the
 * stream split, keeping the older id, and evicts groups quiet beyond the time window.
 * Ids derive from the founding article's id, so they are stable across runs and merges.
 */
export class StreamClusterer {
  readonly params: ClusterParams;
  private readonly explain: boolean;
  private readonly autoConsolidate: boolean;
  private readonly evictQuiet: boolean;
  private readonly vectors: Map<string, { v: FlatVec; norms: number[]; time: number | null }> | null;
  private vocab: string[] = [];
  private vocabIndex = new Map<string, number>();
  /**
   * Term ids by keyHash, open-addressed (-1: empty), beside `vocabIndex`, which stays the
   * reference: an entry counts only while `vocab[id]` is its key, and a miss asks the Map.
   */
  private hashIds = new Int32Array(1 << 12).fill(-1);
  private hashKeys = new Int32Array(1 << 12);
  private hashUsed = 0;
  private family: number[] = [];
  private df: number[] = [];
  private docs = 0;
  /** Frozen document frequencies (batch mode): IDF from the whole batch instead of the prefix. */
  private frozenDf: Map<string, number> | null = null;
  private frozenDocs = 0;
  private seq = 0;
  private clock: number | null = null;
  private nextKey = 1;
  private events = new Map<number, EventGroup>();
  private stories = new Map<number, StoryGroup>();
  private eventIndex: CandidateIndex;
  private storyIndex: CandidateIndex;
  private placed = new Map<string, Placed>();
  private copies: CopyIndex;
  private changes = new Map<string, ClusterAssignment>();
  private dirtyEvents = new Set<number>();
  private dirtyStories = new Set<number>();
  private usedIds = new Set<string>();
  /** Term ids forgotten by pruneVocabulary, largest first (the smallest is reused first). */
  private freeIds: number[] = [];
  /** Dense by term id, zero between uses: the article being scored, spread out. */
  private scratch = new Float64Array(1024);
  /** The article vector of vectorize when vectors are not kept (see there). */
  private readonly vecScratch: FlatVec = emptyFlat(256);
  /** familyWeightList of each weights object in use: combine() runs for every candidate. */
  private readonly weightLists = new WeakMap<FamilyWeights, number[]>();

  constructor(options: StreamOptions = {}, state?: StreamState | null) {
    this.params = options.params ?? defaultParams();
    this.explain = options.explain ?? true;
    this.autoConsolidate = options.autoConsolidate ?? true;
    this.evictQuiet = options.evict ?? true;
    this.vectors = options.keepVectors ? new Map() : null;
    this.eventIndex = new CandidateIndex(this.params.postingCap);
    this.storyIndex = new CandidateIndex(this.params.postingCap);
    this.copies = new CopyIndex(this.params.copies);
    if (state) this.importState(state);
  }

  /** Uses document frequencies counted over a whole batch (order-independent IDF). */
  setDocumentFrequencies(df: Map<string, number>, docs: number): void {
    this.frozenDf = df;
    this.frozenDocs = docs;
  }


  private termId(s: string): number {
    let id = this.vocabIndex.get(s);
    if (id === undefined) {
      const fam = s.startsWith("e:") ? ENTITIES : s.startsWith("p:") ? PEOPLE : s.startsWith("n:") ? NUMBERS : TERMS;
      const free = this.freeIds.pop();
      if (free !== undefined) {
        id = free;
        this.vocab[id] = s;
        this.family[id] = fam;
        this.df[id] = 0;
      } else {
        id = this.vocab.length;
        this.vocab.push(s);
        this.family.push(fam);
        this.df.push(0);
      }
      this.vocabIndex.set(s, id);
    }
    return id;
  }

  /** termId of a key whose keyHash the evidence gives (`h`; a wrong one costs time, not the answer). */
  private termIdByHash(s: string, h: number): number {
    const ids = this.hashIds;
    const mask = ids.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const id = ids[i]!;
      if (id < 0) break;
      if (this.hashKeys[i] === h && this.vocab[id] === s) return id;
    }
    const id = this.termId(s);
    if (keyHash(s) === h) this.hashTerm(h, id);
    return id;
  }

  private hashTerm(h: number, id: number): void {
    if (2 * (this.hashUsed + 1) > this.hashIds.length) {
      this.rebuildHashes(2 * this.hashIds.length);
      // The rebuild holds every live term, this one too.
      return;
    }
    const mask = this.hashIds.length - 1;
    let i = h & mask;
    while (this.hashIds[i]! >= 0) i = (i + 1) & mask;
    this.hashIds[i] = id;
    this.hashKeys[i] = h;
    this.hashUsed++;
  }

  /** Refills the hash table with every live term (after pruning freed ids, or to grow it). */
  private rebuildHashes(cap: number): void {
    let live = 0;
    for (const t of this.vocab) if (t !== "") live++;
    while (2 * live > cap) cap *= 2;
    this.hashIds = new Int32Array(cap).fill(-1);
    this.hashKeys = new Int32Array(cap);
    this.hashUsed = 0;
    const mask = cap - 1;
    for (let id = 0; id < this.vocab.length; id++) {
      const t = this.vocab[id]!;
      if (t === "") continue;
      const h = keyHash(t);
      let i = h & mask;
      while (this.hashIds[i]! >= 0) i = (i + 1) & mask;
      this.hashIds[i] = id;
      this.hashKeys[i] = h;
      this.hashUsed++;
    }
  }

  /**
   * Smoothed IDF: `idfPseudoDocs` empty pseudo-documents keep a handful of articles from
   * giving a word every one of them uses (the story's own name) a weight near zero.
   */
  private idf(term: string, id: number): number {
    const pseudo = this.params.idfPseudoDocs;
    if (this.frozenDf) return Math.log((this.frozenDocs + pseudo + 1) / ((this.frozenDf.get(term) ?? 0) + 0.5));
    return Math.log((this.docs + pseudo + 1) / (this.df[id]! + 0.5));
  }

  /** Articles known to use a term (the batch's count in batch mode). */
  private docFreq(id: number): number {
    return this.frozenDf ? (this.frozenDf.get(this.vocab[id]!) ?? 0) : this.df[id]!;
  }

  /** TF-IDF vector of an article, each family L2-normalised and truncated. */
  private vectorize(counts: Map<string, number>, keyHashes?: Int32Array): FlatVec {
    // Ids and weights in typed scratch, grouped by family (in the counts' order within a
    // family) rather than arrays allocated per article.
    const n = counts.size;
    if (vecIds.length < n) {
      vecIds = new Int32Array(2 * n);
      vecWs = new Float64Array(2 * n);
      vecFams = new Int8Array(2 * n);
      groupedIds = new Int32Array(2 * n);
      groupedWs = new Float64Array(2 * n);
    }
    const famCount = [0, 0, 0, 0];
    const hashes = keyHashes !== undefined && keyHashes.length === n ? keyHashes : null;
    let i = 0;
    counts.forEach((c, term) => {
      const id = hashes !== null ? this.termIdByHash(term, hashes[i]!) : this.termId(term);
      vecIds[i] = id;
      const w = (1 + Math.log(c)) * Math.max(0, this.idf(term, id));
      vecWs[i] = w;
      if (w > 0) {
        const f = this.family[id]!;
        vecFams[i] = f;
        famCount[f]!++;
      } else vecFams[i] = -1;
      i++;
    });
    const starts = [0, famCount[0]!, famCount[0]! + famCount[1]!, famCount[0]! + famCount[1]! + famCount[2]!];
    const at = [...starts];
    for (let j = 0; j < n; j++) {
      const f = vecFams[j]!;
      if (f < 0) continue;
      const to = at[f]!++;
      groupedIds[to] = vecIds[j]!;
      groupedWs[to] = vecWs[j]!;
    }
    // Kept vectors (batch mode) need their own arrays; otherwise the vector lives for one article
    // (centroids and recent members copy what they take), so one scratch vector serves them all.
    const v = this.vectors ? emptyFlat(16) : this.vecScratch;
    v.size = 0;
    for (let f = 0; f < FAMILIES; f++) keepHeaviest(groupedIds, groupedWs, starts[f]!, at[f]!, this.params.maxDocTerms, v);
    // Document frequencies update after weighting: an article does not discount its own terms.
    for (let j = 0; j < n; j++) this.df[vecIds[j]!]!++;
    this.docs++;
    return v;
  }

  /**
   * Weighted similarity of two vectors: family cosines averaged with `weights` over the
   * families both sides have (terms always count), times the time decay when both are dated.
   */
  private similarity(a: FlatVec, aNorms: number[], b: FlatVec, bNorms: number[], weights: FamilyWeights, dt: number | null, scaleDays: number): number {
    return this.combine(familyDotsFlat(a, b, this.family), aNorms, bNorms, weights, dt, scaleDays);
  }

  /** The similarity from per-family dot products (see `similarity`). */
  private combine(dots: number[], aNorms: number[], bNorms: number[], weights: FamilyWeights, dt: number | null, scaleDays: number): number {
    return combineWith(this.weightList(weights), dots, aNorms, bNorms, dt, scaleDays);
  }

  /** familyWeightList of a weights object, made once per object. */
  private weightList(weights: FamilyWeights): number[] {
    let w = this.weightLists.get(weights);
    if (!w) this.weightLists.set(weights, (w = familyWeightList(weights)));
    return w;
  }

  private newId(prefix: string, founder: string): string {
    let id = shortId(prefix, founder);
    for (let i = 2; this.usedIds.has(id); i++) id = shortId(prefix, `${founder}#${i}`);
    this.usedIds.add(id);
    return id;
  }

  /**
   * The terms a vector is found by. Numbers are left out (too common across happenings), and so
   * are terms no other article uses (df <= 1): they are the heaviest by TF-IDF yet can never
   * bring a candidate. In streaming mode a group also registers such terms, as later articles may share them.
   */
  private salient(v: FlatVec, lookup = true): number[] {
    const minDf = lookup || this.frozenDf ? 2 : 0;
    return topKeysWhereFlat(v, this.params.candidateTerms, (k) => this.family[k] !== NUMBERS && this.docFreq(k) >= minDf);
  }

  private touch(g: Group, time: number | null): void {
    if (time !== null) {
      if (g.firstTime === null || time < g.firstTime) g.firstTime = time;
      if (g.lastTime === null || time > g.lastTime) g.lastTime = time;
    }
    g.lastSeq = this.seq;
  }

  /**
   * Adds an article's vector to a group. Its norms and flat arrays are remade when it is next
   * scored (every read of a group's norms checks `stale` first), not with every article it takes:
   * a storyline is scored only when an article opens an event or at consolidation, and an event
   * that takes several articles between two scorings is remade once.
   */
  private grow(g: Group, v: FlatVec, index: CandidateIndex): void {
    addIntoFlat(g.centroid, v);
    if (g.centroid.size > 2 * this.params.maxCentroidTerms) truncateFlat(g.centroid, this.params.maxCentroidTerms);
    g.stale = true;
    g.size++;
    // Re-index at sizes 1, 2, 4, 8...: salient terms settle as the group grows.
    if (g.size >= 2 * g.indexedAt) {
      index.put(g.key, this.salient(g.centroid, false));
      g.indexedAt = g.size;
    }
  }

  private assignmentOf(id: string): ClusterAssignment {
    const p = this.placed.get(id)!;
    const ev = this.events.get(p.event)!;
    return { id, event: ev.id, story: this.stories.get(ev.story)!.id, duplicate_of: p.duplicateOf };
  }

  /**
   * Best candidate group for a vector, with its similarity (`terms`: its salient terms, when
   * known). With a `floor`, the caller uses the answer only when its similarity reaches the
   * floor: candidates whose time decay alone keeps them below it are not scored (a similarity is
   * at most its decay, family cosines being at most 1), which leaves every answer that reaches
   * the floor as it was; below it, the answer may name another group or none.
   */
  private best<G extends Group>(v: FlatVec, norms: number[], time: number | null, groups: Map<number, G>, index: CandidateIndex, weights: FamilyWeights, windowDays: number, scaleDays: number, exclude = -1, terms = this.salient(v), floor = 0): { group: G | null; sim: number } {
    const cands = index.lookup(terms, this.params.maxCandidates, (k) => groups.has(k) && k !== exclude);
    let group: G | null = null;
    let sim = -1;
    // The vector is spread over a dense scratch array and each candidate's centroid walked as flat
    // arrays: typed-array reads instead of a Map lookup per shared key, and no entry pair allocated.
    if (this.scratch.length < this.vocab.length) this.scratch = new Float64Array(Math.max(this.vocab.length, 2 * this.scratch.length));
    const scratch = this.scratch;
    const vKeys = v.keys;
    for (let i = 0; i < v.size; i++) scratch[vKeys[i]!] = v.vals[i]!;
    const dots = [0, 0, 0, 0];
    const weightList = this.weightList(weights);
    for (const k of cands) {
      const g = groups.get(k)!;
      const dt = daysToGroup(time, g);
      if (dt !== null && dt > windowDays) continue;
      // The margin covers rounding in a cosine computed a hair above 1.
      if (dt !== null && dt > 1 && Math.exp(-(dt - 1) / scaleDays) * (1 + 1e-9) < floor) continue;
      if (g.stale) this.refreshFlat(g);
      const { keys, vals, ends } = this.flatCentroid(g);
      // One tight loop per family (the entries are grouped by family). Entries the article lacks
      // read 0 from the scratch and add +0, which leaves every sum as it was.
      let j = 0;
      for (let f = 0; f < FAMILIES; f++) {
        const end = ends[f]!;
        let d = 0;
        for (; j < end; j++) d += scratch[keys[j]!]! * vals[j]!;
        dots[f] = d;
      }
      const s = combineWith(weightList, dots, norms, g.norms, dt, scaleDays);
      if (s > sim || (s === sim && group !== null && g.key < group.key)) {
        sim = s;
        group = g;
      }
    }
    for (let i = 0; i < v.size; i++) scratch[vKeys[i]!] = 0;
    return { group, sim: Math.max(0, sim) };
  }

  /**
   * An empty centroid with room for its largest size between two truncations (twice the cap plus
   * one article), so that a group's arrays are allocated once instead of doubling as it grows.
   */
  private newCentroid(): FlatVec {
    return emptyFlat(2 * this.params.maxCentroidTerms + FAMILIES * this.params.maxDocTerms);
  }

  /** The cached flat arrays of a group, (re)allocated to hold its centroid. */
  private flatBuffers(g: Group): CachedFlat {
    const n = g.centroid.size;
    let flat = g.flat;
    // The buffers are refilled in place while they are large enough: a growing group's
    // centroid changes with nearly every article it takes.
    if (!flat || flat.keys.length < n) {
      // Room for a scored centroid's largest size at once (grow truncates past twice the cap):
      // each reallocation puts new backing stores off the heap for the collector to track.
      const cap = Math.max(n, flat ? 2 * flat.keys.length : 2 * this.params.maxCentroidTerms);
      flat = { keys: new Int32Array(cap), vals: new Float64Array(cap), ends: new Int32Array(FAMILIES), norms: g.norms };
      g.flat = flat;
    }
    return flat;
  }

  /**
   * After a change of a group's centroid: its norms (as familyNorms gives them) and its flat
   * arrays in one walk of the centroid instead of two; a growing group is scored again with
   * nearly every article it takes.
   */
  private refreshFlat(g: Group): void {
    const flat = this.flatBuffers(g);
    g.norms = fillFlat(g.centroid, this.family, flat);
    flat.norms = g.norms;
    g.stale = false;
  }

  /**
   * A group's centroid as flat arrays, rebuilt when the centroid changed. Every change of a
   * centroid assigns its group a new `norms` array, so the cache is current while it holds that array.
   */
  private flatCentroid(g: Group): FamilyFlat {
    let flat = g.flat;
    if (!flat || flat.norms !== g.norms) {
      flat = this.flatBuffers(g);
      fillFlat(g.centroid, this.family, flat);
      flat.norms = g.norms;
    }
    return flat;
  }

  /** Places one article: returns its assignment (with an explanation unless disabled). */
  add(article: Article, analysis: Analysis, features?: RawFeatures): ClusterAssignment {
    return this.addWith(article, analysis, features);
  }

  /**
   * add() with the article's evidence made elsewhere (clusterEvidence under this clusterer's
   * params, in an ingest worker thread, say): the analysis itself is then not needed.
   */
  addEvidence(article: Article, evidence: ClusterEvidence): ClusterAssignment {
    return this.addWith(article, null, evidence.features, evidence.fingerprint);
  }

  private addWith(article: Article, analysis: Analysis | null, features?: RawFeatures, fingerprint?: Fingerprint | null): ClusterAssignment {
    this.seq++;
    const p = this.params;
    const known = this.placed.get(article.id);
    if (known) return this.assignmentOf(article.id);
    if (analysis === null && (features === undefined || fingerprint === undefined)) throw new Error("StreamClusterer: an article needs its analysis or its evidence");
    const raw = features ?? rawFeatures(article, analysis!, p);
    if (raw.time !== null && (this.clock === null || raw.time > this.clock)) this.clock = raw.time;

    // Copies first: a copy sits in its original's event and does not weigh on centroids.
    const fp: Fingerprint | null = fingerprint !== undefined ? fingerprint : analysis!.tokens.length > 0 ? this.copies.fingerprint(analysis!.tokens) : null;
    const copy = fp ? this.copies.find(fp) : null;
    if (fp) this.copies.add(article.id, fp);
    if (copy) {
      const orig = this.placed.get(copy.id);
      if (orig && this.events.has(orig.event)) {
        const root = orig.duplicateOf ?? copy.id;
        const ev = this.events.get(orig.event)!;
        ev.members.push(article.id);
        this.touch(ev, raw.time);
        this.touch(this.stories.get(ev.story)!, raw.time);
        this.placed.set(article.id, { event: ev.key, duplicateOf: root });
        const a = this.assignmentOf(article.id);
        if (this.explain) {
          a.explanation = {
            decision: "duplicate", similarity: round(copy.jaccard), threshold: p.copies.jaccard,
            neighbours: [{ id: copy.id, similarity: round(copy.jaccard) }], sharedTerms: [], sharedEntities: [],
            note: `copy of ${root} (estimated Jaccard ${round(copy.jaccard)}, containment ${round(copy.containment)})`,
          };
        }
        this.afterAdd();
        return a;
      }
    }

    const v = this.vectorize(raw.counts, raw.keyHashes);
    const norms = familyNormsFlat(v, this.family);
    // One salient-term pick for both look-ups: nothing they read changes in between.
    const terms = this.salient(v);
    const { group: ev, sim } = this.best(v, norms, raw.time, this.events, this.eventIndex, p.eventWeights, p.eventWindowDays, p.eventTimeScaleDays, -1, terms, this.explain ? 0 : p.eventThreshold);
    let explanation: ClusterExplanation | undefined;
    let event: EventGroup;
    if (ev && sim >= p.eventThreshold) {
      event = ev;
      if (this.explain) explanation = this.explainJoin(v, norms, event, sim, raw.time);
      this.grow(event, v, this.eventIndex);
      const story = this.stories.get(event.story)!;
      this.grow(story, v, this.storyIndex);
      this.touch(story, raw.time);
      this.dirtyStories.add(story.key);
    } else {
      const st = this.best(v, norms, raw.time, this.stories, this.storyIndex, p.storyWeights, p.storyWindowDays, p.storyTimeScaleDays, -1, terms, p.storyThreshold);
      let story: StoryGroup;
      if (st.group && st.sim >= p.storyThreshold) story = st.group;
      else {
        story = { key: this.nextKey++, id: this.newId("st", article.id), centroid: this.newCentroid(), norms: [0, 0, 0, 0], size: 0, firstTime: null, lastTime: null, lastSeq: this.seq, indexedAt: 0, stale: false, flat: undefined, events: new Set() };
        this.stories.set(story.key, story);
      }
      event = { key: this.nextKey++, id: this.newId("ev", article.id), story: story.key, centroid: this.newCentroid(), norms: [0, 0, 0, 0], size: 0, firstTime: null, lastTime: null, lastSeq: this.seq, indexedAt: 0, stale: false, flat: undefined, members: [], recent: [] };
      this.events.set(event.key, event);
      story.events.add(event.key);
      this.grow(event, v, this.eventIndex);
      this.grow(story, v, this.storyIndex);
      this.touch(story, raw.time);
      this.dirtyStories.add(story.key);
      if (this.explain) {
        explanation = {
          decision: "new-event", similarity: round(ev ? sim : 0), threshold: p.eventThreshold,
          neighbours: ev ? [{ id: ev.id, similarity: round(sim) }] : [], sharedTerms: ev ? this.shared(v, ev.centroid, TERMS) : [],
          sharedEntities: ev ? this.shared(v, ev.centroid, ENTITIES, PEOPLE) : [],
          note: (ev ? `nearest event ${ev.id} below threshold; ` : "no candidate event; ") +
            (story.size > 1 ? `joined storyline ${story.id} (similarity ${round(st.sim)} >= ${p.storyThreshold})` : "opened a storyline"),
        };
      }
    }
    this.touch(event, raw.time);
    event.members.push(article.id);
    // Kept also without explanations: the orphan rule measures a lone article against these.
    event.recent.push({ id: article.id, vec: topEntriesFlat(v, 30) });
    if (event.recent.length > RECENT) event.recent.shift();
    this.dirtyEvents.add(event.key);
    this.placed.set(article.id, { event: event.key, duplicateOf: null });
    this.vectors?.set(article.id, { v, norms, time: raw.time });
    const a = this.assignmentOf(article.id);
    if (explanation) a.explanation = explanation;
    this.afterAdd();
    return a;
  }

  private afterAdd(): void {
    if (!this.autoConsolidate) return;
    // A young stream consolidates more often: the events it split are mostly its first ones (a
    // happening's first reports, each opening an event before the others were in), and a pass
    // costs what was added since the last one. Set by the article count alone, so a stream
    // restored from its state keeps the same schedule.
    const every = this.seq < this.params.consolidateEvery ? Math.min(EARLY_CONSOLIDATE_EVERY, this.params.consolidateEvery) : this.params.consolidateEvery;
    if (this.seq % every === 0) this.consolidate();
  }

  /** Top shared keys of one family between an article and a centroid, as readable strings. */
  private shared(v: FlatVec, centroid: FlatVec, ...fams: number[]): string[] {
    const out: [string, number][] = [];
    const get = flatLookup(centroid);
    for (let i = 0; i < v.size; i++) {
      const k = v.keys[i]!;
      const w = v.vals[i]!;
      if (!fams.includes(this.family[k]!)) continue;
      const c = get(k);
      if (c !== undefined) out.push([this.vocab[k]!.slice(2), w * c]);
    }
    return withoutContainedNames(out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 8).map((e) => e[0]));
  }

  private explainJoin(v: FlatVec, norms: number[], ev: EventGroup, sim: number, time: number | null): ClusterExplanation {
    const p = this.params;
    const neighbours = ev.recent
      .map((n) => ({ id: n.id, similarity: round(this.similarity(v, norms, n.vec, familyNormsFlat(n.vec, this.family), p.eventWeights, null, p.eventTimeScaleDays)) }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, 3);
    const dt = daysApart(time, ev.lastTime);
    return {
      decision: "joined", similarity: round(sim), threshold: p.eventThreshold, neighbours,
      sharedTerms: this.shared(v, ev.centroid, TERMS), sharedEntities: this.shared(v, ev.centroid, ENTITIES, PEOPLE),
      note: `joined event ${ev.id} (${ev.size} articles)` + (dt !== null ? `, ${round(dt)} days from its latest article` : ""),
    };
  }

  /**
   * Merges events (and storylines) that the stream split, keeping the older id, then evicts
   * groups quiet beyond the time window. Only groups touched since the last pass are examined,
   * so a pass costs what the stream added since.
   */
  consolidate(): number {
    const p = this.params;
    let merges = 0;
    const evKeys = [...this.dirtyEvents].filter((k) => this.events.has(k)).sort((a, b) => a - b);
    this.dirtyEvents.clear();
    for (const k of evKeys) {
      const ev = this.events.get(k);
      if (!ev) continue;
      if (ev.stale) this.refreshFlat(ev);
      const { group: other, sim } = this.best(ev.centroid, ev.norms, ev.lastTime, this.events, this.eventIndex, p.eventWeights, p.eventWindowDays, p.eventTimeScaleDays, k, undefined, p.eventMergeThreshold);
      if (other && sim >= p.eventMergeThreshold) {
        this.mergeEvents(other.key < ev.key ? other : ev, other.key < ev.key ? ev : other);
        merges++;
      }
    }
    merges += this.consolidateStories();
    if (this.evictQuiet) this.evict();
    return merges;
  }

  /**
   * The storyline half of consolidation, without eviction and without touching events: storylines
   * touched since the last pass merge with their nearest storyline at `storyMergeThreshold`, and a
   * one-article storyline joins the storyline of its nearest event at `orphanThreshold` (a text in
   * another language shares names and numbers, not words). Events are left as they are, so calling
   * this at the end of an ingest run does not change which event any article is in. Returns merges.
   */
  consolidateStories(): number {
    const p = this.params;
    let merges = 0;
    const stKeys = [...this.dirtyStories].filter((k) => this.stories.has(k)).sort((a, b) => a - b);
    this.dirtyStories.clear();
    for (const k of stKeys) {
      const st = this.stories.get(k);
      if (!st) continue;
      if (st.stale) this.refreshFlat(st);
      const { group: other, sim } = this.best(st.centroid, st.norms, st.lastTime, this.stories, this.storyIndex, p.storyWeights, p.storyWindowDays, p.storyTimeScaleDays, k, undefined, p.storyMergeThreshold);
      if (other && sim >= p.storyMergeThreshold) {
        this.mergeStories(other.key < st.key ? other : st, other.key < st.key ? st : other);
        merges++;
        continue;
      }
      const host = this.orphanHost(st);
      if (host) {
        this.mergeStories(host.key < st.key ? host : st, host.key < st.key ? st : host);
        merges++;
      }
    }
    return merges;
  }

  /**
   * The storyline a one-article storyline belongs to, judged on the event evidence (names,
   * numbers, words) against its nearest event of at least two articles, or null. Like the batch
   * rule it is the nearest article that counts: the event's centroid, or one of its recent
   * members when closer (a centroid of texts in another language dilutes the names they share).
   */
  private orphanHost(st: StoryGroup): StoryGroup | null {
    const p = this.params;
    if (st.size !== 1 || st.events.size !== 1 || p.orphanThreshold >= 1) return null;
    const own = this.events.get([...st.events][0]!);
    if (!own || own.size !== 1) return null;
    if (own.stale) this.refreshFlat(own);
    const { group: near, sim } = this.best(own.centroid, own.norms, own.lastTime, this.events, this.eventIndex, p.eventWeights, p.eventWindowDays, p.eventTimeScaleDays, own.key);
    if (!near || near.size < 2 || near.story === st.key) return null;
    const dt = daysToGroup(own.lastTime, near);
    let nearest = sim;
    for (const n of near.recent) nearest = Math.max(nearest, this.similarity(own.centroid, own.norms, n.vec, familyNormsFlat(n.vec, this.family), p.eventWeights, dt, p.eventTimeScaleDays));
    if (nearest < p.orphanThreshold) return null;
    return this.stories.get(near.story) ?? null;
  }

  private recordMoved(ids: string[]): void {
    for (const id of ids) if (this.placed.has(id)) this.changes.set(id, this.assignmentOf(id));
  }

  private mergeEvents(keep: EventGroup, gone: EventGroup): void {
    addIntoFlat(keep.centroid, gone.centroid);
    truncateFlat(keep.centroid, this.params.maxCentroidTerms);
    keep.norms = familyNormsFlat(keep.centroid, this.family);
    keep.stale = false;
    keep.size += gone.size;
    keep.members.push(...gone.members);
    keep.recent = [...keep.recent, ...gone.recent].slice(-RECENT);
    for (const t of [gone.firstTime, gone.lastTime]) if (t !== null) this.touch(keep, t);
    keep.lastSeq = Math.max(keep.lastSeq, gone.lastSeq);
    for (const id of gone.members) {
      const pl = this.placed.get(id);
      if (pl) pl.event = keep.key;
    }
    this.events.delete(gone.key);
    this.eventIndex.put(keep.key, this.salient(keep.centroid, false));
    const goneStory = this.stories.get(gone.story)!;
    goneStory.events.delete(gone.key);
    if (gone.story !== keep.story) {
      // One happening belongs to one storyline: the older storyline takes the other in.
      const ks = this.stories.get(keep.story)!;
      if (ks.key < goneStory.key) this.mergeStories(ks, goneStory);
      else this.mergeStories(goneStory, ks);
    }
    this.recordMoved(keep.members);
    this.dirtyEvents.add(keep.key);
  }

  private mergeStories(keep: StoryGroup, gone: StoryGroup): void {
    addIntoFlat(keep.centroid, gone.centroid);
    truncateFlat(keep.centroid, this.params.maxCentroidTerms);
    keep.norms = familyNormsFlat(keep.centroid, this.family);
    keep.stale = false;
    keep.size += gone.size;
    for (const t of [gone.firstTime, gone.lastTime]) if (t !== null) this.touch(keep, t);
    const moved: string[] = [];
    for (const ek of gone.events) {
      const ev = this.events.get(ek);
      if (!ev) continue;
      ev.story = keep.key;
      keep.events.add(ek);
      moved.push(...ev.members);
    }
    this.stories.delete(gone.key);
    this.storyIndex.put(keep.key, this.salient(keep.centroid, false));
    this.recordMoved(moved);
    this.dirtyStories.add(keep.key);
  }

  /** Drops groups quiet beyond the window (by dates when dated, by article count otherwise). */
  private evict(): void {
    const p = this.params;
    const quiet = (g: Group, days: number): boolean =>
      (this.clock !== null && g.lastTime !== null && (this.clock - g.lastTime) / 86_400_000 > days) || this.seq - g.lastSeq > p.windowArticles;
    for (const ev of [...this.events.values()]) {
      if (!quiet(ev, p.eventWindowDays)) continue;
      this.events.delete(ev.key);
      this.usedIds.delete(ev.id);
      this.stories.get(ev.story)?.events.delete(ev.key);
      // Pending changes stay: a merge in the same pass moved these articles, and the store must hear of it.
      for (const id of ev.members) {
        this.placed.delete(id);
        this.copies.remove(id);
      }
    }
    // A storyline outlives its events (a later event may still join it) until it is quiet itself.
    for (const st of [...this.stories.values()]) {
      if (st.events.size > 0 || !quiet(st, p.storyWindowDays)) continue;
      this.stories.delete(st.key);
      this.usedIds.delete(st.id);
    }    this.pruneVocabulary();
  }

  /**
   * Forgets terms that only one article ever used and that no live group holds, once the
   * vocabulary passes VOCAB_FLOOR: names, typos and figures seen once would otherwise pile up
   * forever on an endless stream (memory and the saved state grow with them). Their ids are
   * reused, smallest first, so a state saved and restored reuses them in the same order.
   */
  private pruneVocabulary(): void {
    if (this.vectors || this.vocab.length - this.freeIds.length <= VOCAB_FLOOR) return;
    const held = new Uint8Array(this.vocab.length);
    const hold = (v: FlatVec): void => {
      for (let i = 0; i < v.size; i++) held[v.keys[i]!] = 1;
    };
    for (const ev of this.events.values()) {
      hold(ev.centroid);
      for (const r of ev.recent) hold(r.vec);
    }
    for (const st of this.stories.values()) hold(st.centroid);
    let freed = 0;
    for (let id = 0; id < this.vocab.length; id++) {
      const term = this.vocab[id]!;
      if (term === "" || held[id] || this.df[id]! > 1) continue;
      this.vocabIndex.delete(term);
      this.vocab[id] = "";
      this.df[id] = 0;
      this.eventIndex.drop(id);
      this.storyIndex.drop(id);
      this.freeIds.push(id);
      freed++;
    }
    if (freed > 0) {
      this.freeIds.sort((a, b) => b - a);
      this.rebuildHashes(this.hashIds.length);
    }
  }

  /**
   * Batch refinement (needs keepVectors): each article is compared with its own event without
   * itself and with the candidate events, and moves when another event is clearly closer: one
   * k-means step over the sparse centroids that undoes early single-pass mistakes. Copies
   * follow their original. Returns how many articles moved.
   */
  refine(): number {
    if (!this.vectors) return 0;
    const p = this.params;
    let moved = 0;
    for (const [id, { v, norms, time }] of this.vectors) {
      const pl = this.placed.get(id);
      if (!pl) continue;
      const own = this.events.get(pl.event)!;
      if (own.size <= 1) {
        this.attachOrphan(id, v, norms, time, own);
        continue;
      }
      const rest = copyFlat(own.centroid);
      addIntoFlat(rest, v, -1);
      dropAtMost(rest, 1e-9);
      const ownSim = this.similarity(v, norms, rest, familyNormsFlat(rest, this.family), p.eventWeights, daysApart(time, own.lastTime), p.eventTimeScaleDays);
      const { group: other, sim } = this.best(v, norms, time, this.events, this.eventIndex, p.eventWeights, p.eventWindowDays, p.eventTimeScaleDays, own.key);
      if (!other || sim < p.eventThreshold || sim <= ownSim) continue;
      own.centroid = rest;
      own.norms = familyNormsFlat(rest, this.family);
      own.size--;
      const followers = own.members.filter((m) => m === id || this.placed.get(m)?.duplicateOf === id);
      own.members = own.members.filter((m) => !followers.includes(m));
      addIntoFlat(other.centroid, v);
      if (other.centroid.size > 2 * p.maxCentroidTerms) truncateFlat(other.centroid, p.maxCentroidTerms);
      other.norms = familyNormsFlat(other.centroid, this.family);
      other.size++;
      other.members.push(...followers);
      for (const m of followers) this.placed.get(m)!.event = other.key;
      this.recordMoved(followers);
      moved++;
    }
    return moved;
  }

  /**
   * A one-article event whose nearest event reaches `orphanThreshold` is folded into it: a lone
   * article of a busy happening that used other words than the first ones. The older id survives.
   */
  private attachOrphan(id: string, v: FlatVec, norms: number[], time: number | null, own: EventGroup): void {
    const p = this.params;
    const { group: other, sim } = this.best(v, norms, time, this.events, this.eventIndex, p.eventWeights, p.eventWindowDays, p.eventTimeScaleDays, own.key);
    if (!other || other.size < 2 || sim < p.orphanThreshold) return;
    this.mergeEvents(other.key < own.key ? other : own, other.key < own.key ? own : other);
    void id;
  }

  /** Whether an article with this id is placed (and still within the window). */
  has(id: string): boolean {
    return this.placed.has(id);
  }

  /** The current assignment of an article still in memory, or null. */
  assignment(id: string): ClusterAssignment | null {
    return this.placed.has(id) ? this.assignmentOf(id) : null;
  }

  /** Assignments changed by merges since the last call (to rewrite what was already reported). */
  drainChanges(): ClusterAssignment[] {
    const out = [...this.changes.values()];
    this.changes.clear();
    return out;
  }

  /** Live groups and vocabulary size: for benchmarks and memory checks. */
  stats(): { events: number; stories: number; articles: number; vocabulary: number } {
    return { events: this.events.size, stories: this.stories.size, articles: this.placed.size, vocabulary: this.vocab.length - this.freeIds.length };
  }

  /** A JSON-safe snapshot of everything needed to continue the stream later with the same ids. */
  exportState(): StreamState {
    const entries = flatEntries;
    return {
      version: 1, vocab: this.vocab, df: this.df, docs: this.docs, seq: this.seq, clock: this.clock, nextKey: this.nextKey,
      events: [...this.events.values()].map((e) => ({
        key: e.key, id: e.id, story: e.story, centroid: entries(e.centroid), size: e.size, firstTime: e.firstTime, lastTime: e.lastTime,
        lastSeq: e.lastSeq, members: e.members, recent: e.recent.map((r) => ({ id: r.id, vec: entries(r.vec) })),
      })),
      stories: [...this.stories.values()].map((s) => ({
        key: s.key, id: s.id, centroid: entries(s.centroid), size: s.size, firstTime: s.firstTime, lastTime: s.lastTime, lastSeq: s.lastSeq, events: [...s.events],
      })),
      placed: [...this.placed.entries()].map(([id, pl]) => [id, pl.event, pl.duplicateOf]),
      copies: this.copies.entries(),
      exact: {
        eventPostings: [...this.eventIndex.postings].map(([t, keys]) => [t, [...keys]]),
        storyPostings: [...this.storyIndex.postings].map(([t, keys]) => [t, [...keys]]),
        indexedAt: [...this.events.values(), ...this.stories.values()].map((g) => [g.key, g.indexedAt]),
        dirtyEvents: [...this.dirtyEvents],
        dirtyStories: [...this.dirtyStories],
        usedIds: [...this.usedIds],
      },
    };
  }

  private importState(s: StreamState): void {
    if (s.version !== 1) throw new Error(`unsupported clusterer state version ${String(s.version)}`);
    // Pruned terms are kept as empty slots, so that ids stay where the saved vectors point.
    const holes: number[] = [];
    for (const t of s.vocab) {
      if (t !== "") {
        this.termId(t);
        continue;
      }
      holes.push(this.vocab.length);
      this.vocab.push("");
      this.family.push(TERMS);
      this.df.push(0);
    }
    this.freeIds = holes.reverse();
    this.df = [...s.df];
    this.docs = s.docs;
    this.seq = s.seq;
    this.clock = s.clock;
    this.nextKey = s.nextKey;
    for (const st of s.stories) {
      const g: StoryGroup = { key: st.key, id: st.id, centroid: flatFromEntries(st.centroid), norms: [0, 0, 0, 0], size: st.size, firstTime: st.firstTime, lastTime: st.lastTime, lastSeq: st.lastSeq, indexedAt: st.size, stale: false, flat: undefined, events: new Set(st.events) };
      g.norms = familyNormsFlat(g.centroid, this.family);
      this.stories.set(g.key, g);
      this.storyIndex.put(g.key, this.salient(g.centroid, false));
      this.usedIds.add(g.id);
    }
    for (const e of s.events) {
      const g: EventGroup = {
        key: e.key, id: e.id, story: e.story, centroid: flatFromEntries(e.centroid), norms: [0, 0, 0, 0], size: e.size, firstTime: e.firstTime, lastTime: e.lastTime,
        lastSeq: e.lastSeq, indexedAt: e.size, stale: false, flat: undefined, members: [...e.members], recent: e.recent.map((r) => ({ id: r.id, vec: flatFromEntries(r.vec) })),
      };
      g.norms = familyNormsFlat(g.centroid, this.family);
      this.events.set(g.key, g);
      this.eventIndex.put(g.key, this.salient(g.centroid, false));
      this.usedIds.add(g.id);
    }
    for (const [id, ev, dup] of s.placed) this.placed.set(id, { event: ev, duplicateOf: dup });
    for (const c of s.copies) this.copies.add(c.id, { exact: c.exact, size: c.size, signature: Uint32Array.from(c.signature) });
    const x = s.exact;
    if (!x) return;
    this.eventIndex.restore(x.eventPostings);
    this.storyIndex.restore(x.storyPostings);
    for (const [key, at] of x.indexedAt) {
      const g = this.events.get(key) ?? this.stories.get(key);
      if (g) g.indexedAt = at;
    }
    this.dirtyEvents = new Set(x.dirtyEvents);
    this.dirtyStories = new Set(x.dirtyStories);
    for (const id of x.usedIds) this.usedIds.add(id);
  }
}

/**
 * Weighted similarity from per-family dot products: family cosines averaged with the weight list
 * `w` over the families both sides have (terms always count), times the time decay when dated.
 */
function combineWith(w: number[], dots: number[], aNorms: number[], bNorms: number[], dt: number | null, scaleDays: number): number {
  let s = 0;
  let total = 0;
  for (let f = 0; f < FAMILIES; f++) {
    const usable = f === TERMS || (aNorms[f]! > 0 && bNorms[f]! > 0);
    if (!usable) continue;
    total += w[f]!;
    if (aNorms[f]! > 0 && bNorms[f]! > 0) s += (w[f]! * dots[f]!) / (aNorms[f]! * bNorms[f]!);
  }
  if (total === 0) return 0;
  s /= total;
  if (dt !== null && dt > 1) s *= Math.exp(-(dt - 1) / scaleDays);
  return s;
}

/** Days from a time to a group's dated span (0 inside it), or null when either is undated. */
function daysToGroup(time: number | null, g: Group): number | null {
  if (time === null || g.firstTime === null || g.lastTime === null) return null;
  return daysApart(time, time < g.firstTime ? g.firstTime : time > g.lastTime ? g.lastTime : time);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Puts into `v` the `k` heaviest of parallel `ids`/`ws` (ties: smaller id), L2-normalised. The
 * k-th weight comes from a native numeric sort of a typed copy, and the rest is one pass: cheaper
 * than sorting the entries with a comparator, which vectorising every article otherwise did.
 */
function keepHeaviest(ids: Int32Array, ws: Float64Array, from: number, to: number, k: number, v: FlatVec): void {
  const n = to - from;
  if (n === 0 || k <= 0) return;
  let cut = -Infinity;
  /** Entries of weight exactly `cut` to keep, when not all of them are: the smallest ids among them. */
  let tied: Set<number> | null = null;
  if (n > k) {
    if (sortScratch.length < n) sortScratch = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) sortScratch[i] = ws[from + i]!;
    cut = kthSmallest(sortScratch, n, n - k);
    let above = 0;
    for (let i = from; i < to; i++) if (ws[i]! > cut) above++;
    const atCut = k - above;
    const equal: number[] = [];
    for (let i = from; i < to; i++) if (ws[i] === cut) equal.push(ids[i]!);
    if (equal.length > atCut) tied = new Set(equal.sort((a, b) => a - b).slice(0, atCut));
  }
  const keep = (i: number): boolean => ws[i]! > cut || (ws[i] === cut && (tied === null || tied.has(ids[i]!)));
  let sq = 0;
  for (let i = from; i < to; i++) if (keep(i)) sq += ws[i]! * ws[i]!;
  const norm = Math.sqrt(sq);
  if (norm > 0) for (let i = from; i < to; i++) if (keep(i)) pushFlat(v, ids[i]!, ws[i]! / norm);
}
