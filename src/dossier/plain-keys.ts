/**
 * The plain words of a stretch of text and their word keys: what the rules that read a few words
 * beside a phrase (a mode and its verb, a clock time) compare across outlets and languages.
 */
import { normalizeWord } from "../core/tokenize.js";
import { translateWord } from "./lexicon.js";
import { STOP_WORDS, wordKeyW } from "./text.js";

/** The words of `stretch`, lower-cased and normalised, without stop words and words under three letters. */
export function plainWords(stretch: string): string[] {
  return (stretch.match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => normalizeWord(w.toLowerCase())).filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
}

/**
 * Word keys (`w:`) of plain words. A word of another `language` gives its English key too where
 * the lexicon has one, besides its own (a cognate's six letters meet the English word's:
 * `disciplinario`, `disciplinary`).
 */
export function plainKeys(words: readonly string[], language: string | null): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(wordKeyW(w));
    const en = language === null ? null : translateWord(language, w);
    if (en?.startsWith("w:")) out.add(en);
  }
  return out;
}
