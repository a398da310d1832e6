/**
 * Loaders for labelled extraction data sets, yielding one page at a time (memory stays flat):
 * - `wcxb`: `html/<id>.html.gz` + `ground-truth/<id>.json` (`ground_truth.main_content`, `title`,
 *   `author`, `publish_date`; `url` at the top level).
 * - `aeb` (Scrapinghub article-extraction-benchmark): `html/<id>.html.gz` + one
 *   `ground-truth.json` mapping id to `{articleBody, url?}`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { decodeHtml } from "../../extract/html/charset.js";

export type DatasetFormat = "wcxb" | "aeb";

export interface LabelledPage {
  id: string;
  html: string;
  url: string | null;
  gold: { text: string; title: string | null; author: string | null; published: string | null };
}

function readHtmlFile(path: string): string {
  const bytes = readFileSync(path);
  return decodeHtml(path.endsWith(".gz") ? gunzipSync(bytes) : bytes);
}

function htmlFiles(dir: string): { id: string; path: string }[] {
  const htmlDir = join(dir, "html");
  if (!existsSync(htmlDir)) throw new Error(`${dir}: no html/ folder`);
  return readdirSync(htmlDir)
    .filter((f) => /\.html?(?:\.gz)?$/.test(f))
    .sort()
    .map((f) => ({ id: f.split(".")[0] as string, path: join(htmlDir, f) }));
}

function strOrNull(v: unknown): string | null {
  return typeof v === "string" && v.trim().length > 0 ? v : null;
}

/** The page ids of a data set, sorted (for splits). */
export function datasetIds(format: DatasetFormat, dir: string): string[] {
  return htmlFiles(dir).map((f) => f.id);
}

/** Yields the labelled pages of a data set; `only` limits to some ids. */
export function* loadDataset(format: DatasetFormat, dir: string, only?: Set<string>): Generator<LabelledPage> {
  const files = htmlFiles(dir).filter((f) => only === undefined || only.has(f.id));
  if (format === "wcxb") {
    for (const f of files) {
      const gtPath = join(dir, "ground-truth", `${f.id}.json`);
      if (!existsSync(gtPath)) continue;
      const gt = JSON.parse(readFileSync(gtPath, "utf8")) as { url?: string; ground_truth?: Record<string, unknown> };
      const g = gt.ground_truth ?? {};
      yield {
        id: f.id,
        html: readHtmlFile(f.path),
        url: strOrNull(gt.url),
        gold: { text: typeof g.main_content === "string" ? g.main_content : "", title: strOrNull(g.title), author: strOrNull(g.author), published: strOrNull(g.publish_date) },
      };
    }
    return;
  }
  const gtPath = join(dir, "ground-truth.json");
  if (!existsSync(gtPath)) throw new Error(`${dir}: no ground-truth.json`);
  const all = JSON.parse(readFileSync(gtPath, "utf8")) as Record<string, { articleBody?: string; url?: string; headline?: string }>;
  for (const f of files) {
    const g = all[f.id];
    if (g === undefined) continue;
    yield { id: f.id, html: readHtmlFile(f.path), url: strOrNull(g.url), gold: { text: g.articleBody ?? "", title: strOrNull(g.headline), author: null, published: null } };
  }
}
