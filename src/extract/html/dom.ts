/**
 * A light DOM built from htmlparser2's event stream: elements with lower-cased tag names,
 * the few attributes extraction reads, and text children. No recursion anywhere (building,
 * walking, measuring), and nesting is capped, so 10 MB of nested divs cannot overflow the stack.
 */
import { Parser } from "htmlparser2";

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: Element | null;
}

/** Text children are plain strings (entities decoded). */
export type Node = Element | string;

/** What the parser collected outside the body tree, for metadata. */
export interface ParsedPage {
  root: Element;
  /** `<title>` text. */
  title: string;
  /** `<meta>` tags: name/property/itemprop (lower-cased) to content, first wins. */
  meta: Map<string, string>;
  /** `<link rel=...>`: rel (lower-cased) to href, first wins. */
  links: Map<string, string>;
  /** Bodies of `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** `<html lang>`. */
  lang: string | null;
}

/** Elements whose content is never text of the page. */
const SKIP_CONTENT = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select", "textarea", "button"]);

/** Attributes extraction looks at; the rest are dropped to keep memory flat. */
const KEEP_ATTRS = new Set(["class", "id", "itemprop", "itemtype", "role", "rel", "href", "datetime", "content", "hidden", "aria-hidden", "style", "lang", "property", "name", "type", "data-testid"]);

/** Deeper elements are flattened into their capped ancestor. */
export const MAX_DEPTH = 256;

/** Parses HTML into the light DOM and the metadata the head carries. */
export function parseHtml(html: string): ParsedPage {
  const root: Element = { tag: "#root", attrs: {}, children: [], parent: null };
  const page: ParsedPage = { root, title: "", meta: new Map(), links: new Map(), jsonLd: [], lang: null };
  const stack: Element[] = [root];
  // Opens not pushed because the tree was too deep; their closes are matched by count.
  let flattened = 0;
  // Inside a skipped element: the depth of skipping and what we collect there.
  let skipDepth = 0;
  let collect: "title" | "jsonld" | null = null;
  let buffer = "";
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "meta") {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? "").toLowerCase().trim();
          const content = attribs.content;
          if (key && content !== undefined && !page.meta.has(key)) page.meta.set(key, content);
          if (key === "" && attribs["http-equiv"] === undefined && attribs.charset === undefined && attribs.itemprop) page.meta.set(attribs.itemprop.toLowerCase(), content ?? "");
        } else if (name === "link") {
          const rel = (attribs.rel ?? "").toLowerCase().trim();
          if (rel && attribs.href && !page.links.has(rel)) page.links.set(rel, attribs.href);
        } else if (name === "html" && attribs.lang && page.lang === null) {
          page.lang = attribs.lang;
        }
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (name === "title" && stack.length <= 3 && page.title === "") {
          collect = "title";
          buffer = "";
        }
        if (name === "script" && (attribs.type ?? "").toLowerCase().includes("ld+json")) {
          collect = "jsonld";
          buffer = "";
        }
        if (SKIP_CONTENT.has(name) || name === "title") {
          skipDepth = 1;
          return;
        }
        if (stack.length > MAX_DEPTH) {
          flattened++;
          return;
        }
        const attrs: Record<string, string> = {};
        for (const k in attribs) if (KEEP_ATTRS.has(k) || k.startsWith("data-")) attrs[k] = attribs[k] as string;
        const parent = stack[stack.length - 1] as Element;
        const el: Element = { tag: name, attrs, children: [], parent };
        parent.children.push(el);
        stack.push(el);
      },
      ontext(text) {
        if (skipDepth > 0) {
          if (collect !== null) buffer += text;
          return;
        }
        const parent = stack[stack.length - 1] as Element;
        const last = parent.children[parent.children.length - 1];
        if (typeof last === "string") parent.children[parent.children.length - 1] = last + text;
        else parent.children.push(text);
      },
      onclosetag() {
        if (skipDepth > 0) {
          skipDepth--;
          if (skipDepth === 0 && collect !== null) {
            if (collect === "title") page.title = buffer;
            else page.jsonLd.push(buffer);
            collect = null;
            buffer = "";
          }
          return;
        }
        if (flattened > 0) {
          flattened--;
          return;
        }
        if (stack.length > 1) stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  capParserDepth(parser, PARSER_MAX_DEPTH);
  parser.write(html);
  parser.end();
  return page;
}

/** htmlparser2's own open-element stack is capped here (it costs O(depth) per tag beyond). */
const PARSER_MAX_DEPTH = 400;

type ParserInternals = {
  stack: string[];
  tagname: string;
  endIndex: number;
  startIndex: number;
  emitOpenTag(name: string): void;
  onclosetag(start: number, endIndex: number): void;
  readTagName(start: number, endIndex: number): string;
};

/**
 * htmlparser2 keeps its open elements in an array it `unshift`s, so each tag costs O(depth)
 * and 500,000 nested divs take minutes. Opens beyond `max` are dropped (as the parser itself
 * drops a nested <form>) and their closes swallowed, which keeps every page linear.
 */
function capParserDepth(parser: Parser, max: number): void {
  const p = parser as unknown as ParserInternals;
  const emitOpenTag = p.emitOpenTag.bind(p);
  const onclosetag = p.onclosetag.bind(p);
  const dropped = new Map<string, number>();
  p.emitOpenTag = (name: string): void => {
    if (p.stack.length >= max && !VOID_TAGS.has(name)) {
      p.tagname = "";
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      return;
    }
    emitOpenTag(name);
  };
  p.onclosetag = (start: number, endIndex: number): void => {
    if (dropped.size > 0) {
      const name = p.readTagName(start, endIndex);
      const n = dropped.get(name);
      if (n !== undefined) {
        if (n <= 1) dropped.delete(name);
        else dropped.set(name, n - 1);
        p.endIndex = endIndex;
        p.startIndex = endIndex + 1;
        return;
      }
    }
    onclosetag(start, endIndex);
  };
}

const VOID_TAGS = new Set(["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"]);

/** Calls `visit` on every element under `root` (root included), document order, no recursion. */
export function forEachElement(root: Element, visit: (el: Element) => void): void {
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    visit(el);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (typeof c !== "string" && c !== undefined) stack.push(c);
    }
  }
}

/** All text under `el`, concatenated, whitespace squashed. */
export function textOf(el: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (typeof n === "string") {
      parts.push(n);
      continue;
    }
    if (n.tag === "br" || BLOCK_TAGS.has(n.tag)) parts.push(" ");
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Node);
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Elements that start a new block of text. */
export const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "form", "fieldset",
  "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
  "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "figure", "figcaption", "address",
  "hr", "body", "html", "center", "details", "summary", "dialog", "menu", "picture", "video", "audio",
]);

/** The element's class and id, lower-cased, for hint matching. */
export function hintString(el: Element): string {
  const a = el.attrs;
  let s = "";
  if (a.class) s += a.class + " ";
  if (a.id) s += a.id + " ";
  if (a.itemprop) s += a.itemprop + " ";
  if (a.role) s += a.role + " ";
  if (a["data-testid"]) s += a["data-testid"];
  return s.toLowerCase();
}
