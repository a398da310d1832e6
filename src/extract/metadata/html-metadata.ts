/**
 * Article metadata from an HTML page: title, outlet, byline, publication date, language and
 * canonical URL, each from the most reliable source the page offers (meta tags, JSON-LD,
 * semantic markup, then the URL itself).
 */
import { forEachElement, hintString, textOf, type Element, type ParsedPage } from "../html/dom.js";
import { readJsonLd } from "./jsonld.js";
import { normalizeLanguage } from "./language.js";
import { dateFromUrl, normalizeDate } from "./dates.js";
import { isNotByline, PrintedByline, shallowText } from "./byline.js";
import { PrintedDate } from "./printed-date.js";

export interface HtmlMetadata {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  /** Declared language (detection on the body is the caller's last resort). */
  language: string | null;
  canonical: string | null;
}

const SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "];

function clean(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 0 ? t : null;
}

/** Host name without `www.`, or null. */
export function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const h = new URL(url).hostname.toLowerCase();
    return h.replace(/^www\d?\./, "") || null;
  } catch {
    return null;
  }
}

/**
 * A headline given with its record (JSON Lines, a feed) without the outlet's name that follows
 * it (`Headline - Outlet`, `Headline | Outlet`): only the record's own outlet is cut, since a
 * dash also ends real headlines (`Rates rise - as expected`).
 */
export function stripOutletName(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title;
  for (const sep of SEPARATORS) {
    if (title.length > outlet.length + sep.length && title.toLowerCase().endsWith((sep + outlet).toLowerCase())) return title.slice(0, -(sep.length + outlet.length)).trim() || title;
  }
  return title;
}

/**
 * Strips a site name from a `<title>`: `Headline | Site` -> `Headline`. The site part is
 * the outlet when known, else the shorter end segment when it is short.
 */
export function stripSiteSuffix(title: string, outlet: string | null, domain: string | null): string {
  for (const sep of SEPARATORS) {
    const idx = title.lastIndexOf(sep);
    if (idx <= 0) continue;
    const head = title.slice(0, idx).trim();
    const tail = title.slice(idx + sep.length).trim();
    const tailKey = tail.toLowerCase().replace(/[^a-z0-9]/g, "");
    const isSite =
      (outlet !== null && tail.toLowerCase() === outlet.toLowerCase()) ||
      (domain !== null && tailKey.length > 0 && domain.replace(/[^a-z0-9]/g, "").includes(tailKey)) ||
      (tail.split(/\s+/).length <= 4 && head.split(/\s+/).length >= 3 && tail.length < head.length);
    if (isSite) return head;
    // A site name in front: `Site | Headline`.
    const first = title.indexOf(sep);
    const lead = title.slice(0, first).trim();
    const rest = title.slice(first + sep.length).trim();
    if (outlet !== null && lead.toLowerCase() === outlet.toLowerCase()) return rest;
  }
  return title;
}

function bylineClean(s: string | null): string | null {
  const t = clean(s);
  if (t === null) return null;
  const b = t
    .replace(/^(?:written\s+by|posted\s+by|by|par|von|por|di|door)(?:\s+|$)/i, "")
    .replace(/\s*[|•·].*$/, "")
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "")
    .trim();
  if (b.length === 0 || b.length > 120 || /^https?:/.test(b) || !/\p{L}/u.test(b) || isNotByline(b)) return null;
  if (/^(?:the\s+)?(?:author|admin|administrator|editor|staff)$/i.test(b)) return null;
  return b;
}

const BYLINE_HINT = /(?:^|[\s_-])(?:byline|by-line|author-?name|article-?author|post-?author|entry-?author)(?:$|[\s_-])/;

/** Byline, date and h1 from the body markup, in one walk. */
function scanMarkup(root: Element): { h1s: string[]; byline: string | null; printed: string | null; time: string | null; printedDate: string | null } {
  const h1s: string[] = [];
  let byline: string | null = null;
  let time: string | null = null;
  const printed = new PrintedByline();
  const printedDate = new PrintedDate();
  forEachElement(root, (el) => {
    const shallow = shallowText(el);
    printed.visit(el, shallow);
    printedDate.visit(el, shallow);
    if (h1s.length < 5 && el.tag === "h1") {
      const t = clean(textOf(el));
      if (t !== null && t.length <= 300) h1s.push(t);
    }
    if (time === null && el.tag === "time") time = clean(el.attrs.datetime) ?? null;
    if (byline === null) {
      const rel = (el.attrs.rel ?? "").toLowerCase();
      const ip = (el.attrs.itemprop ?? "").toLowerCase();
      if (rel.split(/\s+/).includes("author") || ip === "author" || BYLINE_HINT.test(hintString(el))) {
        const t = textOf(el);
        if (t.length > 0 && t.length <= 120) byline = bylineClean(t);
      }
    }
  });
  return { h1s, byline, printed: bylineClean(printed.authorLink ?? printed.byLine), time, printedDate: printedDate.date };
}

