import type { Dossier } from "../dossier/types.js";
import type { StoryOutline } from "../dossier/outline.js";
import type { StorySummary } from "./types.js";

/**
 * The story-list row a dossier implies: headline, member articles, outlets and activity span.
 * `ingested` gives the span of a story none of whose articles is dated (see storySummaryFromOutline).
 */
export function storySummaryFromDossier(d: Dossier, ingested: readonly string[] = []): StorySummary {
  return {
    id: d.story,
    headline: d.headline,
    articles: d.coverage.articles.map((a) => a.id),
    outlets: d.coverage.outlets.map((o) => o.outlet),
    ...spanOrIngested(d.coverage.articles.map((a) => a.published), ingested),
  };
}

/** True when no article of the dossier is dated: its row needs the articles' ingest times. */
export function dossierIsUndated(d: Dossier): boolean {
  return d.coverage.articles.every((a) => a.published === null);
}

/**
 * The same row from a story's outline, for stories whose dossier is built on demand. A story none
 * of whose articles is dated spans the times the store took its articles in (`ingested`): when
 * newsfold first saw it is all there is to sort and filter it by. Publication dates win when any
 * member has one, since an archive ingested today would otherwise look like today's news.
 */
export function storySummaryFromOutline(id: string, o: StoryOutline, ingested: readonly string[] = []): StorySummary {
  return { id, headline: o.headline, articles: o.articles, outlets: o.outlets, ...spanOrIngested(o.published, ingested) };
}

function spanOrIngested(published: readonly (string | null)[], ingested: readonly string[]): { first_seen: string | null; last_update: string | null } {
  const span = activitySpan(published);
  return span.first_seen === null ? activitySpan(ingested) : span;
}

/** First and last publication, in UTC. */
function activitySpan(published: readonly (string | null)[]): { first_seen: string | null; last_update: string | null } {
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
