/**
 * Per-block features for the body classifier: where the block sits relative to the best
 * container, what its ancestors are called, how long and link-heavy it and its neighbours are.
 * The weights live in models/extraction.json (scripts/fit-extraction.ts); the reason a block
 * was dropped is read from the same facts.
 */
import type { Block, ElementStats } from "./blocks.js";
import type { Candidate } from "./candidate.js";
import { hintString, type Element } from "./dom.js";
import { BOILERPLATE_TAGS, BOILERPLATE_TEXT, isPositive, negativeReason } from "./hints.js";

/** Feature names, in vector order; the model file lists them too so a mismatch is caught. */
export const FEATURE_NAMES = [
  "bias", "inTop", "inSibling", "logWords", "linkDensity", "ownerLinkDensity", "negHint", "negHintOutside",
  "posHint", "boilerTag", "semantic", "heading", "h1", "listItem", "cell", "quote", "caption", "relPos",
  "endsSentence", "short", "boilerText", "prevLogWords", "nextLogWords", "prevLink", "nextLink", "logCommas",
  "afterTop", "beforeTop", "topShare", "inTopNegTag",
  "neg:cookie-notice", "neg:newsletter", "neg:comments", "neg:share-bar", "neg:related-links", "neg:ad", "neg:caption",
  "neg:author-bio", "neg:navigation", "neg:sidebar", "neg:meta", "neg:hidden",
  "tag:header", "tag:footer", "tag:nav", "tag:aside", "tag:form",
] as const;

const NEG_FEATURES = ["cookie-notice", "newsletter", "comments", "share-bar", "related-links", "ad", "caption", "author-bio", "navigation", "sidebar", "meta", "hidden"];
const TAG_FEATURES = ["header", "footer", "nav", "aside", "form"];

export interface BlockFacts {
  features: number[];
  /** Why the block would be dropped, when something names it. */
  reason: string | null;
  inTop: boolean;
  /** The nearest ancestor below the top container whose class/id names boilerplate (its reason is `features`' negHint). */
  negEl: Element | null;
}

const HEADING = /^h[1-6]$/;

