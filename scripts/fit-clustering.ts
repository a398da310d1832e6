// Fits clustering thresholds and weights on ecbplus-dev by cross-validation over topics and
// writes models/clustering.json.
//
//   node --import tsx scripts/fit-clustering.ts [--data ../shared/data/ecbplus-dev] [--folds 5]
//
// Topics (gold `story`) are dealt into folds; for each fold the grid is searched on the other
// folds and the best setting is measured on the held-out fold. The reported score is the mean
// held-out BCubed F1. The written parameters are the grid's best on all topics.
// Parameters the data cannot inform (time scales and windows: ecbplus-dev has no dates; vector
// and index sizes; copy detection) are priors set below and marked as such in the model file.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadLabelledSet, type LabelledSet } from "./fit-clustering-data.js";
import { clusterArticles, rawFeatures, type ClusterParams, type RawFeatures } from "../src/cluster/index.js";
import { scoreClustering } from "../src/eval/clustering/index.js";

const args = process.argv.slice(2);
const arg = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const dataDir = resolve(arg("--data", resolve(import.meta.dirname, "../../shared/data/ecbplus-dev")));
const folds = Number(arg("--folds", "5"));
const out = resolve(import.meta.dirname, "../models/clustering.json");

/** Priors: not fitted (see header). */
const PRIORS: ClusterParams = {
  eventThreshold: 0, storyThreshold: 0, eventMergeThreshold: 0, storyMergeThreshold: 0, orphanThreshold: 1,
  eventWeights: { terms: 1, entities: 1, numbers: 0.3 }, storyWeights: { terms: 1, entities: 0, numbers: 0 },
  titleWeight: 2, leadWeight: 1.5, leadTokens: 40, namesAsTerms: true,
  eventTimeScaleDays: 3, storyTimeScaleDays: 30, eventWindowDays: 10, storyWindowDays: 90, windowArticles: 100_000,
  idfPseudoDocs: 50, maxDocTerms: 60, maxCentroidTerms: 200, candidateTerms: 20, postingCap: 40, maxCandidates: 24, consolidateEvery: 1000,
  copies: { shingle: 5, bands: 16, rows: 4, jaccard: 0.8, containment: 0.9, minSizeRatio: 0.5, minShingles: 12 },
};

/** The grid: event stage first (it decides the story stage's input), then the story stage. */
const EVENT_GRID: Partial<ClusterParams>[] = [];
for (const eventThreshold of [0.25, 0.3, 0.35])
  for (const mergeGap of [0.1, 0.2])
    for (const entities of [1, 2, 3])
      for (const numbers of [0.3, 0.6])
        for (const orphanThreshold of [0.15, 0.2, 0.25])
          EVENT_GRID.push({ eventThreshold, eventMergeThreshold: eventThreshold + mergeGap, orphanThreshold, eventWeights: { terms: 1, entities, numbers } });
const STORY_GRID: Partial<ClusterParams>[] = [];
for (const storyThreshold of [0.05, 0.1, 0.15, 0.2])
  for (const storyMergeThreshold of [0.1, 0.15, 0.2, 0.3])
    for (const entities of [0, 0.3, 1])
      // Merging two storylines should not be easier than an event joining one.
      if (storyMergeThreshold >= storyThreshold) STORY_GRID.push({ storyThreshold, storyMergeThreshold, storyWeights: { terms: 1, entities, numbers: 0 } });

interface Subset {
  set: LabelledSet;
  idx: number[];
  features: RawFeatures[];
}

function score(sub: Subset, params: ClusterParams): { event: number; story: number } {
  const items = sub.idx.map((i) => sub.set.items[i]!);
  const a = clusterArticles(items, { params, explain: false, features: sub.idx.map((i) => sub.features[i]!) });
  const gold = sub.set.gold;
  const ev = scoreClustering(new Map(a.map((x) => [x.id, x.event])), new Map(items.map((it) => [it.article.id, gold.get(it.article.id)!.event])));
  const st = scoreClustering(new Map(a.map((x) => [x.id, x.story])), new Map(items.map((it) => [it.article.id, gold.get(it.article.id)!.story])));
  return { event: ev.bcubed.f1, story: st.bcubed.f1 };
}

function fit(sub: Subset): ClusterParams {
  let best = { p: PRIORS, s: -1 };
  const storyDefault = STORY_GRID[0]!;
  for (const g of EVENT_GRID) {
    const p = { ...PRIORS, ...storyDefault, ...g };
    const s = score(sub, p).event;
    if (s > best.s) best = { p, s };
  }
  let best2 = { p: best.p, s: -1 };
  for (const g of STORY_GRID) {
    const p = { ...best.p, ...g };
    const s = score(sub, p).story;
    if (s > best2.s) best2 = { p, s };
  }
  return best2.p;
}

const set = loadLabelledSet(resolve(dataDir, "articles.jsonl"), resolve(dataDir, "gold.jsonl"));
const features = set.items.map((it) => rawFeatures(it.article, it.analysis, PRIORS));
const topics = [...new Set(set.items.map((it) => set.gold.get(it.article.id)!.story))].sort((a, b) => Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, "")) || (a < b ? -1 : 1));
const foldOf = new Map(topics.map((t, i) => [t, i % folds]));
const all = set.items.map((_, i) => i);
const heldOut: { fold: number; event: number; story: number }[] = [];
for (let f = 0; f < folds; f++) {
  const train = all.filter((i) => foldOf.get(set.gold.get(set.items[i]!.article.id)!.story) !== f);
  const test = all.filter((i) => foldOf.get(set.gold.get(set.items[i]!.article.id)!.story) === f);
  const p = fit({ set, idx: train, features });
  const s = score({ set, idx: test, features }, p);
  heldOut.push({ fold: f, ...s });
  console.error(`fold ${f}: held-out event F1 ${s.event.toFixed(3)} story F1 ${s.story.toFixed(3)} (threshold ${p.eventThreshold}, story ${p.storyThreshold})`);
}
const mean = (k: "event" | "story"): number => heldOut.reduce((s, h) => s + h[k], 0) / heldOut.length;
const final = fit({ set, idx: all, features });
const inSample = score({ set, idx: all, features }, final);
const model = {
  about: "Clustering thresholds and weights. Fitted fields come from a grid search on ecbplus-dev (cross-validated over topics); the rest are priors.",
  command: `node --import tsx scripts/fit-clustering.ts --folds ${folds}`,
  data: "ecbplus-dev (772 articles, 33 topics)",
  fitted: ["eventThreshold", "eventMergeThreshold", "orphanThreshold", "eventWeights", "storyThreshold", "storyMergeThreshold", "storyWeights"],
  priors: Object.keys(PRIORS).filter((k) => !["eventThreshold", "eventMergeThreshold", "orphanThreshold", "eventWeights", "storyThreshold", "storyMergeThreshold", "storyWeights"].includes(k)),
  crossValidation: {
    folds, heldOut: heldOut.map((h) => ({ fold: h.fold, event: round(h.event), story: round(h.story) })),
    meanHeldOutEventBCubedF1: round(mean("event")), meanHeldOutStoryBCubedF1: round(mean("story")),
  },
  inSample: { event: round(inSample.event), story: round(inSample.story) },
  params: final,
};
writeFileSync(out, JSON.stringify(model, null, 2) + "\n");
console.error(`mean held-out BCubed F1: event ${mean("event").toFixed(3)}, story ${mean("story").toFixed(3)}; in-sample event ${inSample.event.toFixed(3)} story ${inSample.story.toFixed(3)}; wrote ${out}`);

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
