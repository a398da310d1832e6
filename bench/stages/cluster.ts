/**
 * Copies and clustering: StreamClusterer.add on the generated stream (articles/s, p50/p99 per
 * article, peak RSS; event and story BCubed F1 against the generator's gold), and side by side a
 * plain TF-IDF single-pass clusterer written in the bench (bench/lib/plain-tfidf.ts) on the same
 * articles, up to --baseline-max articles (its cost grows with the number of events).
 * Timing covers clustering only, not generating or tokenising.
 *   node --import tsx bench/stages/cluster.ts --size 10000 [--baseline-max 10000]
 */
import type { GeneratedArticle } from "../lib/generator.js";
import { StreamClusterer } from "../../src/cluster/index.js";
import { scoreClustering } from "../../src/eval/clustering/index.js";
import { stageArgs } from "../lib/args.js";
import { benchStream } from "../lib/files.js";
import { PlainTfidfClusterer } from "../lib/plain-tfidf.js";
import { emit, measure, type StageResult } from "../lib/measure.js";

const args = stageArgs();
const size = args.size;
const baselineMax = Number(args.get("baseline-max") ?? 10000);
const stream: GeneratedArticle[] = [];
for (const g of benchStream(size)) {
  void g.analysis; // tokenise before timing
  stream.push(g);
}
const bytes = stream.reduce((s, g) => s + Buffer.byteLength(g.article.text), 0);
const gold = new Map(stream.map((g) => [g.article.id, g.event]));
const goldStory = new Map(stream.map((g) => [g.article.id, g.story]));
const f1 = (pred: Map<string, string>, g: Map<string, string>) => scoreClustering(pred, g).bcubed.f1.toFixed(3);

const sc = new StreamClusterer({ explain: false });
const pred = new Map<string, string>();
const predStory = new Map<string, string>();
const ours = await measure("cluster (StreamClusterer)", `gen-${size}`, stream, (g) => {
  const a = sc.add(g.article, g.analysis);
  pred.set(a.id, a.event);
  predStory.set(a.id, a.story);
  for (const c of sc.drainChanges()) {
    pred.set(c.id, c.event);
    predStory.set(c.id, c.story);
  }
}, { bytes });
ours.note = `event F1 ${f1(pred, gold)}, story F1 ${f1(predStory, goldStory)}`;
const rows: StageResult[] = [ours];
if (size <= baselineMax) {
  const b = new PlainTfidfClusterer(sc.params.eventThreshold);
  const bp = new Map<string, string>();
  const base = await measure("cluster (plain TF-IDF baseline)", `gen-${size}`, stream, (g) => bp.set(g.article.id, String(b.add(g.analysis))), { bytes });
  base.note = `event F1 ${f1(bp, gold)}`;
  ours.note += `; ${(ours.perSecond / base.perSecond).toFixed(2)}× the plain TF-IDF clusterer's articles/s`;
  rows.push(base);
}
emit(rows);
