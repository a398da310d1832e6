/**
 * One utterance told as a reported statement and the direct quote that follows it (`The minister
 * said the council would decide on the licence once the operator had shown its safety record. "We
 * will look closely at how responsibly they run the site," she said.`). Outlets print either part or both, and
 * the two parts seldom share a word (the quote elaborates, it does not repeat), so alignment puts
 * the outlets that printed only the statement and those that printed only the quote in two
 * claims. Here an article that prints both, next to each other, ties the two claims into one.
 */
import { adjacency, DisjointSets, cosine, groupMembers, type KeyWeights, type PairList } from "./align.js";
import type { Clause } from "./features.js";
import type { Quote } from "../core/types.js";

/** Least weighted cosine of two wordings for one to be a reprint of the other: no second witness. */
const REPRINT = 0.6;

/** The clauses of one utterance of an article: its reported statement, then its quote's clauses. */
interface Utterance {
  reported: number;
  quoted: number[];
}

/**
 * The utterances of the clauses (clauses of an article contiguous, in text order, as the story
 * context lists them): a reported (indirect or mixed) quote whose sentence is followed by a
 * sentence where a direct quote of the same resolved speaker begins, with no other quote starting
 * in between. The reported part is the clause holding the end of the reported quote; the quoted
 * part every clause the direct quote overlaps.
 */
export function findUtterances(clauses: Clause[], quotesOf: (article: string) => readonly Quote[]): Utterance[] {
  const out: Utterance[] = [];
  let from = 0;
  while (from < clauses.length) {
    const article = clauses[from]!.article;
    let to = from + 1;
    while (to < clauses.length && clauses[to]!.article === article) to++;
    const quotes = quotesOf(article);
    if (quotes.length > 1) {
      const clauseAt = (offset: number): number => {
        for (let i = from; i < to; i++) if (clauses[i]!.start <= offset && offset < clauses[i]!.end) return i;
        return -1;
      };
      for (const direct of quotes) {
        if (direct.kind !== "direct" || !direct.speaker?.entity) continue;
        const speaker = direct.speaker.entity;
        // The reported quote ending last before the direct one, among those of its speaker.
        let reported: Quote | null = null;
        for (const q of quotes) {
          if (q === direct || q.kind === "direct" || q.end > direct.start || q.speaker?.entity !== speaker) continue;
          if (!reported || q.end > reported.end) reported = q;
        }
        if (!reported) continue;
        // Another quote between them is another utterance (or another speaker's).
        if (quotes.some((q) => q !== direct && q.start >= reported.end && q.start < direct.start)) continue;
        const r = clauseAt(reported.end - 1);
        const first = clauseAt(direct.start) >= 0 ? clauseAt(direct.start) : clauseAt(direct.start + 1);
        if (r < 0 || first < 0 || clauses[first]!.sentence !== clauses[r]!.sentence + 1) continue;
        const quoted: number[] = [];
        for (let i = first; i < to && clauses[i]!.start < direct.end; i++) quoted.push(i);
        out.push({ reported: r, quoted });
      }
    }
    from = to;
  }
  return out;
}

/**
 * Per clause, the utterance it belongs to (its index in `utterances`), else a number of its own
 * below zero: grouping may put an article's clauses of one utterance in one claim.
 */
export function utterancePart(utterances: readonly Utterance[]): (clause: number) => number {
  const partOf = new Map<number, number>();
  utterances.forEach((u, k) => {
    partOf.set(u.reported, k);
    for (const q of u.quoted) if (!partOf.has(q)) partOf.set(q, k);
  });
  return (c) => partOf.get(c) ?? -1 - c;
}

/**
 * The groups with utterances' two parts in one group: the reported clause's group joins the group
 * of the quote's first clause that holds another article (the part other outlets printed too),
 * when both groups hold several articles and
 * - some outlet printed only one part and some other only the other (the join gathers outlets
 *   that printed either; when every outlet of one group is in the other, nothing is gained);
 * - no outlet printed both parts apart, each linked twice or more into its own group (that outlet
 *   told two statements: a detention, then the prosecutor's quote about documents);
 * - a second outlet tells both parts as one utterance in its own words: a clause of one of its
 *   utterances is in (or linked to) the one group and another in (or linked to) the other, and
 *   they are not a reprint of the first outlet's two (REPRINT). Next sentences of one speaker
 *   are often two statements (`X called the bailout critical. "...," X told lawmakers, urging them
 *   to pass it`): one outlet's order alone is weak evidence.
 * An article then in the joined group twice keeps only its part more linked into the group
 * (summed cosines of its links), an utterance's clauses counting as one part: greedy grouping had
 * put an outlet that told the statement elsewhere in the wrong place by a loose link. Returns
 * `groups` itself when nothing changed.
 */
