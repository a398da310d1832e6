/** The smaller sections of a dossier: coverage, events, entities, timeline and framing. */
import { mainTitle } from "./outline.js";
import { cite, dateOf, sourceOf, type StoryContext, type StoryMember } from "./context.js";
import { entityKey, type ArticleFeatures } from "./features.js";
import type { ClaimGroup } from "./claims.js";
import type { Coverage, EventSummary, FramingItem, OutletFraming, StoryEntity, TimelineEntry } from "./types.js";
import { HEDGES } from "./text.js";
import type { Token } from "../core/types.js";

/** Articles, outlets, copies under their originals, who was first, and growth per day. */
export function buildCoverage(ctx: StoryContext): Coverage {
  const copies = new Map<string, string[]>();
  for (const m of ctx.order) {
    const d = m.input.assignment.duplicate_of;
    if (m.copy && d) copies.set(d, [...(copies.get(d) ?? []), m.input.article.id]);
  }
  const articles = ctx.order.map((m) => {
    const a = m.input.article;
    return {
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      url: a.url,
      published: dateOf(a),
      event: m.input.assignment.event,
      duplicate_of: m.copy ? m.input.assignment.duplicate_of : null,
      copies: copies.get(a.id) ?? [],
    };
  });
  const outlets = new Map<string, { outlet: string; articles: string[]; first: string | null }>();
  for (const m of ctx.order) {
    const a = m.input.article;
    if (!a.outlet) continue;
    const o = outlets.get(m.source) ?? { outlet: a.outlet, articles: [], first: null };
    o.articles.push(a.id);
    const p = dateOf(a);
    if (p && (!o.first || p < o.first)) o.first = p;
    outlets.set(m.source, o);
  }
  const firstOrig = ctx.order.find((m) => !m.copy && dateOf(m.input.article));
  const growth: Coverage["growth"] = [];
  const seenSources = new Set<string>();
  let count = 0;
  for (const m of ctx.order) {
    const p = dateOf(m.input.article);
    if (!p) continue;
    const day = p.slice(0, 10);
    count++;
    seenSources.add(m.source);
    const last = growth[growth.length - 1];
    if (last && last.date === day) {
      last.articles = count;
      last.outlets = seenSources.size;
    } else growth.push({ date: day, articles: count, outlets: seenSources.size });
  }
  return {
    articles,
    outlets: [...outlets.values()],
    independentSources: new Set(ctx.order.map((m) => m.source)).size,
    first: firstOrig ? { article: firstOrig.input.article.id, outlet: firstOrig.input.article.outlet, published: dateOf(firstOrig.input.article)! } : null,
    growth,
  };
}

/** The story's events, each with its articles, headline and date span. */
export function buildEvents(ctx: StoryContext): EventSummary[] {
  const byEvent = new Map<string, EventSummary>();
  for (const m of ctx.order) {
    const a = m.input.article;
    const id = m.input.assignment.event;
    let e = byEvent.get(id);
    if (!e) byEvent.set(id, (e = { id, headline: headlineOf(ctx, [m.input.article.id]), articles: [], first: null, last: null }));
    e.articles.push(a.id);
    const p = dateOf(a);
    if (p) {
      if (!e.first || p < e.first) e.first = p;
      if (!e.last || p > e.last) e.last = p;
    }
  }
  return [...byEvent.values()];
}

/**
 * The title of the earliest titled article in the language most of the articles are in (a reader
 * of a mostly English story should not get the one French article's headline because it came
 * first), else of the earliest titled article, else the first sentence.
 */
export function headlineOf(ctx: StoryContext, ids: string[]): string {
  const ms = ids.map((id) => ctx.members.get(id)!);
  const title = mainTitle(ms.map((m) => m.input.article));
  if (title !== null) return title;
  const m = ms[0];
  const s = m?.features.sentences[0];
  return m && s ? m.input.article.text.slice(s.start, s.end).trim() : "";
}

