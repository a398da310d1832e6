import type { ClusterAssignment, ClusterExplanation } from "../core/types.js";
import { shortId } from "../core/hash.js";
import { CopyIndex } from "./copies.js";
import { LeadCasts } from "./lead-cast.js";
import { leadWeekday, weekdaysMeet, weekdayFits } from "./lead-weekday.js";
import { reconcileNameTypes, withoutContainedNames } from "./names.js";
import { parseTime, type RawFeatures } from "./features.js";
import { familyWeightList, type BatchParams, type ClusterParams, type FamilyWeights } from "./params.js";
import { addInto, ENTITIES, FAMILIES, familyDots, familyNorms, NUMBERS, PEOPLE, TERMS, topKeys, type Vec } from "./sparse.js";
import type { ClusterInput } from "./index.js";

const DAY_MS = 86_400_000;

/**
 * Neighbours looked at on each side of an article in a posting list longer than twice this: the
 * articles nearest in time (lists are in date order), so that cost per article stays flat as the
 * batch grows. Undated articles skip such a common term instead (their order says nothing).
 */
const SCAN = 250;

/**
 * Fewest articles of a fragment the fragment pass moves: a lone article is the orphan pass's
 * (its nearest article), and a lone report of a follow-up beside a large event is common news.
 */
const FRAGMENT_MIN = 2;

/**
 * Dated fragments join an event only within this many days of its span: pieces of one happening
 * are published with the rest of its coverage, a follow-up of the storyline days later.
 */
const FRAGMENT_GAP_DAYS = 1;

/**
 * Dated groups the contrast pass rejoins lie within this many days of each other: it joins on
 * what sets a group apart from its storyline (the cast, the place), which the storyline's next
 * happening shares too, and that one comes days later. Generated 3,000 (storylines of events days
 * apart): event BCubed precision 0.842 with the 10-day event window, 0.975 with 2 days.
 */
const CONTRAST_WINDOW_DAYS = 2;

/**
 * A word-level storyline of more first-pass events than this is a crowd of same-kind happenings
 * (strikes in many towns), not one storyline told in many pieces: with storyMinNames, the contrast
 * pass then rejoins pieces only within storylines that share names. Generated undated short
 * stream (11,000): event F1 0.658 -> 0.717; generated dated 3,000: 0.989 -> 0.998. ECB+ dev and
 * its cut to two lines are unchanged at 16 and at 30; at 8 the two-line cut lost 0.006.
 */
const CROWD_EVENTS = 16;

/** A cluster during agglomeration: the sum of its members' vectors gives group-average similarity exactly. */
interface Cluster {
  key: number;
  sum: Vec;
  norms: number[];
  size: number;
  first: number | null;
  last: number | null;
  members: number[];
  version: number;
  neighbours: Set<number>;
}

