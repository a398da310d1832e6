// Fits the batch clustering thresholds and weights on ecbplus-dev by cross-validation over
// topics and writes models/clustering.json.
//
//   node --import tsx scripts/fit-clustering.ts [--data ../shared/data/ecbplus-dev] [--folds 5] [--out models/clustering.json]
//
// Topics (gold `story`) are dealt into folds; for each fold the grid is searched on the other
// folds and the best setting is measured on the held-out fold. The reported score is the mean
// held-out BCubed F1. The written parameters are the grid's best on all topics. A setting is
// scored on training topics the way the held-out fold is met: each fold clustered on its own
// (about 150 articles) and the F1 averaged (scoreByFold), since similarity levels move with a
// batch's size and held-out sets are a few hundred articles.
// A setting must also reproduce our own labelled samples, else it is skipped: the seeds' gold
// events and story (when ../shared/seeds is present) and the stories of the bundled sample corpus
// (examples/gold.json), whose articles carry dates and one is in Spanish, unlike ecbplus-dev.
// Parameters the data cannot inform (time scales and windows: ecbplus-dev has no dates; vector
// and index sizes; copy detection) are priors set below and marked as such in the model file.
// The stream clusterer's event threshold is cross-validated over the same folds, streamed over
// shuffles (scripts/fit-clustering-stream.ts), and then its storyline merge threshold (the
// end-of-run pass that joins storylines the arrival order opened apart); its other thresholds
// (storyThreshold, eventMergeThreshold) and weights come from an earlier online fit and are kept
// as priors here. Its
// storyline similarity weighs names as much as words (threshold 0.25): storylines of one kind
// of happening (two strikes) share the kind's words, and on words alone the stream chained them
// (bench/stages/cluster.ts: 11 storylines for 478); the value sits between the similarities of
// same-storyline events and same-kind other storylines there, and keeps the sample corpus's 9.
// Its event weights are the family balance the batch grid picks (names 0.5, people and numbers 1):
// with names at 2, events of one storyline (same place and cast) merged on a long generated
// stream (event BCubed precision 0.97 at 40,000 articles), and the sample corpus's events suffered too.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadLabelledSet, type LabelledSet } from "./fit-clustering-data.js";
import { fitStreamStoryMerge, fitStreamThreshold, STREAM_EVENT_GRID, STREAM_STORY_MERGE_GRID, streamF1, type StreamSubset } from "./fit-clustering-stream.js";
import { clusterArticles, rawFeatures, type BatchParams, type ClusterInput, type ClusterParams, type RawFeatures } from "../src/cluster/index.js";
import { scoreClustering } from "../src/eval/clustering/index.js";
import { isArticle, readArticles } from "../src/pipeline/read.js";
import { analyze } from "../src/nlp/index.js";

const args = process.argv.slice(2);
const arg = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const dataDir = resolve(arg("--data", resolve(import.meta.dirname, "../../shared/data/ecbplus-dev")));
const sharedDir = resolve(dataDir, "../..");
const folds = Number(arg("--folds", "5"));
const out = resolve(arg("--out", resolve(import.meta.dirname, "../models/clustering.json")));
/** The storyline names prior (see BATCH0); "off" drops the rule, to measure what it costs on ECB+. */
const storyMinNames = arg("--story-min-names", "0.02");
const storyKindMax = Number(arg("--story-kind-max", "3"));

