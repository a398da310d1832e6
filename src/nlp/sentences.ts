import type { Sentence, Token } from "../core/types.js";
import { OTHER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from "./abbreviations.js";

/**
 * Sentence splitting for news text.
 *
 * Every line of `Article.text` is a paragraph and every `\n` ends a sentence. Inside a line a
 * sentence ends after a run of terminal punctuation (`.`, `!`, `?`, `...`, `…`) plus any closing
 * quotes or brackets that follow it, when the next word does not continue the sentence. Periods
 * are the hard case; a period does not end the sentence when it
 * - sits between digits (`3.5`),
 * - closes a title (`Mr.`, `Gen.`), an initial (`J. R. Smith`), or an ambiguous abbreviation or
 *   dotted acronym (`Inc.`, `U.S.`, `a.m.`) that is not followed by a typical sentence opener,
 * - is followed by a lower-case word (`e.g. this`, `"Go." he said`).
 *
 * Scraped text sometimes loses the space after a sentence: `conclusions.Next` or even
 * `conclusionsNext` (the period and quote lost too). Both split between the two words; the text is
 * never modified, so offsets stay true.
 */

const TERMINAL_RE = /[.!?…‽]+/gu;
/** A run of 3+ lower-case letters glued to a capitalised word: `conclusionsSmith`. */
const GLUE_RE = /(?<![\p{L}\p{M}])\p{Ll}{3,}(?=\p{Lu}\p{Ll})/gu;
const CLOSERS = new Set(['"', "”", "’", "'", "»", ")", "]", "›", "」", "』"]);
const OPENERS = new Set(["“", "‘", "«", '"', "(", "[", "‹", "„", "「", "『"]);
/**
 * Words after which a camel-case glue is not a sentence end: a function word cannot close a
 * sentence, so `withSmith` is a lost space inside a sentence, not a lost period.
 */
const NON_FINAL = new Set([
  "the", "and", "with", "for", "from", "that", "this", "who", "which", "whose", "said", "says", "told", "into",
  "onto", "upon", "than", "but", "nor", "via", "per", "by", "about", "against", "between", "among", "under", "over",
  "after", "before", "during", "without", "within", "through", "toward", "towards", "of", "to", "in", "on", "at", "as",
  "minister", "president", "ambassador", "envoy", "mrs", "miss",
]);

const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isLetter = (c: string): boolean => /[\p{L}\p{M}]/u.test(c);
const isDigit = (c: string): boolean => c >= "0" && c <= "9";
const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\r" || c === "\f" || c === "\v" || c === "\u00a0" || /\s/u.test(c);

/** The letters immediately before `pos` (the word a period closes). */
function wordBefore(text: string, pos: number): { word: string; start: number } {
  let s = pos;
  while (s > 0 && isLetter(text[s - 1] ?? "")) s--;
  return { word: text.slice(s, pos), start: s };
}

/** The letters starting at `pos`. */
function wordAt(text: string, pos: number, end: number): string {
  let e = pos;
  while (e < end && isLetter(text[e] ?? "")) e++;
  return text.slice(pos, e);
}

/**
 * Decides whether a single period at `dot` (closers already skipped up to `after`) ends the sentence,
 * given that the next non-space character, at `next`, is not lower-case.
 */
function periodEnds(text: string, dot: number, next: number, lineEnd: number): boolean {
  const { word, start } = wordBefore(text, dot);
  if (word === "") return true; // `in 2021.`, `(see above).`
  const lw = word.toLowerCase();
  // Dotted acronyms and abbreviations: U.S., U.N., a.m., e.g. (a short word right after another period).
  const dotted = word.length <= 2 && start >= 2 && text[start - 1] === "." && isLetter(text[start - 2] ?? "");
  const nc = text[next] ?? "";
  if (!dotted && TITLE_ABBREVIATIONS.has(lw)) return false;
  if (dotted || OTHER_ABBREVIATIONS.has(lw)) {
    if (isDigit(nc)) return false; // `Aug. 16`, `No. 5`
    return SENTENCE_STARTERS.has(wordAt(text, next, lineEnd).toLowerCase());
  }
  // A lone capital is an initial (`J. R. Smith`); a lone capital followed by another dot-letter pair
  // is the start of an acronym and never reaches here.
  if (word.length === 1 && isUpper(word)) return false;
  return true;
}

/** Whether the terminal run `[i, j)`, closers up to `k`, ends a sentence within the line ending at `lineEnd`. */
function endsSentence(text: string, i: number, j: number, k: number, lineEnd: number): boolean {
  if (k >= lineEnd) return true;
  const run = text.slice(i, j);
  const c = text[k] ?? "";
  const singlePeriod = run === ".";
  if (isSpace(c)) {
    let n = k;
    while (n < lineEnd && isSpace(text[n] ?? "")) n++;
    if (n >= lineEnd) return true;
    const nc = text[n] ?? "";
    if (isLower(nc)) return false;
    if (!singlePeriod || k > j) return true; // `!`, `?`, ellipses, and `."` before a non-lower-case word
    return periodEnds(text, i, n, lineEnd);
  }
  // Glued: no space after the punctuation.
  if (isDigit(c)) return false; // decimals, versions
  const letterAt = OPENERS.has(c) ? k + 1 : k;
  const first = text[letterAt] ?? "";
  const second = text[letterAt + 1] ?? "";
  if (!isUpper(first) || !(isLower(second) || OPENERS.has(c))) return false; // `U.S.A`, `e.g`, `x.com`
  if (singlePeriod && k === j) {
    const { word } = wordBefore(text, i);
    if (word.length < 2 || TITLE_ABBREVIATIONS.has(word.toLowerCase())) return false; // `Mr.Smith`, `J.Smith`
  }
  return true;
}

/** Sentence end offsets (exclusive) inside one line `[start, end)`, in order. */
function lineBoundaries(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  const line = text.slice(start, end);
  TERMINAL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINAL_RE.exec(line)) !== null) {
    const i = start + m.index;
    const j = i + m[0].length;
    let k = j;
    while (k < end && CLOSERS.has(text[k] ?? "")) k++;
    if (endsSentence(text, i, j, k, end)) out.push(k);
  }
  GLUE_RE.lastIndex = 0;
  while ((m = GLUE_RE.exec(line)) !== null) {
    if (NON_FINAL.has(m[0])) continue;
    out.push(start + m.index + m[0].length);
  }
  return out.sort((a, b) => a - b);
}

/**
 * Splits `text` into sentences and assigns each its range of `tokens` (which must be the tokens of
 * `text`, in order). Sentences are trimmed of surrounding white space; white-space-only stretches
 * yield none. Every `\n` ends a sentence; `paragraph` is the line index the sentence starts in.
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  const push = (s: number, e: number, paragraph: number): void => {
    while (s < e && isSpace(text[s] ?? "")) s++;
    while (e > s && isSpace(text[e - 1] ?? "")) e--;
    if (e <= s) return;
    while (t < tokens.length && (tokens[t]?.start ?? 0) < s) t++;
    const tokenStart = t;
    while (t < tokens.length && (tokens[t]?.start ?? 0) < e) t++;
    sentences.push({ start: s, end: e, paragraph, tokenStart, tokenEnd: t });
  };
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    for (const b of lineBoundaries(text, lineStart, lineEnd)) {
      if (b <= s) continue;
      push(s, b, paragraph);
      s = b;
    }
    push(s, lineEnd, paragraph);
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
    paragraph++;
  }
  return sentences;
}

/** The index of the sentence containing offset `pos` (binary search), or -1. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
