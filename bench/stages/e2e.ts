/**
 * End-to-end: JSON Lines articles of about 4 KB (or the same articles as HTML news pages, or the
 * bundled sample) -> read, extract, analyse, cluster, store in a fresh SQLite file, dossiers
 * rebuilt: the whole of `newsfold ingest`, with its worker threads (`--threads N`, default as
 * the CLI: one per core). As the CLI, dossiers are left to be built when first read (story rows
 * are refreshed from outlines); `--dossiers` builds them in the run, as `newsfold ingest --dossiers`.
 *   node --import tsx bench/stages/e2e.ts --size 1000 [--html] [--threads 1] [--dossiers] [--built] [--label NAME] [--progress N] | --sample | --input PATH
 *
 * `--label` names the stage in the table (the scaling run uses its own name so its sizes chart as one line).
 * `--built` runs the compiled library in dist/ (`npm run build`), as the installed `newsfold` does:
 * from sources, every worker thread compiles the TypeScript again when it starts (~0.4 CPU-s each).
 * `--input PATH` ingests the given files or directory (real pages, say) instead of generated ones.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { tmpdir } from "node:os";
import { existsSync } from "node:fs";
import type * as IngestModule from "../../src/ingest/index.js";
import type * as PipelineModule from "../../src/pipeline/ingest.js";
import type * as ParallelModule from "../../src/pipeline/parallel.js";
import type * as StoreModule from "../../src/store/index.js";
import { stageArgs } from "../lib/args.js";
import { generatedJsonl } from "../lib/files.js";
import { emit, measureBatch, withItems } from "../lib/measure.js";

const args = stageArgs();
const built = args.flags.has("--built");
const root = join(import.meta.dirname, "..", "..");
const lib = built ? join(root, "dist", "src") : join(root, "src");
if (built && !existsSync(join(lib, "index.js"))) throw new Error("--built needs the compiled library: run `npm run build` first");
const ext = built ? "js" : "ts";
const { readInputs } = (await import(join(lib, "ingest", `index.${ext}`))) as typeof IngestModule;
const { Ingester } = (await import(join(lib, "pipeline", `ingest.${ext}`))) as typeof PipelineModule;
const { defaultThreads } = (await import(join(lib, "pipeline", `parallel.${ext}`))) as typeof ParallelModule;
const { SqliteStore } = (await import(join(lib, "store", `index.${ext}`))) as typeof StoreModule;
const sample = args.flags.has("--sample");
const html = args.flags.has("--html");
const threads = args.get("threads") !== undefined ? Number(args.get("threads")) : undefined;
const dossiers = args.flags.has("--dossiers") ? "build" : "defer";
const given = args.get("input");
const input = given ?? (sample ? join(root, "examples", "corpus") : await generatedJsonl(args.size, html));
const dir = mkdtempSync(join(tmpdir(), "nf-e2e-"));

// Long runs report each tenth on stderr: CPU per article in that window shows whether the ingest
// phase slows as the store and the clusterer grow, even before the run (and its dossiers) ends.
const step = args.get("progress") !== undefined ? Number(args.get("progress")) : !sample && args.size >= 10000 ? args.size / 10 : Infinity;
let mark = { read: 0, t: performance.now(), cpu: process.cpuUsage() };
function progress(s: { read: number }): void {
  if (s.read < mark.read + step) return;
  const now = { read: s.read, t: performance.now(), cpu: process.cpuUsage() };
  const cpuS = (now.cpu.user + now.cpu.system - mark.cpu.user - mark.cpu.system) / 1e6;
  const n = now.read - mark.read;
  process.stderr.write(
    `e2e gen-${args.size}: ${now.read} read; last ${n}: ${((1000 * cpuS) / n).toFixed(2)} ms CPU and ${((now.t - mark.t) / n).toFixed(2)} ms wall per article; RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB (peak ${Math.round(process.resourceUsage().maxRSS / 1024)})\n`,
  );
  mark = now;
}
try {
  const store = new SqliteStore(join(dir, "bench.db"));
  await store.migrate();
  let stored = 0;
  const bytes = sample || given !== undefined ? 0 : statSync(input).size;
  const r = await measureBatch(
    `${args.get("label") ?? "end-to-end ingest"}${html ? " (HTML)" : ""}${threads === 0 ? ", one thread" : threads !== undefined ? `, ${threads} workers` : ""}${dossiers === "build" ? ", dossiers built" : ""}`,
    given !== undefined ? basename(given) : sample ? "sample" : `gen-${args.size}`,
    0,
    async () => {
      const s = await new Ingester(store, { threads: threads ?? defaultThreads(), dossiers }).ingest(readInputs([input]), { onProgress: progress });
      stored = s.read;
    },
    { ...(bytes > 0 ? { bytes } : {}), ...(html ? { unit: "page" } : {}), ...(built ? { note: "compiled (dist/)" } : {}) },
  );
  await store.close();
  emit([withItems(r, stored)]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
