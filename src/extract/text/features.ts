// Shape features of one line of scraped text. All are cheap (one pass over the line) and language-light:
// they look at punctuation, capitalisation and function words, never at topic words.
import { STOP_WORDS } from "./lexicon.js";

const WORD_RE = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
/** Terminal punctuation, optionally followed by closing quotes or brackets. */
const TERMINAL_RE = /[.!?…。！？]["'”’»)\]]*$/u;
/** A line that ends on a closing quote also closes a sentence (quoted speech). */
const CLOSING_QUOTE_RE = /["”»]$/u;

/** Shape features of a line, computed once. */
export interface LineFeatures {
  words: string[];
  nWords: number;
  /** Ends with `.`, `!`, `?`, `…` (optionally inside closing quotes/brackets) or a closing quote. */
  terminal: boolean;
  /** Share of the words (after the first, 4+ letters) that start with a capital: Title Case headlines are high. */
  titleCase: number;
  /** Share of function words: running prose is full of them. */
  stopRatio: number;
  /** Starts with a lower-case letter or with punctuation that continues a sentence (`,` `.` `;` `:` `)`). */
  continues: boolean;
}

/** Computes the shape features of a (trimmed) line. */
export function lineFeatures(line: string): LineFeatures {
  const words = line.match(WORD_RE) ?? [];
  let capital = 0;
  let counted = 0;
  let stops = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Function words are short: skip the lookup for long words.
    if (w.length <= 6 && STOP_WORDS.has(w.toLowerCase())) stops++;
    if (i > 0 && w.length >= 4) {
      const c = w.charAt(0);
      const lower = c.toLowerCase();
      // A letter is a character with case; digits and symbols are not counted.
      if (lower !== c.toUpperCase()) {
        counted++;
        if (c !== lower) capital++;
      }
    }
  }
  const first = line.charAt(0);
  return {
    words,
    nWords: words.length,
    terminal: TERMINAL_RE.test(line) || CLOSING_QUOTE_RE.test(line),
    titleCase: counted === 0 ? 0 : capital / counted,
    stopRatio: words.length === 0 ? 0 : stops / words.length,
    continues: /^[,.;:)\]…]/u.test(first) || /^\p{Ll}/u.test(first),
  };
}

const DANGLING = new Set(
  "the a an of by to and or with for from at as into than that le la les un une de des du et au aux der die das ein eine und von zu mit el los las y del con por para il lo gli di e".split(" "),
);

/** Title Case shape: most longer words capitalised (and enough of them to judge). */
export function isTitleCase(f: LineFeatures): boolean {
  return f.titleCase >= 0.7 && f.nWords >= 3;
}

/**
 * "Minister: «We will not give way»", 'Port chief: "No ship is at risk"': a headline that ends on a quotation
 * with no sentence end inside it. The closing quote makes it look terminal; it is not a sentence.
 */
const QUOTE_HEADLINE_RE = /^[^"“”«»]{3,}:\s*["“«‘]\p{Lu}[^"“”«».!?…]*["”»’]$/u;

/** True for a headline of the shape "Speaker or topic: «Quotation»" (at most 25 words). */
export function isQuoteHeadline(line: string, f: LineFeatures): boolean {
  return f.nWords <= 25 && !f.continues && QUOTE_HEADLINE_RE.test(line);
}

/**
 * A headline-like line: short, and either without a sentence end or in Title Case. Lines that end on a
 * comma or semicolon are sentences the scrape broke, not headlines.
 */
export function isHeadlineLike(line: string, f: LineFeatures): boolean {
  if (f.nWords === 0 || f.nWords > 30) return false;
  if (/[,;]$/.test(line)) return false;
  if (f.continues) return false;
  // Table rows ("a | b | c") are data, not headlines.
  if (line.split("|").length > 2) return false;
  // Headlines do not stop on an article, preposition or conjunction: such a line is a broken sentence.
  if (DANGLING.has(f.words[f.words.length - 1]!.toLowerCase())) return false;
  return !f.terminal || (isTitleCase(f) && f.nWords <= 25);
}

/** A strong body paragraph: a real sentence of prose (long enough, ends like a sentence, function words). */
export function isStrongBody(f: LineFeatures): boolean {
  return f.nWords >= 8 && f.terminal && f.stopRatio >= 0.1 && !isTitleCase(f);
}