/** Reads every metadata field the page gives; `url` is the article's known URL. */
export function readHtmlMetadata(page: ParsedPage, url: string | null): HtmlMetadata {
  const meta = page.meta;
  const ld = readJsonLd(page.jsonLd);
  const canonical = clean(page.links.get("canonical")) ?? clean(meta.get("og:url")) ?? ld.url;
  const absCanonical = canonical && /^https?:\/\//i.test(canonical) ? canonical : canonical && url ? safeResolve(canonical, url) : null;
  const domain = domainOf(absCanonical) ?? domainOf(url);
  const outlet = clean(meta.get("og:site_name")) ?? clean(ld.publisher) ?? clean(meta.get("application-name")) ?? clean(meta.get("twitter:site")?.replace(/^@/, "")) ?? domain;
  const markup = scanMarkup(page.root);
  const docTitle = clean(page.title);
  // `<title>` usually carries the site name too, so an h1 holding the logo text would match it: h1s
  // that only name the site are set aside first.
  const ldHeadline = clean(decodeEntities(ld.headline));
  const docHead = docTitle !== null ? stripSiteSuffix(docTitle, outlet, domain) : null;
  const firstDeclared = clean(decodeEntities(meta.get("og:title"))) ?? ldHeadline ?? clean(decodeEntities(meta.get("twitter:title")));
  const declared = firstDeclared !== null ? stripSiteSuffix(firstDeclared, outlet, domain) : docHead;
  // What stripping cut off `<title>` names the site too ("Headline | Engora Data Blog").
  const docSite = docTitle !== null && docHead !== null && docHead !== docTitle ? docTitle.replace(docHead, "") : null;
  const h1s = markup.h1s.filter((h) => !isSiteName(h, [outlet, domain, docSite]));
  const title = visibleHeadline(h1s, [declared, docTitle, ldHeadline]) ?? declared ?? h1s[0] ?? null;
  const declaredByline =
    bylineClean(meta.get("author") ?? null) ?? bylineClean(ld.author) ?? bylineClean(meta.get("article:author") ?? null) ??
    bylineClean(meta.get("dc.creator") ?? null) ?? bylineClean(meta.get("parsely-author") ?? null);
  // Sites often declare themselves as the author; a person printed on the page says more.
  const declaredIsSite = declaredByline !== null && isSiteName(declaredByline, [outlet, domain, docSite]);
  const byline = (declaredIsSite ? null : declaredByline) ?? markup.byline ?? markup.printed ?? declaredByline;
  const dateRaw =
    meta.get("article:published_time") ?? ld.datePublished ?? meta.get("datepublished") ?? meta.get("pubdate") ?? meta.get("publishdate") ??
    meta.get("date") ?? meta.get("dc.date") ?? meta.get("dc.date.issued") ?? meta.get("dcterms.created") ?? meta.get("sailthru.date") ??
    meta.get("parsely-pub-date") ?? meta.get("og:published_time") ?? markup.time ?? null;
  const published = normalizeDate(dateRaw) ?? dateFromUrl(absCanonical ?? url) ?? markup.printedDate;
  const language = normalizeLanguage(page.lang) ?? normalizeLanguage(meta.get("og:locale")) ?? normalizeLanguage(ld.inLanguage) ?? normalizeLanguage(meta.get("content-language"));
  return { title, outlet, byline: byline && /^https?:/.test(byline) ? null : byline, published, language, canonical: absCanonical };
}

/** True when `text` is just the site's name (an h1 around the logo). */
function isSiteName(text: string, names: (string | null)[]): boolean {
  const squash = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const key = squash(text);
  return key.length === 0 || names.some((n) => n !== null && squash(n) === key);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: " " };

/** Decodes character references left in metadata values (JSON-LD is often HTML-escaped twice). */
export function decodeEntities(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  if (!s.includes("&")) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    const cp = dec !== undefined ? Number.parseInt(dec, 10) : hex !== undefined ? Number.parseInt(hex, 16) : -1;
    if (cp >= 0) return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    return NAMED_ENTITIES[(name as string).toLowerCase()] ?? m;
  });
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The page's visible headline: the <h1> that shares most words with the declared titles
 * (og:title, <title>, JSON-LD), when it shares enough. Declared titles are often written for
 * search engines; the h1 is what readers see. An h1 that is a logo or a section name shares
 * nothing and loses.
 */
function visibleHeadline(h1s: string[], declared: (string | null)[]): string | null {
  const vocab = new Set<string>();
  for (const d of declared) if (d) for (const w of words(d)) vocab.add(w);
  if (vocab.size === 0) return null;
  let best: string | null = null;
  let bestShare = 0;
  for (const h of h1s) {
    const ws = words(h);
    if (ws.length < 2) continue;
    const share = ws.filter((w) => vocab.has(w)).length / ws.length;
    if (share > bestShare) {
      bestShare = share;
      best = h;
    }
  }
  return bestShare >= 0.3 ? best : null;
}

function safeResolve(href: string, base: string): string | null {
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}
