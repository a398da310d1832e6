import type { Command } from "commander";
import type { Article } from "../../core/types.js";
import { isArticle, readArticles } from "../../pipeline/read.js";
import { processBatch } from "../../pipeline/batch.js";
import { buildDossiers, renderDossierMarkdown } from "../../dossier/index.js";
import { JsonlWriter, ProblemReporter, UsageError, setExitCode } from "../io.js";

interface DossierFlags {
  format: string;
  summary: string;
  perEvent?: boolean;
  clean: boolean;
}

/** `newsfold dossier INPUTS... [--format jsonl|md] [--summary N] [--per-event]`: one dossier per story. */
export function register(program: Command): void {
  program
    .command("dossier")
    .description("one dossier per story: coverage, claims, contradictions, quote variants, timeline, cited summary")
    .argument("<inputs...>", "files, directories or - for stdin")
    .option("--format <fmt>", "jsonl (one JSON line per story) or md (Markdown)", "jsonl")
    .option("--summary <n>", "most sentences in the summary", "5")
    .option("--per-event", "also print one dossier per event of a story with several events")
    .option("--no-clean", "take plain-text and JSONL text verbatim")
    .action(async (inputs: string[], flags: DossierFlags, cmd: Command) => {
      if (flags.format !== "jsonl" && flags.format !== "md") throw new UsageError(`--format must be jsonl or md, not '${flags.format}'`);
      const n = Number(flags.summary);
      if (!Number.isInteger(n) || n < 0) throw new UsageError(`--summary must be a whole number, not '${flags.summary}'`);
      const problems = new ProblemReporter();
      const articles: Article[] = [];
      for await (const r of readArticles(inputs, { clean: flags.clean })) {
        if (isArticle(r)) articles.push(r);
        else problems.report(r);
      }
      const batch = processBatch(articles, "cluster");
      const byId = new Map(batch.assignments.map((a) => [a.id, a]));
      const dossiers = buildDossiers(
        batch.articles.map((article, i) => ({ article, analysis: batch.analyses[i]!, assignment: byId.get(article.id)! })),
        { summarySentences: n, perEvent: flags.perEvent === true },
      );
      const out = new JsonlWriter();
      for (const d of dossiers) {
        if (flags.format === "md") process.stdout.write(renderDossierMarkdown(d) + "\n");
        else await out.write(d);
      }
      setExitCode(cmd, problems.exitCode());
    });
}
