/**
 * Segments the light DOM into text blocks: each run of text between block boundaries, owned by
 * its nearest block-level element, with how much of it sits inside links. Later stages score
 * containers and classify blocks; this file only measures.
 */
import { BLOCK_TAGS, type Element, type Node } from "./dom.js";

export interface Block {
  /** Index in document order. */
  index: number;
  /** Whitespace-squashed text (kept verbatim inside `<pre>`). */
  text: string;
  /** Characters of `text` inside `<a href>`. */
  linkChars: number;
  /** Nearest block-level ancestor: the paragraph, heading, list item or div that holds the text. */
  owner: Element;
}

/** Per-element totals of the blocks beneath it. */
export interface ElementStats {
  chars: number;
  linkChars: number;
  blocks: number;
}

/** True for elements a reader cannot see. */
export function isHidden(el: Element): boolean {
  const a = el.attrs;
  // React streams server-rendered segments into `<div hidden id="S:0">` and moves them in with script.
  if (a.hidden !== undefined && !(a.id !== undefined && /^[SB]:\d+$/.test(a.id))) return true;
  if (a["aria-hidden"] === "true" && el.tag !== "svg" && el.tag !== "i" && el.tag !== "span") return true;
  const style = a.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

interface Frame {
  node: Node;
  exit: boolean;
}

/** Splits the tree under `root` into blocks, in document order, iteratively. */
export function segment(root: Element): Block[] {
  const blocks: Block[] = [];
  const owners: Element[] = [root];
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let preDepth = 0;

  const flush = (): void => {
    if (parts.length === 0) return;
    const raw = parts.join("");
    parts = [];
    const text = preDepth > 0 ? raw.replace(/^\s*\n|\s+$/g, "") : raw.replace(/\s+/g, " ").trim();
    if (text.length === 0) {
      linkChars = 0;
      return;
    }
    blocks.push({ index: blocks.length, text, linkChars: Math.min(linkChars, text.length), owner: owners[owners.length - 1] as Element });
    linkChars = 0;
  };

  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const f = stack.pop() as Frame;
    const n = f.node;
    if (typeof n === "string") {
      parts.push(n);
      if (linkDepth > 0) linkChars += n.replace(/\s+/g, " ").length;
      continue;
    }
    const isBlock = BLOCK_TAGS.has(n.tag);
    if (f.exit) {
      if (n.tag === "a" && n.attrs.href !== undefined) linkDepth--;
      if (isBlock) {
        flush();
        owners.pop();
        if (n.tag === "pre") preDepth--;
      }
      continue;
    }
    if (n.tag === "br") {
      flush();
      continue;
    }
    if (n !== root && isHidden(n)) continue;
    if (isBlock) {
      flush();
      owners.push(n);
      if (n.tag === "pre") preDepth++;
    } else if (n.tag === "img" || n.tag === "input") {
      continue;
    }
    if (n.tag === "a" && n.attrs.href !== undefined) linkDepth++;
    stack.push({ node: n, exit: true });
    for (let i = n.children.length - 1; i >= 0; i--) stack.push({ node: n.children[i] as Node, exit: false });
  }
  flush();
  return blocks;
}

/** Sums block lengths up every ancestor (capped depth, so the cost stays linear in practice). */
export function elementStats(blocks: Block[], maxLevels = 64): Map<Element, ElementStats> {
  const stats = new Map<Element, ElementStats>();
  for (const b of blocks) {
    let el: Element | null = b.owner;
    for (let level = 0; el !== null && level < maxLevels; level++, el = el.parent) {
      let s = stats.get(el);
      if (s === undefined) {
        s = { chars: 0, linkChars: 0, blocks: 0 };
        stats.set(el, s);
      }
      s.chars += b.text.length;
      s.linkChars += b.linkChars;
      s.blocks++;
    }
  }
  return stats;
}
