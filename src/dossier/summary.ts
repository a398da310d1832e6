/**
 * The extractive summary: at most N sentences, picked greedily for the corroborated claims they
 * cover (weighted by independent sources) minus their overlap with sentences already picked
 * (maximal marginal relevance), then ordered by time. Every sentence is cited verbatim.
 */
import { cite, type StoryContext } from "./context.js";
import type { ClaimGroup } from "./claims.js";
import type { Citation } from "./types.js";

interface Candidate {
  article: string;
  sentence: number;
  start: number;
  end: number;
  claims: Set<number>;
  keys: Set<string>;
  date: string;
  lead: number;
}

/** How much overlap with the summary so far costs, against one claim's worth of coverage. */
const REDUNDANCY = 2;

export function buildSummary(ctx: StoryContext, claims: ClaimGroup[], n: number): Citation[] {
  const claimOfClause = new Map<number, number>();
  claims.forEach((g, ci) => g.clauses.forEach((i) => claimOfClause.set(i, ci)));
  const bySentence = new Map<string, Candidate>();
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
      cand = { article: c.article, sentence: c.sentence, start: s.start, end: s.end, claims: new Set(), keys: new Set(), date: dates[0] ?? (m.input.article.published ?? "").slice(0, 10), lead: c.sentence };
      bySentence.set(key, cand);
    }
    const ci = claimOfClause.get(i);
    if (ci !== undefined && claims[ci]!.claim.status === "corroborated") cand.claims.add(ci);
    for (const k of c.keys) if (k.startsWith("w:") || k.startsWith("e:")) cand.keys.add(k);
  });
  const cands = [...bySentence.values()];
  const rank = new Map(ctx.order.map((m, i) => [m.input.article.id, i]));
  const covered = new Set<number>();
  const picked: Candidate[] = [];
  const pickedKeys = new Map<string, number>();
  while (picked.length < n) {
    let best: Candidate | null = null;
    let bestScore = -Infinity;
    for (const c of cands) {
      if (picked.includes(c)) continue;
      let gain = 0;
      for (const ci of c.claims) if (!covered.has(ci)) gain += claims[ci]!.claim.independentSources;
      let overlap = 0;
      for (const k of c.keys) if (pickedKeys.has(k)) overlap++;
      const redundancy = c.keys.size > 0 ? overlap / c.keys.size : 0;
      // Early sentences of an article carry its news: a small tie-breaker when no claim helps.
      // and the earliest reporter's wording is preferred to a later one's.
      const score = gain - REDUNDANCY * redundancy + 0.5 / (1 + c.lead) + 0.3 / (1 + rank.get(c.article)!);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (!best) break;
    picked.push(best);
    for (const ci of best.claims) covered.add(ci);
    for (const k of best.keys) pickedKeys.set(k, 1);
  }
  picked.sort((a, b) => (a.date && b.date && a.date !== b.date ? (a.date < b.date ? -1 : 1) : rank.get(a.article)! - rank.get(b.article)! || a.start - b.start));
  return picked.map((c) => {
    const { article, start, end, text } = cite(ctx, c.article, c.start, c.end);
    return { article, start, end, text };
  });
}
