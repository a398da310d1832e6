/**
 * Fits the HTML body classifier (logistic weights over FEATURE_NAMES and a keep threshold)
 * on ../shared/data/wcxb-dev and writes models/extraction.json.
 *
 *   node --import tsx scripts/fit-extraction.ts [DATASET_DIR] [--out models/extraction.json]
 *
 * It first reports a two-fold held-out score (fit on one half of the pages by id parity,
 * score the other, and the reverse), then fits on all pages and writes the model with
 * those held-out numbers. Block labels: a block is article text when the gold body holds it
 * (as a line for short blocks, as a substring or by 70% of its words for longer ones).
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadDataset } from "../src/eval/extraction/datasets.js";
import { macroAverage, wordBagScore, wordTokens } from "../src/eval/extraction/metrics.js";
import { scorePage, selectBlocks, type ScoredPage } from "../src/extract/html/body.js";
import { parseHtml } from "../src/extract/html/dom.js";
import { FEATURE_NAMES } from "../src/extract/html/features.js";
import { blockLogit, contextFeatures, CONTEXT_NAMES, type BlockModel } from "../src/extract/html/model.js";
import { readHtmlMetadata } from "../src/extract/metadata/html-metadata.js";

const args = process.argv.slice(2);
const outIdx = args.indexOf("--out");
const outPath = outIdx >= 0 ? resolve(args[outIdx + 1] as string) : resolve(new URL("..", import.meta.url).pathname, "models/extraction.json");
const dir = resolve(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--out") ?? "../shared/data/wcxb-dev");

interface Sample {
  id: string;
  page: ScoredPage;
  title: string | null;
  labels: number[];
  weights: number[];
  gold: string;
}

function squash(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}

function label(text: string, goldSquashed: string, goldLines: Set<string>, goldWords: Set<string>): number {
  const t = squash(text);
  const words = wordTokens(t, false);
  if (words.length === 0) return 0;
  if (words.length <= 3) return goldLines.has(t) ? 1 : 0;
  if (goldSquashed.includes(t)) return 1;
  let hit = 0;
  for (const w of words) if (goldWords.has(w)) hit++;
  return hit / words.length >= 0.7 && words.length >= 8 ? 1 : 0;
}

function load(): Sample[] {
  const out: Sample[] = [];
  for (const p of loadDataset("wcxb", dir)) {
    const parsed = parseHtml(p.html);
    const meta = readHtmlMetadata(parsed, p.url);
    const page = scorePage(parsed.root);
    const gs = squash(p.gold.text);
    const lines = new Set(p.gold.text.split("\n").map((l) => squash(l.replace(/^[#>*\-\s]+/, ""))).filter((l) => l.length > 0));
    const gw = new Set(wordTokens(gs, false));
    const labels = page.blocks.map((b) => label(b.text, gs, lines, gw));
    // Weight by words (the metric counts words), capped so that one huge block does not dominate.
    const weights = page.blocks.map((b) => Math.min(1 + wordTokens(b.text, false).length, 60));
    out.push({ id: p.id, page, title: meta.title, labels, weights, gold: p.gold.text });
  }
  return out;
}

/** Standardised full-batch logistic regression with L2 and Adam steps; returns raw-feature weights. */
function fitLogistic(xs: number[][], ys: number[], ws: number[], iterations = 250): number[] {
  const d = (xs[0] as number[]).length;
  const n = xs.length;
  // Standardise (column 0 is the bias) so one step size fits all features.
  const mean = new Float64Array(d);
  const sd = new Float64Array(d).fill(1);
  for (let j = 1; j < d; j++) {
    let m = 0;
    for (const x of xs) m += x[j] as number;
    m /= n;
    let v = 0;
    for (const x of xs) v += ((x[j] as number) - m) ** 2;
    mean[j] = m;
    sd[j] = Math.sqrt(v / n) || 1;
  }
  const z = new Float64Array(n * d);
  xs.forEach((x, i) => {
    z[i * d] = 1;
    for (let j = 1; j < d; j++) z[i * d + j] = ((x[j] as number) - (mean[j] as number)) / (sd[j] as number);
  });
  const w = new Float64Array(d);
  const m1 = new Float64Array(d);
  const m2 = new Float64Array(d);
  const g = new Float64Array(d);
  const lr = 0.05, b1 = 0.9, b2 = 0.999, l2 = 1e-4;
  let wsum = 0;
  for (const v of ws) wsum += v;
  for (let it = 1; it <= iterations; it++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const o = i * d;
      let s = 0;
      for (let j = 0; j < d; j++) s += (w[j] as number) * (z[o + j] as number);
      const e = (1 / (1 + Math.exp(-s)) - (ys[i] as number)) * (ws[i] as number);
      for (let j = 0; j < d; j++) g[j] = (g[j] as number) + e * (z[o + j] as number);
    }
    for (let j = 0; j < d; j++) {
      const gj = (g[j] as number) / wsum + (j === 0 ? 0 : l2 * (w[j] as number));
      m1[j] = b1 * (m1[j] as number) + (1 - b1) * gj;
      m2[j] = b2 * (m2[j] as number) + (1 - b2) * gj * gj;
      const mh = (m1[j] as number) / (1 - b1 ** it);
      const vh = (m2[j] as number) / (1 - b2 ** it);
      w[j] = (w[j] as number) - (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  // Fold the standardisation back into raw-feature weights.
  const raw = new Array<number>(d).fill(0);
  let bias = w[0] as number;
  for (let j = 1; j < d; j++) {
    raw[j] = (w[j] as number) / (sd[j] as number);
    bias -= ((w[j] as number) * (mean[j] as number)) / (sd[j] as number);
  }
  raw[0] = bias;
  return raw.map((v) => Math.round(v * 1e5) / 1e5);
}

function score(samples: Sample[], model: BlockModel): { precision: number; recall: number; f1: number } {
  const scores = samples.map((s) => {
    const keep = selectBlocks(s.page, model, s.title);
    const text = s.page.blocks.filter((_, i) => keep[i]).map((b) => b.text).join("\n");
    return wordBagScore(text, s.gold);
  });
  return macroAverage(scores);
}

/** The threshold in [0.1, 0.8] that gives the best macro F1 on `samples`. */
function bestThreshold(samples: Sample[], make: (t: number) => BlockModel): BlockModel {
  let best = make(0.5);
  let bestF = -1;
  for (let t = 0.1; t <= 0.8001; t += 0.025) {
    const m = make(Math.round(t * 1000) / 1000);
    const f = score(samples, m).f1;
    if (f > bestF) {
      bestF = f;
      best = m;
    }
  }
  return best;
}

function fit(samples: Sample[]): BlockModel {
  const xs: number[][] = [], ys: number[] = [], ws: number[] = [];
  for (const s of samples) {
    s.page.facts.forEach((f, i) => {
      xs.push(f.features);
      ys.push(s.labels[i] as number);
      ws.push(s.weights[i] as number);
    });
  }
  const weights = fitLogistic(xs, ys, ws);
  const stage1 = bestThreshold(samples, (t) => ({ features: [...FEATURE_NAMES], weights, threshold: t }));
  // Stage 2 learns from the stage-1 logits of each block and its neighbours.
  const cx: number[][] = [];
  for (const s of samples) {
    const z = s.page.facts.map((f) => blockLogit(stage1, f.features));
    cx.push(...contextFeatures(s.page.blocks, z));
  }
  const cw = fitLogistic(cx, ys, ws);
  return bestThreshold(samples, (t) => ({ ...stage1, context: { features: [...CONTEXT_NAMES], weights: cw, threshold: t } }));
}

const all = load();
const even = all.filter((s) => Number.parseInt(s.id, 10) % 2 === 0);
const odd = all.filter((s) => Number.parseInt(s.id, 10) % 2 !== 0);
const onOdd = score(odd, fit(even));
const onEven = score(even, fit(odd));
const heldOut = {
  fitEvenScoreOdd: onOdd,
  fitOddScoreEven: onEven,
  meanF1: (onOdd.f1 + onEven.f1) / 2,
};
console.error(`held-out: fit even -> odd F1 ${onOdd.f1.toFixed(4)} (P ${onOdd.precision.toFixed(4)} R ${onOdd.recall.toFixed(4)}); fit odd -> even F1 ${onEven.f1.toFixed(4)} (P ${onEven.precision.toFixed(4)} R ${onEven.recall.toFixed(4)})`);
const model = fit(all);
const train = score(all, model);
console.error(`all pages (training fit): F1 ${train.f1.toFixed(4)} P ${train.precision.toFixed(4)} R ${train.recall.toFixed(4)}, threshold ${model.threshold}`);
const out = {
  ...model,
  fitted: {
    command: "node --import tsx scripts/fit-extraction.ts ../shared/data/wcxb-dev",
    data: "wcxb-dev",
    pages: all.length,
    heldOut,
    training: train,
  },
};
writeFileSync(outPath, JSON.stringify(out, null, 2) + "\n");
console.error(`wrote ${outPath}`);
