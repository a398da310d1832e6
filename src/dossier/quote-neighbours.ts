/**
 * Quote variants found by their place: outlets print a speaker's statements in the order they
 * were made, so when two outlets' quotes are one utterance, the quotes each prints right after
 * (or before) it from the same speaker are likely the next utterance, reworded (`why nothing was
 * done`, `why nobody acted`), though they share too few words to be matched on their own.
 */
import type { Quote } from "../core/types.js";
import type { DisjointSets } from "./align.js";
import { quoteSimilarity, type KeyedQuote } from "./quote-keys.js";

/** What the neighbour rule reads of a quote. */
export interface PlacedQuote extends KeyedQuote {
  article: string;
  quote: Quote;
  speakerKey: string | null;
}

/** Most characters between an anchor quote and its neighbour: the same passage of the article. */
const NEIGHBOUR_GAP = 400;
/** Least weighted overlap of two neighbours (a word in common, where a variant needs three). */
const NEIGHBOUR_SIM = 0.1;
/** Least content keys of each neighbour: a sentence, not a fragment (`is definitely suspicious`). */
const NEIGHBOUR_MIN_KEYS = 3;
/** Most ratio of two neighbours' content keys: a reworded sentence keeps its length roughly. */
const NEIGHBOUR_LENGTH_RATIO = 2;

/**
 * Joins (in `sets`) pairs of quotes left single that stand next to two variants of one group in
 * their articles: the quote right after (or right before) each variant in its article, with no
 * other quote between, of the group's speaker, both in quotation marks, sentences close in length and with
 * some content in common. Each quote joins once, best overlap first. Returns how many were joined.
 */
export function joinNeighbours(items: readonly PlacedQuote[], sets: DisjointSets, w: (k: string) => number): number {
  const size = new Map<number, number>();
  for (let i = 0; i < items.length; i++) {
    const r = sets.find(i);
    size.set(r, (size.get(r) ?? 0) + 1);
  }
  // Per article its quotes in text order, and each quote's place there.
  const byArticle = new Map<string, number[]>();
  items.forEach((it, i) => {
    const list = byArticle.get(it.article);
    if (list) list.push(i);
    else byArticle.set(it.article, [i]);
  });
  const place = new Int32Array(items.length);
  for (const list of byArticle.values()) {
    list.sort((a, b) => items[a]!.quote.start - items[b]!.quote.start);
    list.forEach((i, p) => (place[i] = p));
  }
  const single = (i: number): boolean => size.get(sets.find(i)) === 1;
  const neighbour = (i: number, step: 1 | -1): number => {
    const list = byArticle.get(items[i]!.article)!;
    const j = list[place[i]! + step];
    if (j === undefined) return -1;
    const [a, b] = step === 1 ? [items[i]!.quote, items[j]!.quote] : [items[j]!.quote, items[i]!.quote];
    return b.start - a.end <= NEIGHBOUR_GAP ? j : -1;
  };
  const candidates: { i: number; j: number; sim: number }[] = [];
  const members = new Map<number, number[]>();
  for (let i = 0; i < items.length; i++) {
    const r = sets.find(i);
    if (size.get(r)! < 2) continue;
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  for (const group of members.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const a = group[x]!;
        const b = group[y]!;
        for (const step of [1, -1] as const) {
          const na = neighbour(a, step);
          const nb = neighbour(b, step);
          if (na < 0 || nb < 0 || !single(na) || !single(nb)) continue;
          const qa = items[na]!;
          const qb = items[nb]!;
          const speaker = items[a]!.speakerKey;
          if (!speaker || qa.speakerKey !== speaker || qb.speakerKey !== speaker) continue;
          if (qa.quote.kind !== "direct" || qb.quote.kind !== "direct" || qa.foreign !== qb.foreign) continue;
          const [small, large] = qa.keys.size <= qb.keys.size ? [qa.keys.size, qb.keys.size] : [qb.keys.size, qa.keys.size];
          if (small < NEIGHBOUR_MIN_KEYS || large > NEIGHBOUR_LENGTH_RATIO * small) continue;
          const { sim, n } = quoteSimilarity(qa, qb, w);
          if (n >= 1 && sim >= NEIGHBOUR_SIM) candidates.push({ i: na, j: nb, sim });
        }
      }
    }
  }
  candidates.sort((p, q) => q.sim - p.sim || p.i - q.i || p.j - q.j);
  let joined = 0;
  for (const c of candidates) {
    if (!single(c.i) || !single(c.j)) continue;
    sets.union(c.i, c.j);
    size.set(sets.find(c.i), 2);
    joined++;
  }
  return joined;
}
