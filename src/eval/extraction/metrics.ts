/**
 * Extraction metrics, computed exactly as ../shared/data/README.md defines them.
 *
 * - WCXB word bag: `\w+` tokens of the lower-cased text; per page P = overlap/|pred|,
 *   R = overlap/|gold| with bag-of-words overlap (sum of min counts); macro average over pages.
 * - AEB shingles: `\w+` tokens (case kept), multiset of 4-token shingles; per page tp/fp/fn
 *   normalised by their sum; P and R averaged over pages, F1 from the averages.
 */

/** Per-page precision and recall. */
export interface PageScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Averages over pages. */
export interface Summary {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Counts the items of a list. */
function bag(items: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of items) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Sum over items of min(count in a, count in b). */
function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [k, c] of small) n += Math.min(c, large.get(k) ?? 0);
  return n;
}

// Python's Unicode `\w` (what the benchmarks' scorers use): letters, numbers and `_`, not marks.
// JavaScript's `\w` is ASCII-only, so spell it out.
const WORD_RE = /[\p{L}\p{N}_]+/gu;

/** `\w+` tokens as Python's `re` finds them in a str, optionally of the lower-cased text. */
export function wordTokens(text: string, lowerCase: boolean): string[] {
  const t = lowerCase ? text.toLowerCase() : text;
  return t.match(WORD_RE) ?? [];
}

function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/**
 * WCXB per-page word-bag score. An empty prediction has precision 0 unless gold is empty too
 * (then the page is perfect); an empty gold has recall 1 only when the prediction is empty.
 */
export function wordBagScore(predicted: string, gold: string): PageScore {
  const p = wordTokens(predicted, true);
  const g = wordTokens(gold, true);
  if (p.length === 0 && g.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (p.length === 0 || g.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const o = overlap(bag(p), bag(g));
  const precision = o / p.length;
  const recall = o / g.length;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Macro average of per-page scores (F1 averaged per page, as WCXB reports it). */
export function macroAverage(scores: PageScore[]): Summary {
  const n = scores.length;
  if (n === 0) return { pages: 0, precision: 0, recall: 0, f1: 0 };
  let p = 0, r = 0, f = 0;
  for (const s of scores) {
    p += s.precision;
    r += s.recall;
    f += s.f1;
  }
  return { pages: n, precision: p / n, recall: r / n, f1: f / n };
}

/** Multiset of 4-token shingles, case kept. Texts shorter than 4 tokens give one shingle of what there is. */
export function shingles(text: string, size = 4): Map<string, number> {
  const toks = wordTokens(text, false);
  const out: string[] = [];
  if (toks.length > 0 && toks.length < size) out.push(toks.join(" "));
  for (let i = 0; i + size <= toks.length; i++) out.push(toks.slice(i, i + size).join(" "));
  return bag(out);
}

/** Per-page shingle tp/fp/fn, normalised by their sum. */
export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** AEB per-page counts: tp, fp, fn over shingle multisets, divided by tp+fp+fn. */
export function shingleCounts(predicted: string, gold: string): ShingleCounts {
  const p = shingles(predicted);
  const g = shingles(gold);
  const tp = overlap(p, g);
  let np = 0, ng = 0;
  for (const c of p.values()) np += c;
  for (const c of g.values()) ng += c;
  const fp = np - tp;
  const fn = ng - tp;
  const sum = tp + fp + fn;
  // Both empty: the page is right (nothing to extract, nothing extracted).
  if (sum === 0) return { tp: 1, fp: 0, fn: 0 };
  return { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

/**
 * AEB summary: per-page P = tp/(tp+fp) and R = tp/(tp+fn) (0 when undefined), averaged
 * over pages; F1 from the averaged P and R.
 */
export function shingleSummary(pages: ShingleCounts[]): Summary {
  const n = pages.length;
  if (n === 0) return { pages: 0, precision: 0, recall: 0, f1: 0 };
  let p = 0, r = 0;
  for (const c of pages) {
    p += c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
    r += c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  }
  const precision = p / n, recall = r / n;
  return { pages: n, precision, recall, f1: f1(precision, recall) };
}
