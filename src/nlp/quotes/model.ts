/**
 * The fitted part of quote finding, read from models/quotes.json (written by scripts/fit-quotes.ts from the
 * PolNeAR train split): reporting cues learnt from annotated Cue spans (words that are a cue in a large
 * enough share of their occurrences), used beside the hand-written lexicon for reported speech.
 * Without the file, the hand-written lexicon stands alone.
 */
import { existsSync, readFileSync } from "node:fs";

export interface QuoteModel {
  /** Token norms learnt as reporting cues (reported speech only; direct quotes keep the speech lexicon). */
  learnedCues: string[];
  /** The share of a word's occurrences that must be cues, and the minimum cue count, used to pick them. */
  minShare: number;
  minCount: number;
}

/** Where the model file may sit: beside src/ when run from source, beside dist/ when built. */
const CANDIDATES = ["../../../models/quotes.json", "../../../../models/quotes.json"];

let cached: QuoteModel | null | undefined;

/** Loads models/quotes.json once; null when absent or unreadable. */
export function loadQuoteModel(): QuoteModel | null {
  if (cached !== undefined) return cached;
  cached = null;
  for (const rel of CANDIDATES) {
    const url = new URL(rel, import.meta.url);
    if (!existsSync(url)) continue;
    try {
      const m = JSON.parse(readFileSync(url, "utf8")) as QuoteModel;
      if (Array.isArray(m.learnedCues)) cached = m;
    } catch {
      cached = null;
    }
    break;
  }
  return cached;
}

/** Replaces the loaded model (the fitting script tries candidates; tests pin one). */
export function setQuoteModel(model: QuoteModel | null): void {
  cached = model;
}