export function joinUtterances(
  w: KeyWeights,
  pairs: PairList,
  groups: DisjointSets,
  utterances: Utterance[],
): DisjointSets {
  if (utterances.length === 0) return groups;
  const clauses = w.clauses;
  const n = clauses.length;
  const { label, members } = groupMembers(groups, n);
  const multi = (g: number): boolean => {
    const list = members.get(g)!;
    return list.some((i) => clauses[i]!.article !== clauses[list[0]!]!.article);
  };
  // Which utterance each clause belongs to, to keep an article's two parts of one utterance together.
  const partOf = utterancePart(utterances);
  let link: { other: Int32Array; sim: Float64Array; start: Int32Array } | null = null;
  // Groups are compared by label (a group's members all carry it), not by scanning member lists.
  const linkWeight = (c: number, g: number, h: number): number => {
    link ??= adjacency(pairs, n);
    let s = 0;
    for (let e = link.start[c]!; e < link.start[c + 1]!; e++) if (label[link.other[e]!] === g || label[link.other[e]!] === h) s += link.sim[e]!;
    return s;
  };
  const linkCount = (c: number, g: number): number => {
    link ??= adjacency(pairs, n);
    let k = 0;
    for (let e = link.start[c]!; e < link.start[c + 1]!; e++) if (label[link.other[e]!] === g) k++;
    return k;
  };
  // Two groups are two parts of one utterance only when some outlet printed one part alone (the
  // join gathers outlets that printed either), and no outlet printed both parts apart, each well
  // linked (two or more links into its own group): that outlet told two statements.
  const complementary = (a: number[], b: number[]): boolean => {
    const artsA = new Set(a.map((c) => clauses[c]!.article));
    const artsB = new Set(b.map((c) => clauses[c]!.article));
    if (![...artsA].some((x) => !artsB.has(x)) || ![...artsB].some((x) => !artsA.has(x))) return false;
    for (const ca of a) {
      const art = clauses[ca]!.article;
      if (!artsB.has(art)) continue;
      const k = partOf(ca);
      for (const cb of b) {
        if (clauses[cb]!.article !== art || partOf(cb) === k) continue;
        if (linkCount(ca, label[ca]!) >= 2 && linkCount(cb, label[cb]!) >= 2) return false;
      }
    }
    return true;
  };
  // An utterance ties two groups when one of its clauses is in (or linked to) the one and
  // another in (or linked to) the other: a second outlet that told both parts as one utterance.
  const touches = (c: number, g: number): boolean => {
    if (label[c] === g) return true;
    link ??= adjacency(pairs, n);
    for (let e = link.start[c]!; e < link.start[c + 1]!; e++) if (label[link.other[e]!] === g) return true;
    return false;
  };
  const ties = (v: Utterance, a: number, b: number, u: Utterance, quote: number): boolean => {
    const all = [v.reported, ...v.quoted];
    return all.some((x) => touches(x, a) && all.some((y) => y !== x && touches(y, b) && !(cosine(w, x, u.reported) >= REPRINT && cosine(w, y, quote) >= REPRINT)));
  };
  let moved = false;
  for (const u of utterances) {
    const from = label[u.reported]!;
    const target = u.quoted.map((q) => label[q]!).find((g) => g !== from && multi(g));
    if (target === undefined || u.quoted.some((q) => label[q] === from)) continue;
    const fromList = members.get(from)!;
    const targetList = members.get(target)!;
    const quote = u.quoted.find((q) => label[q] === target)!;
    if (!multi(from) || !complementary(fromList, targetList) || !utterances.some((v) => clauses[v.reported]!.article !== clauses[u.reported]!.article && ties(v, from, target, u, quote))) continue;
    const joined = [...targetList, ...fromList].sort((a, b) => a - b);
    // Per article of the joined group its parts: an utterance's clauses count as one part.
    const parts = new Map<string, Map<number, number[]>>();
    for (const c of joined) {
      const art = clauses[c]!.article;
      let byPart = parts.get(art);
      if (!byPart) parts.set(art, (byPart = new Map()));
      const key = partOf(c);
      const list = byPart.get(key);
      if (list) list.push(c);
      else byPart.set(key, [c]);
    }
    const dropped = new Set<number>();
    for (const byPart of parts.values()) {
      if (byPart.size < 2) continue;
      let best: number[] | null = null;
      let bestWeight = -1;
      for (const part of byPart.values()) {
        const weight = part.reduce((s, c) => s + linkWeight(c, from, target), 0);
        if (weight > bestWeight) {
          best = part;
          bestWeight = weight;
        }
      }
      for (const part of byPart.values()) if (part !== best) for (const c of part) dropped.add(c);
    }
    // The utterance itself must survive its own join.
    if (dropped.has(u.reported)) continue;
    const kept = joined.filter((c) => !dropped.has(c));
    members.delete(from);
    members.delete(target);
    const root = kept[0]!;
    members.set(root, kept);
    for (const c of kept) label[c] = root;
    for (const c of dropped) {
      members.set(c, [c]);
      label[c] = c;
    }
    moved = true;
  }
  if (!moved) return groups;
  const out = new DisjointSets(n);
  for (const list of members.values()) for (let k = 1; k < list.length; k++) out.union(list[0]!, list[k]!);
  return out;
}

