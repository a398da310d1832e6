/**
 * HTML extraction speed and memory: newsfold's extractor against Readability.js + linkedom on
 * the same WCXB pages, each in its own process so that peak RSS is its own.
 *
 *   node --import tsx bench/extract-html.ts [DATASET_DIR] [--pages N]
 *
 * Pages are decoded before timing starts; the timed part is HTML string -> body text.
 * Readability is a dev dependency used here only.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

interface Result {
  engine: string;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakRssMb: number;
  baselineRssMb: number;
  chars: number;
}

function loadPages(dir: string, n: number): { html: string; url: string | null }[] {
  const files = readdirSync(join(dir, "html")).filter((f) => f.endsWith(".html.gz")).sort().slice(0, n);
  return files.map((f) => {
    const id = f.split(".")[0] as string;
    let url: string | null = null;
    try {
      url = (JSON.parse(readFileSync(join(dir, "ground-truth", `${id}.json`), "utf8")) as { url?: string }).url ?? null;
    } catch {
      url = null;
    }
    return { html: gunzipSync(readFileSync(join(dir, "html", f))).toString("utf8"), url };
  });
}

async function runChild(engine: string, dir: string, n: number): Promise<void> {
  const pages = loadPages(dir, n);
  let extract: (html: string, url: string | null) => string;
  if (engine === "newsfold") {
    const { extractHtml } = await import("../src/extract/html/index.js");
    extract = (html, url) => extractHtml(html, { url }).text;
  } else {
    const { parseHTML } = await import("linkedom");
    const { Readability } = await import("@mozilla/readability");
    extract = (html) => {
      const { document } = parseHTML(html);
      const article = new Readability(document as unknown as Document).parse();
      return article?.textContent ?? "";
    };
  }
  // Warm up on a few pages (JIT), then measure everything.
  for (const p of pages.slice(0, 5)) extract(p.html, p.url);
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let chars = 0;
  const t0 = process.hrtime.bigint();
  for (const p of pages) {
    try {
      chars += extract(p.html, p.url).length;
    } catch {
      // A page an engine cannot handle still counts as processed.
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const result: Result = {
    engine,
    pages: pages.length,
    seconds,
    pagesPerSecond: pages.length / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    baselineRssMb: baseline / 1024 / 1024,
    chars,
  };
  process.stdout.write(JSON.stringify(result) + "\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const childIdx = args.indexOf("--child");
  const pagesIdx = args.indexOf("--pages");
  const n = pagesIdx >= 0 ? Number(args[pagesIdx + 1]) : 300;
  const dir = resolve(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--pages" && args[i - 1] !== "--child") ?? "../shared/data/wcxb-dev");
  if (childIdx >= 0) {
    await runChild(args[childIdx + 1] as string, dir, n);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const rows: Result[] = [];
  for (const engine of ["newsfold", "readability"]) {
    const r = spawnSync(process.execPath, ["--import", "tsx", self, dir, "--pages", String(n), "--child", engine], { encoding: "utf8", maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      process.stderr.write(`${engine} failed:\n${r.stderr}\n`);
      continue;
    }
    rows.push(JSON.parse(r.stdout.trim()) as Result);
  }
  for (const r of rows) {
    console.log(`${r.engine.padEnd(12)} ${r.pages} pages  ${r.pagesPerSecond.toFixed(1).padStart(7)} pages/s  peak RSS ${r.peakRssMb.toFixed(0)} MB (after loading pages ${r.baselineRssMb.toFixed(0)} MB)`);
  }
}

await main();
