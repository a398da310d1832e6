/**
 * `npm run bench`: every stage's benchmark and the end-to-end pipeline, each in a process of its
 * own (so peak RSS is its own), on generated corpora of 1,000 / 10,000 / 100,000 articles and on
 * the bundled sample. Prints a table, writes bench/results/<time>.json and latest.json, and draws
 * bench/results/cost-per-article.svg (per-article cost against corpus size).
 *
 *   npm run bench                 # everything (the 100,000-article runs and the clustering of 1,000,000 take several minutes)
 *   npm run bench -- --quick      # 1,000-article sizes only
 *   npm run bench -- --only e2e   # the jobs named e2e or e2e-*
 *   npm run bench -- --sizes 1000,10000   # corpus sizes of the sized jobs
 *   npm run bench -- --only e2e-scale     # end-to-end at 1,000 / 10,000 / 100,000 (or --sizes), with the
 *                                         # per-article cost ratio largest/smallest and the 100k peak RSS
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import type { StageResult } from "./lib/measure.js";
import { costChart, resultsTable, scalingLines } from "./lib/table.js";

const argv = process.argv.slice(2);
const WCXB_HTML = join(import.meta.dirname, "..", "..", "shared", "data", "wcxb-dev", "html");
const quick = argv.includes("--quick");
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
const sizesArg = argv.includes("--sizes") ? argv[argv.indexOf("--sizes") + 1]!.split(",").map(Number) : undefined;
const sizes = sizesArg ?? (quick ? [1000] : [1000, 10000, 100000]);
// The clustering step is measured where its goals are set (issue 4: 10,000, 100,000 and 1,000,000
// articles; the million takes about 6 minutes on one core, most of it generating the stream).
const clusterSizes = sizesArg ?? (quick ? [1000] : [10000, 100000, 1000000]);
// The scaling run is long (the 100,000-article ingest takes many minutes), so it runs only when named.
const scaleSizes = sizesArg ?? [1000, 10000, 100000];
const wantScale = only?.split(",").includes("e2e-scale") ?? false;

interface Job {
  name: string;
  script: string;
  args: string[];
}

const jobs: Job[] = [
  ...sizes.map((n) => ({ name: `read-${n}`, script: "stages/read.ts", args: ["--size", String(n)] })),
  { name: "extract-html", script: "stages/extract-html.ts", args: ["--pages", quick ? "100" : "300"] },
  { name: "clean-text", script: "stages/clean-text.ts", args: ["--size", "1000"] },
  { name: "nlp", script: "stages/nlp.ts", args: ["--size", quick ? "300" : "1000"] },
  ...clusterSizes.map((n) => ({ name: `cluster-${n}`, script: "stages/cluster.ts", args: ["--size", String(n), "--baseline-max", "10000"] })),
  { name: "dossier", script: "stages/dossier.ts", args: ["--size", quick ? "100" : "200"] },
  { name: "store", script: "stages/store.ts", args: ["--size", quick ? "1000" : "10000"] },
  { name: "http", script: "stages/http.ts", args: ["--size", "1000"] },
  { name: "e2e-sample", script: "stages/e2e.ts", args: ["--sample"] },
  ...sizes.map((n) => ({ name: `e2e-${n}`, script: "stages/e2e.ts", args: ["--size", String(n)] })),
  { name: "workers", script: "stages/workers.ts", args: ["--size", quick ? "500" : "2000"] },
  { name: "e2e-1thread", script: "stages/e2e.ts", args: ["--size", "1000", "--threads", "0"] },
  { name: "e2e-dossiers", script: "stages/e2e.ts", args: ["--size", "1000", "--dossiers"] },
  { name: "e2e-html", script: "stages/e2e.ts", args: ["--size", "1000", "--html"] },
  // Real news pages (the development set beside the repo), when present: generated pages are tidier.
  ...(existsSync(WCXB_HTML) ? [{ name: "e2e-wcxb", script: "stages/e2e.ts", args: ["--input", WCXB_HTML, "--html"] }] : []),
]
  .filter((j) => !only || only.split(",").some((o) => j.name === o || j.name.startsWith(o + "-")))
  .concat(wantScale ? scaleSizes.map((n) => ({ name: `e2e-scale-${n}`, script: "stages/e2e.ts", args: ["--size", String(n), "--label", "end-to-end ingest (scaling)"] })) : [])
  // End-to-end jobs run the compiled library, as the installed CLI does (see e2e.ts --built).
  .map((j) => (j.script === "stages/e2e.ts" ? { ...j, args: [...j.args, "--built"] } : j));

if (jobs.some((j) => j.args.includes("--built"))) {
  process.stderr.write("bench: npm run build (the end-to-end jobs run dist/) ...\n");
  const b = spawnSync("npm", ["run", "build"], { cwd: join(import.meta.dirname, ".."), stdio: ["ignore", "ignore", "inherit"] });
  if (b.status !== 0) throw new Error("npm run build failed");
}

const results: StageResult[] = [];
for (const job of jobs) {
  process.stderr.write(`bench: ${job.name} ...\n`);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, job.script), ...job.args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = r.stdout.split("\n").find((l) => l.startsWith("@@bench "));
  if (r.status !== 0 || !line) {
    process.stderr.write(`bench: ${job.name} failed (exit ${r.status})\n${r.stdout.slice(-2000)}\n`);
    continue;
  }
  results.push(...(JSON.parse(line.slice(8)) as StageResult[]));
  // Kept after every job, so a long run stopped part-way still leaves what it measured.
  mkdirSync(join(import.meta.dirname, "results"), { recursive: true });
  writeFileSync(join(import.meta.dirname, "results", "partial.json"), JSON.stringify({ date: new Date().toISOString(), results }, null, 1));
}

const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? "?", memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
const table = resultsTable(results);
const scaling = scalingLines(results);
process.stdout.write(`\nnewsfold benchmarks on ${machine.cpus} × ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}\n\n${table}`);
if (scaling.length > 0) process.stdout.write(`\n${scaling.map((l) => `- ${l}`).join("\n")}\n`);
const dir = join(import.meta.dirname, "results");
mkdirSync(dir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const doc = JSON.stringify({ date: new Date().toISOString(), machine, quick, results, scaling }, null, 1);
writeFileSync(join(dir, `${stamp}.json`), doc);
writeFileSync(join(dir, "latest.json"), doc);
writeFileSync(join(dir, "latest.md"), table + (scaling.length > 0 ? `\n${scaling.map((l) => `- ${l}`).join("\n")}\n` : ""));
writeFileSync(join(dir, "cost-per-article.svg"), costChart(results, "newsfold: cost per article against corpus size"));
process.stderr.write(`bench: wrote bench/results/latest.json, latest.md and cost-per-article.svg\n`);