function words(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** What a block's ancestors say, accumulated from the root down and memoised per element. */
interface AncestorInfo {
  inTop: boolean;
  inSib: boolean;
  /** Nearest negative hint below the top container (or anywhere, outside it). */
  negIn: string | null;
  /** The element that carries `negIn`. */
  negInEl: Element | null;
  /** Nearest negative hint above the top container. */
  negOut: string | null;
  pos: boolean;
  tagReason: string | null;
  boilerTagName: string | null;
  /** The nearest boilerplate tag lies below the top container. */
  topNegTag: boolean;
  semantic: boolean;
  caption: boolean;
  quote: boolean;
}

const ROOT_INFO: AncestorInfo = { inTop: false, inSib: false, negIn: null, negInEl: null, negOut: null, pos: false, tagReason: null, boilerTagName: null, topNegTag: false, semantic: false, caption: false, quote: false };

function combine(el: Element, p: AncestorInfo, isTop: boolean, isSib: boolean, reached: boolean, neg: string | null): AncestorInfo {
  const tag = BOILERPLATE_TAGS.get(el.tag);
  return {
    inTop: isTop || p.inTop,
    inSib: isSib || p.inSib,
    negIn: reached ? null : (neg ?? p.negIn),
    negInEl: reached ? null : neg !== null ? el : p.negInEl,
    negOut: reached && !isTop && !isSib && neg !== null ? neg : p.negOut,
    pos: p.pos || isPositive(hintString(el)),
    tagReason: tag ?? p.tagReason,
    boilerTagName: tag !== undefined ? el.tag : p.boilerTagName,
    topNegTag: tag !== undefined ? !reached : p.topNegTag,
    semantic: p.semantic || el.tag === "article" || el.tag === "main" || el.attrs.itemprop === "articleBody",
    caption: p.caption || el.tag === "figure" || el.tag === "figcaption",
    quote: p.quote || el.tag === "blockquote" || el.tag === "pre",
  };
}

/** Computes features for every block. */
export function blockFacts(blocks: Block[], stats: Map<Element, ElementStats>, cand: Candidate): BlockFacts[] {
  const n = blocks.length;
  const wordsOf = blocks.map((b) => words(b.text));
  const ld = blocks.map((b) => (b.text.length > 0 ? b.linkChars / b.text.length : 0));
  const hintCache = new Map<Element, string | null>();
  const negOf = (el: Element): string | null => {
    let r = hintCache.get(el);
    if (r === undefined) {
      r = negativeReason(hintString(el));
      hintCache.set(el, r);
    }
    return r;
  };
  const topStats = cand.top ? stats.get(cand.top) : undefined;
  let totalChars = 0;
  for (const b of blocks) totalChars += b.text.length;
  const topShare = topStats && totalChars > 0 ? topStats.chars / totalChars : 0;

  // First and last block inside the top container, for before/after position.
  const inTopFlags: boolean[] = new Array(n).fill(false);
  const inSibFlags: boolean[] = new Array(n).fill(false);
  const out: BlockFacts[] = [];
  // Elements that hold the top container or an accepted sibling ("reached" when walking up).
  const above = new Set<Element>();
  for (const start of [cand.top, ...cand.siblings]) {
    for (let el = start; el !== null; el = el.parent) above.add(el);
  }
  const memo = new Map<Element, AncestorInfo>();
  const infoOf = (owner: Element): AncestorInfo => {
    // Walk up to the nearest memoised ancestor, then fill the path downwards (no recursion).
    const path: Element[] = [];
    let el: Element | null = owner;
    while (el !== null && !memo.has(el)) {
      path.push(el);
      el = el.parent;
    }
    let parentInfo: AncestorInfo = el === null ? ROOT_INFO : (memo.get(el) as AncestorInfo);
    for (let i = path.length - 1; i >= 0; i--) {
      const e = path[i] as Element;
      parentInfo = combine(e, parentInfo, e === cand.top, cand.siblings.has(e), above.has(e), negOf(e));
      memo.set(e, parentInfo);
    }
    return parentInfo;
  };
  const anc: AncestorInfo[] = [];
  for (let i = 0; i < n; i++) {
    const a = infoOf((blocks[i] as Block).owner);
    inTopFlags[i] = a.inTop;
    inSibFlags[i] = a.inSib;
    anc.push(a);
  }
  let firstTop = -1, lastTop = -1;
  for (let i = 0; i < n; i++) if (inTopFlags[i]) {
    if (firstTop < 0) firstTop = i;
    lastTop = i;
  }
  for (let i = 0; i < n; i++) {
    const b = blocks[i] as Block;
    const a = anc[i] as (typeof anc)[number];
    const w = wordsOf[i] as number;
    const ownerStats = stats.get(b.owner.parent ?? b.owner);
    const ownerLd = ownerStats && ownerStats.chars > 0 ? ownerStats.linkChars / ownerStats.chars : 0;
    const tag = b.owner.tag;
    const boilerText = BOILERPLATE_TEXT.test(b.text) && w <= 12;
    const last = b.text.charAt(b.text.length - 1);
    let commas = 0;
    for (const ch of b.text) if (ch === "," || ch === "，" || ch === "、") commas++;
    const f = [
      1,
      inTopFlags[i] ? 1 : 0,
      inSibFlags[i] ? 1 : 0,
      Math.log1p(w),
      ld[i] as number,
      ownerLd,
      a.negIn !== null ? 1 : 0,
      a.negOut !== null ? 1 : 0,
      a.pos ? 1 : 0,
      a.tagReason !== null ? 1 : 0,
      a.semantic ? 1 : 0,
      HEADING.test(tag) ? 1 : 0,
      tag === "h1" ? 1 : 0,
      tag === "li" || tag === "dt" || tag === "dd" ? 1 : 0,
      tag === "td" || tag === "th" ? 1 : 0,
      a.quote ? 1 : 0,
      a.caption || tag === "figcaption" ? 1 : 0,
      n > 1 ? i / (n - 1) : 0,
      /[.!?;:"'”’»)。！？]/.test(last) ? 1 : 0,
      w <= 4 ? 1 : 0,
      boilerText ? 1 : 0,
      i > 0 ? Math.log1p(wordsOf[i - 1] as number) : 0,
      i + 1 < n ? Math.log1p(wordsOf[i + 1] as number) : 0,
      i > 0 ? (ld[i - 1] as number) : 1,
      i + 1 < n ? (ld[i + 1] as number) : 1,
      Math.log1p(commas),
      firstTop >= 0 && i > lastTop ? 1 : 0,
      firstTop >= 0 && i < firstTop ? 1 : 0,
      topShare,
      a.topNegTag ? 0 : a.tagReason !== null && inTopFlags[i] ? 1 : 0,
      ...NEG_FEATURES.map((r) => (a.negIn === r ? 1 : 0)),
      ...TAG_FEATURES.map((t) => (a.boilerTagName === t ? 1 : 0)),
    ];
    const reason =
      a.negIn ?? a.negOut ?? (a.caption || tag === "figcaption" ? "caption" : null) ?? a.tagReason ??
      (boilerText ? "template" : null) ?? ((ld[i] as number) > 0.5 ? "link-list" : null) ??
      (!inTopFlags[i] && !inSibFlags[i] ? "outside-body" : null);
    out.push({ features: f, reason, inTop: inTopFlags[i] as boolean, negEl: a.negInEl });
  }
  return out;
}
