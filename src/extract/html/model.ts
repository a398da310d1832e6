/**
 * The fitted block classifier, read from models/extraction.json (written by
 * scripts/fit-extraction.ts). Two logistic stages:
 *   1. a block's own features (FEATURE_NAMES) give a logit;
 *   2. that logit with its neighbours' logits and its siblings' mean (CONTEXT_NAMES) give
 *      the final probability, so a lone short line between kept paragraphs stays, and a
 *      good-looking line inside a run of boilerplate goes.
 * Without the file, a plain rule stands in (see body.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import type { Block } from "./blocks.js";
import type { Element } from "./dom.js";
import { FEATURE_NAMES } from "./features.js";

export interface BlockModel {
  features: string[];
  weights: number[];
  threshold: number;
  context?: { features: string[]; weights: number[]; threshold: number };
}

export const CONTEXT_NAMES = ["bias", "self", "prev", "next", "window5", "siblingsMean"] as const;

/** Where the model file may sit: beside src/ when run from source, beside dist/ when built. */
const CANDIDATES = ["../../../models/extraction.json", "../../../../models/extraction.json"];

let cached: BlockModel | null | undefined;

/** Loads models/extraction.json once; null when absent or stale (feature list changed). */
export function loadModel(): BlockModel | null {
  if (cached !== undefined) return cached;
  cached = null;
  for (const rel of CANDIDATES) {
    const url = new URL(rel, import.meta.url);
    if (!existsSync(url)) continue;
    const m = JSON.parse(readFileSync(url, "utf8")) as BlockModel;
    const fresh = m.features.join(",") === FEATURE_NAMES.join(",") && (m.context === undefined || m.context.features.join(",") === CONTEXT_NAMES.join(","));
    if (fresh) cached = m;
    break;
  }
  return cached;
}

/** Stage-1 logit of one block, clamped so that one extreme block cannot swamp its neighbours. */
export function blockLogit(model: BlockModel, f: number[]): number {
  let z = 0;
  for (let i = 0; i < f.length; i++) z += (model.weights[i] ?? 0) * (f[i] as number);
  return Math.max(-8, Math.min(8, z));
}

const EDGE = -4;

/** Stage-2 features for every block from the stage-1 logits. */
export function contextFeatures(blocks: Block[], z: number[]): number[][] {
  const sums = new Map<Element, { s: number; n: number }>();
  blocks.forEach((b, i) => {
    const key = b.owner.parent ?? b.owner;
    const e = sums.get(key) ?? { s: 0, n: 0 };
    e.s += z[i] as number;
    e.n++;
    sums.set(key, e);
  });
  const at = (i: number): number => (i >= 0 && i < z.length ? (z[i] as number) : EDGE);
  return blocks.map((b, i) => {
    const e = sums.get(b.owner.parent ?? b.owner) as { s: number; n: number };
    const sib = e.n > 1 ? (e.s - (z[i] as number)) / (e.n - 1) : at(i);
    return [1, at(i), at(i - 1), at(i + 1), (at(i - 2) + at(i - 1) + at(i) + at(i + 1) + at(i + 2)) / 5, sib];
  });
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Keep decisions for a page's blocks. */
export function classify(model: BlockModel, blocks: Block[], features: number[][]): boolean[] {
  const z = features.map((f) => blockLogit(model, f));
  const ctx = model.context;
  if (ctx === undefined) return z.map((v) => sigmoid(v) >= model.threshold);
  return contextFeatures(blocks, z).map((c) => {
    let s = 0;
    for (let i = 0; i < c.length; i++) s += (ctx.weights[i] ?? 0) * (c[i] as number);
    return sigmoid(s) >= ctx.threshold;
  });
}
