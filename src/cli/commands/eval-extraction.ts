import type { Command } from "commander";
import { existsSync } from "node:fs";
import { UsageError } from "../io.js";
import { evaluateExtraction } from "../../eval/extraction/evaluate.js";
import type { DatasetFormat } from "../../eval/extraction/datasets.js";

/**
 * `newsfold eval extraction --format wcxb|aeb DATASET_DIR [--worst N]`: runs HTML extraction
 * over a labelled data set and prints one JSON object with the data set's own metric
 * (WCXB word bag, macro-averaged; AEB 4-token shingles), metadata accuracy where labelled,
 * speed, and the N worst pages.
 */
export function register(evalCmd: Command): void {
  evalCmd
    .command("extraction")
    .description("score HTML main-body extraction on a labelled data set (WCXB word-bag or AEB shingle metric)")
    .requiredOption("--format <format>", "data set layout and metric: wcxb or aeb")
    .option("--worst <n>", "also list the N pages with the lowest F1", "0")
    .argument("<dataset-dir>", "folder holding html/*.html.gz and the ground truth")
    .action((dir: string, opts: { format: string; worst: string }) => {
      if (opts.format !== "wcxb" && opts.format !== "aeb") throw new UsageError(`--format must be wcxb or aeb, not '${opts.format}'`);
      const worstN = Number.parseInt(opts.worst, 10);
      if (!Number.isInteger(worstN) || worstN < 0) throw new UsageError(`--worst must be a whole number, not '${opts.worst}'`);
      if (!existsSync(dir)) throw new UsageError(`${dir}: no such data set folder`);
      let report;
      try {
        report = evaluateExtraction(opts.format as DatasetFormat, dir);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const worst = [...report.pages]
        .sort((a, b) => a.f1 - b.f1)
        .slice(0, worstN)
        .map((p) => ({ id: p.id, url: p.url, precision: round(p.precision), recall: round(p.recall), f1: round(p.f1) }));
      const s = report.summary;
      process.stdout.write(
        JSON.stringify({
          format: report.format,
          metric: report.metric,
          pages: s.pages,
          precision: round(s.precision),
          recall: round(s.recall),
          f1: round(s.f1),
          metadata: report.metadata,
          pages_per_second: Math.round(report.pagesPerSecond * 10) / 10,
          ...(worstN > 0 ? { worst } : {}),
        }) + "\n",
      );
    });
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
