/**
 * The extractive summary: at most N sentences, picked greedily for the corroborated claims they
 * cover (weighted by independent sources) minus their overlap with sentences already picked
 * (maximal marginal relevance), then ordered by time. Every sentence is cited verbatim.
 */
import { cite, dateOf, sourceOf, type StoryContext, type StoryMember } from "./context.js";
import type { ArticleFeatures, Clause } from "./features.js";
import type { ClaimGroup } from "./claims.js";
import type { Citation } from "./types.js";
import { mainLanguage } from "./outline.js";

interface Candidate {
  article: string;
  sentence: number;
  start: number;
  end: number;
  claims: Set<number>;
  keys: Set<string>;
  date: string;
  lead: number;
  /** 1 when the sentence starts with a quotation or a pronoun. */
  dangling: number;
  /** It can stand alone in a summary (see sentenceInfo). */
  printable: boolean;
}

/** What a sentence is as summary material, whatever story it is in (see sentenceInfo). */
interface SentenceInfo {
  date: string;
  dangling: number;
  printable: boolean;
}

/**
 * A sentence's date and how it reads out of its article, or null for one no summary takes
 * (a fragment, a run-on, one opening on a conjunction). Cached per article's features: it
 * depends on the article alone, so a rebuild reads it again for the new article only.
 */
function sentenceInfo(m: StoryMember, sentence: number): SentenceInfo | null {
  const a = m.input.article;
  let cached = infoCache.get(m.features);
  // The features stand for the analysis and text; the outlet and date are the article's own.
  if (!cached || cached.outlet !== a.outlet || cached.published !== a.published) infoCache.set(m.features, (cached = { outlet: a.outlet, published: a.published, byIndex: new Map() }));
  let v = cached.byIndex.get(sentence);
  if (v === undefined) cached.byIndex.set(sentence, (v = readSentence(m, sentence)));
  return v;
}
const infoCache = new WeakMap<ArticleFeatures, { outlet: string | null; published: string | null; byIndex: Map<number, SentenceInfo | null> }>();

