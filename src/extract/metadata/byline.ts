/**
 * Bylines printed in the page rather than declared: a link to an author page, a short "By Jane Doe"
 * line, or a "Written by" label followed by the name. Read in one walk with the other markup facts;
 * these rank below declared and class-named bylines.
 */
import type { Element } from "../html/dom.js";

/** Author pages as CMSs name them: /author/jane-doe, /authors/jane-doe, /people/jane-doe, /contributors/... */
const AUTHOR_HREF = /\/(?:authors?|writers?|contributors?|people|staff|profiles?|columnists?|reporters?)\/[^/?#]+\/?(?:[?#]|$)/i;
/** A personal name: two to five capitalised words (particles such as "van der" allowed). */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|der|de|del|da|di|la|le|bin|al)\s+)*\p{Lu}[\p{L}'’.-]*){1,4}$/u;
const BY_LINE = /^(?:by|written by|words by|story by|text by|posted by)\s*:?\s+(.{3,80})$/i;
const BY_LABEL = /^(?:by|written by|words by|story by|author|authors?|posted by)\s*:?$/i;
const INLINE = new Set(["a", "span", "strong", "b", "em", "i", "time"]);

/** Text of `el` and its inline children only: cheap, and blind to whole containers. */
export function shallowText(el: Element): string {
  // Most elements are wrappers with no text of their own: answer those without building a string.
  let any = false;
  for (const c of el.children) {
    if (typeof c === "string" ? c.trim().length > 0 : INLINE.has(c.tag)) {
      any = true;
      break;
    }
  }
  if (!any) return "";
  const short = gather(el, SHALLOW_CAP);
  if (short.length <= SHALLOW_CAP) return squashed(short);
  // A paragraph: the visitors only read short lines (a byline, a date), so its first few hundred
  // characters say as much as the whole, unless it was mostly whitespace.
  const head = squashed(short);
  return head.length >= SHALLOW_KEEP ? head.slice(0, SHALLOW_KEEP) : squashed(gather(el, Infinity));
}

/** Raw characters gathered before a text is known to be too long to be a byline or a date line. */
const SHALLOW_CAP = 600;
/** What is kept of a long text: more than any short-line reader matches. */
const SHALLOW_KEEP = 300;

/** The raw text of `el`'s own and inline children's strings, stopping once past `cap` characters. */
function gather(el: Element, cap: number): string {
  let s = "";
  for (const c of el.children) {
    if (typeof c === "string") s += c;
    else if (INLINE.has(c.tag)) for (const cc of c.children) if (typeof cc === "string") s += cc;
    if (s.length > cap) break;
  }
  return s;
}

const squashed = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Interface words that fill the same slots as names (labels, buttons, menu entries, months). */
const NOT_NAME = /\b(?:login|log|sign|member|members|posts?|type|menu|home|search|more|view|all|team|staff|admin|editor|editors|author|authors|share|follow|subscribe|contact|about|read|news|blog|updated|published|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** True for a line that is a date or interface words only ("Author Posts", "July 22, 2017"): never a byline. */
export function isNotByline(s: string): boolean {
  if (/\b\d{4}\b/.test(s) && /\b\d{1,2}\b/.test(s)) return true;
  const words = s.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => NOT_NAME.test(w));
}

/** True for a personal-name-like string (a name list joined by commas or "and" counts by its first name). */
export function looksLikeName(s: string): boolean {
  const first = s.split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*/)[0] ?? "";
  if (first.length > 60 || !NAME.test(first) || /\d/.test(s) || NOT_NAME.test(first)) return false;
  // "USE CASE": shouting labels are not names.
  return !first.split(/\s+/).every((w) => w.length > 1 && w === w.toUpperCase());
}

/** Collects printed-byline candidates element by element, in document order. */
export class PrintedByline {
  authorLink: string | null = null;
  byLine: string | null = null;
  private labelPending = false;

  /** `text` is {@link shallowText} of `el` (computed once for every visitor). */
  visit(el: Element, text: string): void {
    const t = text;
    if (this.authorLink === null && el.tag === "a" && el.attrs.href !== undefined && AUTHOR_HREF.test(el.attrs.href)) {
      if (looksLikeName(t)) this.authorLink = t;
    }
    if (this.byLine !== null || t.length === 0) return;
    if (this.labelPending) {
      this.labelPending = false;
      if (looksLikeName(t)) {
        this.byLine = t;
        return;
      }
    }
    if (BY_LABEL.test(t)) {
      this.labelPending = true;
      return;
    }
    const m = BY_LINE.exec(t);
    if (m !== null && looksLikeName((m[1] as string).trim())) this.byLine = (m[1] as string).trim();
  }
}
