import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Sentence, Token } from "../core/types.js";

/**
 * Proper-noun tags from wink-nlp's part-of-speech tagger (its model ships inside the npm package;
 * nothing is downloaded).
 *
 * Why wink-nlp and not compromise: measured on PolNeAR-dev (`node --import tsx bench/nlp-ner-compare.ts`,
 * 84 articles; gold = Source spans that look like personal names, 112 of them): wink's PROPN runs
 * covered 110/112 (recall 0.982), compromise's people() 97/112 (0.866); our layer on top of wink
 * 105/112 (0.938, and the 7 misses are groups and outlets the name filter lets through, not people).
 * Precision can only be bounded from below there (people who never speak count as errors):
 * wink PROPN runs >= 0.087, compromise >= 0.162, our layer >= 0.195. compromise was also about ten
 * times slower than wink on the same texts. So candidates and types are our own layer
 * (src/nlp/entities). Inside a sentence, capitalisation finds what PROPN runs find; wink's tag is
 * only needed where capitalisation cannot decide (a lone capitalised word opening a sentence), and
 * tagging costs about 1 ms per 4 KB article, so the layer asks for tags lazily, one sentence at a
 * time, only there. Only wink's POS stage is loaded.
 */
const nlp = winkNLP(model, ["pos"]);
const its = nlp.its;

/**
 * For each of `tokens` (offsets into `text`), whether wink tags a word overlapping it PROPN.
 * Runs on English-looking text only; callers pass other languages through capitalisation alone.
 */
export function properNounFlags(text: string, tokens: readonly Token[]): boolean[] {
  return tagRange(text, tokens, 0, text.length, 0, tokens.length, new Array<boolean>(tokens.length).fill(false));
}

/** Answers "is token i a proper noun?", tagging each sentence the first time one of its tokens is asked about. */
export interface ProperNounOracle {
  (tokenIndex: number, sentenceIndex: number): boolean;
  /** Whether token i is a common noun (from the same tagging), when the oracle tags at all. */
  noun?: (tokenIndex: number, sentenceIndex: number) => boolean;
}

/** A lazy, per-sentence ProperNounOracle over an article. */
export function properNounOracle(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): ProperNounOracle {
  const flags = new Array<boolean>(tokens.length).fill(false);
  const nouns = new Array<boolean>(tokens.length).fill(false);
  const done = new Set<number>();
  const tagged = (si: number): boolean => {
    const s = sentences[si];
    if (!s) return false;
    if (!done.has(si)) {
      done.add(si);
      tagRange(text, tokens, s.start, s.end, s.tokenStart, s.tokenEnd, flags, nouns);
    }
    return true;
  };
  return Object.assign((i: number, si: number) => tagged(si) && flags[i] === true, { noun: (i: number, si: number) => tagged(si) && nouns[i] === true });
}

/**
 * Tags `text[from, to)` and sets `flags` for tokens `[tFrom, tTo)` that overlap a PROPN word (and
 * `nouns`, when given, for those that overlap a NOUN).
 */
function tagRange(text: string, tokens: readonly Token[], from: number, to: number, tFrom: number, tTo: number, flags: boolean[], nouns?: boolean[]): boolean[] {
  if (tTo <= tFrom) return flags;
  const doc = nlp.readDoc(text.slice(from, to));
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  let at = from;
  let t = tFrom;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const i = text.indexOf(word, at);
    if (i < 0 || i >= to) continue; // wink normalised this token (rare); leave its flag unset
    const end = i + word.length;
    at = end;
    const target = tags[w] === "PROPN" ? flags : tags[w] === "NOUN" ? nouns : undefined;
    if (!target) continue;
    while (t < tTo && tokens[t]!.end <= i) t++;
    for (let k = t; k < tTo && tokens[k]!.start < end; k++) target[k] = true;
  }
  return flags;
}

/**
 * wink's lexicon holds common English words, not names: a word it meets for the first time gets a
 * lexeme id past the lexicon's end. The id of a made-up word read before any text marks that end.
 */
const LEXICON_END = (nlp.readDoc("qzxjvkwq").tokens().out(its.uniqueId) as number[])[0] ?? Number.MAX_SAFE_INTEGER;

/** Characters of a text read for unknown words. */
const UNKNOWN_WORDS_MAX_CHARS = 100_000;

/**
 * For each of `tokens` (offsets into `text`), whether its word lies outside wink's English lexicon
 * (names, mostly: `teixeira`, `kempthorne`, `los angeles`; also rare words and misspellings). What
 * lower-cased text, which gives no capital letters to go by, still tells of its names.
 */
export function unknownWordFlags(text: string, tokens: readonly Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  if (tokens.length === 0) return flags;
  // An article's names are met in its first pages; a huge text is read that far only (wink holds
  // the whole document in memory), cut at a space so no word is split.
  const cut = text.length <= UNKNOWN_WORDS_MAX_CHARS ? text.length : Math.max(text.lastIndexOf(" ", UNKNOWN_WORDS_MAX_CHARS), 0);
  const doc = nlp.readDoc(text.slice(0, cut));
  const words = doc.tokens().out() as string[];
  const ids = doc.tokens().out(its.uniqueId) as number[];
  let at = 0;
  let t = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const i = text.indexOf(word, at);
    if (i < 0) continue;
    const end = i + word.length;
    at = end;
    if (ids[w]! < LEXICON_END) continue;
    while (t < tokens.length && tokens[t]!.end <= i) t++;
    for (let k = t; k < tokens.length && tokens[k]!.start < end; k++) flags[k] = true;
  }
  return flags;
}
