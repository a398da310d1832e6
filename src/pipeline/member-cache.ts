/**
 * Keeps the decoded analyses of recently built stories, so that a story rebuilt after articles
 * joined it reuses the Analysis objects of the members it already had. The dossier caches each
 * article's features (sentence keys, clauses, polarity) by its Analysis object, so a rebuild then
 * computes features for the new articles only; without this, every read from the store decoded
 * fresh objects and a rebuild cost as much as a cold build.
 */
import type { Analysis } from "../core/types.js";

interface Entry {
  text: string;
  analysis: Analysis;
}

/** Members whose analyses are kept (each with its features: ~100-200 KB on a long article), a few large stories. */
export const MEMBER_CACHE_SIZE = 500;

/** Least recently used first: a Map keeps insertion order, and a hit is moved to the end. */
const recent = new Map<string, Entry>();

/**
 * Swaps each member's analysis for the one kept from an earlier build of the same article (same
 * id and text), and keeps the others for the next build. Members are changed in place and returned.
 */
export function reuseAnalyses<T extends { article: { id: string; text: string }; analysis: Analysis }>(members: T[]): T[] {
  for (const m of members) {
    const hit = recent.get(m.article.id);
    if (hit && hit.text === m.article.text) {
      m.analysis = hit.analysis;
      recent.delete(m.article.id);
    }
    recent.set(m.article.id, { text: m.article.text, analysis: m.analysis });
  }
  // A story larger than the cache keeps its newest members' analyses.
  for (const id of recent.keys()) {
    if (recent.size <= MEMBER_CACHE_SIZE) break;
    recent.delete(id);
  }
  return members;
}

/** Forgets every kept analysis (tests; a process that wants its memory back). */
export function clearMemberCache(): void {
  recent.clear();
}
