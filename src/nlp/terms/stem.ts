import { createRequire } from "node:module";
import type * as SnowballModule from "snowball-stemmers";

// The package is CommonJS; require() loads it the same way under ESM, tsx and the build.
const snowball = createRequire(import.meta.url)("snowball-stemmers") as typeof SnowballModule;

/** ISO 639-1 codes to the Snowball algorithm names of `snowball-stemmers`. */
const ALGORITHMS: Record<string, string> = {
  en: "english", fr: "french", de: "german", es: "spanish", it: "italian", pt: "portuguese", nl: "dutch",
  sv: "swedish", da: "danish", no: "norwegian", nb: "norwegian", fi: "finnish", ru: "russian", ro: "romanian",
  hu: "hungarian", tr: "turkish", ca: "catalan", cs: "czech", eu: "basque", ga: "irish", sl: "slovene",
  ar: "arabic", hy: "armenian", ta: "tamil",
};

/** A stemmer with a bounded memo: news vocabulary is Zipfian, so most calls hit the cache. */
class CachedStemmer {
  private cache = new Map<string, string>();
  constructor(private readonly inner: { stem(word: string): string } | null) {}

  stem(word: string): string {
    if (!this.inner) return word;
    let s = this.cache.get(word);
    if (s === undefined) {
      s = this.inner.stem(word);
      // Clearing now and then keeps memory flat on endless streams; hot words come back at once.
      if (this.cache.size >= 200_000) this.cache.clear();
      this.cache.set(word, s);
    }
    return s;
  }
}

const STEMMERS = new Map<string, CachedStemmer>();

/** The Snowball stemmer for an ISO 639-1 code (English when unknown; identity for unsupported languages). */
export function stemmerFor(language: string | null | undefined): CachedStemmer {
  const code = (language ?? "en").slice(0, 2).toLowerCase();
  let s = STEMMERS.get(code);
  if (!s) {
    const algo = ALGORITHMS[code];
    s = new CachedStemmer(algo ? snowball.newStemmer(algo) : language ? null : snowball.newStemmer("english"));
    STEMMERS.set(code, s);
  }
  return s;
}

/** Stems one normalised word with the language's Snowball stemmer. */
export function stem(word: string, language: string | null | undefined): string {
  return stemmerFor(language).stem(word);
}