/** People, organisations and places merged across articles, with roles and who quotes them. */
export function buildEntities(ctx: StoryContext): StoryEntity[] {
  const byKey = new Map<string, StoryEntity & { outlets: Set<string> }>();
  const canonical = new Set<string>();
  for (const m of ctx.order) {
    const a = m.input.article;
    for (const e of m.input.analysis.entities) {
      const own = entityKey(e.name, e.type);
      const key = ctx.spellings.get(own) ?? own;
      let se = byKey.get(key);
      if (!se) byKey.set(key, (se = { name: e.name, type: e.type, aliases: [], roles: [], articles: [], mentions: 0, quoted: 0, quotedBy: [], outlets: new Set() }));
      // The entity's own spelling names it, not a misspelling that stands for it.
      if (own === key ? !canonical.has(key) || e.name.length > se.name.length : !canonical.has(key) && e.name.length > se.name.length) se.name = e.name;
      if (own === key) canonical.add(key);
      for (const mn of e.mentions) if (!se.aliases.includes(mn.text) && se.aliases.length < 30) se.aliases.push(mn.text);
      for (const r of e.roles) if (!se.roles.includes(r)) se.roles.push(r);
      if (!se.articles.includes(a.id)) se.articles.push(a.id);
      se.mentions += e.mentions.length;
    }
    if (m.copy) continue;
    for (const q of m.input.analysis.quotes) {
      if (!q.speaker) continue;
      const ent = q.speaker.entity ? m.input.analysis.entities.find((e) => e.id === q.speaker!.entity) : undefined;
      const own = ent ? entityKey(ent.name, ent.type) : entityKey(q.speaker.name, "person");
      const se = byKey.get(ctx.spellings.get(own) ?? own);
      if (!se) continue;
      se.quoted++;
      se.outlets.add(a.outlet ?? a.id);
    }
  }
  return [...byKey.values()]
    .map(({ outlets, ...e }) => ({ ...e, quotedBy: [...outlets] }))
    .sort((x, y) => y.articles.length - x.articles.length || y.mentions - x.mentions);
}

/**
 * The year a year-less date (`--03-16`, from an article without a publication date) takes in
 * this story: the year the story's other dates give that month and day, else the year that puts
 * it nearest the story's middle publication date; null when the story gives no year at all.
 */
function storyYears(ctx: StoryContext): (monthDay: string) => string | null {
  const byMonthDay = new Map<string, Map<string, number>>();
  const published: number[] = [];
  for (const m of ctx.order) {
    const p = dateOf(m.input.article);
    const t = p ? Date.parse(p) : NaN;
    if (!Number.isNaN(t)) published.push(t);
    for (const d of m.input.analysis.dates) {
      const full = d.resolved && /^(\d{4})-(\d\d-\d\d)$/.exec(d.resolved);
      if (!full) continue;
      const years = byMonthDay.get(full[2]!) ?? byMonthDay.set(full[2]!, new Map()).get(full[2]!)!;
      years.set(full[1]!, (years.get(full[1]!) ?? 0) + 1);
    }
  }
  published.sort((a, b) => a - b);
  const middle = published.length > 0 ? published[published.length >> 1]! : null;
  return (monthDay) => {
    const years = byMonthDay.get(monthDay);
    if (years) return [...years.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    if (middle === null) return null;
    const y = new Date(middle).getUTCFullYear();
    const at = (year: number): number => Math.abs(Date.parse(`${year}-${monthDay}T12:00:00Z`) - middle);
    return String([y - 1, y, y + 1].reduce((best, c) => (at(c) < at(best) ? c : best), y));
  };
}

/** Dated happenings: each resolved date's sentence, merged across sources by claim. */
export function buildTimeline(ctx: StoryContext, claims: ClaimGroup[]): TimelineEntry[] {
  const yearOf = storyYears(ctx);
  const claimOfClause = new Map<number, number>();
  claims.forEach((g, ci) => g.clauses.forEach((i) => claimOfClause.set(i, ci)));
  const clauseIndex = new Map<string, number[]>(); // article -> first clause index per sentence
  ctx.clauses.forEach((c, i) => {
    const k = c.article + "#" + c.sentence;
    clauseIndex.set(k, [...(clauseIndex.get(k) ?? []), i]);
  });
  const entries = new Map<string, TimelineEntry & { sources: Set<string> }>();
  for (const m of ctx.order) {
    if (m.copy) continue;
    const a = m.input.article;
    const seen = new Set<string>();
    for (const d of m.input.analysis.dates) {
      if (!d.resolved) continue;
      const yearless = /^--(\d\d-\d\d)$/.exec(d.resolved);
      const year = yearless ? yearOf(yearless[1]!) : null;
      const date = year !== null ? `${year}-${yearless![1]}` : d.resolved;
      const s = m.features.sentences[d.sentence];
      if (!s) continue;
      const clauseIdxs = clauseIndex.get(a.id + "#" + d.sentence) ?? [];
      const claim = clauseIdxs.map((i) => claimOfClause.get(i)).find((c) => c !== undefined && claims[c]!.claim.status === "corroborated");
      const key = date + "|" + (claim !== undefined ? "c" + claim : a.id + "#" + d.sentence);
      if (seen.has(key)) continue;
      seen.add(key);
      let e = entries.get(key);
      const c = cite(ctx, a.id, s.start, s.end);
      if (!e) entries.set(key, (e = { date, text: c.text, citations: [], sources: new Set() }));
      e.citations.push(c);
      e.sources.add(sourceOf(ctx, a.id));
    }
  }
  return [...entries.values()]
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : y.sources.size - x.sources.size))
    .map(({ sources: _s, ...e }) => e);
}

