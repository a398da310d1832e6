import type { Dossier } from "../dossier/types.js";
import type { StorySummary } from "./types.js";

/** The story-list row a dossier implies: headline, member articles, outlets and activity span. */
export function storySummaryFromDossier(d: Dossier): StorySummary {
  const dates = d.coverage.articles.map((a) => a.published).filter((p): p is string => p !== null).sort();
  return {
    id: d.story,
    headline: d.headline,
    articles: d.coverage.articles.map((a) => a.id),
    outlets: d.coverage.outlets.map((o) => o.outlet),
    first_seen: dates[0] ?? null,
    last_update: dates[dates.length - 1] ?? null,
  };
}

/**
 * Turns what a user typed into a safe FTS5 query: each word quoted (so `AND`, `-`, `:` and
 * quotes in user input cannot break the syntax), words AND-ed, the last one a prefix.
 */
export function toFtsQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}
