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
 * Norms by surface form, and each norm by itself, as dense ids into NORM_TABLE: every occurrence
 * of a word then shares one string whose hash is computed once, so the many Map and Set look-ups
 * keyed by `Token.norm` downstream (stop words, lexicons, stems, term counts) compare by
 * identity. News vocabulary is Zipfian, so nearly every token is a hit; the table starts over
 * when full (memory stays flat), between two texts, so that one text's ids share one table.
 */
const NORM_IDS = new Map<string, number>();
/** Interned norms by id; replaced (not emptied) when the table starts over, see normTable. */
let NORM_TABLE: string[] = [];
const MAX_NORMS = 200_000;

function normIdOf(surface: string): number {
  const known = NORM_IDS.get(surface);
  if (known !== undefined) return known;
  const norm = normalizeWord(surface);
  let id = norm === surface ? undefined : NORM_IDS.get(norm);
  if (id === undefined) {
    id = NORM_TABLE.length;
    NORM_TABLE.push(norm);
    if (norm !== surface) NORM_IDS.set(norm, id);
  }
  NORM_IDS.set(surface, id);
  return id;
}

/**
 * Norm ids of the tokens of a tokenize() result, for consumers that keep per-word memos
 * (clustering features, copy fingerprints): a typed-array read instead of a string-keyed Map
 * look-up per token. Held by the array itself under a non-enumerable symbol, so JSON, structured
 * clones, deep equality and copies of the array never see it. (A WeakMap entry per call
 * measured ~10 us per 700-token array in a microbenchmark, this ~1 us.)
 */
const IDS = Symbol("normIds");
let idScratch = new Int32Array(1024);

/**
 * The norm id of each token when `tokens` is a tokenize() result, else null. An id is valid for
 * a token only while `normTable()[id] === token.norm` (the same string): callers check that, so a
 * table that started over since, or tokens built elsewhere, fall back to the norm itself.
 */
export function normIds(tokens: readonly Token[]): Int32Array | null {
  return (tokens as { [IDS]?: Int32Array })[IDS] ?? null;
}

/**
 * The interned norms by id. A new array when the table starts over, so a memo keyed by norm id
 * keeps the table it was filled under and starts over when this returns another one.
 */
export function normTable(): readonly string[] {
  return NORM_TABLE;
}

/** Tokenises `text` (or its `[from, to)` slice, offsets still relative to `text`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  if (NORM_IDS.size >= MAX_NORMS) {
    NORM_IDS.clear();
    NORM_TABLE = [];
  }
  const table = NORM_TABLE;
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    if (start >= to) break;
    const end = Math.min(start + m[0].length, to);
    const surface = text.slice(start, end);
    const c = surface.charCodeAt(0);
    const id = normIdOf(surface);
    if (n === idScratch.length) {
      const grown = new Int32Array(2 * n);
      grown.set(idScratch);
      idScratch = grown;
    }
    idScratch[n++] = id;
    tokens.push({ start, end, norm: table[id]!, numeric: c >= 48 && c <= 57 });
  }
  if (n > 0) Object.defineProperty(tokens, IDS, { value: idScratch.slice(0, n) });
  return tokens;
}

/** Collapses runs of white space to one space and trims: the form gold strings are compared in. */
export function squashSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
