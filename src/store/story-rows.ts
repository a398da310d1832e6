import type { Dossier } from "../dossier/types.js";
import type { StoryOutline } from "../dossier/outline.js";
import type { StorySummary } from "./types.js";

/** The story-list row a dossier implies: headline, member articles, outlets and activity span. */
export function storySummaryFromDossier(d: Dossier): StorySummary {
  return {
    id: d.story,
    headline: d.headline,
    articles: d.coverage.articles.map((a) => a.id),
    outlets: d.coverage.outlets.map((o) => o.outlet),
    ...activitySpan(d.coverage.articles.map((a) => a.published)),
  };
}

/** The same row from a story's outline, for stories whose dossier is built on demand. */
export function storySummaryFromOutline(id: string, o: StoryOutline): StorySummary {
  return { id, headline: o.headline, articles: o.articles, outlets: o.outlets, ...activitySpan(o.published) };
}

/** First and last publication, in UTC. */
function activitySpan(published: (string | null)[]): { first_seen: string | null; last_update: string | null } {
  // Sources print their own offsets (+01:00, Z); comparing those strings would misorder them.
  const dates = published
    .map(toUtc)
    .filter((p): p is string => p !== null)
    .sort();
  return { first_seen: dates[0] ?? null, last_update: dates[dates.length - 1] ?? null };
}

/** An ISO 8601 time in UTC (`2026-03-16T08:00:00Z`); a date-only value stays as it is; null if unparseable. */
function toUtc(iso: string | null): string | null {
  if (iso === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace(/\.000Z$/, "Z");
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