/** An article's hedging words (`reportedly`, `allegedly`; not the modals), cached with its features. */
function hedgeTokens(m: StoryMember): Token[] {
  let v = hedgeCache.get(m.features);
  if (!v) hedgeCache.set(m.features, (v = m.input.analysis.tokens.filter((t) => HEDGES.has(t.norm) && !["may", "might", "could"].includes(t.norm))));
  return v;
}
const hedgeCache = new WeakMap<ArticleFeatures, Token[]>();

/**
 * What each outlet alone says or labels: sentences whose claims no other source makes (the most
 * salient few), and hedges or entity roles only it uses.
 */
export function buildFraming(ctx: StoryContext, claims: ClaimGroup[], perOutlet = 3): OutletFraming[] {
  const sources = new Set(ctx.order.filter((m) => !m.copy).map((m) => m.source));
  if (sources.size < 2) return [];
  const out = new Map<string, FramingItem[]>();
  const name = (id: string): string => ctx.members.get(id)!.input.article.outlet ?? id;
  const push = (id: string, item: FramingItem): void => {
    const list = out.get(name(id)) ?? [];
    if (list.length < perOutlet * 2 && !list.some((x) => x.text === item.text)) list.push(item);
    out.set(name(id), list);
  };
  const onlyCount = new Map<string, number>();
  for (const g of claims) {
    if (g.claim.status !== "single-source") continue;
    const s = g.claim.support[0]!;
    const n = onlyCount.get(name(s.article)) ?? 0;
    if (n >= perOutlet) continue;
    onlyCount.set(name(s.article), n + 1);
    push(s.article, { kind: "only-sentence", text: s.text, citation: { article: s.article, start: s.start, end: s.end, text: s.text } });
  }
  // Roles and hedges used by one source alone.
  const users = new Map<string, Map<string, { article: string; start: number; end: number; text: string }>>();
  for (const m of ctx.order) {
    if (m.copy) continue;
    const a = m.input.article;
    for (const e of m.input.analysis.entities) {
      for (const mn of e.mentions) {
        if (mn.form !== "role") continue;
        const label = mn.text.toLowerCase();
        const u = users.get(label) ?? new Map();
        if (!u.has(m.source)) u.set(m.source, { article: a.id, start: mn.start, end: mn.end, text: mn.text });
        users.set(label, u);
      }
    }
    for (const t of hedgeTokens(m)) {
      const u = users.get(t.norm) ?? new Map();
      if (!u.has(m.source)) u.set(m.source, { article: a.id, start: t.start, end: t.end, text: a.text.slice(t.start, t.end) });
      users.set(t.norm, u);
    }
  }
  for (const [label, u] of users) {
    if (u.size !== 1) continue;
    const c = [...u.values()][0]!;
    push(c.article, { kind: "qualifier", text: label, citation: c });
  }
  return [...out.entries()].map(([outlet, items]) => ({ outlet, items }));
}
