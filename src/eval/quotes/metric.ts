/**
 * The quote metric of the project (shared/data/README.md): a predicted quote matches a gold Content span
 * when it covers at least 80% of the gold characters (one-to-one, each gold taken by the best-covering
 * unmatched prediction); its speaker is correct when it overlaps the gold Source span or resolves to an
 * entity one of whose mentions overlaps it. Speaker accuracy is over matched quotes whose gold has a Source.
 * A prediction may hold several spans (quotes sharing one cue, see byCue): it covers what its spans cover.
 */
import type { Entity, Quote } from "../../core/types.js";
import type { GoldSpan } from "./polnear.js";

export interface GoldQuote {
  content: GoldSpan;
  source: GoldSpan | null;
}

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  /** Matched quotes whose gold has a Source, and of those, how many have the right speaker. */
  speakerScored: number;
  speakerCorrect: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, matched: 0, speakerScored: 0, speakerCorrect: 0 };
}

/** Characters of `gold` inside `[start, end)`. */
function covered(gold: GoldSpan, start: number, end: number): number {
  let n = 0;
  for (const f of gold) n += Math.max(0, Math.min(end, f.end) - Math.max(start, f.start));
  return n;
}

function size(gold: GoldSpan): number {
  return gold.reduce((n, f) => n + Math.max(0, f.end - f.start), 0);
}

function overlaps(gold: GoldSpan, start: number, end: number): boolean {
  return gold.some((f) => f.start < end && start < f.end);
}

/** A predicted attribution: content in one or more spans, and the speaker. */
export interface Predicted {
  start: number;
  end: number;
  parts: { start: number; end: number }[];
  speaker: Quote["speaker"];
}

/** Each quote as its own predicted attribution. */
export function single(quotes: readonly Quote[]): Predicted[] {
  return quotes.map((q) => ({ start: q.start, end: q.end, parts: [{ start: q.start, end: q.end }], speaker: q.speaker }));
}

/**
 * Quotes that share one cue mention (`“A,” she said. “B.”` gives A and B the same `said`) as one
 * predicted attribution whose content is their union, as PolNeAR annotates them; the rest one each.
 */
export function byCue(quotes: readonly Quote[]): Predicted[] {
  const out: Predicted[] = [];
  const groups = new Map<string, Predicted>();
  for (const q of quotes) {
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : null;
    const g = key ? groups.get(key) : undefined;
    if (g) {
      g.parts.push({ start: q.start, end: q.end });
      g.start = Math.min(g.start, q.start);
      g.end = Math.max(g.end, q.end);
      continue;
    }
    const p: Predicted = { start: q.start, end: q.end, parts: [{ start: q.start, end: q.end }], speaker: q.speaker };
    out.push(p);
    if (key) groups.set(key, p);
  }
  return out;
}

function coveredBy(gold: GoldSpan, p: Predicted): number {
  let n = 0;
  for (const part of p.parts) n += covered(gold, part.start, part.end);
  return n;
}

/** Matches one article's predictions against its gold and adds the result to `counts`. */
export function scoreArticle(pred: readonly Predicted[], gold: readonly GoldQuote[], entities: readonly Entity[], counts: Counts): void {
  counts.gold += gold.length;
  counts.predicted += pred.length;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const taken = new Set<number>();
  // Predictions sorted by start let each gold scan only those that can reach it.
  const order = pred.map((_, i) => i).sort((a, b) => pred[a]!.start - pred[b]!.start);
  for (const g of gold) {
    const need = 0.8 * size(g.content);
    if (need <= 0) continue;
    const gStart = g.content[0]!.start;
    let best = -1;
    let bestLen = Infinity;
    for (const i of order) {
      const p = pred[i]!;
      if (p.start > gStart) break;
      if (taken.has(i) || coveredBy(g.content, p) < need) continue;
      const len = p.end - p.start;
      if (len < bestLen) {
        best = i;
        bestLen = len;
      }
    }
    if (best < 0) {
      // A prediction may start a few characters inside the gold (gold includes its opening mark).
      for (const i of order) {
        const p = pred[i]!;
        if (taken.has(i) || p.start <= gStart) continue;
        if (p.start > g.content[g.content.length - 1]!.end) break;
        if (coveredBy(g.content, p) >= need) {
          best = i;
          break;
        }
      }
    }
    if (best < 0) continue;
    taken.add(best);
    counts.matched++;
    if (!g.source) continue;
    counts.speakerScored++;
    const sp = pred[best]!.speaker;
    if (!sp) continue;
    let ok = overlaps(g.source, sp.start, sp.end);
    const ent = sp.entity ? byId.get(sp.entity) : undefined;
    if (!ok && ent) ok = ent.mentions.some((m) => overlaps(g.source!, m.start, m.end));
    if (ok) counts.speakerCorrect++;
  }
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  gold: number;
  predicted: number;
  matched: number;
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

/** Precision, recall, F1 and speaker accuracy from counts (4 decimals). */
export function scores(c: Counts): Scores {
  const precision = c.predicted ? c.matched / c.predicted : 0;
  const recall = c.gold ? c.matched / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision: r4(precision),
    recall: r4(recall),
    f1: r4(f1),
    speakerAccuracy: r4(c.speakerScored ? c.speakerCorrect / c.speakerScored : 0),
    gold: c.gold,
    predicted: c.predicted,
    matched: c.matched,
  };
}
