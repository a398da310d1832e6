/**
 * The keys quotes are compared on: content stems, figures, and for a translated quote the English
 * words the lexicon gives, so that translations of one utterance meet. Cached per Quote object
 * (an Analysis is reused across rebuilds of a story, so a rebuild tokenises only new quotes).
 */
import type { Quote, Token } from "../core/types.js";
import { tokenize } from "../core/tokenize.js";
import { englishNumberWord, translateWord, TRANSLATABLE } from "./lexicon.js";
import { isContent, wordKey } from "./text.js";

/** What quoteSimilarity reads of a quote. */
export interface KeyedQuote {
  keys: Set<string>;
  weight: number;
  /** Written in a language the lexicon translates (its keys include English ones). */
  foreign: boolean;
  /** Sum of the weights of its portable keys: its norm against a quote of another language. */
  portableWeight: number;
}

const keysCache = new WeakMap<Quote, Set<string>>();
const tokenCache = new WeakMap<Quote, Token[]>();

/** Content keys of some tokens: stems, and `n:` figures. */
export function contentKeys(tokens: Token[]): Set<string> {
  const keys = new Set<string>();
  for (const t of tokens) if (isContent(t)) keys.add(t.numeric ? "n:" + t.norm : wordKey(t.norm));
  return keys;
}

/** A quote's tokens (cached). */
export function quoteTokens(text: string, q: Quote): Token[] {
  let t = tokenCache.get(q);
  if (!t) tokenCache.set(q, (t = tokenize(text, q.start, q.end)));
  return t;
}

/**
 * A quote's content keys; a translated quote's words also give their English keys, and a count
 * written out its figure (`trois`, `three`: `n:3`), so that translations of one utterance meet.
 */
export function quoteKeys(text: string, q: Quote, foreign: string | null): Set<string> {
  let k = keysCache.get(q);
  if (!k) {
    k = new Set<string>();
    for (const t of quoteTokens(text, q)) {
      if (!isContent(t)) continue;
      if (t.numeric) {
        k.add("n:" + t.norm);
        continue;
      }
      const en = foreign ? translateWord(foreign, t.norm) : englishNumberWord(t.norm);
      // A number word is its figure alone: as a word too it would count twice.
      if (en?.startsWith("n:")) k.add(en);
      else {
        k.add(wordKey(t.norm));
        if (en) k.add(en.slice(2));
      }
    }
    keysCache.set(q, k);
  }
  return k;
}

/** True for a quote key that a translation can share: a number or a word the lexicon produces. */
export function portableQuoteKey(k: string): boolean {
  return k.startsWith("n:") || TRANSLATABLE.has("w:" + k);
}

/**
 * The weighted overlap of two quotes' keys, as a cosine of their weight sums; across languages
 * over their portable keys alone (neither's other words can recur in the other).
 */
export function quoteSimilarity(a: KeyedQuote, b: KeyedQuote, w: (k: string) => number): { sim: number; n: number } {
  const cross = a.foreign !== b.foreign;
  let s = 0;
  let n = 0;
  for (const k of a.keys) {
    if (!b.keys.has(k) || (cross && !portableQuoteKey(k))) continue;
    s += w(k);
    n++;
  }
  return { sim: s / Math.sqrt(cross ? a.portableWeight * b.portableWeight || 1 : a.weight * b.weight), n };
}
