// Lines a batch's unrelated articles print word for word: an outlet's appeal, app promotion, slogan
// or teaser that survived cleaning because it reads like prose ("Like what you read? Become a member
// from 4 crowns a month."), in scrapes whose outlet is not even known. Two articles about different
// things share no sentence of news; when they share a line, the line is the page's, not the story's.
// Articles about one thing (a wire copy and its re-post, two rewrites that quote one sentence alike)
// share lines too, so a line counts as boilerplate only where two of the articles printing it are
// otherwise unrelated: few content words in common outside the lines they share.
import type { Article } from "../../core/types.js";
import { stopWords } from "../../nlp/terms/stopwords.js";
import { normalizeLine, templateLines } from "../templates/normalize.js";

/** Most word overlap (Jaccard of content words outside shared lines) of two unrelated articles. */
const UNRELATED_OVERLAP = 0.1;
/**
 * Least content words each article must keep outside the lines the two share for their overlap to
 * tell anything: a copy or a short re-post keeps few, and is never taken for unrelated.
 */
const MIN_OWN_WORDS = 30;
/** Words two articles print in lines alike beyond which they are copies of one story, not unrelated. */
const COPY_WORDS = 40;
/** Lines longer than this are paragraphs of a story, never compared here. */
const MAX_LINE_CHARS = 600;
/** Holders of one line compared pairwise, at most: enough to find an unrelated pair, bounded cost. */
const MAX_HOLDERS = 8;

/**
 * Fewest words of a line compared here: a short sentence two unrelated reports both print (`He was
 * 75.`) is news, and short labels (`Advertisement`) are the cleaner's.
 */
const MIN_LINE_WORDS = 4;

const wordCount = (line: string): number => line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** Lower-cased words of four letters or more that are not stop words of the language. */
function contentWords(text: string, language: string | null): Set<string> {
  const stops = stopWords(language);
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !stops.has(w)));
}

/** The reason recorded in `removed` for such a line. */
export const SHARED_LINE_REASON = "shared-line";

/**
 * The batch's articles with the lines that unrelated articles share removed (each removal recorded
 * in `removed` with reason `shared-line`). Returns `articles` itself when nothing is removed, else a
 * copy with new records for the articles that changed. Linear in the batch's lines, plus a few
 * word-set comparisons per shared line.
 */
export function dropSharedLines(articles: readonly Article[]): readonly Article[] {
  const lines = articles.map((a) => templateLines(a.text));
  // Per normalised line, the articles that print it (each once).
  const holders = new Map<string, number[]>();
  lines.forEach((ls, i) => {
    for (const l of new Set(ls.filter((l) => l.length <= MAX_LINE_CHARS && wordCount(l) >= MIN_LINE_WORDS).map(normalizeLine))) {
      if (l.length === 0) continue;
      const list = holders.get(l);
      if (!list) holders.set(l, [i]);
      else list.push(i);
    }
  });
  const shared = new Set([...holders].filter(([, list]) => list.length > 1).map(([l]) => l));
  if (shared.size === 0) return articles;
  // Per article, its normalised lines (compared pair by pair below).
  const norms = lines.map((ls) => ls.map(normalizeLine));
  const sets = norms.map((ns) => new Set(ns));
  // Pairs already judged: each shares many lines at most, and is judged once.
  const judged = new Map<number, boolean>();
  const unrelated = (i: number, j: number): boolean => {
    const key = i * articles.length + j;
    let v = judged.get(key);
    if (v === undefined) judged.set(key, (v = judge(i, j)));
    return v;
  };
  const judge = (i: number, j: number): boolean => {
    // Lines the two print alike: a copy or a re-post shares much of its story this way.
    let sharedWords = 0;
    const mine: string[] = [];
    const theirs: string[] = [];
    norms[i]!.forEach((n, k) => {
      if (sets[j]!.has(n)) sharedWords += wordCount(n);
      else mine.push(lines[i]![k]!);
    });
    if (sharedWords >= COPY_WORDS) return false;
    norms[j]!.forEach((n, k) => {
      if (!sets[i]!.has(n)) theirs.push(lines[j]![k]!);
    });
    const a = contentWords(mine.join(" "), articles[i]!.language);
    const b = contentWords(theirs.join(" "), articles[j]!.language);
    if (a.size < MIN_OWN_WORDS || b.size < MIN_OWN_WORDS) return false;
    let common = 0;
    for (const w of a) if (b.has(w)) common++;
    return common / (a.size + b.size - common) < UNRELATED_OVERLAP;
  };
  const boilerplate = new Set<string>();
  for (const line of shared) {
    const list = holders.get(line)!.slice(0, MAX_HOLDERS);
    search: for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if (!unrelated(list[x]!, list[y]!)) continue;
        boilerplate.add(line);
        break search;
      }
    }
  }
  if (boilerplate.size === 0) return articles;
  let out: Article[] | null = null;
  articles.forEach((a, i) => {
    const drop = lines[i]!.filter((l) => boilerplate.has(normalizeLine(l)));
    if (drop.length === 0) return;
    const kept = a.text.split("\n").filter((l) => !boilerplate.has(normalizeLine(l)));
    out ??= articles.slice();
    out[i] = { ...a, text: kept.join("\n"), removed: [...a.removed, ...drop.map((text) => ({ text, reason: SHARED_LINE_REASON }))] };
  });
  return out ?? articles;
}
