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
import { elementStats, segment, type Block } from "./blocks.js";
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
  return { blocks, facts: blockFacts(blocks, stats, cand) };
}

/** The rule used when no fitted model is present. */
function ruleKeep(f: number[]): boolean {
  const inBody = (f[F.inTop] as number) > 0 || (f[F.inSibling] as number) > 0;
  return inBody && f[F.negHint] === 0 && (f[F.linkDensity] as number) < 0.5 && f[F.boilerText] === 0 && f[F.caption] === 0;
}

function squash(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
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
