/**
 * Runs an HTML extractor over a labelled data set and scores it with the data set's own
 * metric (WCXB word bag or AEB shingles), keeping per-page scores for `--worst`.
 */
import { extractHtml } from "../../extract/html/index.js";
import { loadDataset, type DatasetFormat } from "./datasets.js";
import { macroAverage, shingleCounts, shingleSummary, wordBagScore, type PageScore, type Summary } from "./metrics.js";

export interface PageResult extends PageScore {
  id: string;
  url: string | null;
  /** Seconds spent extracting this page. */
  seconds: number;
}

export interface EvaluationReport {
  format: DatasetFormat;
  metric: "word-bag" | "shingle";
  summary: Summary;
  /** Metadata accuracy where the data set has labels (share of labelled pages right). */
  metadata: { title: number | null; author: number | null; published: number | null };
  pagesPerSecond: number;
  pages: PageResult[];
}

/** A body extractor under test: HTML (and URL) in, text out. */
export type Extractor = (html: string, url: string | null) => { text: string; title?: string | null; byline?: string | null; published?: string | null };

const defaultExtractor: Extractor = (html, url) => extractHtml(html, { url });

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Evaluates `extract` on a data set. */
export function evaluateExtraction(format: DatasetFormat, dir: string, extract: Extractor = defaultExtractor, only?: Set<string>): EvaluationReport {
  const pages: PageResult[] = [];
  const shingle: ReturnType<typeof shingleCounts>[] = [];
  const meta: Record<"title" | "author" | "published", [number, number]> = { title: [0, 0], author: [0, 0], published: [0, 0] };
  let total = 0;
  for (const p of loadDataset(format, dir, only)) {
    const t0 = process.hrtime.bigint();
    let out: ReturnType<Extractor>;
    try {
      out = extract(p.html, p.url);
    } catch {
      out = { text: "" };
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    total += seconds;
    if (format === "aeb") {
      const c = shingleCounts(out.text, p.gold.text);
      shingle.push(c);
      const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
      const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
      pages.push({ id: p.id, url: p.url, seconds, precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 });
    } else {
      pages.push({ id: p.id, url: p.url, seconds, ...wordBagScore(out.text, p.gold.text) });
    }
    if (p.gold.title) {
      meta.title[1]++;
      if (out.title && norm(out.title) === norm(p.gold.title)) meta.title[0]++;
    }
    if (p.gold.author) {
      meta.author[1]++;
      if (out.byline && norm(out.byline).includes(norm(p.gold.author))) meta.author[0]++;
    }
    if (p.gold.published) {
      meta.published[1]++;
      if (out.published && out.published.slice(0, 10) === p.gold.published.slice(0, 10)) meta.published[0]++;
    }
  }
  const share = ([ok, n]: [number, number]): number | null => (n > 0 ? ok / n : null);
  return {
    format,
    metric: format === "aeb" ? "shingle" : "word-bag",
    summary: format === "aeb" ? shingleSummary(shingle) : macroAverage(pages),
    metadata: { title: share(meta.title), author: share(meta.author), published: share(meta.published) },
    pagesPerSecond: total > 0 ? pages.length / total : 0,
    pages,
  };
}
