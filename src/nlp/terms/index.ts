import type { Token } from "../../core/types.js";
import { stopWords } from "./stopwords.js";
import { stemmerFor } from "./stem.js";

export { stopWords, STOPWORD_LANGUAGES } from "./stopwords.js";
export { stem, stemmerFor } from "./stem.js";

/** Options for contentTerms. */
export interface ContentTermOptions {
  /** Keep numeric tokens (as they are, unstemmed). Default false. */
  numbers?: boolean;
  /** Shortest word kept, in characters. Default 2. */
  minLength?: number;
}

/**
 * The content terms of a token run: stop words and one-letter words dropped, the rest stemmed
 * with the language's Snowball stemmer. Returns one term per kept token, in token order, so
 * callers can weight by position (title, lead) and count frequencies themselves.
 */
export function contentTerms(tokens: readonly Token[], language: string | null | undefined, options: ContentTermOptions = {}): string[] {
  const stops = stopWords(language);
  const stemmer = stemmerFor(language);
  const minLength = options.minLength ?? 2;
  const out: string[] = [];
  for (const t of tokens) {
    if (t.numeric) {
      if (options.numbers) out.push(t.norm);
      continue;
    }
    if (t.norm.length < minLength || stops.has(t.norm)) continue;
    out.push(stemmer.stem(t.norm));
  }
  return out;
}

/** Whether a normalised word is a stop word in the language. */
export function isStopWord(norm: string, language: string | null | undefined): boolean {
  return stopWords(language).has(norm);
}

/**
 * A per-language term maker for hot loops: gives the stemmed content term of one normalised
 * word, or null for stop words and one-letter words. Cheaper than contentTerms per token.
 */
export function termMaker(language: string | null | undefined, minLength = 2): (norm: string) => string | null {
  const stops = stopWords(language);
  const stemmer = stemmerFor(language);
  return (norm) => (norm.length < minLength || stops.has(norm) ? null : stemmer.stem(norm));
}
