/**
 * Language codes: declared ones (`en-US`, `pt_BR`) cut to ISO 639-1, and detection with
 * franc-min (ISO 639-3) mapped to ISO 639-1 for the languages it knows.
 */
import { franc, francAll } from "franc-min";
import type { Article } from "../../core/types.js";
import { functionWordCounts, guessByFunctionWords } from "./function-words.js";

/** Function words of its own language that keep a short article's detection (see takesBatchLanguage). */
const OWN_FUNCTION_WORDS = 4;
/** ... when they are this many times the batch language's. */
const FUNCTION_WORD_MARGIN = 4;

/** franc-min's ISO 639-3 codes that have an ISO 639-1 code. */
const ISO3_TO_1: Readonly<Record<string, string>> = {
  cmn: "zh", ben: "bn", jpn: "ja", jav: "jv", kor: "ko", tel: "te", tam: "ta", guj: "gu", kan: "kn", mal: "ml",
  mya: "my", pan: "pa", amh: "am", tha: "th", sin: "si", ell: "el", arb: "ar", azj: "az", bel: "be", bos: "bs",
  bul: "bg", ces: "cs", ckb: "ku", deu: "de", eng: "en", fra: "fr", ful: "ff", fuv: "ff", hau: "ha", hin: "hi",
  hrv: "hr", hun: "hu", ibo: "ig", ind: "id", ita: "it", kaz: "kk", kin: "rw", lin: "ln", mar: "mr", nld: "nl",
  npi: "ne", nya: "ny", pbu: "ps", pes: "fa", plt: "mg", pol: "pl", por: "pt", ron: "ro", run: "rn", rus: "ru",
  som: "so", spa: "es", srp: "sr", sun: "su", swe: "sv", swh: "sw", tgl: "tl", tur: "tr", ukr: "uk", urd: "ur",
  uzn: "uz", vie: "vi", yor: "yo", zlm: "ms", zul: "zu", qug: "qu",
};

/** `en-US`, `EN`, `en_GB` -> `en`; null when it does not look like a language tag. */
export function normalizeLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag);
  if (!m) return null;
  const code = (m[1] as string).toLowerCase();
  if (code.length === 2) return code;
  return ISO3_TO_1[code] ?? null;
}

/**
 * franc's trigram scores settle after a paragraph or two; beyond that a longer sample only costs
 * time (detection was ~12% of extraction CPU with 4,000 characters).
 */
const SAMPLE_CHARS = 1500;

/** The first SAMPLE_CHARS characters, cut back to a word boundary so no half-word trigram skews the score. */
function languageSample(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const cut = text.lastIndexOf(" ", SAMPLE_CHARS);
  return text.slice(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
}

/**
 * Detects the language of `text` (its first ~1,500 characters); null when unsure or unmapped.
 * A clear function-word majority answers first (microseconds); franc decides the rest.
 */
export function detectLanguage(text: string): string | null {
  const sample = languageSample(text);
  if (sample.length < 40) return null;
  const quick = guessByFunctionWords(sample);
  if (quick !== null) return quick;
  const code = franc(sample, { minLength: 40 });
  return code === "und" ? null : (ISO3_TO_1[code] ?? null);
}

/**
 * A batch lends its commonest language to the articles whose own detection is weak when that
 * language holds at least this many times the articles of the next: stop-word-stripped short
 * items are misread often enough that English held only 49% of one such batch (French 17%).
 */
const BATCH_LEAD = 2;

/**
 * An unsure detection gives way to the batch's language when franc scores that language at least
 * this fraction of its top guess. Short English items stripped of stop words (as short-text
 * clustering sets ship them) lose the function words detection leans on and are read as French,
 * Dutch or Spanish about one time in six; English then scores 0.8 or more of the top guess for 96%
 * of them (454 of 471, ECB+ texts cut to sentence pairs). Real French, German, Spanish, Italian,
 * Dutch and Portuguese snippets score English at 0.47-0.66 of their own language (0.83 for a
 * French one stripped of its stop words, which an English-led batch would take over).
 */
const BATCH_LANGUAGE_SCORE = 0.8;

/**
 * The batch's articles with weak language detections settled on the batch's own language. Stemming
 * and stop words follow an article's language, so one English item read as French gets terms no
 * other item shares and falls out of its event. An article keeps its language when the language
 * was declared (it differs from what detection gives), when its function words decided it, or when
 * franc scores the batch language well below its own; an article of no detected language (too
 * short) takes the batch language. Nothing changes unless one language leads the batch by
 * BATCH_LEAD. Returns `articles` itself when nothing changed, else a copy with new records where
 * the language changed.
 */
export function settleBatchLanguages(articles: readonly Article[]): readonly Article[] {
  const prior = new LanguagePrior();
  for (const a of articles) prior.observe(a.language);
  let out: Article[] | null = null;
  for (let i = 0; i < articles.length; i++) {
    const settled = prior.settle(articles[i]!);
    if (settled === articles[i]) continue;
    out ??= articles.slice();
    out[i] = settled;
  }
  return out ?? articles;
}

/**
 * The languages of a batch, or of a stream so far, and the one that leads them: what
 * settleBatchLanguages lends to weak detections, usable article by article in a stream.
 */
export class LanguagePrior {
  private readonly counts = new Map<string, number>();
  private seen = 0;

  /** @param minArticles articles to see before any language leads (a stream's first few say little). */
  constructor(private readonly minArticles = 1) {}

  /** Counts one article's language (null: none detected). */
  observe(language: string | null): void {
    this.seen++;
    if (language) this.counts.set(language, (this.counts.get(language) ?? 0) + 1);
  }

  /** The language that leads the others by BATCH_LEAD, or null. */
  leading(): string | null {
    if (this.seen < this.minArticles) return null;
    let major: string | null = null;
    let most = 0;
    let next = 0;
    for (const [lang, n] of this.counts) {
      if (n > most || (n === most && major !== null && lang < major)) {
        next = most;
        [major, most] = [lang, n];
      } else if (n > next) next = n;
    }
    return major !== null && most >= BATCH_LEAD * next ? major : null;
  }

  /** The article, or a copy in the leading language when its own detection was weak (see settleBatchLanguages). */
  settle(a: Article): Article {
    const major = this.leading();
    if (major === null || a.language === major || !takesBatchLanguage(a, major)) return a;
    return { ...a, language: major };
  }
}

/** Whether an article's own language is weak enough evidence to give way to the batch's `major`. */
function takesBatchLanguage(a: Article, major: string): boolean {
  if (a.language === null) return true;
  const sample = languageSample(a.text);
  // Declared (detection says otherwise) or decided by its function words: the article's own.
  if (detectLanguage(a.text) !== a.language || guessByFunctionWords(sample) !== null) return false;
  // A short report whose few function words are its own language's, not the batch's (`que ha
  // pagado 14 millones de marcos al`): too few to decide alone, yet no weak detection.
  const counts = functionWordCounts(sample);
  const own = counts.get(a.language) ?? 0;
  if (own >= OWN_FUNCTION_WORDS && own >= FUNCTION_WORD_MARGIN * (counts.get(major) ?? 0)) return false;
  const scores = francAll(sample, { minLength: 40 });
  const top = scores[0]?.[1] ?? 0;
  const theirs = scores.find((s) => ISO3_TO_1[s[0]] === major)?.[1] ?? 0;
  return top > 0 && theirs >= BATCH_LANGUAGE_SCORE * top;
}