function readSentence(m: StoryMember, sentence: number): SentenceInfo | null {
  const s = m.features.sentences[sentence]!;
  const tokens = s.tokenEnd - s.tokenStart;
  // Fragments and run-ons make poor summary sentences.
  if (tokens < 6 || tokens > 70) return null;
  const dates = m.input.analysis.dates.filter((d) => d.sentence === sentence && d.resolved).map((d) => d.resolved!);
  const text = m.input.article.text.slice(s.start, s.end);
  // A sentence opening on a conjunction continues another: out of it, it reads wrong.
  if (/^(and|but|or|so|yet|also|then)\b/i.test(text)) return null;
  // A quotation or a pronoun at the start leans on what came before: a reporter's lead is better.
  const dangling = /^["“‘«']/.test(text) || /^(he|she|they|it|its|his|her|their|this|these|those|we|our|us|i|you|your)\b/i.test(text) ? 1 : 0;
  return { date: dates[0] ?? (dateOf(m.input.article) ?? "").slice(0, 10), dangling, printable: printable(m, text) && !insideQuotation(m, s.start, s.end) };
}

/**
 * Whether the sentence at [start, end) lies inside a quotation whose speaker is named outside it:
 * the middle sentence of a three-sentence quote reads as the reporter's own statement once cut
 * out, so a summary cites a sentence that says who said it.
 */
function insideQuotation(m: StoryMember, start: number, end: number): boolean {
  for (const q of m.input.analysis.quotes) {
    if (q.kind !== "direct" || q.end <= start || q.start >= end) continue;
    const inside = Math.min(q.end, end) - Math.max(q.start, start);
    const cueInside = q.cue !== null && q.cue.start >= start && q.cue.end <= end;
    if (!cueInside && inside >= 0.8 * (end - start - 2)) return true;
  }
  return false;
}

/**
 * Whether a sentence can stand alone: not cut out of a longer quotation (`... why nothing was
 * done.'` loses its speaker), not an outlet speaking of itself (`The Dispatch is free to read ...`
 * is a notice, not news).
 */
function printable(m: StoryMember, text: string): boolean {
  const outlet = (m.input.article.outlet ?? "").replace(/^the\s+/i, "").trim();
  if (outlet.length > 2 && text.toLowerCase().includes(outlet.toLowerCase())) return false;
  if ((text.match(/"/g) ?? []).length % 2 === 1 || (text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) return false;
  return !opensSingleQuote(text);
}

/** A clause's word and entity keys, the ones a summary compares (cached per clause object). */
function summaryKeys(c: Clause): string[] {
  let v = keysCache.get(c);
  if (!v) keysCache.set(c, (v = c.keys.filter((k) => k.startsWith("w:") || k.startsWith("e:"))));
  return v;
}
const keysCache = new WeakMap<Clause, string[]>();

/** How much overlap with the summary so far costs, against one claim's worth of coverage. */
const REDUNDANCY = 2;
/**
 * What a sentence outside the story's main language costs: a reader gets the summary in one
 * language when a sentence in it covers as much, and a translation only for what none does.
 */
const OTHER_LANGUAGE = 1.5;

export function buildSummary(ctx: StoryContext, claims: ClaimGroup[], n: number): Citation[] {
  const claimOfClause = new Map<number, number>();
  claims.forEach((g, ci) => g.clauses.forEach((i) => claimOfClause.set(i, ci)));
  const bySentence = new Map<string, Candidate>();
  // The lead is counted over the body sentences of an article (headlines and captions are none).
  const ordinal = new Map<string, number>();
  const seenArticle = new Map<string, number>();
  for (const c of ctx.clauses) {
    const key = c.article + "#" + c.sentence;
    if (ordinal.has(key)) continue;
    const n = seenArticle.get(c.article) ?? 0;
    ordinal.set(key, n);
    seenArticle.set(c.article, n + 1);
  }
  ctx.clauses.forEach((c, i) => {
    const key = c.article + "#" + c.sentence;
    let cand = bySentence.get(key);
    if (!cand) {
      const m = ctx.members.get(c.article)!;
      const info = sentenceInfo(m, c.sentence);
      if (!info) return;
      const s = m.features.sentences[c.sentence]!;
      cand = { article: c.article, sentence: c.sentence, start: s.start, end: s.end, claims: new Set(), keys: new Set(), date: info.date, lead: ordinal.get(key)!, dangling: info.dangling, printable: info.printable };
      bySentence.set(key, cand);
    }
    const ci = claimOfClause.get(i);
    if (ci !== undefined && claims[ci]!.claim.status === "corroborated") cand.claims.add(ci);
    for (const k of summaryKeys(c)) cand.keys.add(k);
  });
  // Which independent sources print each key: a sentence no other source shares two keys with
  // is off the story (a donation appeal, an outlet's own notice) and is no summary material.
  // Per key its first source, or null once a second one prints it: all the test below asks.
  const sourcesOf = new Map<string, string | null>();
  for (const c of ctx.clauses) {
    const src = sourceOf(ctx, c.article);
    for (const k of summaryKeys(c)) {
      const cur = sourcesOf.get(k);
      if (cur === undefined) sourcesOf.set(k, src);
      else if (cur !== null && cur !== src) sourcesOf.set(k, null);
    }
  }
  const independent = new Set([...ctx.members.values()].map((m) => m.source)).size;
  const cands = [...bySentence.values()].filter((c) => {
    if (!c.printable) return false;
    if (independent < 2) return true;
    const src = sourceOf(ctx, c.article);
    let shared = 0;
    for (const k of c.keys) {
      const only = sourcesOf.get(k);
      if (only === null || (only !== undefined && only !== src)) shared++;
    }
    return shared >= 2;
  });
  const rank = new Map(ctx.order.map((m, i) => [m.input.article.id, i]));
  const main = mainLanguage(ctx.order.map((m) => m.input.article.language));
  const foreign = (c: Candidate): number => {
    const lang = ctx.members.get(c.article)!.input.article.language;
    return main !== null && lang !== null && lang !== main ? 1 : 0;
  };
  const covered = new Set<number>();
  const picked: Candidate[] = [];
  const pickedKeys = new Set<string>();
  // Per candidate how many of its keys the picked sentences hold, kept up as sentences are picked
  // through the candidates of each key (recounting every candidate's keys per pick was the cost).
  const overlapOf = new Int32Array(cands.length);
  const candsOfKey = new Map<string, number[]>();
  cands.forEach((c, x) => {
    for (const k of c.keys) {
      const list = candsOfKey.get(k);
      if (list) list.push(x);
      else candsOfKey.set(k, [x]);
    }
  });
  const rankOf = cands.map((c) => rank.get(c.article)!);
  const foreignOf = cands.map(foreign);
  while (picked.length < n) {
    let best: Candidate | null = null;
    let bestScore = -Infinity;
    for (let x = 0; x < cands.length; x++) {
      const c = cands[x]!;
      if (picked.includes(c)) continue;
      let gain = 0;
      for (const ci of c.claims) if (!covered.has(ci)) gain += claims[ci]!.claim.independentSources;
      const redundancy = c.keys.size > 0 ? overlapOf[x]! / c.keys.size : 0;
      // Corroboration first; among equals, early sentences of an article (its news), the
      // earliest reporter's wording, and a sentence that does not lean on another.
      const score = gain - REDUNDANCY * redundancy + 0.5 / (1 + c.lead) + 0.3 / (1 + rankOf[x]!) - 0.5 * c.dangling - OTHER_LANGUAGE * foreignOf[x]!;
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (!best) break;
    picked.push(best);
    for (const ci of best.claims) covered.add(ci);
    for (const k of best.keys) {
      if (pickedKeys.has(k)) continue;
      pickedKeys.add(k);
      for (const x of candsOfKey.get(k) ?? []) overlapOf[x]!++;
    }
  }
  picked.sort((a, b) => (a.date && b.date && a.date !== b.date ? (a.date < b.date ? -1 : 1) : rank.get(a.article)! - rank.get(b.article)! || a.start - b.start));
  return picked.map((c) => {
    const { article, start, end, text } = cite(ctx, c.article, c.start, c.end);
    return { article, start, end, text };
  });
}

/**
 * Whether a single quotation mark opens in the sentence and nothing closes it (`Hollum said: 'Our
 * documents prove…` with the rest in the next sentence). Apostrophes (`don't`, `workers' union`)
 * neither open nor, alone, count as closing a quotation that opened.
 */
function opensSingleQuote(text: string): boolean {
  const open = /(?:^|[\s(:—–-])['‘](?=\p{L})/u.exec(text);
  if (!open) return false;
  const rest = text.slice(open.index + open[0].length);
  return !/['’](?=[\s.,;:!?)]|$)/u.test(rest.replace(/\p{L}['’]\p{L}/gu, "xx"));
}