interface HeapEntry {
  s: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** Max-heap on similarity; ties go to the pair of older clusters so that runs are deterministic. */
class PairHeap {
  private xs: HeapEntry[] = [];
  get size(): number {
    return this.xs.length;
  }
  private before(x: HeapEntry, y: HeapEntry): boolean {
    if (x.s !== y.s) return x.s > y.s;
    if (x.a !== y.a) return x.a < y.a;
    return x.b < y.b;
  }
  push(e: HeapEntry): void {
    const xs = this.xs;
    xs.push(e);
    let i = xs.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(xs[i]!, xs[p]!)) break;
      [xs[i], xs[p]] = [xs[p]!, xs[i]!];
      i = p;
    }
  }
  pop(): HeapEntry | undefined {
    const xs = this.xs;
    if (xs.length === 0) return undefined;
    const top = xs[0]!;
    const end = xs.pop()!;
    if (xs.length > 0) {
      xs[0] = end;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < xs.length && this.before(xs[l]!, xs[m]!)) m = l;
        if (r < xs.length && this.before(xs[r]!, xs[m]!)) m = r;
        if (m === i) break;
        [xs[i], xs[m]] = [xs[m]!, xs[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** Vocabulary shared by the batch: term ids and their evidence family. */
class Vocabulary {
  readonly terms: string[] = [];
  readonly family: number[] = [];
  private readonly index = new Map<string, number>();
  id(s: string): number {
    let id = this.index.get(s);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(s);
      this.index.set(s, id);
      this.family.push(s.startsWith("e:") ? ENTITIES : s.startsWith("p:") ? PEOPLE : s.startsWith("n:") ? NUMBERS : TERMS);
    }
    return id;
  }
}

/**
 * TF-IDF of one article with batch-wide document frequencies, each family L2-normalised apart and
 * truncated to its `maxDocTerms` heaviest entries (the same weighting the stream uses).
 */
function vectorize(counts: Map<string, number>, df: Map<string, number>, docs: number, vocab: Vocabulary, p: ClusterParams, pseudo: number): Vec {
  const fams: [number, number][][] = [[], [], [], []];
  for (const [term, c] of counts) {
    const idf = Math.log((docs + pseudo + 1) / ((df.get(term) ?? 0) + 0.5));
    const w = (1 + Math.log(c)) * Math.max(0, idf);
    if (w <= 0) continue;
    const id = vocab.id(term);
    fams[vocab.family[id]!]!.push([id, w]);
  }
  const v: Vec = new Map();
  for (const f of fams) {
    f.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const kept = f.slice(0, p.maxDocTerms);
    let sq = 0;
    for (const [, w] of kept) sq += w * w;
    const norm = Math.sqrt(sq);
    if (norm > 0) for (const [id, w] of kept) v.set(id, w / norm);
  }
  return v;
}

/** Batches below this many articles keep their own IDF at every level: a few articles of one storyline must be split on what differs between them. */
const SMOOTH_FROM_DOCS = 50;
/** Pseudo-documents added per article above SMOOTH_FROM_DOCS, so that smoothing sets in gradually. */
const SMOOTH_SLOPE = 5;

/**
 * Empty pseudo-documents for the event level's IDF. A batch of a few hundred articles estimates
 * its document frequencies from too few texts: a word of one event's coverage looks common beside
 * the batch's one-off words, and same-event similarity drops (ECB+ topics clustered 150 articles
 * at a time scored event BCubed F1 0.925 against 0.947 for the same articles inside the whole
 * 772). Up to `reference`, pseudo-documents make the batch weigh words as a collection that size
 * would. Storylines keep the batch's own IDF: there, the larger weight of shared words joined
 * storylines of one kind (generated 300-article batches, story F1 0.96 -> 0.77).
 */
function eventPseudoDocs(docs: number, base: number, reference: number | undefined): number {
  if (reference === undefined) return base;
  return Math.max(base, Math.min(SMOOTH_SLOPE * (docs - SMOOTH_FROM_DOCS), reference - docs));
}

/** Days between two time spans (0 when they overlap), or null when either is undated. */
function gapDays(a: Cluster, b: Cluster): number | null {
  if (a.first === null || b.first === null || a.last === null || b.last === null) return null;
  if (a.last < b.first) return (b.first - a.last) / DAY_MS;
  if (b.last < a.first) return (a.first - b.last) / DAY_MS;
  return 0;
}

/** One level of agglomeration: its family weights, threshold and time decay. */
interface Level {
  weights: FamilyWeights;
  threshold: number;
  scaleDays: number;
  windowDays: number;
  /** Clusters join only when their members share names at least this much (mean name dot per pair). */
  minNames?: number;
  /** Clusters join only when this allows it (for the contrast pass: an undated lead's weekday). */
  fits?: (a: Cluster, b: Cluster) => boolean;
  /** Texts in two languages: their stemmed terms cannot meet, so that family is left out. */
  crossLanguage?: boolean;
}

/** Share of the orphan threshold a lone article in another language needs with its nearest article. */
const CROSS_LANGUAGE_ORPHAN = 0.7;

/**
 * Group-average similarity of two clusters: the mean over member pairs of the weighted family
 * cosines, which for unit-normalised families is the dot product of the two sums divided by
 * both sizes. Families count when both sides have them (terms always); dated clusters decay
 * with the gap between their spans and never merge beyond the window.
 */
function groupSimilarity(a: Cluster, b: Cluster, family: number[], level: Level): number {
  const gap = gapDays(a, b);
  if (gap !== null && gap > level.windowDays) return 0;
  if (level.fits && !level.fits(a, b)) return 0;
  const dots = familyDots(a.sum, b.sum, family);
  if (level.minNames !== undefined && (dots[ENTITIES]! + dots[PEOPLE]!) / (a.size * b.size) <= level.minNames) return 0;
  const w = familyWeightList(level.weights);
  let s = 0;
  let total = 0;
  for (let f = 0; f < FAMILIES; f++) {
    if ((f !== TERMS || level.crossLanguage) && (a.norms[f]! === 0 || b.norms[f]! === 0)) continue;
    if (f === TERMS && level.crossLanguage) continue;
    total += w[f]!;
    s += w[f]! * dots[f]!;
  }
  if (total === 0) return 0;
  s /= total * a.size * b.size;
  if (gap !== null && gap > 1) s *= Math.exp(-(gap - 1) / level.scaleDays);
  return s;
}

/**
 * Average-linkage agglomeration over a sparse neighbour graph: repeatedly merges the two
 * adjacent clusters with the highest group-average similarity while it reaches the threshold.
 * The surviving key is the smaller one (the older founder). Mutates and returns the live clusters.
 */
function agglomerate(clusters: Map<number, Cluster>, family: number[], level: Level, onMerge?: (keep: Cluster, gone: Cluster, s: number) => void): Map<number, Cluster> {
  const heap = new PairHeap();
  const push = (a: Cluster, b: Cluster): void => {
    const s = groupSimilarity(a, b, family, level);
    if (s < level.threshold) return;
    const [x, y] = a.key < b.key ? [a, b] : [b, a];
    heap.push({ s, a: x.key, b: y.key, va: x.version, vb: y.version });
  };
  for (const c of clusters.values()) for (const n of c.neighbours) if (n > c.key) push(c, clusters.get(n)!);
  while (heap.size > 0) {
    const e = heap.pop()!;
    const a = clusters.get(e.a);
    const b = clusters.get(e.b);
    if (!a || !b || a.version !== e.va || b.version !== e.vb) continue;
    onMerge?.(a, b, e.s);
    addInto(a.sum, b.sum);
    a.norms = familyNorms(a.sum, family);
    a.size += b.size;
    a.members.push(...b.members);
    if (b.first !== null && (a.first === null || b.first < a.first)) a.first = b.first;
    if (b.last !== null && (a.last === null || b.last > a.last)) a.last = b.last;
    a.version++;
    clusters.delete(b.key);
    for (const n of b.neighbours) {
      if (n === a.key) continue;
      a.neighbours.add(n);
      const o = clusters.get(n)!;
      o.neighbours.delete(b.key);
      o.neighbours.add(a.key);
    }
    a.neighbours.delete(b.key);
    for (const n of a.neighbours) push(a, clusters.get(n)!);
  }
  return clusters;
}

/** Weighted family cosine of two single articles (unit families), no time decay. */
function pairSimilarity(a: Vec, an: number[], b: Vec, bn: number[], family: number[], weights: FamilyWeights, crossLanguage = false): number {
  const one = (v: Vec, n: number[]): Cluster => ({ key: 0, sum: v, norms: n, size: 1, first: null, last: null, members: [], version: 0, neighbours: new Set() });
  return groupSimilarity(one(a, an), one(b, bn), family, { weights, threshold: 0, scaleDays: 1, windowDays: Infinity, crossLanguage });
}

/**
 * Batch clustering by average linkage, in two nested levels: articles agglomerate into events
 * (event weights and threshold), then events into storylines (story weights and threshold), so
 * every event sits in one storyline. Copies are found first and follow their original.
 *
 * Articles are taken in published-date-then-id order, which fixes the founders (and so the ids)
 * and the copy roots whatever the input order; agglomeration itself is order-free. Candidate
 * pairs come from an inverted index on each article's salient terms, so the graph stays sparse.
 * Assignments come back in input order.
 */
export function clusterBatch(items: ClusterInput[], features: RawFeatures[], params: ClusterParams, explain: boolean): ClusterAssignment[] {
  const p = params;
  const b: BatchParams = p.batch ?? { eventThreshold: p.eventThreshold, contrastThreshold: 1, storyThreshold: p.storyThreshold, orphanThreshold: 1, eventWeights: p.eventWeights, storyWeights: p.storyWeights };
  const order = items
    .map((it, i) => ({ it, i, t: features[i]!.time ?? parseTime(it.article.published) }))
    .sort((a, b) => (a.t ?? Infinity) - (b.t ?? Infinity) || (a.it.article.id < b.it.article.id ? -1 : a.it.article.id > b.it.article.id ? 1 : a.i - b.i));
  const n = order.length;
  // Whom each article leads with: undated groups that lead with different people are kept apart
  // (src/cluster/lead-cast.ts). With explanations, a blocked join that the similarity would have
  // made is noted on both groups' articles.
  const casts = new LeadCasts(order.map((o) => o.it.analysis), p.leadTokens);
  const castFitsNoting = (level: () => Level) => (a: Cluster, b: Cluster): boolean => {
    if (casts.fits(a, b)) return true;
    if (!explain) return false;
    const s = groupSimilarity(a, b, vocab.family, { ...level(), fits: undefined });
    if (s >= level().threshold) casts.noteApart(a, b, s, level().threshold);
    return false;
  };

  // Copies: the earliest text of a family is the root every later copy points at.
  const copies = new CopyIndex(p.copies);
  const dupOf: (number | null)[] = new Array<number | null>(n).fill(null);
  const copyNote: ({ of: number; jaccard: number; containment: number } | null)[] = new Array(n).fill(null);
  const posOfId = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    const { it } = order[k]!;
    if (it.analysis.tokens.length === 0) continue;
    const fp = copies.fingerprint(it.analysis.tokens);
    const m = copies.find(fp);
    if (m && posOfId.has(m.id)) {
      const of = posOfId.get(m.id)!;
      dupOf[k] = dupOf[of] ?? of;
      copyNote[k] = { of, jaccard: m.jaccard, containment: m.containment };
    }
    if (!posOfId.has(it.article.id)) {
      posOfId.set(it.article.id, k);
      copies.add(it.article.id, fp);
    }
  }

  const counts = reconcileNameTypes(features.map((f) => f.counts), items.map((it) => it.analysis));
  const df = new Map<string, number>();
  for (const c of counts) for (const key of c.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const vocab = new Vocabulary();
  const eventPseudo = eventPseudoDocs(items.length, p.idfPseudoDocs, b.idfReferenceDocs);
  const vecs: Vec[] = [];
  // The storyline level's vectors: the batch's own IDF (the same vectors unless the event level smooths it).
  const svecs: Vec[] = [];
  const norms: number[][] = [];
  for (let k = 0; k < n; k++) {
    const v = dupOf[k] === null ? vectorize(counts[order[k]!.i]!, df, items.length, vocab, p, eventPseudo) : new Map<number, number>();
    vecs.push(v);
    svecs.push(eventPseudo === p.idfPseudoDocs ? v : dupOf[k] === null ? vectorize(counts[order[k]!.i]!, df, items.length, vocab, p, p.idfPseudoDocs) : new Map<number, number>());
    norms.push(familyNorms(v, vocab.family));
  }
  const docFreq = (id: number): number => df.get(vocab.terms[id]!) ?? 0;

  // Neighbour graph: articles sharing salient terms, the most shared first.
  const salient: number[][] = [];
  const postings = new Map<number, number[]>();
  for (let k = 0; k < n; k++) {
    if (dupOf[k] !== null) {
      salient.push([]);
      continue;
    }
    const keep: Vec = new Map();
    for (const [id, w] of vecs[k]!) if (vocab.family[id] !== NUMBERS && docFreq(id) >= 2) keep.set(id, w);
    const s = topKeys(keep, p.candidateTerms);
    salient.push(s);
    for (const t of s) {
      let l = postings.get(t);
      if (!l) postings.set(t, (l = []));
      l.push(k);
    }
  }
  const times = order.map((o) => features[o.i]!.time);
  // The weekday an undated article's lead gives its happening: it must fit a dated group it rejoins.
  const weekdayOf = order.map((o, k) => (times[k] === null ? leadWeekday(o.it.analysis) : -1));
  const leadDays = (c: Cluster): Set<number> => new Set(c.members.map((m) => weekdayOf[m]!).filter((w) => w >= 0));
  const weekdayFitsGroups = (a: Cluster, b: Cluster): boolean => {
    if (a.first !== null && b.first !== null) return true;
    if (a.first === null && b.first === null) return weekdaysMeet(leadDays(a), leadDays(b));
    const [undated, dated] = a.first === null ? [a, b] : [b, a];
    return weekdayFits(leadDays(undated), dated.first!);
  };
  const adj: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  const perArticle = Math.max(p.maxCandidates, 2 * p.postingCap);
  // Shared salient terms per other article, counted in typed scratch (a Map per article and a
  // sort of all its hits were most of the batch's time); the best are taken in the order of most
  // terms shared, then lowest position, by a counting sort over the few possible counts.
  const overlap = new Int32Array(n);
  const touched = new Int32Array(n);
  const ranked = new Int32Array(n);
  const startOf = new Int32Array(p.candidateTerms + 2);
  for (let k = 0; k < n; k++) {
    let nt = 0;
    let most = 0;
    for (const t of salient[k]!) {
      const l = postings.get(t)!;
      let from = 0;
      let to = l.length;
      if (l.length > 2 * SCAN) {
        if (times[k] === null) continue;
        const at = lowerBound(l, k);
        from = Math.max(0, at - SCAN);
        to = Math.min(l.length, at + SCAN + 1);
      }
      for (let i = from; i < to; i++) {
        const j = l[i]!;
        if (j === k) continue;
        const c = ++overlap[j]!;
        if (c === 1) touched[nt++] = j;
        if (c > most) most = c;
      }
    }
    if (nt === 0) continue;
    const hits = touched.subarray(0, nt).sort();
    // Slots of each count, highest count first; positions ascend within a count.
    startOf.fill(0, 0, most + 2);
    for (let x = 0; x < nt; x++) startOf[most - overlap[hits[x]!]! + 1]!++;
    for (let c = 1; c <= most + 1; c++) startOf[c]! += startOf[c - 1]!;
    for (let x = 0; x < nt; x++) ranked[startOf[most - overlap[hits[x]!]!]!++] = hits[x]!;
    const take = Math.min(nt, perArticle);
    for (let x = 0; x < take; x++) {
      const j = ranked[x]!;
      adj[k]!.add(j);
      adj[j]!.add(k);
    }
    for (let x = 0; x < nt; x++) overlap[hits[x]!] = 0;
  }

  const clusters = new Map<number, Cluster>();
  for (let k = 0; k < n; k++) {
    if (dupOf[k] !== null) continue;
    clusters.set(k, { key: k, sum: new Map(vecs[k]!), norms: norms[k]!, size: 1, first: times[k]!, last: times[k]!, members: [k], version: 0, neighbours: new Set(adj[k]) });
  }
  // How each article came into its event: the first merge that absorbed its group, for explanations.
  const joined: ({ s: number; threshold: number; how: "group" | "contrast" | "nearest" | "neighbours" } | undefined)[] = new Array(n);
  const record = (threshold: number, how: "group" | "contrast") => (_keep: Cluster, gone: Cluster, s: number): void => {
    for (const m of gone.members) joined[m] ??= { s, threshold, how };
  };
  const firstLevel: Level = { weights: b.eventWeights, threshold: b.eventThreshold, scaleDays: p.eventTimeScaleDays, windowDays: p.eventWindowDays };
  firstLevel.fits = castFitsNoting(() => firstLevel);
  agglomerate(clusters, vocab.family, firstLevel, record(b.eventThreshold, "group"));
  const eventOf = new Int32Array(n).fill(-1);
  for (const c of clusters.values()) for (const m of c.members) eventOf[m] = c.key;
  const events = new Map<number, { members: number[]; sum: Vec }>();
  for (const c of clusters.values()) events.set(c.key, { members: [...c.members].sort((a, b) => a - b), sum: new Map(c.sum) });
  // Storyline sums are rebuilt only when the event level weighed words with its own IDF.
  const storyOwnIdf = eventPseudo !== p.idfPseudoDocs;
  const storySum = (members: number[], eventSum: Vec): Vec => {
    if (!storyOwnIdf) return new Map(eventSum);
    const sum: Vec = new Map();
    for (const m of members) addInto(sum, svecs[m]!);
    return sum;
  };
  if (storyOwnIdf) {
    for (const c of clusters.values()) {
      c.sum = storySum(c.members, c.sum);
      c.norms = familyNorms(c.sum, vocab.family);
    }
  }

  // Storylines: the events are the starting clusters, adjacent when any of their articles are.
  for (const c of clusters.values()) {
    const nb = new Set<number>();
    for (const m of c.members) for (const j of adj[m]!) if (eventOf[j]! >= 0 && eventOf[j] !== c.key) nb.add(eventOf[j]!);
    c.neighbours = nb;
    c.version = 0;
  }
  // Storylines of one kind first (mean similarity over words): the scope in which the contrast
  // pass below rejoins pieces of one event, which may share few names.
  const storyLevel: Level = { weights: b.storyWeights, threshold: b.storyThreshold, scaleDays: p.storyTimeScaleDays, windowDays: p.storyWindowDays };
  // How each event came into its storyline, for explanations only (the names pass overwrites these).
  const storyJoin = new Map<number, { s: number; threshold: number; names: string[] }>();
  const recordStory = !explain ? undefined : (keep: Cluster, gone: Cluster, sim: number): void => {
    const names = shared(keep.sum, gone.sum, ENTITIES, PEOPLE).slice(0, 4);
    for (const m of gone.members) if (!storyJoin.has(eventOf[m]!)) storyJoin.set(eventOf[m]!, { s: sim, threshold: b.storyThreshold, names });
  };
  agglomerate(clusters, vocab.family, storyLevel, recordStory);
  const storyOf = new Int32Array(n).fill(-1);
  for (const c of clusters.values()) for (const m of c.members) storyOf[m] = c.key;
  if (b.contrastThreshold < 1) {
    // In a crowd of same-kind events the kind's words tie pieces of different storylines; there
    // the pieces are rejoined within storylines that share names.
    const scopes = b.storyMinNames === undefined ? [...clusters.values()].map((c) => c.members) : [...smallKinds(CROWD_EVENTS), ...groupByNames(b.storyMinNames, false, CROWD_EVENTS)];
    for (const members of scopes) joinWithinStory(members);
    events.clear();
    const byEvent = new Map<number, number[]>();
    for (let k = 0; k < n; k++) if (eventOf[k]! >= 0) (byEvent.get(eventOf[k]!) ?? byEvent.set(eventOf[k]!, []).get(eventOf[k]!)!).push(k);
    for (const [key, members] of byEvent) {
      const sum: Vec = new Map();
      for (const m of members) addInto(sum, vecs[m]!);
      events.set(key, { members, sum });
    }
  }
  if (b.storyMinNames !== undefined) storylinesByNames(b.storyMinNames);
  if (b.orphanThreshold < 1) attachOrphans();

  // Ids from the founding article (the earliest), made unique within the run.
  const used = new Set<string>();
  const idFor = (prefix: string, k: number): string => {
    const founder = order[k]!.it.article.id;
    let id = shortId(prefix, founder);
    for (let i = 2; used.has(id); i++) id = shortId(prefix, `${founder}#${i}`);
    used.add(id);
    return id;
  };
  const eventId = new Map<number, string>();
  const storyId = new Map<number, string>();
  for (let k = 0; k < n; k++) {
    if (dupOf[k] !== null) continue;
    if (!eventId.has(eventOf[k]!)) eventId.set(eventOf[k]!, idFor("ev", eventOf[k]!));
    if (!storyId.has(storyOf[k]!)) storyId.set(storyOf[k]!, idFor("st", storyOf[k]!));
  }

  const out: ClusterAssignment[] = new Array<ClusterAssignment>(items.length);
  for (let k = 0; k < n; k++) {
    const root = dupOf[k] ?? k;
    const a: ClusterAssignment = {
      id: order[k]!.it.article.id, event: eventId.get(eventOf[root]!)!, story: storyId.get(storyOf[root]!)!,
      duplicate_of: dupOf[k] === null ? null : order[root]!.it.article.id,
    };
    if (explain) a.explanation = explainOne(k, root);
    out[order[k]!.i] = a;
  }
  return out;

  /**
   * The storylines a reader sees: the final events agglomerate again, now only while they share
   * names. Words alone join every storyline of one kind (two strikes in two towns share the
   * strike's words, and in short items little else), while a storyline follows the same people,
   * places and organisations. On full texts this changes little, since events of one storyline
   * name its cast many times over.
   */
  function storylinesByNames(minNames: number): void {
    for (const members of groupByNames(minNames, true)) for (const m of members) storyOf[m] = members.key;
  }

  /** The members of each word-level storyline of at most `kindMax` events. */
  function smallKinds(kindMax: number): number[][] {
    const out: number[][] = [];
    for (const c of clusters.values()) if (new Set(c.members.map((m) => eventOf[m]!)).size <= kindMax) out.push(c.members);
    return out;
  }

  /** Events of crowded kinds agglomerated while they share names: each group's members, with its key. */
  function groupByNames(minNames: number, record: boolean, kindMax = b.storyKindMax ?? 0): (number[] & { key: number })[] {
    const eventsOfKind = new Map<number, Set<number>>();
    for (const e of events.values()) for (const m of e.members) (eventsOfKind.get(storyOf[m]!) ?? eventsOfKind.set(storyOf[m]!, new Set()).get(storyOf[m]!)!).add(eventOf[m]!);
    const evs = new Map<number, Cluster>();
    for (const [key, e] of events) {
      if (eventsOfKind.get(storyOf[e.members[0]!]!)!.size <= kindMax) continue;
      let first: number | null = null;
      let last: number | null = null;
      for (const m of e.members) {
        const t = times[m]!;
        if (t === null) continue;
        if (first === null || t < first) first = t;
        if (last === null || t > last) last = t;
      }
      const ssum = storySum(e.members, e.sum);
      evs.set(key, { key, sum: ssum, norms: familyNorms(ssum, vocab.family), size: e.members.length, first, last, members: [...e.members], version: 0, neighbours: new Set() });
    }
    for (const c of evs.values()) for (const m of c.members) for (const j of adj[m]!) if (eventOf[j] !== c.key && evs.has(eventOf[j]!)) c.neighbours.add(eventOf[j]!);
    if (record) for (const key of evs.keys()) storyJoin.delete(key);
    agglomerate(evs, vocab.family, { ...storyLevel, minNames }, record ? recordStory : undefined);
    return [...evs.values()].map((c) => Object.assign([...c.members], { key: c.key }));
  }

  /**
   * Within one storyline, joins event fragments on what sets them apart from the storyline: a
   * word most of the storyline's articles use (the kind of happening, its country) is discounted,
   * so fragments join on the actors, places and numbers of one happening. The first pass keeps
   * events tight; this pass rejoins an event that used varied words, without joining two
   * happenings that merely share the storyline's vocabulary.
   */
  function joinWithinStory(members: number[]): void {
    const frags = new Set(members.map((m) => eventOf[m]!));
    if (frags.size < 2) return;
    const dfs = new Map<number, number>();
    for (const m of members) for (const key of vecs[m]!.keys()) dfs.set(key, (dfs.get(key) ?? 0) + 1);
    const ns = members.length;
    const half = Math.log((ns + 1) / (ns / 2 + 0.5));
    const local = new Map<number, Cluster>();
    const localVec = new Map<number, Vec>();
    for (const m of members) {
      const v: Vec = new Map();
      for (const [key, w] of vecs[m]!) {
        const f = Math.min(1, Math.log((ns + 1) / (dfs.get(key)! + 0.5)) / half);
        if (f > 0) v.set(key, w * f);
      }
      // Families stay unit-normalised so that the weights mean the same as in the first pass.
      const fn = familyNorms(v, vocab.family);
      for (const [key, w] of v) v.set(key, fn[vocab.family[key]!]! > 0 ? w / fn[vocab.family[key]!]! : 0);
      localVec.set(m, v);
      const e = eventOf[m]!;
      let c = local.get(e);
      if (!c) local.set(e, (c = { key: e, sum: new Map(), norms: [0, 0, 0, 0], size: 0, first: null, last: null, members: [], version: 0, neighbours: new Set() }));
      addInto(c.sum, v);
      c.size++;
      c.members.push(m);
      const t = times[m]!;
      if (t !== null) {
        if (c.first === null || t < c.first) c.first = t;
        if (c.last === null || t > c.last) c.last = t;
      }
    }
    for (const c of local.values()) {
      c.norms = familyNorms(c.sum, vocab.family);
      for (const m of c.members) for (const j of adj[m]!) if (eventOf[j]! >= 0 && eventOf[j] !== c.key && local.has(eventOf[j]!)) c.neighbours.add(eventOf[j]!);
    }
    const contrastLevel: Level = { weights: b.eventWeights, threshold: b.contrastThreshold, scaleDays: p.eventTimeScaleDays, windowDays: Math.min(p.eventWindowDays, CONTRAST_WINDOW_DAYS) };
    const castContrast = castFitsNoting(() => contrastLevel);
    contrastLevel.fits = (x, y) => weekdayFitsGroups(x, y) && castContrast(x, y);
    agglomerate(local, vocab.family, contrastLevel, record(b.contrastThreshold, "contrast"));
    if (b.nearestShare !== undefined && b.nearestShare <= 1) joinByNearest(local, localVec, b.nearestShare);
    if (b.fragmentThreshold !== undefined && b.fragmentThreshold < 1) attachFragments(local, { ...contrastLevel, threshold: b.fragmentThreshold }, b.fragmentShare ?? 0.5);
    for (const c of local.values()) for (const m of c.members) eventOf[m] = c.key;
  }

  /**
   * Within one storyline, joins each fragment of 2+ articles to the event where at least `share`
   * of its articles find their nearest storyline-mate (contrast vectors, the candidate graph's
   * neighbours, dated articles within FRAGMENT_GAP_DAYS). An article's nearest neighbour is far
   * surer evidence than a group mean: on ECB+ topics it is in the article's own event 98% of the
   * time, while mean similarities of same-event and other-event fragments overlap. A lone article
   * votes for nothing (it is the orphan pass's, and a lone follow-up report is common news).
   * Decisions are taken together on the state the contrast pass left, so the order does not count.
   */
  function joinByNearest(local: Map<number, Cluster>, localVec: Map<number, Vec>, share: number): void {
    const fragOf = new Map<number, number>();
    for (const c of local.values()) for (const m of c.members) fragOf.set(m, c.key);
    const localNorms = new Map<number, number[]>();
    for (const [m, v] of localVec) localNorms.set(m, familyNorms(v, vocab.family));
    const votes = new Map<number, Map<number, number>>();
    for (const [m, v] of localVec) {
      if (local.get(fragOf.get(m)!)!.size < FRAGMENT_MIN) continue;
      let best = -1;
      let bestSim = 0;
      for (const j of adj[m]!) {
        const u = localVec.get(j);
        if (u === undefined) continue;
        const gap = times[m] !== null && times[j] !== null ? Math.abs(times[m]! - times[j]!) / DAY_MS : null;
        if (gap !== null && gap > FRAGMENT_GAP_DAYS) continue;
        const s = pairSimilarity(v, localNorms.get(m)!, u, localNorms.get(j)!, vocab.family, b.eventWeights);
        if (s > bestSim || (s === bestSim && best >= 0 && j < best)) {
          best = j;
          bestSim = s;
        }
      }
      if (best < 0 || fragOf.get(best) === fragOf.get(m)) continue;
      const from = fragOf.get(m)!;
      const to = fragOf.get(best)!;
      const vm = votes.get(from) ?? votes.set(from, new Map()).get(from)!;
      vm.set(to, (vm.get(to) ?? 0) + 1);
    }
    const parent = new Map<number, number>();
    const find = (x: number): number => {
      while (parent.has(x)) x = parent.get(x)!;
      return x;
    };
    const voteShare = new Map<number, number>();
    for (const [from, vm] of [...votes.entries()].sort((x, y) => x[0] - y[0])) {
      const [to, n] = [...vm.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]!;
      if (n < share * local.get(from)!.size) continue;
      voteShare.set(from, n / local.get(from)!.size);
      const ra = find(from);
      const rb = find(to);
      if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
    }
    for (const c of [...local.values()].sort((x, y) => x.key - y.key)) {
      const r = find(c.key);
      if (r === c.key) continue;
      const into = local.get(r)!;
      for (const m of c.members) joined[m] ??= { s: voteShare.get(c.key) ?? 0, threshold: share, how: "neighbours" };
      addInto(into.sum, c.sum);
      into.norms = familyNorms(into.sum, vocab.family);
      into.size += c.size;
      into.members.push(...c.members);
      if (c.first !== null && (into.first === null || c.first < into.first)) into.first = c.first;
      if (c.last !== null && (into.last === null || c.last > into.last)) into.last = c.last;
      local.delete(c.key);
    }
  }

  /**
   * Small fragments left in a storyline after the contrast pass join the larger event of the
   * storyline they are most similar to (contrast vectors), when that reaches `level.threshold`.
   * A fragment is small when it holds at most `share` of the candidate event's articles: a
   * happening told in other words breaks off in small pieces, and beside a large event of its
   * storyline a small piece is more likely such a piece than a happening of its own; two events
   * of comparable size keep the contrast pass's stricter test. Smallest fragments go first.
   */
  function attachFragments(local: Map<number, Cluster>, level: Level, share: number): void {
    const bySize = [...local.values()].sort((x, y) => x.size - y.size || x.key - y.key);
    for (const c of bySize) {
      if (c.size < FRAGMENT_MIN) continue;
      let best: Cluster | null = null;
      let bestSim = -1;
      for (const d of local.values()) {
        if (d === c || c.size > share * d.size) continue;
        const gap = gapDays(c, d);
        if (gap !== null && gap > FRAGMENT_GAP_DAYS) continue;
        const s = groupSimilarity(c, d, vocab.family, level);
        if (s > bestSim || (s === bestSim && best !== null && d.key < best.key)) {
          best = d;
          bestSim = s;
        }
      }
      if (!best || bestSim < level.threshold) continue;
      for (const m of c.members) joined[m] ??= { s: bestSim, threshold: level.threshold, how: "contrast" };
      addInto(best.sum, c.sum);
      best.norms = familyNorms(best.sum, vocab.family);
      best.size += c.size;
      best.members.push(...c.members);
      if (c.first !== null && (best.first === null || c.first < best.first)) best.first = c.first;
      if (c.last !== null && (best.last === null || c.last > best.last)) best.last = c.last;
      local.delete(c.key);
    }
  }

  /**
   * An article alone in its event joins the event (and storyline) of its most similar article when
   * they reach the orphan threshold: a text in another language, or one that tells the happening
   * in other words, shares only names, numbers and dates with the rest, too little for the mean
   * of a group but enough for its nearest article.
   */
  /** Event similarity of two articles with the time decay (0 beyond the event window). */
  function pairTimed(k: number, j: number): number {
    const gap = times[k] !== null && times[j] !== null ? Math.abs(times[k]! - times[j]!) / DAY_MS : null;
    if (gap !== null && gap > p.eventWindowDays) return 0;
    // A translated report meets the others only on names, people and figures.
    const lk = items[k]!.article.language;
    const lj = items[j]!.article.language;
    const s = pairSimilarity(vecs[k]!, norms[k]!, vecs[j]!, norms[j]!, vocab.family, b.eventWeights, lk !== null && lj !== null && lk !== lj);
    return gap !== null && gap > 1 ? s * Math.exp(-(gap - 1) / p.eventTimeScaleDays) : s;
  }

  function attachOrphans(): void {
    // Dated span of each event, kept as orphans join: a dated article must fall within the event
    // window of the whole event, not only of its nearest article, else an undated member would
    // bridge reports a year apart (evergreen pages on one subject joined one "event").
    const spans = new Map<number, { first: number | null; last: number | null }>();
    const spanOf = (key: number): { first: number | null; last: number | null } => {
      let sp = spans.get(key);
      if (!sp) {
        sp = { first: null, last: null };
        for (const m of events.get(key)!.members) {
          const t = times[m]!;
          if (t === null) continue;
          if (sp.first === null || t < sp.first) sp.first = t;
          if (sp.last === null || t > sp.last) sp.last = t;
        }
        spans.set(key, sp);
      }
      return sp;
    };
    const fitsWindow = (k: number, key: number): boolean => {
      const t = times[k]!;
      if (t === null) return true;
      const sp = spanOf(key);
      if (sp.first === null || sp.last === null) return true;
      const gap = t < sp.first ? sp.first - t : t > sp.last ? t - sp.last : 0;
      return gap / DAY_MS <= p.eventWindowDays;
    };
    for (let k = 0; k < n; k++) {
      if (dupOf[k] !== null || events.get(eventOf[k]!)!.members.length !== 1) continue;
      let best = -1;
      let bestSim = 0;
      for (const j of adj[k]!) {
        if (eventOf[j] === eventOf[k] || eventOf[j]! < 0 || !weekdayFitsEvent(k, eventOf[j]!) || !fitsWindow(k, eventOf[j]!)) continue;
        const s = pairTimed(k, j);
        if (s > bestSim || (s === bestSim && best >= 0 && j < best)) {
          best = j;
          bestSim = s;
        }
      }
      // A translation's nearest article is met on names and figures alone, which score lower than
      // a same-language pair that also shares words: a prior share of the fitted threshold (ECB+,
      // all English, cannot fit it).
      const crossLanguage = best >= 0 && items[k]!.article.language !== null && items[best]!.article.language !== null && items[k]!.article.language !== items[best]!.article.language;
      if (best < 0 || bestSim < b.orphanThreshold * (crossLanguage ? CROSS_LANGUAGE_ORPHAN : 1)) continue;
      const from = eventOf[k]!;
      eventOf[k] = eventOf[best]!;
      storyOf[k] = storyOf[best]!;
      events.delete(from);
      const ev = events.get(eventOf[k]!)!;
      ev.members = [...ev.members, k].sort((x, y) => x - y);
      spans.delete(eventOf[k]!);
      addInto(ev.sum, vecs[k]!);
      joined[k] ??= { s: bestSim, threshold: b.orphanThreshold, how: "nearest" };
    }
  }

  /** Whether an undated article's lead weekday fits an event (its first day, or its undated members' lead weekdays). */
  function weekdayFitsEvent(k: number, key: number): boolean {
    const w = weekdayOf[k]!;
    if (w < 0) return true;
    const members = events.get(key)!.members;
    let first: number | null = null;
    for (const m of members) if (times[m] !== null && (first === null || times[m]! < first)) first = times[m]!;
    const days = new Set([w]);
    return first !== null ? weekdayFits(days, first) : weekdaysMeet(days, new Set(members.map((m) => weekdayOf[m]!).filter((x) => x >= 0)));
  }

  function explainOne(k: number, root: number): ClusterExplanation {
    const cn = copyNote[k];
    if (cn) {
      const rootId = order[root]!.it.article.id;
      return {
        decision: "duplicate", similarity: round(cn.jaccard), threshold: p.copies.jaccard,
        neighbours: [{ id: order[cn.of]!.it.article.id, similarity: round(cn.jaccard) }], sharedTerms: [], sharedEntities: [],
        note: `copy of ${rootId} (estimated Jaccard ${round(cn.jaccard)}, containment ${round(cn.containment)})`,
      };
    }
    const ev = events.get(eventOf[k]!)!;
    const v = vecs[k]!;
    const rest: Vec = new Map(ev.sum);
    addInto(rest, v, -1);
    const others = ev.members.length - 1;
    const pair = (j: number): number => pairSimilarity(v, norms[k]!, vecs[j]!, norms[j]!, vocab.family, b.eventWeights);
    // Neighbours from the candidate graph; an article joined through its group may have none there.
    let mates = [...adj[k]!].filter((j) => eventOf[j] === eventOf[k]);
    if (mates.length === 0) mates = ev.members.filter((j) => j !== k).slice(0, 50);
    const close = mates.map((j) => ({ id: order[j]!.it.article.id, similarity: round(pair(j)) }));
    close.sort((x, y) => y.similarity - x.similarity || (x.id < y.id ? -1 : 1));
    const sj = storyJoin.get(eventOf[k]!);
    const apart = casts.keptApart[k];
    const storyNote = (apart && eventOf[apart.from] !== eventOf[k] ? `${apart.note}; ` : "") + `storyline ${storyId.get(storyOf[k]!)!}` +
      (sj ? ` (its event joined the storyline at similarity ${round(sj.s)} >= ${sj.threshold}${sj.names.length > 0 ? `, sharing ${sj.names.join(", ")}` : ""})` : "");
    if (others === 0) {
      const near = [...adj[k]!].map((j) => ({ j, s: pairTimed(k, j) })).sort((x, y) => y.s - x.s || x.j - y.j)[0];
      return {
        decision: "new-event", similarity: round(near?.s ?? 0), threshold: b.orphanThreshold < 1 ? b.orphanThreshold : b.eventThreshold,
        neighbours: near ? [{ id: order[near.j]!.it.article.id, similarity: round(near.s) }] : [],
        sharedTerms: near ? shared(v, vecs[near.j]!, TERMS) : [], sharedEntities: near ? shared(v, vecs[near.j]!, ENTITIES, PEOPLE) : [],
        note: (near ? `nearest article ${order[near.j]!.it.article.id} (similarity with the time decay) below the threshold` : "no candidate article") + `; ${storyNote}`,
      };
    }
    const how = joined[k];
    const eventName = eventId.get(eventOf[k]!)!;
    const size = `${ev.members.length} articles`;
    if (!how) {
      return {
        decision: "new-event", similarity: round(close[0]?.similarity ?? 0), threshold: b.eventThreshold,
        neighbours: close.slice(0, 3), sharedTerms: shared(v, rest, TERMS), sharedEntities: shared(v, rest, ENTITIES, PEOPLE),
        note: `founded event ${eventName} (${size}); ${storyNote}`,
      };
    }
    return {
      decision: "joined", similarity: round(how.s), threshold: how.threshold,
      neighbours: close.slice(0, 3), sharedTerms: shared(v, rest, TERMS), sharedEntities: shared(v, rest, ENTITIES, PEOPLE),
      note: `joined event ${eventName} (${size}): ` +
        (how.how === "nearest" ? `alone, its similarity to its nearest article was ${round(how.s)} >= ${how.threshold}` :
          how.how === "neighbours" ? `a share ${round(how.s)} >= ${how.threshold} of its group's articles had their nearest storyline article in this event` :
          `its group's mean similarity to the other group was ${round(how.s)} >= ${how.threshold}`) +
        (how.how === "contrast" ? " once the words most of the storyline shares were discounted" : "") + `; ${storyNote}`,
    };
  }

  function shared(v: Vec, other: Vec, ...fams: number[]): string[] {
    const out2: [string, number][] = [];
    for (const [key, w] of v) {
      if (!fams.includes(vocab.family[key]!)) continue;
      const c = other.get(key);
      if (c !== undefined && c > 1e-9) out2.push([vocab.terms[key]!.slice(2), w * c]);
    }
    return withoutContainedNames(out2.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 8).map((e) => e[0]));
  }
}

/** First index of a sorted array whose value is at least x. */
function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
