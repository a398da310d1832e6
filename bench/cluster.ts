/**
 * Clustering benchmark on generated streams (bench/generate.ts): articles/s and peak RSS of
 * StreamClusterer at each size, each size in a process of its own; event/story BCubed F1
 * against the generator's gold at sizes up to --quality-max; and a plain TF-IDF single-pass
 * clusterer side by side at sizes up to --baseline-max (its cost grows with the events).
 *
 *   node --import tsx bench/cluster.ts                      # 10,000 and 100,000
 *   node --import tsx bench/cluster.ts --sizes 10000,100000,1000000
 *   node --import tsx bench/cluster.ts --max 10000          # cap sizes
 *
 * Timing covers clustering only (`add`), not generating or tokenising the articles.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { generateStream } from "./generate.js";
import { PlainTfidfClusterer } from "./cluster-baseline.js";
import { StreamClusterer } from "../src/cluster/index.js";
import { scoreClustering } from "../src/eval/clustering/index.js";

const argv = process.argv.slice(2);
const opt = (name: string, dflt: string): string => (argv.includes(name) ? argv[argv.indexOf(name) + 1] ?? dflt : dflt);

interface Row {
  size: number;
  articlesPerSec: number;
  usPerArticle: number;
  usPerArticleLastTenth: number;
  peakRssMb: number;
  liveEvents: number;
  liveArticles: number;
  eventF1: number | null;
  storyF1: number | null;
  baseline: { articlesPerSec: number; eventF1: number } | null;
}

function child(size: number, qualityMax: number, baselineMax: number): Row {
  const sc = new StreamClusterer({ explain: false });
  const quality = size <= qualityMax;
  const pred = new Map<string, string>();
  const predStory = new Map<string, string>();
  const gold = new Map<string, string>();
  const goldStory = new Map<string, string>();
  let ms = 0;
  let msLast = 0;
  let i = 0;
  const tenth = Math.floor(size * 0.9);
  for (const g of generateStream({ articles: size, seed: 1 })) {
    const t0 = performance.now();
    const a = sc.add(g.article, g.analysis);
    const dt = performance.now() - t0;
    ms += dt;
    if (i++ >= tenth) msLast += dt;
    if (quality) {
      pred.set(a.id, a.event);
      predStory.set(a.id, a.story);
      gold.set(a.id, g.event);
      goldStory.set(a.id, g.story);
      for (const c of sc.drainChanges()) {
        pred.set(c.id, c.event);
        predStory.set(c.id, c.story);
      }
    } else sc.drainChanges();
  }
  const stats = sc.stats();
  const rss = process.resourceUsage().maxRSS / 1024;
  let baseline: Row["baseline"] = null;
  if (size <= baselineMax) {
    const b = new PlainTfidfClusterer(sc.params.eventThreshold);
    const bp = new Map<string, string>();
    let bms = 0;
    for (const g of generateStream({ articles: size, seed: 1 })) {
      const t0 = performance.now();
      bp.set(g.article.id, String(b.add(g.analysis)));
      bms += performance.now() - t0;
    }
    baseline = { articlesPerSec: Math.round(size / (bms / 1000)), eventF1: round(scoreClustering(bp, gold).bcubed.f1) };
  }
  return {
    size, articlesPerSec: Math.round(size / (ms / 1000)), usPerArticle: round((ms * 1000) / size),
    usPerArticleLastTenth: round((msLast * 1000) / (size - tenth)), peakRssMb: Math.round(rss), liveEvents: stats.events, liveArticles: stats.articles,
    eventF1: quality ? round(scoreClustering(pred, gold).bcubed.f1) : null, storyF1: quality ? round(scoreClustering(predStory, goldStory).bcubed.f1) : null, baseline,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

if (argv.includes("--child")) {
  const row = child(Number(opt("--child", "1000")), Number(opt("--quality-max", "100000")), Number(opt("--baseline-max", "10000")));
  process.stdout.write(JSON.stringify(row) + "\n");
} else {
  const max = Number(opt("--max", "Infinity"));
  const sizes = opt("--sizes", "10000,100000").split(",").map(Number).filter((n) => n <= max);
  const rows: Row[] = [];
  for (const n of sizes) {
    const r = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--child", String(n), "--quality-max", opt("--quality-max", "100000"), "--baseline-max", opt("--baseline-max", "10000")], { encoding: "utf8", maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      process.stderr.write(r.stderr);
      process.exit(1);
    }
    const row = JSON.parse(r.stdout.trim()) as Row;
    rows.push(row);
    process.stderr.write(`${n}: ${row.articlesPerSec} articles/s, ${row.usPerArticle} us/article (last tenth ${row.usPerArticleLastTenth}), peak RSS ${row.peakRssMb} MB, live events ${row.liveEvents}` +
      (row.eventF1 !== null ? `, event F1 ${row.eventF1}, story F1 ${row.storyF1}` : "") +
      (row.baseline ? `; plain TF-IDF ${row.baseline.articlesPerSec} articles/s, event F1 ${row.baseline.eventF1}` : "") + "\n");
  }
  if (rows.length > 1) {
    const a = rows[0]!;
    const b = rows[rows.length - 1]!;
    process.stderr.write(`cost per article at ${b.size} / at ${a.size}: ${round(b.usPerArticle / a.usPerArticle)}\n`);
  }
  process.stdout.write(JSON.stringify(rows) + "\n");
}
