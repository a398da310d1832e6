import type { Command } from "commander";
import { clusterArticles } from "../../cluster/index.js";
import { readClusterGold, scoreClustering, type ClusteringScores } from "../../eval/clustering/index.js";
import { ProblemReporter, setExitCode, UsageError } from "../io.js";
import { readClusterInputs } from "./cluster.js";

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function level(s: ClusteringScores) {
  return {
    bcubed: { precision: round(s.bcubed.precision), recall: round(s.bcubed.recall), f1: round(s.bcubed.f1) },
    pairwise: { precision: round(s.pairwise.precision), recall: round(s.pairwise.recall), f1: round(s.pairwise.f1) },
    clusters: s.predictedClusters,
    gold_clusters: s.goldClusters,
  };
}

/** `newsfold eval clustering ARTICLES... --gold GOLD.jsonl`: BCubed and pairwise scores at event and story level. */
export function register(evalCmd: Command): void {
  evalCmd
    .command("clustering")
    .description("cluster labelled articles and score events and stories against gold (BCubed, pairwise)")
    .argument("<inputs...>", "article inputs (e.g. articles.jsonl)")
    .requiredOption("--gold <file>", "gold JSONL: one {id, event, story} per line")
    .option("--split <name>", "score only gold lines with this `split` value")
    .addHelpText("after", "\nOutput: one JSON line {articles, event: {bcubed, pairwise, clusters, gold_clusters}, story: {...}}.")
    .action(async (inputs: string[], opts: { gold: string; split?: string }, cmd: Command) => {
      let gold;
      try {
        gold = readClusterGold(opts.gold);
      } catch (err) {
        throw new UsageError(err instanceof Error ? err.message : String(err));
      }
      if (opts.split) {
        const wanted = new Set(gold.filter((g) => (g as { split?: string }).split === opts.split).map((g) => g.id));
        gold = gold.filter((g) => wanted.has(g.id));
      }
      const problems = new ProblemReporter();
      const goldIds = new Set(gold.map((g) => g.id));
      const items = (await readClusterInputs(inputs, problems, "eval clustering")).filter((it) => goldIds.has(it.article.id));
      const assignments = clusterArticles(items, { explain: false });
      const ev = scoreClustering(new Map(assignments.map((a) => [a.id, a.event])), new Map(gold.map((g) => [g.id, g.event])));
      const st = scoreClustering(new Map(assignments.map((a) => [a.id, a.story])), new Map(gold.map((g) => [g.id, g.story])));
      const missing = gold.length - ev.items;
      if (missing > 0) process.stderr.write(`eval clustering: ${missing} gold articles were not found in the inputs\n`);
      process.stdout.write(JSON.stringify({ articles: ev.items, event: level(ev), story: level(st) }) + "\n");
      setExitCode(cmd, problems.exitCode());
    });
}