/** Priors: not fitted here (see header). */
const PRIORS: ClusterParams = {
  eventThreshold: 0.3, storyThreshold: 0.25, eventMergeThreshold: 0.4, storyMergeThreshold: 0.25, orphanThreshold: 0.2,
  eventWeights: { terms: 1, entities: 0.5, numbers: 1, people: 1 }, storyWeights: { terms: 1, entities: 1, numbers: 0 },
  titleWeight: 2, leadWeight: 1.5, leadTokens: 40, namesAsTerms: true,
  eventTimeScaleDays: 3, storyTimeScaleDays: 30, eventWindowDays: 10, storyWindowDays: 90, windowArticles: 100_000,
  idfPseudoDocs: 50, maxDocTerms: 60, maxCentroidTerms: 200, candidateTerms: 20, postingCap: 40, maxCandidates: 24, consolidateEvery: 1000,
  copies: { shingle: 5, bands: 16, rows: 4, jaccard: 0.8, containment: 0.9, minSizeRatio: 0.5, minShingles: 12 },
};
// storyMinNames is a prior: ECB+ cannot teach it, since its topics are kinds of happening (two
// earthquakes) while a storyline follows one cast. It is the least shared-name level that splits
// the storylines of a generated undated short stream (story F1 0.07 -> 0.91 at 0.02) and leaves
// ECB+ as it was (story 0.929 -> 0.928); see bench/README.md, "Storylines by names". With it,
// storyKindMax (also a prior): a word-level storyline of at most that many events stays whole, so
// a kind that only two or three events share (an ECB+ topic) is not split for want of names.
const BATCH0: BatchParams = {
  eventThreshold: 0.25, contrastThreshold: 0.1, storyThreshold: 0.045, orphanThreshold: 0.25,
  ...(storyMinNames === "off" ? {} : { storyMinNames: Number(storyMinNames), storyKindMax }),
  eventWeights: { terms: 1, entities: 1, numbers: 1, people: 1 }, storyWeights: { terms: 1, entities: 0, numbers: 0, people: 0 },
};

/** The grid: event stage first (it decides the story stage's input), then the story stage. */
const EVENT_GRID: Partial<BatchParams>[] = [];
for (const contrastThreshold of [0.09, 0.1, 0.11])
  for (const entities of [0.5, 1])
    for (const people of [1, 1.5])
      for (const orphanThreshold of [0.2, 0.25])
        for (const fragmentThreshold of [1, 0.06, 0.07, 0.08])
          // nearestShare 0.5 was in the grid until 2026-11-24 and never chosen; the IDF reference took its place.
          for (const idfReferenceDocs of [undefined, 600])
            EVENT_GRID.push({ eventThreshold: 0.25, contrastThreshold, orphanThreshold, fragmentThreshold, fragmentShare: 0.5, idfReferenceDocs, eventWeights: { terms: 1, entities, numbers: 1, people } });
const STORY_GRID: Partial<BatchParams>[] = [];
for (const storyThreshold of [0.035, 0.04, 0.045, 0.05])
  for (const entities of [0, 0.25])
    STORY_GRID.push({ storyThreshold, storyWeights: { terms: 1, entities, numbers: 0, people: 0 } });

const withBatch = (b: BatchParams): ClusterParams => ({ ...PRIORS, batch: b });

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

/** The seeds and their gold partition, when the shared folder has them. */
const seeds = await loadSeeds();

async function loadSeeds(): Promise<{ items: ClusterInput[]; features: RawFeatures[]; events: string[][]; stories: string[][] } | null> {
  const dir = join(sharedDir, "seeds");
  const goldPath = join(sharedDir, "gold", "seeds.json");
  if (!existsSync(dir) || !existsSync(goldPath)) return null;
  const items: ClusterInput[] = [];
  for await (const r of readArticles([dir])) if (isArticle(r)) items.push({ article: r, analysis: analyze(r) });
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { clusters: { events: string[][]; stories: string[][] } };
  return { items, features: items.map((it) => rawFeatures(it.article, it.analysis, PRIORS)), ...gold.clusters };
}

/** The bundled sample corpus and its gold events and stories. */
const examples = await loadExamples();

async function loadExamples(): Promise<{ items: ClusterInput[]; features: RawFeatures[]; events: string[][]; stories: string[][] }> {
  const root = resolve(import.meta.dirname, "../examples");
  const items: ClusterInput[] = [];
  for await (const r of readArticles([join(root, "corpus")])) if (isArticle(r)) items.push({ article: r, analysis: analyze(r) });
  const gold = JSON.parse(readFileSync(join(root, "gold.json"), "utf8")) as { clusters: { events: string[][]; stories: string[][] } };
  return { items, features: items.map((it) => rawFeatures(it.article, it.analysis, PRIORS)), events: gold.clusters.events, stories: gold.clusters.stories };
}

/** Whether the listed groups get one label each, all different. */
function samePartition(groups: string[][], label: Map<string, string>): boolean {
  const labels = groups.map((g) => new Set(g.map((id) => label.get(id))));
  if (labels.some((l) => l.size !== 1)) return false;
  return new Set(labels.map((l) => [...l][0])).size === groups.length;
}

