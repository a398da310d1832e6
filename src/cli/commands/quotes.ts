import type { Command } from "commander";
import type { Article, Quote } from "../../core/types.js";
import { isProblem, type InputProblem } from "../../core/input.js";
import { analyze } from "../../nlp/index.js";
import { readArticles } from "../../pipeline/read.js";
import { JsonlWriter, ProblemReporter, setExitCode } from "../io.js";
import { createProgress } from "../progress.js";

/** One quote as the contract prints it: offsets into the text `extract` gives for the same input and flag. */
export function quoteRecord(q: Quote) {
  return {
    text: q.text,
    start: q.start,
    end: q.end,
    kind: q.kind,
    speaker: q.speaker ? { name: q.speaker.name, start: q.speaker.start, end: q.speaker.end } : null,
    cue: q.cue ? { text: q.cue.text, start: q.cue.start, end: q.cue.end } : null,
    ...(q.unclosed ? { unclosed: true } : {}),
  };
}

/** `newsfold quotes [--no-clean] INPUTS...`: one JSON line per article with its quotes (see cli-contract.md). */
export function register(program: Command): void {
  program
    .command("quotes")
    .description("Find direct, reported and mixed quotes with their speakers and cues, one JSON line per article")
    .argument("<inputs...>", "files, directories, URLs, .urls lists, or - for stdin")
    .option("--no-clean", "keep the body verbatim (plain-text and JSONL text inputs), so offsets refer to the input")
    .addHelpText(
      "after",
      '\nOutput: one line per article: {id, quotes: [{text, start, end, kind, speaker: {name, start, end}|null, cue: {text, start, end}|null}]}.\n' +
        "Offsets index the text `newsfold extract` prints for the same input and flag. Bad inputs are reported on stderr and skipped (exit 1).",
    )
    .action(async (inputs: string[], opts: { clean: boolean }, cmd: Command) => {
      const out = new JsonlWriter();
      const problems = new ProblemReporter();
      const progress = createProgress("quotes");
      try {
        for await (const item of readArticles(inputs, { clean: opts.clean })) {
          if (isProblem(item as InputProblem)) {
            problems.report(item as InputProblem);
            continue;
          }
          const article = item as Article;
          let quotes: Quote[];
          try {
            quotes = analyze(article).quotes;
          } catch (err) {
            problems.report({ problem: true, source: article.path, reason: `analysis failed: ${err instanceof Error ? err.message : String(err)}` });
            continue;
          }
          await out.write({ id: article.id, quotes: quotes.map(quoteRecord) });
          progress.tick();
        }
      } finally {
        progress.stop();
      }
      setExitCode(cmd, problems.exitCode());
    });
}
