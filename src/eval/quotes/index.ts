/**
 * `newsfold eval quotes`: runs the quote finder over a labelled set and scores two tracks.
 *
 * - direct: the quotations of gold attributions whose Content is all in quotation marks (see directUnits)
 *   against predicted `direct` quotes;
 * - all: every gold attribution (direct, indirect, mixed, beliefs) against every predicted attribution,
 *   where quotes sharing one cue mention count as one attribution with content in pieces (byCue).
 */
import type { Article, Quote } from "../../core/types.js";
import { analyze } from "../../nlp/index.js";
import { findQuotes } from "../../nlp/quotes/index.js";
import { byCue, emptyCounts, scoreArticle, scores, single, type Scores } from "./metric.js";
import { readPolnear, type GoldAttribution, type GoldSpan } from "./polnear.js";

export interface QuoteEvalReport {
  dataset: string;
  split: string;
  articles: number;
  direct: Scores;
  all: Scores;
  /** Predicted quotes per second of quote finding (analysis time excluded), and articles per second. */
  quotesPerSecond: number;
  articlesPerSecond: number;
}

// A quotation in gold text: a mark, everything up to its closing mark (or the fragment's end when lost).
// Doubled apostrophes (`''…''`, an ASCII style of some newspaper archives) close at a pair not followed by a third.
const QUOTED = /“[^”]*(?:”|$)|"[^"]*(?:"|$)|``[\s\S]*?(?:''|$)|''[\s\S]*?(?:''(?!')|$)|«[^»]*(?:»|$)|„[^“]*(?:“|$)/g;

/**
 * The direct-quote units of a gold attribution: when most letters of its Content lie inside quotation
 * marks, each quotation is one unit (PolNeAR joins the pieces of `“A,” she said, “B.”`, and the quotes
 * that follow one cue, into one discontinuous Content; the direct track scores the quotations themselves).
 * Otherwise (indirect or mixed content) none.
 */
export function directUnits(g: GoldAttribution, text: string): GoldSpan[] {
  const from = g.content[0]!.start;
  const to = g.content[g.content.length - 1]!.end;
  const region = text.slice(from, to);
  const quoted: { start: number; end: number }[] = [];
  for (const m of region.matchAll(QUOTED)) quoted.push({ start: from + m.index, end: from + m.index + m[0].length });
  // Most letters of the content must lie inside quotations (annotators at times take in a word or two
  // of the attribution, or a lead-in, with the quotation).
  let qi = 0;
  let inside = 0;
  let letters = 0;
  for (const f of g.content) {
    for (let k = f.start; k < f.end; k++) {
      if (!/\p{L}/u.test(text.charAt(k))) continue;
      letters++;
      while (qi < quoted.length && quoted[qi]!.end <= k) qi++;
      const q = quoted[qi];
      if (q && q.start <= k) inside++;
    }
  }
  if (letters === 0 || inside * 2 <= letters) return [];
  const units: GoldSpan[] = [];
  for (const q of quoted) {
    // Keep the quotation's characters that the content actually holds.
    const parts = g.content.map((f) => ({ start: Math.max(f.start, q.start), end: Math.min(f.end, q.end) })).filter((f) => f.end > f.start);
    if (parts.some((f) => /\p{L}/u.test(text.slice(f.start, f.end)))) units.push(parts);
  }
  return units;
}

const EDGE_START = /^[\s“”"«»„‘’`']+/u;
const EDGE_END = /[\s“”"«»„‘’`'.,;:]+$/u;

/**
 * A gold span with quotation marks, white space and closing punctuation trimmed off each fragment's
 * edges: the characters a quote's words are, whether a finder reports the marks or (as ours) not.
 */
export function trimGold(span: GoldSpan, text: string): GoldSpan {
  const out: GoldSpan = [];
  for (const f of span) {
    const t = text.slice(f.start, f.end);
    const lead = EDGE_START.exec(t)?.[0].length ?? 0;
    const trail = EDGE_END.exec(t.slice(lead))?.[0].length ?? 0;
    if (f.end - trail > f.start + lead) out.push({ start: f.start + lead, end: f.end - trail });
  }
  return out.length > 0 ? out : span;
}

function toArticle(id: string, text: string): Article {
  return { id, path: id, url: null, outlet: null, title: null, byline: null, published: null, dateline: null, language: "en", text, removed: [] };
}

/** Evaluates quote finding on a PolNeAR split. */
export function evalPolnear(dir: string, split: string, onArticle?: (done: number, total: number) => void): QuoteEvalReport {
  const docs = readPolnear(dir, split);
  const direct = emptyCounts();
  const all = emptyCounts();
  let found = 0;
  let ms = 0;
  docs.forEach((doc, i) => {
    const a = analyze(toArticle(doc.id, doc.text));
    const t0 = performance.now();
    const quotes: Quote[] = findQuotes({ text: doc.text, tokens: a.tokens, sentences: a.sentences, entities: a.entities, language: a.language });
    ms += performance.now() - t0;
    found += quotes.length;
    const gold = doc.attributions.map((g: GoldAttribution) => ({ content: trimGold(g.content, doc.text), source: g.source }));
    const units = doc.attributions.flatMap((g) => directUnits(g, doc.text).map((u) => ({ content: trimGold(u, doc.text), source: g.source })));
    scoreArticle(byCue(quotes), gold, a.entities, all);
    scoreArticle(single(quotes.filter((q) => q.kind === "direct")), units, a.entities, direct);
    onArticle?.(i + 1, docs.length);
  });
  const secs = Math.max(ms, 1e-3) / 1000;
  return {
    dataset: "polnear",
    split,
    articles: docs.length,
    direct: scores(direct),
    all: scores(all),
    quotesPerSecond: Math.round(found / secs),
    articlesPerSecond: Math.round(docs.length / secs),
  };
}