/** Whether a setting reproduces the seeds' gold events and story and the sample corpus's gold stories. */
const holds = new Map<string, boolean>();
function seedsHold(p: ClusterParams): boolean {
  const key = JSON.stringify(p.batch);
  if (!holds.has(key)) holds.set(key, samplesHold(p));
  return holds.get(key)!;
}

function samplesHold(p: ClusterParams): boolean {
  const ex = clusterArticles(examples.items, { params: p, explain: false, features: examples.features });
  if (!samePartition(examples.stories, new Map(ex.map((x) => [x.id, x.story])))) return false;
  if (!seeds) return true;
  const a = clusterArticles(seeds.items, { params: p, explain: false, features: seeds.features });
  return samePartition(seeds.events, new Map(a.map((x) => [x.id, x.event]))) && samePartition(seeds.stories, new Map(a.map((x) => [x.id, x.story])));
}

/**
 * A training subset is scored as the held-out fold is met: each of its folds clustered on its own
 * (about 150 articles), F1 averaged. Clustering the training folds together would fit the
 * thresholds to a collection four times larger than any it is measured on, and the similarity
 * levels move with a batch's size (ECB+: event F1 0.925 for topics clustered a fold at a time
 * against 0.947 inside the whole set).
 */
function scoreByFold(sub: Subset, params: ClusterParams): { event: number; story: number } {
  const byFold = new Map<number, number[]>();
  for (const i of sub.idx) {
    const f = foldOf.get(sub.set.gold.get(sub.set.items[i]!.article.id)!.story)!;
    (byFold.get(f) ?? byFold.set(f, []).get(f)!).push(i);
  }
  let event = 0;
  let story = 0;
  for (const idx of byFold.values()) {
    const s = score({ ...sub, idx }, params);
    event += s.event;
    story += s.story;
  }
  return { event: event / byFold.size, story: story / byFold.size };
}

function fit(sub: Subset): ClusterParams {
  let best = { b: BATCH0, s: -1 };
  for (const g of EVENT_GRID) {
    const b = { ...BATCH0, ...g };
    if (!seedsHold(withBatch(b))) continue;
    const s = scoreByFold(sub, withBatch(b)).event;
    if (s > best.s) best = { b, s };
  }
  if (best.s < 0) throw new Error("no event setting of the grid reproduces the samples' gold");
  let best2 = { b: best.b, s: -1 };
  for (const g of STORY_GRID) {
    const b = { ...best.b, ...g };
    if (!seedsHold(withBatch(b))) continue;
    const s = scoreByFold(sub, withBatch(b)).story;
    if (s > best2.s) best2 = { b, s };
  }
  if (best2.s < 0) throw new Error("no story setting of the grid reproduces the samples' gold");
  return withBatch(best2.b);
}

const set = await loadLabelledSet(resolve(dataDir, "articles.jsonl"), resolve(dataDir, "gold.jsonl"));
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
  console.error(`fold ${f}: held-out event F1 ${s.event.toFixed(3)} story F1 ${s.story.toFixed(3)} (${JSON.stringify(p.batch)})`);
}
const mean = (k: "event" | "story"): number => heldOut.reduce((s, h) => s + h[k], 0) / heldOut.length;
const final = fit({ set, idx: all, features });
const inSample = score({ set, idx: all, features }, final);

