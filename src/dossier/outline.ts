/**
 * A story's outline: the headline, member order and independent outlets a dossier would give,
 * computed from article metadata alone. The story list needs these after every ingest, while a
 * full dossier (claim alignment, quotes, summary) costs far more and is only needed when someone
 * opens the story, so the outline lets dossiers be built on demand.
 *
 * It follows buildDossier's rules (publication order, copies count under their original's outlet,
 * headline in the story's majority language); test/dossier/outline.test.ts holds the two equal.
 */
import { outletKey } from "./context.js";

/** What the outline needs of one member article. */
export interface OutlineMember {
  id: string;
  title: string | null;
  outlet: string | null;
  language: string | null;
  published: string | null;
  /** The article this one copies, if any (followed only within the story). */
  duplicate_of: string | null;
  /** The start of the text, for the headline of a story with no titled article. */
  lead: string;
}

export interface StoryOutline {
  headline: string;
  /** Member ids in publication order (undated last, then input order). */
  articles: string[];
  /** One name per independent outlet, in order of its first article. */
  outlets: string[];
  /** Published times of the members, as printed. */
  published: string[];
}

/** Characters of text an outline needs of each article (for an untitled story's headline). */
export const OUTLINE_LEAD_CHARS = 400;

/** The outline of one story from its members in input (ingest) order. */
export function storyOutline(members: readonly OutlineMember[]): StoryOutline {
  const order = members
    .map((m, idx) => ({ m, idx }))
    .sort((x, y) => {
      const px = x.m.published;
      const py = y.m.published;
      if (px && py && px !== py) return px < py ? -1 : 1;
      if (px && !py) return -1;
      if (!px && py) return 1;
      return x.idx - y.idx;
    })
    .map((o) => o.m);
  const byId = new Map(order.map((m) => [m.id, m]));
  const isCopy = (m: OutlineMember) => m.duplicate_of !== null && byId.has(m.duplicate_of);
  // A copy's source is its original's (followed along chains of copies).
  const sourceOf = (m: OutlineMember): string => {
    let cur = m;
    const visited = new Set<string>();
    while (cur.duplicate_of !== null && byId.has(cur.duplicate_of) && !visited.has(cur.duplicate_of)) {
      visited.add(cur.duplicate_of);
      cur = byId.get(cur.duplicate_of)!;
    }
    return cur.outlet ? outletKey(cur.outlet) : "a:" + cur.id;
  };
  const outlets = new Map<string, string>();
  for (const m of order) {
    if (!m.outlet) continue;
    const key = sourceOf(m);
    if (!outlets.has(key)) outlets.set(key, m.outlet);
  }
  return {
    headline: headlineOfArticles(order.filter((m) => !isCopy(m))),
    articles: order.map((m) => m.id),
    outlets: [...outlets.values()],
    published: order.map((m) => m.published).filter((p): p is string => p !== null),
  };
}

/** The language most of the given articles are in (the first met on a tie), or null when none is known. */
export function mainLanguage(languages: Iterable<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const lang of languages) if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  let main: string | null = null;
  for (const [lang, n] of counts) if (main === null || n > counts.get(main)!) main = lang;
  return main;
}

/**
 * The title of the earliest titled article in the articles' main language (a reader of a mostly
 * English story should not get the one French article's headline because it came first), else of
 * the earliest titled one; null when none has a title.
 */
export function mainTitle(articles: readonly { title: string | null; language: string | null }[]): string | null {
  const main = mainLanguage(articles.map((a) => a.language));
  const titled = articles.find((a) => a.title && a.language === main) ?? articles.find((a) => a.title);
  return titled ? titled.title!.trim() : null;
}

/** mainTitle, else the first sentence of the earliest article. */
function headlineOfArticles(ms: readonly OutlineMember[]): string {
  const title = mainTitle(ms);
  if (title !== null) return title;
  const lead = ms[0]?.lead.trim() ?? "";
  const end = /[.!?](?=\s|$)/.exec(lead);
  return (end ? lead.slice(0, end.index + 1) : lead).trim();
}
