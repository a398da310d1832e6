import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseDocument } from "htmlparser2";
import { textContent } from "domutils";
import { problem, type InputProblem, type ReadResult } from "../core/input.js";
import type { BodyFormat, RawArticle } from "../core/types.js";
import { decodeMarkup } from "./charset.js";
import { readWhole, type ByteInput, type Limits } from "./input.js";
import { isoPublished } from "./dates.js";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  // Atom content may be inline XHTML or escaped HTML: keep it raw and decode it ourselves,
  // or the parser would turn mixed markup into an unordered object.
  stopNodes: ["*.content", "*.summary"],
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

/** Reads an RSS 2.0, RSS 1.0 or Atom feed file: one RawArticle per item. */
export async function* readFeedFile(input: ByteInput, limits: Limits): AsyncGenerator<ReadResult> {
  const bytes = await readWhole(input, limits);
  if (!Buffer.isBuffer(bytes)) {
    yield bytes;
    return;
  }
  yield* feedItems(bytes, input.source);
}

/**
 * Parses a feed's bytes (charset from the transport, else BOM or XML declaration) into its items.
 * Validates first, so that a file that is not XML gets a clear reason rather than a half parse.
 */
export function feedItems(bytes: Uint8Array, source: string, transportCharset?: string | null): ReadResult[] {
  const d = decodeMarkup(bytes, transportCharset);
  if (!d.ok) return [problem(source, d.reason)];
  const xml = d.text.replace(/^\uFEFF/, "");
  if (xml.trim() === "") return [problem(source, "empty file")];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [problem(source, `not XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`)];
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    return [problem(source, `not a readable feed: ${err instanceof Error ? err.message : String(err)}`)];
  }
  const rss = obj(doc.rss);
  const rdf = obj(doc["rdf:RDF"]);
  const atom = obj(doc.feed);
  let channel: Node | null;
  let items: Node[];
  if (rss) {
    channel = obj(rss.channel);
    items = arr(channel?.item);
  } else if (rdf) {
    channel = obj(rdf.channel);
    items = arr(rdf.item);
  } else if (atom) {
    channel = atom;
    items = arr(atom.entry);
  } else {
    const root = Object.keys(doc).find((k) => !k.startsWith("?") && !k.startsWith("@_") && k !== "#text");
    return [problem(source, `XML but not an RSS or Atom feed (root element <${root ?? "?"}>)`)];
  }
  if (items.length === 0) return [problem(source, "feed has no items")];
  const feedTitle = plain(channel?.title);
  const feedLanguage = language(str(channel?.language) ?? str(channel?.["dc:language"]) ?? str(channel?.["@_xml:lang"]));
  const guids = new Map<string, number>();
  for (const it of items) {
    const g = guidOf(it);
    if (g) guids.set(g, (guids.get(g) ?? 0) + 1);
  }
  return items.map((it, i) => itemArticle(it, i, source, { feedTitle, feedLanguage, guids }));
}

interface FeedContext {
  feedTitle: string | null;
  feedLanguage: string | null;
  guids: Map<string, number>;
}

function itemArticle(it: Node, index: number, source: string, ctx: FeedContext): RawArticle | InputProblem {
  const link = linkOf(it);
  // An aggregator's item names the outlet it comes from (RSS <source>) and appends that name to
  // the headline (`... - The Meridian Post`) and often to the description: the suffix is no part
  // of the headline, and the same outlet name on every item would tie unrelated stories together.
  // RSS `<source url>Name</source>`; Atom `<source><title>Name</title></source>`.
  const itemOutlet = plain(it.source) ?? plain(obj(it.source)?.title);
  const title = withoutOutlet(plain(it.title), itemOutlet);
  const body = bodyOf(it, itemOutlet);
  const label = `item ${index + 1}${link ? ` (${link})` : title ? ` ("${title}")` : ""}`;
  if (!body) return problem(source, `${label}: no content, description or summary`);
  const guid = guidOf(it);
  // A guid is an id only when it names this item alone: some feeds repeat one guid for all items.
  // Without guid or link the item is still read: its place in the feed names it.
  const id = (guid && ctx.guids.get(guid) === 1 ? guid : null) ?? link ?? `${source}#item-${index + 1}`;
  const author = obj(it.author);
  return {
    id,
    source,
    kind: "feed",
    format: body.format,
    body: body.text,
    url: link,
    hints: {
      title,
      outlet: itemOutlet ?? ctx.feedTitle,
      byline: plain(it["dc:creator"]) ?? (author ? plain(author.name) : plain(it.author)),
      published: isoPublished(str(it.pubDate) ?? str(it["dc:date"]) ?? str(it.published) ?? str(it.updated)),
      language: language(str(it["@_xml:lang"])) ?? ctx.feedLanguage,
    },
  };
}

