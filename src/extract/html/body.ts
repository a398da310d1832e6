/**
 * Main-body extraction from HTML, in four small steps:
 *   1. segment the page into text blocks (blocks.ts);
 *   2. score containers and pick the best one with its sibling paragraphs (candidate.ts);
 *   3. classify every block with features of itself, its ancestors and its neighbours
 *      (features.ts, weights fitted in models/extraction.json);
 *   4. tidy: drop the headline repeated in the body and duplicate blocks; when the result is
 *      poor for the page, fall back to the densest plain-text blocks.
 */
import type { RemovedBlock } from "../../core/types.js";
import { elementStats, segment, type Block, type ElementStats } from "./blocks.js";
import { findCandidate } from "./candidate.js";
import type { Element } from "./dom.js";
import { blockFacts, FEATURE_NAMES, type BlockFacts } from "./features.js";
import { classify, loadModel, type BlockModel } from "./model.js";

export interface BodyResult {
  text: string;
  removed: RemovedBlock[];
}

/** Blocks with their features: what the classifier sees (the fit script reads this too). */
export interface ScoredPage {
  blocks: Block[];
  facts: BlockFacts[];
  stats: Map<Element, ElementStats>;
}

/** Limits `removed` so a huge page cannot make a huge record. */
const MAX_REMOVED = 300;
const MAX_REMOVED_CHARS = 500;

const F = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, i])) as Record<(typeof FEATURE_NAMES)[number], number>;

/** Segments and featurises the page under `root`. */
export function scorePage(root: Element): ScoredPage {
  const blocks = segment(root);
  const stats = elementStats(blocks);
  const cand = findCandidate(blocks, stats);
  return { blocks, facts: blockFacts(blocks, stats, cand), stats };
}

/** The rule used when no fitted model is present. */
function ruleKeep(f: number[]): boolean {
  const inBody = (f[F.inTop] as number) > 0 || (f[F.inSibling] as number) > 0;
  return inBody && f[F.negHint] === 0 && (f[F.linkDensity] as number) < 0.5 && f[F.boilerText] === 0 && f[F.caption] === 0;
}

function squash(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Boxes whose class/id says they are never article text, nested inside the body.
 * The classifier weighs the name against the box's prose and, for a well-written appeal
 * ("Sign up for our free newsletter and receive..."), the prose wins; the name is the
 * stronger evidence. Caption, meta and author-bio are left to the classifier: sites put
 * those words on containers that also hold body text.
 */
const NAMED_BOXES = new Set(["newsletter", "cookie-notice", "comments", "share-bar", "related-links", "ad"]);

/** A named box only counts when it is a small part of what was kept (a paywall wrapper around the whole body is not a box). */
const MAX_BOX_SHARE = 0.3;

function vetoNamedBoxes(page: ScoredPage, keep: boolean[]): void {
  const { blocks, facts, stats } = page;
  let keptChars = 0;
  for (let i = 0; i < blocks.length; i++) if (keep[i]) keptChars += (blocks[i] as Block).text.length;
  if (keptChars === 0) return;
  for (let i = 0; i < blocks.length; i++) {
    const fa = facts[i] as BlockFacts;
    if (!keep[i] || fa.negEl === null || fa.reason === null || !NAMED_BOXES.has(fa.reason)) continue;
    const box = stats.get(fa.negEl);
    if (box !== undefined && box.chars < keptChars * MAX_BOX_SHARE) keep[i] = false;
  }
}

/** Reasons whose class/id names a short leaf that is never article text when on the block's own element. */
const OWN_LEAF_REASONS = new Set(["author-bio", "caption", "meta"]);
/** Longest block (in words) such a leaf veto applies to: a byline or a caption, not a paragraph. */
const LEAF_MAX_WORDS = 30;

/**
 * Captions and bylines the classifier kept. Their words sit on containers that also hold body
 * text (so the classifier weighs them), but on the paragraph itself (`<p class="byline">`) or as
 * a `<figcaption>` they name the block alone: a short block so named is never the article.
 */
function vetoOwnLeaves(page: ScoredPage, keep: boolean[]): void {
  const { blocks, facts } = page;
  for (let i = 0; i < blocks.length; i++) {
    if (!keep[i]) continue;
    const b = blocks[i] as Block;
    if (b.text.split(/\s+/).length > LEAF_MAX_WORDS) continue;
    const fa = facts[i] as BlockFacts;
    let inCaption = false;
    for (let el: Element | null = b.owner, up = 0; el !== null && up < 3; el = el.parent, up++) if (el.tag === "figcaption") inCaption = true;
    if (inCaption || (fa.negEl === b.owner && fa.reason !== null && OWN_LEAF_REASONS.has(fa.reason))) keep[i] = false;
  }
}

/** Decides which blocks are the article. */
export function selectBlocks(page: ScoredPage, model: BlockModel | null, title: string | null): boolean[] {
  const { blocks, facts } = page;
  const keep = model ? classify(model, blocks, facts.map((fa) => fa.features)) : facts.map((fa) => ruleKeep(fa.features));
  // Nothing chosen: fall back to the plain prose blocks (no links, no boilerplate names).
  if (!keep.some(Boolean)) {
    facts.forEach((fa, i) => {
      const f = fa.features;
      keep[i] = (f[F.logWords] as number) >= Math.log1p(8) && (f[F.linkDensity] as number) < 0.3 && f[F.negHint] === 0 && f[F.boilerText] === 0 && f[F.boilerTag] === 0;
    });
  }
  vetoNamedBoxes(page, keep);
  vetoOwnLeaves(page, keep);
  // The headline repeated at the top of the body is the title, not the body.
  const t = title ? squash(title) : "";
  if (t.length > 0) {
    for (let i = 0; i < blocks.length; i++) {
      if (keep[i] && squash((blocks[i] as Block).text) === t) keep[i] = false;
    }
  }
  return keep;
}

/** Extracts the article body from a parsed page. */
export function extractBody(root: Element, title: string | null, model: BlockModel | null = loadModel()): BodyResult {
  const page = scorePage(root);
  const keep = selectBlocks(page, model, title);
  const { blocks, facts } = page;
  const seen = new Set<string>();
  const lines: string[] = [];
  const removed: RemovedBlock[] = [];
  let removedChars = 0;
  const drop = (text: string, reason: string): void => {
    if (removed.length >= MAX_REMOVED || removedChars > 200_000) return;
    const short = text.length > MAX_REMOVED_CHARS ? text.slice(0, MAX_REMOVED_CHARS) + "…" : text;
    removedChars += short.length;
    removed.push({ text: short, reason });
  };
  const t = title ? squash(title) : "";
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (!keep[i]) {
      const reason = t.length > 0 && squash(b.text) === t ? "title" : ((facts[i] as BlockFacts).reason ?? "low-score");
      drop(b.text, reason);
      continue;
    }
    // A block repeated word for word (pull quotes, sticky headers) is kept once.
    if (b.text.length > 30 && seen.has(b.text)) {
      drop(b.text, "duplicate");
      continue;
    }
    seen.add(b.text);
    lines.push(b.text);
  }
  return { text: lines.join("\n"), removed };
}
