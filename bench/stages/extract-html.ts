/**
 * HTML extraction: newsfold's extractArticle on HTML pages against Readability.js + linkedom on
 * the same pages, each engine in a process of its own (so peak RSS is its own); the ratio of
 * their rates is the figure that counts on a noisy machine.
 *
 *   node --import tsx bench/stages/extract-html.ts [--pages N] [--dir DATASET_DIR]
 *
 * Pages: ../shared/data/wcxb-dev/html when present, else the HTML pages of examples/corpus
 * (repeated to N). Pages are decoded before timing; the timed part is HTML string -> body text.
 * Readability is a dev dependency used here only.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import type { RawArticle } from "../../src/core/types.js";
import { stageArgs } from "../lib/args.js";
import { emit, measure, type StageResult } from "../lib/measure.js";

const REPO = resolve(import.meta.dirname, "..", "..");
const WCXB = resolve(REPO, "..", "shared", "data", "wcxb-dev");

interface Page {
  html: string;
  url: string | null;
}

function loadPages(dir: string | null, n: number): { pages: Page[]; dataset: string } {
  if (dir && existsSync(join(dir, "html"))) {
    const files = readdirSync(join(dir, "html")).filter((f) => f.endsWith(".html.gz")).sort().slice(0, n);
    const pages = files.map((f) => {
      let url: string | null = null;
      try {
        url = (JSON.parse(readFileSync(join(dir, "ground-truth", `${f.split(".")[0]}.json`), "utf8")) as { url?: string }).url ?? null;
      } catch {
        url = null;
      }
      return { html: gunzipSync(readFileSync(join(dir, "html", f))).toString("utf8"), url };
    });
    return { pages, dataset: "wcxb-dev" };
  }
  const own = join(REPO, "examples", "corpus", "html");
  const base = readdirSync(own).filter((f) => f.endsWith(".html")).sort().map((f) => ({ html: readFileSync(join(own, f), "utf8"), url: null }));
  return { pages: Array.from({ length: Math.min(n, base.length * 20) }, (_, i) => base[i % base.length]!), dataset: "examples/corpus/html" };
}

async function child(engine: string, dir: string | null, n: number): Promise<StageResult> {
  const { pages, dataset } = loadPages(dir, n);
  let extract: (p: Page, i: number) => string;
  if (engine === "newsfold") {
    const { extractArticle } = await import("../../src/extract/index.js");
    extract = (p, i) => {
      const raw: RawArticle = { id: `p${i}`, source: `page-${i}`, kind: "html", format: "html", body: p.html, url: p.url, hints: {} };
      return extractArticle(raw).text;
    };
  } else {
    const { parseHTML } = await import("linkedom");
    const { Readability } = await import("@mozilla/readability");
    extract = (p) => {
      const { document } = parseHTML(p.html);
      return new Readability(document as unknown as Document).parse()?.textContent ?? "";
    };
  }
  for (let i = 0; i < Math.min(5, pages.length); i++) extract(pages[i]!, i); // warm-up (JIT)
  const bytes = pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0);
  let failed = 0;
  const r = await measure(
    engine === "newsfold" ? "extract HTML (newsfold)" : "extract HTML (Readability+linkedom)",
    dataset,
    pages,
    (p, i) => {
      try {
        extract(p, i);
      } catch {
        failed++; // a page an engine cannot handle still counts as processed
      }
    },
    { bytes, unit: "page" },
  );
  return failed > 0 ? { ...r, note: `${failed} pages threw` } : r;
}

const args = stageArgs();
const n = Number(args.get("pages") ?? 300);
const dir = args.get("dir") ?? (existsSync(WCXB) ? WCXB : null);
const engine = args.get("child");
if (engine) {
  emit([await child(engine, dir, n)]);
} else {
  const rows: StageResult[] = [];
  for (const e of ["newsfold", "readability"]) {
    const r = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--pages", String(n), ...(dir ? ["--dir", dir] : []), "--child", e], { encoding: "utf8", maxBuffer: 1 << 26, stdio: ["ignore", "pipe", "inherit"] });
    const line = r.stdout.split("\n").find((l) => l.startsWith("@@bench "));
    if (r.status !== 0 || !line) throw new Error(`extract-html: ${e} failed (exit ${r.status})`);
    rows.push(...(JSON.parse(line.slice(8)) as StageResult[]));
  }
  const [ours, theirs] = rows as [StageResult, StageResult];
  const ratio = (x: number | undefined, y: number | undefined) => (x && y ? (x / y).toFixed(2) : "?");
  ours.note = [ours.note, `${ratio(ours.perSecond, theirs.perSecond)}× Readability's pages/s (${ratio(ours.perCpuSecond, theirs.perCpuSecond)}× per CPU-second)`].filter(Boolean).join("; ");
  emit(rows);
}
