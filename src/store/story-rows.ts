import type { Dossier } from "../dossier/types.js";
import type { StorySummary } from "./types.js";

/** The story-list row a dossier implies: headline, member articles, outlets and activity span. */
export function storySummaryFromDossier(d: Dossier): StorySummary {
  // Sources print their own offsets (+01:00, Z); comparing those strings would misorder them.
  const dates = d.coverage.articles
    .map((a) => toUtc(a.published))
    .filter((p): p is string => p !== null)
    .sort();
  return {
    id: d.story,
    headline: d.headline,
    articles: d.coverage.articles.map((a) => a.id),
    outlets: d.coverage.outlets.map((o) => o.outlet),
    first_seen: dates[0] ?? null,
    last_update: dates[dates.length - 1] ?? null,
  };
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
