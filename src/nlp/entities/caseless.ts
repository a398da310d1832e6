/**
 * Names in text that was lower-cased before it reached us (short-text collections often ship so):
 * capitalisation, which the entity layer reads names from, is gone, so names are found as runs of
 * words outside the general English lexicon (`tara reid`, `los angeles`, `kempthorne`). They come
 * untyped ("other"): nothing in such text tells a person from a place.
 */
import type { Entity, Mention, Sentence, Token } from "../../core/types.js";
import { stopWords } from "../terms/stopwords.js";

/**
 * Letters a text needs before its lack of capitals says anything: enough for a lower-cased
 * headline (`lindsay lohan checks into rehab`), which a cased one would show a capital in.
 */
const MIN_LETTERS = 15;

/** Whether `text` carries no capital letters (among its first few thousand characters): lower-cased text. */
export function isCaseless(text: string): boolean {
  let letters = 0;
  const end = Math.min(text.length, 4000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
    if (c >= 97 && c <= 122) letters++;
    else if (c > 127) {
      const ch = text[i]!;
      if (ch !== ch.toLowerCase()) return false;
      if (ch !== ch.toUpperCase()) letters++;
    }
  }
  return letters >= MIN_LETTERS;
}

/** Shortest word read as a name: two-letter unknowns are mostly abbreviations and unit fragments. */
const MIN_NAME_LENGTH = 3;

/**
 * Entities of a caseless English text from `unknown` (per token: outside the lexicon, see
 * unknownWordFlags): each run of unknown words inside a sentence is one mention, and mentions of
 * the same words are one entity.
 */
export function caselessEntities(tokens: readonly Token[], sentences: readonly Sentence[], unknown: readonly boolean[], text: string): Entity[] {
  const stops = stopWords("en");
  const name = (t: Token): boolean => !t.numeric && t.norm.length >= MIN_NAME_LENGTH && !stops.has(t.norm);
  const byName = new Map<string, Mention[]>();
  for (const s of sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (!unknown[i] || !name(tokens[i]!)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.tokenEnd && unknown[j] && name(tokens[j]!)) j++;
      const words = tokens.slice(i, j).map((t) => t.norm);
      const key = words.join(" ");
      const m: Mention = { start: tokens[i]!.start, end: tokens[j - 1]!.end, text: text.slice(tokens[i]!.start, tokens[j - 1]!.end), form: "full" };
      (byName.get(key) ?? byName.set(key, []).get(key)!).push(m);
      i = j;
    }
  }
  let n = 0;
  return [...byName.entries()].map(([key, mentions]) => ({ id: `e${n++}`, name: key, type: "other" as const, mentions, roles: [] }));
}
