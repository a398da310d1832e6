/**
 * Copies and clustering: StreamClusterer.add on the generated stream (articles/s, p50/p99 per
 * article, peak RSS; event and story BCubed F1 against the generator's gold), and side by side a
 * plain TF-IDF single-pass clusterer written in the bench (bench/lib/plain-tfidf.ts) on the same
 * articles, up to --baseline-max articles (its cost grows with the number of events).
 * Timing covers clustering only, not generating or tokenising. Sizes above --baseline-max are
 * streamed: each article is generated, clustered and dropped, so the peak memory is the
 * clusterer's own (bounded by its time window), and F1 is scored over the first --score-max.
 *   node --import tsx bench/stages/cluster.ts --size 10000 [--baseline-max 10000] [--score-max 100000] [--evidence]
 *
 * `--evidence` (streamed sizes) splits the work as `newsfold ingest` does: each article's evidence
 * (raw features + copy fingerprint, clusterEvidence) is made first, as the ingest workers make it,
 * and timed apart; the row is the ordered placement (StreamClusterer.addEvidence) on the ingest thread.
 * The note carries a digest of the scored assignments, to check that a speed change moved no article.
 */
import { createHash } from "node:crypto";
import type { GeneratedArticle } from "../lib/generator.js";
import { StreamClusterer, clusterEvidence, type ClusterEvidence } from "../../src/cluster/index.js";
import { scoreClustering } from "../../src/eval/clustering/index.js";
import { stageArgs } from "../lib/args.js";
import { benchStream } from "../lib/files.js";
import { PlainTfidfClusterer } from "../lib/plain-tfidf.js";
import { emit, measure, peakRssMb, type StageResult } from "../lib/measure.js";

const args = stageArgs();
const size = args.size;
const baselineMax = Number(args.get("baseline-max") ?? 10000);
/** Articles whose assignments are scored (the first ones): scoring every article of a long stream would hold its ids. */
const scoreMax = Number(args.get("score-max") ?? 100_000);
const f1 = (pred: Map<string, string>, g: Map<string, string>) => scoreClustering(pred, g).bcubed.f1.toFixed(3);
/**
 * A short hash of the scored articles' final event and storyline ids: a speed change that must
 * leave clustering as it was shows the same digest on the same --size (F1 to three places can hide a moved article).
 */
const assignmentsDigest = (events: Map<string, string>, stories: Map<string, string>): string => {
  const h = createHash("sha1");
  for (const [id, ev] of events) h.update(`${id}=${ev}/${stories.get(id) ?? ""};`);
  return h.digest("hex").slice(0, 12);
};

if (size > baselineMax) {
  // Long streams are generated on the fly and never held: the peak memory is the clusterer's.
  const sc = new StreamClusterer({ explain: false });
  const pred = new Map<string, string>();
  const predStory = new Map<string, string>();
  const gold = new Map<string, string>();
  const goldStory = new Map<string, string>();
  let cpu = 0;
  let wall = 0;
  let bytes = 0;
  let n = 0;
  const lat: number[] = [];
  // Articles come in chunks, each generated and tokenised before it is timed as a whole: one CPU
  // reading per chunk, as a reading per article (tens of microseconds) would be counted as clustering.
  const CHUNK = 1000;
  const split = args.flags.has("--evidence");
  let evidenceCpu = 0;
  const evidence = new Map<GeneratedArticle, ClusterEvidence>();
  const place = (g: GeneratedArticle): void => {
    const timed = n % 97 === 0;
    const t0 = timed ? performance.now() : 0;
    const ev = split ? evidence.get(g) : undefined;
    const a = ev ? sc.addEvidence(g.article, ev) : sc.add(g.article, g.analysis);
    const changes = sc.drainChanges();
    if (timed) lat.push(performance.now() - t0);
    if (n < scoreMax) {
      gold.set(g.article.id, g.event);
      goldStory.set(g.article.id, g.story);
      pred.set(a.id, a.event);
      predStory.set(a.id, a.story);
    }
    for (const ch of changes) {
      if (!pred.has(ch.id)) continue;
      pred.set(ch.id, ch.event);
      predStory.set(ch.id, ch.story);
    }
    n++;
  };
  let chunk: GeneratedArticle[] = [];
  const run = (): void => {
    if (split) {
      const e0 = process.cpuUsage();
      for (const g of chunk) evidence.set(g, clusterEvidence(g.article, g.analysis, sc.params));
      const e = process.cpuUsage(e0);
      evidenceCpu += (e.user + e.system) / 1e6;
    }
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const g of chunk) place(g);
    wall += performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu += (c.user + c.system) / 1e6;
    chunk = [];
    evidence.clear();
  };
  for (const g of benchStream(size)) {
    void g.analysis; // tokenise before timing
    bytes += Buffer.byteLength(g.article.text);
    chunk.push(g);
    if (chunk.length === CHUNK) run();
  }
  run();
  lat.sort((x, y) => x - y);
  const st = sc.stats();
  const seconds = wall / 1000;
  const row: StageResult = {
    stage: split ? "cluster placement given evidence (ingest thread)" : "cluster (StreamClusterer)", dataset: `gen-${size}`, unit: "article", items: n, seconds, perSecond: n / seconds,
    usPerItem: (seconds * 1e6) / n, mbPerSecond: bytes / 1e6 / seconds, peakRssMb: peakRssMb(),
    p50Ms: lat[Math.floor(lat.length * 0.5)] ?? null, p99Ms: lat[Math.floor(lat.length * 0.99)] ?? null, cpuSeconds: cpu, perCpuSecond: n / cpu,
    note: `streamed (articles generated on the fly); event F1 ${f1(pred, gold)}, story F1 ${f1(predStory, goldStory)} over the first ${Math.min(n, scoreMax)} ` +
      `(assignments digest ${assignmentsDigest(pred, predStory)}); ` +
      `live at the end: ${st.articles} articles, ${st.events} events, ${st.stories} stories, ${st.vocabulary} terms` +
      (split ? `; evidence (made in the ingest workers) ${Math.round(n / evidenceCpu)} per CPU-second, both ${Math.round(n / (cpu + evidenceCpu))}` : ""),
  };
  emit([row]);
} else {
  const stream: GeneratedArticle[] = [];
  for (const g of benchStream(size)) {
    void g.analysis; // tokenise before timing
    stream.push(g);
  }
  const bytes = stream.reduce((s, g) => s + Buffer.byteLength(g.article.text), 0);
  const gold = new Map(stream.map((g) => [g.article.id, g.event]));
  const goldStory = new Map(stream.map((g) => [g.article.id, g.story]));

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
  const b = new PlainTfidfClusterer(sc.params.eventThreshold);
  const bp = new Map<string, string>();
  const base = await measure("cluster (plain TF-IDF baseline)", `gen-${size}`, stream, (g) => bp.set(g.article.id, String(b.add(g.analysis))), { bytes });
  base.note = `event F1 ${f1(bp, gold)}`;
  ours.note += `; ${(ours.perSecond / base.perSecond).toFixed(2)}× the plain TF-IDF clusterer's articles/s`;
  rows.push(base);
  emit(rows);
}
