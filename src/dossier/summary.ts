/**
 * The extractive summary: at most N sentences, picked greedily for the corroborated claims they
 * cover (weighted by independent sources) minus their overlap with sentences already picked
 * (maximal marginal relevance), then ordered by time. Every sentence is cited verbatim.
 */
import { cite, sourceOf, type StoryContext } from "./context.js";
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
}

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
      const s = m.features.sentences[c.sentence]!;
      const tokens = s.tokenEnd - s.tokenStart;
      // Fragments and run-ons make poor summary sentences.
      if (tokens < 6 || tokens > 70) return;
      const dates = m.input.analysis.dates.filter((d) => d.sentence === c.sentence && d.resolved).map((d) => d.resolved!);
      cand = { article: c.article, sentence: c.sentence, start: s.start, end: s.end, claims: new Set(), keys: new Set(), date: dates[0] ?? (m.input.article.published ?? "").slice(0, 10), lead: ordinal.get(key)!, dangling: 0 };
      const text = m.input.article.text.slice(s.start, s.end);
      // A sentence opening on a conjunction continues another: out of it, it reads wrong.
      if (/^(and|but|or|so|yet|also|then)\b/i.test(text)) return;
      // A quotation or a pronoun at the start leans on what came before: a reporter's lead is better.
      if (/^["“‘«']/.test(text) || /^(he|she|they|it|its|his|her|their|this|these|those|we|our|us|i|you|your)\b/i.test(text)) cand.dangling = 1;
      bySentence.set(key, cand);
    }
    const ci = claimOfClause.get(i);
    if (ci !== undefined && claims[ci]!.claim.status === "corroborated") cand.claims.add(ci);
    for (const k of c.keys) if (k.startsWith("w:") || k.startsWith("e:")) cand.keys.add(k);
  });
  // Which independent sources print each key: a sentence no other source shares two keys with
  // is off the story (a donation appeal, an outlet's own notice) and is no summary material.
  // Per key its first source, or null once a second one prints it: all the test below asks.
  const sourcesOf = new Map<string, string | null>();
  for (const c of ctx.clauses) {
    const src = sourceOf(ctx, c.article);
    for (const k of c.keys) {
      if (!k.startsWith("w:") && !k.startsWith("e:")) continue;
      const cur = sourcesOf.get(k);
      if (cur === undefined) sourcesOf.set(k, src);
      else if (cur !== null && cur !== src) sourcesOf.set(k, null);
    }
  }
  const independent = new Set([...ctx.members.values()].map((m) => m.source)).size;
  const cands = [...bySentence.values()].filter((c) => {
    const text = ctx.members.get(c.article)!.input.article.text.slice(c.start, c.end);
    // A sentence cut out of a longer quotation (`... why nothing was done.'`) loses its speaker.
    // An outlet speaking of itself (`The Dispatch is free to read ...`) is a notice, not news.
    const outlet = (ctx.members.get(c.article)!.input.article.outlet ?? "").replace(/^the\s+/i, "").trim();
    if (outlet.length > 2 && text.toLowerCase().includes(outlet.toLowerCase())) return false;
    if ((text.match(/"/g) ?? []).length % 2 === 1 || (text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) return false;
    if (opensSingleQuote(text)) return false;
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
