import type { Command } from "commander";
import type { Article } from "../../core/types.js";
import { isProblem, type InputProblem } from "../../core/input.js";
import { analyze } from "../../nlp/index.js";
import { readArticles } from "../../pipeline/read.js";
import { dropSharedLines, settleBatchLanguages } from "../../extract/index.js";
import { clusterArticles, type ClusterInput } from "../../cluster/index.js";
import { JsonlWriter, ProblemReporter, setExitCode } from "../io.js";
import { createProgress } from "../progress.js";

/**
 * Reads and analyses every input, reporting bad ones; the articles that made it through. All are
 * read before any is analysed: an article whose language detection was weak takes the batch's
 * language (settleBatchLanguages), which stemming follows.
 */
export async function readClusterInputs(inputs: string[], problems: ProblemReporter, label: string): Promise<ClusterInput[]> {
  const read: Article[] = [];
  const reading = createProgress(`${label}: read`);
  try {
    for await (const item of readArticles(inputs)) {
      if (isProblem(item as InputProblem)) problems.report(item as InputProblem);
      else {
        read.push(item as Article);
        reading.tick();
      }
    }
  } finally {
    reading.stop();
  }
  const items: ClusterInput[] = [];
  const progress = createProgress(`${label}: analyse`);
  try {
    for (const article of dropSharedLines(settleBatchLanguages(read))) {
      try {
        items.push({ article, analysis: analyze(article) });
      } catch (err) {
        problems.report({ problem: true, source: article.path, reason: `analysis failed: ${err instanceof Error ? err.message : String(err)}` });
        continue;
      }
      progress.tick();
    }
  } finally {
    progress.stop();
  }
  return items;
}

/** `newsfold cluster [--explain] INPUTS...`: copies, events and storylines, one line per article. */
export function register(program: Command): void {
  program
    .command("cluster")
    .description("group articles into copies, events and storylines")
    .argument("<inputs...>", "files, directories, URLs or - for stdin")
    .option("--explain", "add the evidence for each placement (neighbours, shared terms and entities, similarity, threshold)")
    .addHelpText(
      "after",
      '\nOutput: one line per article: {id, event, story, duplicate_of} (+ explanation with --explain).\n' +
        "Ids of events and stories derive from their first article, so they are stable for the same input.",
    )
    .action(async (inputs: string[], opts: { explain?: boolean }, cmd: Command) => {
      const out = new JsonlWriter();
      const problems = new ProblemReporter();
      const items = await readClusterInputs(inputs, problems, "cluster");
      const assignments = clusterArticles(items, { explain: !!opts.explain });
      for (const a of assignments) {
        const rec: Record<string, unknown> = { id: a.id, event: a.event, story: a.story, duplicate_of: a.duplicate_of };
        if (opts.explain) rec.explanation = a.explanation ?? null;
        await out.write(rec);
      }
      setExitCode(cmd, problems.exitCode());
    });
}
