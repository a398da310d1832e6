import type { Command } from "commander";
import type { Article } from "../../core/types.js";
import { isArticle, readArticles } from "../../pipeline/read.js";
import { JsonlWriter, ProblemReporter, UsageError, setExitCode } from "../io.js";
import { createProgress } from "../progress.js";

/** The `extract` output record: exactly the contract's fields, in its order, unknown ones null. */
export function extractRecord(a: Article) {
  return {
    id: a.id,
    path: a.path ?? null,
    url: a.url ?? null,
    outlet: a.outlet ?? null,
    title: a.title ?? null,
    byline: a.byline ?? null,
    published: a.published ?? null,
    dateline: a.dateline ?? null,
    language: a.language ?? null,
    text: a.text ?? "",
    removed: (a.removed ?? []).map((r) => ({ text: r.text, reason: r.reason })),
  };
}

function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} must be a positive integer, got "${v}"`);
    return n;
  };
}

/** `newsfold extract [--no-clean] INPUTS...`: one JSON line per article (see cli-contract.md). */
export function register(program: Command): void {
  program
    .command("extract")
    .description("Read articles (text, HTML, JSONL, RSS/Atom, WARC, URLs; .gz on top) and print each one's clean body and metadata as a JSON line")
    .argument("<inputs...>", "files, directories, URLs, .urls lists, or - for stdin")
    .option("--no-clean", "keep the body verbatim (plain-text and JSONL text inputs), so offsets refer to the input")
    .option("--max-bytes <n>", "skip a page, feed, JSONL line or WARC record larger than this (bytes)", positiveInt("--max-bytes"))
    .option("--timeout <ms>", "timeout of one URL fetch in milliseconds", positiveInt("--timeout"))
    .addHelpText(
      "after",
      "\nInputs by extension (.gz on top of any): .txt, .html/.htm, .jsonl/.ndjson, .xml/.rss/.atom (feeds), .warc,\n" +
        ".urls (one http(s) URL per line, # comments); http(s):// arguments are fetched; - reads stdin (sniffed).\n" +
        "Directories are walked recursively in sorted order; hidden files and unknown extensions are skipped.\n" +
        "\nOutput: one line per article: {id, path, url, outlet, title, byline, published, dateline, language, text, removed}.\n" +
        "Bad inputs are reported on stderr as `path[:line]: reason` and skipped; exit code 1 when any was.",
    )
    .action(async (inputs: string[], opts: { clean: boolean; maxBytes?: number; timeout?: number }, cmd: Command) => {
      const out = new JsonlWriter();
      const problems = new ProblemReporter();
      const progress = createProgress("extract");
      try {
        const stream = readArticles(inputs, {
          clean: opts.clean,
          ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
          ...(opts.timeout !== undefined ? { timeoutMs: opts.timeout } : {}),
        });
        for await (const item of stream) {
          if (!isArticle(item)) {
            problems.report(item);
            continue;
          }
          await out.write(extractRecord(item));
          progress.tick();
        }
      } catch (err) {
        // The reader of stdout went away (`| head`): stop reading, quietly, as Unix tools do.
        if ((err as NodeJS.ErrnoException).code !== "EPIPE") throw err;
      } finally {
        progress.stop();
      }
      setExitCode(cmd, problems.exitCode());
    });
}
