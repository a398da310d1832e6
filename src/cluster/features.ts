import type { Analysis, Article, Token } from "../core/types.js";
import { normalizeWord, tokenize } from "../core/tokenize.js";
import { stopWords, termMaker } from "../nlp/terms/index.js";
import type { ClusterParams } from "./params.js";

/**
 * Raw evidence of one article before weighting: term, entity and number counts keyed by a
 * family prefix (`t:` stemmed content term, `e:` entity name, `p:` person name, `n:` number or stated date).
 */
export interface RawFeatures {
  counts: Map<string, number>;
  /** Milliseconds since the epoch of the published date, or null. */
  time: number | null;
}

const DAY_MS = 86_400_000;

/** Parses an ISO date or date-time; null when absent or invalid. */
export function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isFinite(t) ? t : null;
}

/** Days between two times (absolute), or null when either is unknown. */
export function daysApart(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : Math.abs(a - b) / DAY_MS;
}

const TERM_KEYS = new Map<string, Map<string, string | null>>();

/**
 * The `t:` key of each word of a language, memoised: news vocabulary is Zipfian, so nearly every
 * token is a word seen before, and a lookup is cheaper than a stop-word check, a stem and a concat.
 */
function termKeyMaker(lang: string | null | undefined): (norm: string) => string | null {
  const code = lang ?? "";
  let memo = TERM_KEYS.get(code);
  if (!memo) TERM_KEYS.set(code, (memo = new Map()));
  const cache = memo;
  const termOf = termMaker(lang);
  return (norm) => {
    let key = cache.get(norm);
    if (key === undefined) {
      const term = termOf(norm);
      key = term === null ? null : "t:" + term;
      // Cleared now and then so memory stays flat on endless streams; hot words return at once.
      if (cache.size >= 200_000) cache.clear();
      cache.set(norm, key);
    }
    return key;
  };
}

function bump(m: Map<string, number>, k: string, w: number): void {
  m.set(k, (m.get(k) ?? 0) + w);
}

/**
 * Whether the token starts with a capital letter away from the start of a sentence: a cheap
 * proper-noun signal used when the language layer gives no entities.
 */
function capitalisedMidSentence(text: string, t: Token): boolean {
  const c = text[t.start]!;
  if (c === c.toLowerCase() || c !== c.toUpperCase()) return false;
  // Look back over spaces and opening quotes for the previous visible character.
  let i = t.start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "`" || text[i] === '"' || text[i] === "“" || text[i] === "'" || text[i] === "(")) i--;
  if (i < 0) return false;
  const p = text[i]!;
  return !(p === "." || p === "!" || p === "?" || p === "\n" || p === ":" || p === "\r");
}

/** Numbers that identify a happening (years, counts, scores), not list markers: at least two digits. */
function keepNumber(norm: string): boolean {
  return norm.replace(/[.,]/g, "").length >= 2;
}

/**
 * Counts an article's evidence. Reuses the analysis tokens (the title, which is not in the body,
 * is tokenised on its own); uses entities and dates when the language layer gives them and falls
 * back to capitalised words when it does not.
 */
export function rawFeatures(article: Article, analysis: Analysis, params: ClusterParams): RawFeatures {
  const counts = new Map<string, number>();
  const lang = analysis.language ?? article.language;
  const tokens = analysis.tokens;
  const text = article.text;

  const termKey = termKeyMaker(lang);
  // Names go to the entity family only, so that the term family holds what a happening is
  // (its kind: earthquake, rehab, merger) and entities hold who and where: events need both,
  // storylines of same-kind happenings share the first.
  const inName = new Uint8Array(tokens.length);
  if (analysis.entities.length > 0) {
    const spans: [number, number][] = [];
    for (const e of analysis.entities) for (const m of e.mentions) spans.push([m.start, m.end]);
    spans.sort((a, b) => a[0] - b[0]);
    let j = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      while (j < spans.length && spans[j]![1] <= t.start) j++;
      if (j < spans.length && spans[j]![0] <= t.start) inName[i] = 1;
    }
    for (const e of analysis.entities) {
      const words = e.name.split(/\s+/).map(normalizeWord).filter((w) => w.length > 1);
      if (words.length === 0) continue;
      const n = Math.max(1, e.mentions.length);
      const prefix = e.type === "person" ? "p:" : "e:";
      bump(counts, prefix + words.join(" "), n);
      if (words.length > 1) bump(counts, prefix + words[words.length - 1], n);
    }
  } else {
    const stops = stopWords(lang);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.numeric || t.norm.length < 2 || stops.has(t.norm)) continue;
      if (capitalisedMidSentence(text, t)) {
        inName[i] = 1;
        bump(counts, "e:" + t.norm, 1);
      }
    }
  }

  // Content terms, weighting the lead.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = i < params.leadTokens ? params.leadWeight : 1;
    if (t.numeric) {
      if (keepNumber(t.norm)) bump(counts, "n:" + t.norm, w);
      continue;
    }
    if (inName[i] && !params.namesAsTerms) continue;
    const key = termKey(t.norm);
    if (key !== null) bump(counts, key, w);
  }
  if (article.title) {
    const titleTokens = tokenize(article.title);
    for (const t of titleTokens) {
      if (t.numeric) {
        if (keepNumber(t.norm)) bump(counts, "n:" + t.norm, params.titleWeight);
        continue;
      }
      const key = termKey(t.norm);
      if (key !== null) bump(counts, key, params.titleWeight);
    }
  }

  // Stated dates are evidence, not the article's time: the month a text speaks of tells two
  // same-kind happenings apart, but a text also recalls older dates, so only `published` decays.
  for (const d of analysis.dates) {
    if (!d.resolved || d.resolved.startsWith("--")) continue;
    bump(counts, "n:" + d.resolved.slice(0, 7), 1);
  }
  return { counts, time: parseTime(article.published) };
}
