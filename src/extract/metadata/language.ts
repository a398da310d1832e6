/**
 * Language codes: declared ones (`en-US`, `pt_BR`) cut to ISO 639-1, and detection with
 * franc-min (ISO 639-3) mapped to ISO 639-1 for the languages it knows.
 */
import { franc } from "franc-min";
import { guessByFunctionWords } from "./function-words.js";

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
