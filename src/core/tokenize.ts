import type { Token } from "./types.js";

/**
 * Word and number tokens with offsets, the one tokenisation every stage shares.
 *
 * A token is a run of letters/marks (with inner apostrophes and hyphens: `don't`, `al-Qaeda`)
 * or a number (`1,200.5`, `17`). `norm` is lower-cased and stripped of diacritics so that
 * `Kaboul`/`kaboul` and `élysée`/`elysee` match.
 */
const TOKEN_RE = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const MARKS_RE = /\p{M}+/gu;

/** Lower-cases and removes diacritics (NFD, then drops combining marks). */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize("NFD").replace(MARKS_RE, "").replace(/’/g, "'");
}

/**
 * Norms by surface form, and each norm by itself: every occurrence of a word then shares one
 * string whose hash is computed once, so the many Map and Set look-ups keyed by `Token.norm`
 * downstream (stop words, lexicons, stems, term counts) compare by identity. News vocabulary is
 * Zipfian, so nearly every token is a hit; the table starts over when full (memory stays flat).
 */
const NORMS = new Map<string, string>();
const MAX_NORMS = 200_000;

function normOf(surface: string): string {
  const known = NORMS.get(surface);
  if (known !== undefined) return known;
  if (NORMS.size >= MAX_NORMS) NORMS.clear();
  let norm = normalizeWord(surface);
  if (norm !== surface) {
    const shared = NORMS.get(norm);
    if (shared !== undefined) norm = shared;
    else NORMS.set(norm, norm);
  }
  NORMS.set(surface, norm);
  return norm;
}

/** Tokenises `text` (or its `[from, to)` slice, offsets still relative to `text`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    if (start >= to) break;
    const end = Math.min(start + m[0].length, to);
    const surface = text.slice(start, end);
    const c = surface.charCodeAt(0);
    tokens.push({ start, end, norm: normOf(surface), numeric: c >= 48 && c <= 57 });
  }
  return tokens;
}

/** Collapses runs of white space to one space and trims: the form gold strings are compared in. */
export function squashSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
