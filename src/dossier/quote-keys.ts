/**
 * The keys quotes are compared on: content stems, figures, and for a translated quote the English
 * words the lexicon gives, so that translations of one utterance meet. Cached per Quote object
 * (an Analysis is reused across rebuilds of a story, so a rebuild tokenises only new quotes).
 */
import type { Quote, Token } from "../core/types.js";
import { tokenize } from "../core/tokenize.js";
import { englishNumberWord, englishSynonym, translateWord, translateWords, TRANSLATABLE } from "./lexicon.js";
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
    const tokens = quoteTokens(text, q);
    const numberOf = (t: Token): number | null => {
      const en = foreign ? translateWord(foreign, t.norm) : englishNumberWord(t.norm);
      return en?.startsWith("n:") ? Number(en.slice(2)) : null;
    };
    const figures = numberWordRuns(tokens, numberOf);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const run = figures.get(i);
      if (run) {
        // A count written in words is one figure (`a hundred and fifty` is 150, not 100 and 50).
        if (run.value !== null) k.add("n:" + run.value);
        else k.add(wordKey(t.norm));
        i = run.end - 1;
        continue;
      }
      if (!isContent(t)) continue;
      if (t.numeric) {
        k.add("n:" + t.norm);
        continue;
      }
      if (!foreign) {
        const en = englishNumberWord(t.norm);
        // A number word is its figure alone: as a word too it would count twice.
        if (en) k.add(en);
        else {
          // A near-synonym counts as its row's head (`blaze` as `fire`): outlets reword quotes.
          const key = wordKey(t.norm);
          k.add(englishSynonym(key)?.slice(2) ?? key);
        }
        continue;
      }
      const en = translateWords(foreign, t.norm);
      if (en?.[0]?.startsWith("n:")) k.add(en[0]);
      else {
        k.add(wordKey(t.norm));
        // Through the same synonym rows as English words, so `commencer` (start) meets `begin`.
        for (const e of en ?? []) k.add(englishSynonym(e.slice(2))?.slice(2) ?? e.slice(2));
      }
    }
    keysCache.set(q, k);
  }
  return k;
}

/** Words that join the parts of a written count (`a hundred and fifty`, `cent et un`). */
const NUMBER_JOINERS = new Set(["and", "et", "y", "und"]);
/** Words that make a bare `hundred` exactly one hundred (`a hundred`), not a vague amount (`a few hundred`). */
const ONE = new Set(["a", "one", "un", "une", "ein", "eine", "cien"]);
/** `one` as a number word, which counts only at the head of a run (`one hundred`, `one and a half`). */
const ONE_WORD = new Set(["one", "un", "une", "ein", "eine"]);

/**
 * Runs of number words read as one figure, by the index of their first token: `end` is the index
 * after the run, `value` the figure, or null for a vague amount (`few hundred`) that states none.
 * `numberOf` gives a single word's value. Figures in digits are left alone. A run reads hundreds
 * and thousands (`two thousand three hundred and twelve` is 2312, `fifteen hundred` 1500) and a
 * half after `and` (`one and a half` is 1.5, so `one and a half million` meets `1.5 million`:
 * `million` stays a word after words as after figures).
 */
export function numberWordRuns(tokens: Token[], numberOf: (t: Token) => number | null): Map<number, { end: number; value: number | null }> {
  const out = new Map<number, { end: number; value: number | null }>();
  const wordValue = (t: Token | undefined): number | null => (t && !t.numeric ? numberOf(t) : null);
  const half = (j: number): boolean => NUMBER_JOINERS.has(tokens[j]?.norm ?? "") && tokens[j + 1]?.norm === "a" && tokens[j + 2]?.norm === "half";
  for (let i = 0; i < tokens.length; i++) {
    let first = wordValue(tokens[i]);
    // `one` opens a run before a hundred, a thousand or a half; alone it counts nothing.
    if (first === null && ONE_WORD.has(tokens[i]!.norm)) {
      const next = wordValue(tokens[i + 1]);
      if (next === 100 || next === 1000 || half(i + 1)) first = 1;
    }
    if (first === null) continue;
    // The thousands read so far, and the part under a thousand.
    let total = 0;
    let cur = first;
    if (first === 1000) {
      total = 1000;
      cur = 0;
    }
    let j = i + 1;
    for (;;) {
      if (total === 0 && cur > 0 && cur < 100 && Number.isInteger(cur) && half(j)) {
        cur += 0.5;
        j += 3;
        break;
      }
      let v = wordValue(tokens[j]);
      let step = 1;
      // `and` joins only a smaller part after a hundred or a thousand: `between two and three` is two counts.
      if (v === null && NUMBER_JOINERS.has(tokens[j]?.norm ?? "") && cur % 100 === 0 && (cur > 0 || total > 0)) {
        v = wordValue(tokens[j + 1]);
        step = 2;
        if (v === null || v >= 100) break;
      }
      if (v === null) break;
      if (v === 1000 && cur > 0 && total === 0) {
        total = cur * 1000;
        cur = 0;
      } else if (v === 100 && cur > 0 && cur < 100) cur *= 100;
      else if ((cur % 100 === 0 && v < 100) || (cur % 100 >= 20 && cur % 10 === 0 && v < 10)) cur += v;
      else break;
      j += step;
    }
    const value = total + cur;
    // A bare `hundred` or `thousand` after a vague word (`a few hundred`, `several thousand`) is no figure.
    const prev = tokens[i - 1];
    const vague = (first === 100 || first === 1000) && prev !== undefined && !prev.numeric && !ONE.has(prev.norm) && /^\p{L}+$/u.test(prev.norm);
    if (j > i + 1 || vague) out.set(i, { end: j, value: vague && j === i + 1 ? null : value });
    i = j - 1;
  }
  return out;
}

/** True for a quote key that a translation can share: a number or a word the lexicon produces. */
export function portableQuoteKey(k: string): boolean {
  return k.startsWith("n:") || TRANSLATABLE.has("w:" + k) || foldedHeads().has(k);
}

let heads: Set<string> | null = null;
/** Synonym-row heads that lexicon words fold onto (`rapido` gives `fast`, kept as `quick`): translations produce them too. */
function foldedHeads(): Set<string> {
  if (!heads) {
    heads = new Set();
    for (const k of TRANSLATABLE) {
      const h = k.startsWith("w:") ? englishSynonym(k.slice(2)) : null;
      if (h) heads.add(h.slice(2));
    }
  }
  return heads;
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
