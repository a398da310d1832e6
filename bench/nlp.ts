/**
 * Throughput of the language layer: articles per second of `analyze` (tokens, sentences,
 * entities, dates and quotes) on 4 KB articles, on one core, and the peak RSS.
 *
 * Usage: node --import tsx bench/nlp.ts [seconds=5]
 * Articles: the PolNeAR-dev texts from ../shared/data (cut to ~4 KB at a line end), read at run
 * time; without ../shared, generated fictional text of the same size.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Article } from "../src/core/types.js";
import { analyze } from "../src/nlp/index.js";

const SIZE = 4096;
const seconds = Number(process.argv[2] ?? 5);
const dir = resolve(import.meta.dirname, "..", "..", "shared", "data", "polnear-dev", "dev", "text");

function cut(text: string): string {
  if (text.length <= SIZE) return text;
  const nl = text.lastIndexOf("\n", SIZE);
  return text.slice(0, nl > SIZE / 2 ? nl : SIZE);
}

function generated(n: number): string[] {
  const names = ["Anna Kessler", "Tomas Brannigan", "Mira Okonjo", "Jonas Petrakis"];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let t = "";
    for (let k = 0; t.length < SIZE; k++) {
      const p = names[(i + k) % names.length]!;
      t += `Foreign Minister ${p} said on Tuesday that the Velmar movement would meet the envoy. "We will wait," ${p.split(" ")[1]} told reporters in Ostrava on Monday, March ${(k % 27) + 1}. He added that the talks were useful.\n`;
    }
    out.push(t.slice(0, SIZE));
  }
  return out;
}

const texts = existsSync(dir)
  ? readdirSync(dir).sort().map((f) => cut(readFileSync(join(dir, f), "utf8"))).filter((t) => t.length >= SIZE / 2)
  : generated(50);
const articles: Article[] = texts.map((text, i) => ({
  id: `b${i}`, path: `b${i}`, url: null, outlet: null, title: null, byline: null, published: null, dateline: null, language: "en", text, removed: [],
}));
const avg = texts.reduce((s, t) => s + t.length, 0) / texts.length;

for (const a of articles.slice(0, 10)) analyze(a); // warm-up (loads wink's model, JIT)
let done = 0;
let peak = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  analyze(articles[done % articles.length]!);
  done++;
  if (done % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const elapsed = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// Per CPU-second as well as per wall-second: on a shared, loaded machine the wall rate understates.
console.log(
  `nlp analyze: ${(done / elapsed).toFixed(0)} articles/s wall, ${(done / cpuSeconds).toFixed(0)} articles per CPU-second`,
);
console.log(
  `  ${(done / elapsed).toFixed(0)} articles/s (${done} articles of ${avg.toFixed(0)} chars avg from ${existsSync(dir) ? "polnear-dev" : "generated text"}, ${elapsed.toFixed(1)} s, one core), peak RSS ${(peak / 1048576).toFixed(0)} MB`,
);