// The stream's event threshold, cross-validated over the same folds (scripts/fit-clustering-stream.ts).
const streamSub = (idx: number[]): StreamSubset => ({
  items: idx.map((i) => set.items[i]!),
  event: new Map(idx.map((i) => [set.items[i]!.article.id, set.gold.get(set.items[i]!.article.id)!.event])),
  story: new Map(idx.map((i) => [set.items[i]!.article.id, set.gold.get(set.items[i]!.article.id)!.story])),
});
// Then its storyline merge threshold, on the chosen event threshold, over the same folds.
const streamHeldOut: { fold: number; eventThreshold: number; storyMergeThreshold: number; event: number; story: number }[] = [];
for (let f = 0; f < folds; f++) {
  const inFold = (i: number): boolean => foldOf.get(set.gold.get(set.items[i]!.article.id)!.story) === f;
  const train = streamSub(all.filter((i) => !inFold(i)));
  const chosen = fitStreamThreshold(train, final, examples);
  const merge = fitStreamStoryMerge(train, { ...final, eventThreshold: chosen.eventThreshold }, examples);
  const s = streamF1(streamSub(all.filter(inFold)), { ...final, eventThreshold: chosen.eventThreshold, storyMergeThreshold: merge.storyMergeThreshold });
  streamHeldOut.push({ fold: f, eventThreshold: chosen.eventThreshold, storyMergeThreshold: merge.storyMergeThreshold, ...s });
  console.error(`stream fold ${f}: eventThreshold ${chosen.eventThreshold} storyMergeThreshold ${merge.storyMergeThreshold}, held-out event F1 ${s.event.toFixed(3)} story F1 ${s.story.toFixed(3)}`);
}
const streamFinal = fitStreamThreshold(streamSub(all), final, examples);
final.eventThreshold = streamFinal.eventThreshold;
const mergeFinal = fitStreamStoryMerge(streamSub(all), final, examples);
final.storyMergeThreshold = mergeFinal.storyMergeThreshold;
const streamMean = streamHeldOut.reduce((s, h) => s + h.event, 0) / folds;
const streamStoryMean = streamHeldOut.reduce((s, h) => s + h.story, 0) / folds;
const model = {
  about: "Clustering thresholds and weights. `params.batch` (batch clustering: `newsfold cluster`, `eval clustering`, processBatch) comes from a grid search on ecbplus-dev cross-validated over topics, constrained to settings that reproduce the seeds' gold; the stream's eventThreshold and storyMergeThreshold from grids cross-validated over the same folds (streamCrossValidation); the other fields are priors (see scripts/fit-clustering.ts).",
  command: `node --import tsx scripts/fit-clustering.ts --folds ${folds}`,
  data: "ecbplus-dev (772 articles, 33 topics); constraints: examples/gold.json stories" + (seeds ? ", ../shared/seeds gold events and story" : ""),
  fitted: ["batch", "eventThreshold", "storyMergeThreshold"],
  priors: Object.keys(PRIORS).filter((k) => k !== "eventThreshold" && k !== "storyMergeThreshold"),
  crossValidation: {
    folds, heldOut: heldOut.map((h) => ({ fold: h.fold, event: round(h.event), story: round(h.story) })),
    meanHeldOutEventBCubedF1: round(mean("event")), meanHeldOutStoryBCubedF1: round(mean("story")),
  },
  inSample: { event: round(inSample.event), story: round(inSample.story) },
  streamCrossValidation: {
    about: "the stream clusterer's eventThreshold: chosen on the other folds' topics (mean of their event BCubed F1 over 3 seeded shuffles and the sample corpus's stream event F1 in input and date order; sample corpus storylines kept), then its storyMergeThreshold on the same topics (their storyline BCubed F1 over the shuffles; sample corpus storylines kept, and a generated dated stream's storylines of one kind kept apart at story BCubed precision 0.9: ECB+ topics are kinds of happening, so ECB+ alone rewards joining them), both scored on the held-out fold's topics alone",
    grid: STREAM_EVENT_GRID, storyMergeGrid: STREAM_STORY_MERGE_GRID,
    heldOut: streamHeldOut.map((h) => ({ fold: h.fold, eventThreshold: h.eventThreshold, storyMergeThreshold: h.storyMergeThreshold, event: round(h.event), story: round(h.story) })),
    meanHeldOutEventBCubedF1: round(streamMean), meanHeldOutStoryBCubedF1: round(streamStoryMean), inSampleEvent: round(streamFinal.f1), inSampleStory: round(mergeFinal.f1),
  },
  params: final,
};
writeFileSync(out, JSON.stringify(model, null, 2) + "\n");
console.error(`mean held-out BCubed F1: event ${mean("event").toFixed(3)}, story ${mean("story").toFixed(3)}; in-sample event ${inSample.event.toFixed(3)} story ${inSample.story.toFixed(3)}`);
console.error(`stream: eventThreshold ${final.eventThreshold} storyMergeThreshold ${final.storyMergeThreshold}, mean held-out event F1 ${streamMean.toFixed(3)} story F1 ${streamStoryMean.toFixed(3)}; wrote ${out}`);

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