/** `text` without a trailing ` - Outlet` (or `| Outlet`, or a bare ` Outlet`) naming the item's outlet. */
function withoutOutlet(text: string | null, outlet: string | null): string | null {
  if (!text || !outlet || text.length <= outlet.length) return text;
  if (!text.endsWith(outlet)) return text;
  const head = text.slice(0, -outlet.length);
  // Only a name set apart: after a separator, a run of spaces, or a finished sentence. In
  // `rates rose, said Reuters` the name belongs to the sentence.
  const apart = /(?:\s[-–—|:]|[\s\u00a0]{2}|[.!?]["”’]?)[\s\u00a0]*$/u.exec(head);
  if (!apart) return text;
  const rest = head.slice(0, apart.index + (/^[.!?]/u.test(apart[0]) ? 1 : 0)).trimEnd();
  return rest || text;
}

/**
 * The item's fullest body: content:encoded, Atom content, then description or summary. A short
 * body that ends with the item's outlet name (an aggregator's `headline  Outlet` description) loses it.
 */
function bodyOf(it: Node, outlet: string | null = null): { text: string; format: BodyFormat } | null {
  for (const key of ["content:encoded", "content", "description", "summary"]) {
    const v = it[key];
    if (v === undefined) continue;
    const raw = obj(v);
    const type = (raw ? str(raw["@_type"]) : null)?.toLowerCase() ?? "html";
    let text = raw ? (str(raw["#text"]) ?? "") : typeof v === "string" ? v : "";
    // Stop nodes (Atom content/summary) arrive raw: unwrap CDATA and decode XML escapes, except for inline XHTML.
    if (key === "content" || key === "summary") text = type === "xhtml" ? text : decodeXmlText(text);
    text = text.trim();
    if (outlet && text.length < SHORT_BODY) text = stripOutletTail(text, outlet);
    if (text) return { text, format: type === "text" ? "text" : "html" };
  }
  return null;
}

/** Bodies shorter than this (characters) may be an aggregator's headline-and-outlet stub. */
const SHORT_BODY = 600;

/** A stub body without its trailing outlet name, as text or as the markup element that holds it. */
function stripOutletTail(body: string, outlet: string): string {
  const esc = outlet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // `<font ...>Outlet</font>` (and any other inline element) at the end, with the spaces before it.
  const tag = new RegExp(`(?:\\s|&nbsp;|\u00a0)*<(\\w+)[^>]*>\\s*${esc}\\s*</\\1>\\s*$`, "iu");
  if (tag.test(body)) return body.replace(tag, "");
  return withoutOutlet(body, outlet) ?? body;
}

function guidOf(it: Node): string | null {
  const g = it.guid ?? it.id;
  const o = obj(g);
  return o ? str(o["#text"]) : str(g);
}

/** An item's own link: RSS `<link>` text, or the Atom link with rel="alternate" (or no rel). */
function linkOf(it: Node): string | null {
  let fallback: string | null = null;
  for (const l of arr(it.link) as unknown[]) {
    if (typeof l === "string") {
      if (l.trim()) return l.trim();
      continue;
    }
    const o = obj(l);
    if (!o) continue;
    const href = str(o["@_href"]) ?? str(o["#text"]);
    if (!href) continue;
    const rel = str(o["@_rel"]) ?? "alternate";
    if (rel === "alternate") return href;
    fallback ??= href;
  }
  const guid = obj(it.guid);
  const permalink = guid && str(guid["@_isPermaLink"]) !== "false" ? str(guid["#text"]) : null;
  if (permalink && /^https?:\/\//i.test(permalink)) return permalink;
  const plainGuid = typeof it.guid === "string" && /^https?:\/\//i.test(it.guid) ? it.guid : null;
  return plainGuid ?? str(it["@_rdf:about"]) ?? fallback;
}

/** Decodes raw XML character data: CDATA sections verbatim, entity escapes outside them. */
export function decodeXmlText(raw: string): string {
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const start = raw.indexOf("<![CDATA[", i);
    if (start === -1) {
      out += decodeEntities(raw.slice(i));
      break;
    }
    out += decodeEntities(raw.slice(i, start));
    const end = raw.indexOf("]]>", start + 9);
    out += raw.slice(start + 9, end === -1 ? raw.length : end);
    i = end === -1 ? raw.length : end + 3;
  }
  return out;
}

const XML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return XML_ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Text of a title-like field: markup stripped, HTML entities decoded, whitespace collapsed. */
function plain(v: unknown): string | null {
  const o = obj(v);
  let s = o ? str(o["#text"]) : str(v);
  if (!s) return null;
  if (/[<&]/.test(s)) s = textContent(parseDocument(s, { decodeEntities: true }));
  s = s.replace(/\s+/g, " ").trim();
  return s || null;
}

/** The primary language subtag (`en-GB` -> `en`), lower-case. */
function language(s: string | null): string | null {
  const m = s ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(s.trim()) : null;
  return m?.[1]?.toLowerCase() ?? null;
}

function obj(v: unknown): Node | null {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Node) : null;
}

function arr(v: unknown): Node[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]) as Node[];
}

function str(v: unknown): string | null {
  if (typeof v === "number") return String(v);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
}
