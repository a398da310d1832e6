/**
 * Finds the container most likely to hold the article, in the manner of Readability.js:
 * every paragraph-like block gives points to its ancestors (full to the parent, less further
 * up), containers are weighted by tag and class/id hints and discounted by link density.
 * Then siblings of the winner that look like article text are joined to it.
 */
import type { Block, ElementStats } from "./blocks.js";
import { hintString, type Element } from "./dom.js";
import { isPositive, negativeReason } from "./hints.js";

export interface Candidate {
  /** The best container, or null when the page has no scorable text. */
  top: Element | null;
  topScore: number;
  /** Siblings of `top` accepted as part of the article. */
  siblings: Set<Element>;
  /** Final score of every scored container. */
  scores: Map<Element, number>;
}

const PARAGRAPH_OWNERS = new Set(["p", "pre", "td", "blockquote", "dd", "li", "div", "section", "article", "main", "span", "font", "center", "body"]);
const SEMANTIC = new Set(["article", "main"]);

/** Tag prior, as Readability gives it. */
function tagPrior(el: Element): number {
  switch (el.tag) {
    case "article":
    case "main":
      return 10;
    case "div":
    case "section":
      return 5;
    case "pre":
    case "td":
    case "blockquote":
      return 3;
    case "address":
    case "ol":
    case "ul":
    case "dl":
    case "dd":
    case "dt":
    case "li":
    case "form":
      return -3;
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
    case "th":
      return -5;
    default:
      return 0;
  }
}

/** +25 for a content hint, -25 for a boilerplate hint, both cancel. */
export function hintWeight(el: Element): number {
  const h = hintString(el);
  let w = 0;
  if (isPositive(h)) w += 25;
  if (negativeReason(h) !== null) w -= 25;
  if (el.attrs.itemprop === "articleBody" || el.attrs.itemprop === "articlebody") w += 30;
  if (SEMANTIC.has(el.tag)) w += 10;
  return w;
}

/** Counts commas in any script's comma. */
function commas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) n++;
  }
  return n;
}

/** Hints whose containers never hold the article: their text must not vote for a container. */
const NEVER_ARTICLE = new Set(["comments", "related-links", "sidebar", "navigation", "share-bar", "newsletter", "cookie-notice", "ad"]);
const NEVER_ARTICLE_TAGS = new Set(["nav", "aside", "footer", "form"]);

/** True when an ancestor within a few levels names boilerplate (comments, sidebars, ...). */
function inBoilerplate(b: Block, cache: Map<Element, boolean>): boolean {
  let el: Element | null = b.owner;
  for (let level = 0; el !== null && level < 8; level++, el = el.parent) {
    // Page-level classes (`has-sidebar`, `with-comments`) say nothing about this block.
    if (el.tag === "body" || el.tag === "main" || el.tag === "article" || el.tag === "html") return false;
    let bad = cache.get(el);
    if (bad === undefined) {
      const r = negativeReason(hintString(el));
      bad = NEVER_ARTICLE_TAGS.has(el.tag) || (r !== null && NEVER_ARTICLE.has(r));
      cache.set(el, bad);
    }
    if (bad) return true;
  }
  return false;
}

/** Scores containers and picks the best one with its article-like siblings. */
export function findCandidate(blocks: Block[], stats: Map<Element, ElementStats>): Candidate {
  const raw = new Map<Element, number>();
  const badCache = new Map<Element, boolean>();
  for (const b of blocks) {
    if (b.text.length < 25 || !PARAGRAPH_OWNERS.has(b.owner.tag)) continue;
    if (b.linkChars / b.text.length > 0.5) continue;
    if (inBoilerplate(b, badCache)) continue;
    const score = 1 + commas(b.text) + Math.min(Math.floor(b.text.length / 100), 3);
    let el = b.owner.parent;
    for (let level = 0; el !== null && level < 5; level++, el = el.parent) {
      if (el.tag === "#root" || el.tag === "html") break;
      if (!raw.has(el)) raw.set(el, tagPrior(el) + hintWeight(el));
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      raw.set(el, (raw.get(el) as number) + score / div);
    }
  }
  const scores = new Map<Element, number>();
  let top: Element | null = null;
  let topScore = -Infinity;
  for (const [el, s] of raw) {
    const st = stats.get(el);
    const ld = st && st.chars > 0 ? st.linkChars / st.chars : 0;
    const final = s * (1 - ld);
    scores.set(el, final);
    if (final > topScore) {
      topScore = final;
      top = el;
    }
  }
  if (top === null) return { top: null, topScore: 0, siblings: new Set(), scores };

  // A parent that holds several strong candidates is the real article (split bodies).
  const strong = [...scores.entries()].filter(([el, s]) => el !== top && s >= topScore * 0.75);
  if (strong.length >= 2) {
    let p = top.parent;
    while (p !== null && p.tag !== "body" && p.tag !== "#root") {
      const holds = strong.filter(([el]) => isAncestor(p as Element, el)).length;
      if (holds >= 2) {
        top = p;
        break;
      }
      p = p.parent;
    }
  }

  const siblings = new Set<Element>();
  const parent = top.parent;
  if (parent !== null) {
    const threshold = Math.max(10, topScore * 0.2);
    const topHint = top.attrs.class ?? "";
    for (const c of parent.children) {
      if (typeof c === "string" || c === top) continue;
      const s = scores.get(c) ?? 0;
      let bonus = 0;
      if (topHint !== "" && c.attrs.class === topHint) bonus += topScore * 0.2;
      if (s + bonus >= threshold) {
        siblings.add(c);
        continue;
      }
      if (c.tag === "p") {
        const st = stats.get(c);
        if (st === undefined || st.chars === 0) continue;
        const ld = st.linkChars / st.chars;
        if (st.chars > 80 && ld < 0.25) siblings.add(c);
      }
    }
  }
  return { top, topScore, siblings, scores };
}

/** True when `a` is `b` or an ancestor of `b`. */
export function isAncestor(a: Element, b: Element): boolean {
  let el: Element | null = b;
  while (el !== null) {
    if (el === a) return true;
    el = el.parent;
  }
  return false;
}
