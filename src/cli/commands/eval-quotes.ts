import type { Command } from "commander";
import { existsSync } from "node:fs";
import { UsageError } from "../io.js";
import { evalPolnear } from "../../eval/quotes/index.js";

/**
 * `newsfold eval quotes --format polnear DIR [--split dev|train]`: runs quote finding over PolNeAR and
 * prints one JSON object: the direct-quote track and the all-attribution track (P, R, F1, speaker
 * accuracy on matched quotes), with speed. See src/eval/quotes for the matching rule.
 */
export function register(evalCmd: Command): void {
  evalCmd
    .command("quotes")
    .description("score quote and attribution finding on a labelled data set (PolNeAR)")
    .requiredOption("--format <format>", "data set layout: polnear")
    .option("--split <split>", "which split to score: dev or train", "dev")
    .argument("<dataset-dir>", "folder holding <split>/text and <split>/attributions")
    .action((dir: string, opts: { format: string; split: string }) => {
      if (opts.format !== "polnear") throw new UsageError(`--format must be polnear, not '${opts.format}'`);
      if (opts.split !== "dev" && opts.split !== "train") throw new UsageError(`--split must be dev or train, not '${opts.split}'`);
      if (!existsSync(dir)) throw new UsageError(`${dir}: no such data set folder`);
      let report;
      try {
        report = evalPolnear(dir, opts.split);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      process.stdout.write(JSON.stringify(report) + "\n");
    });
}
