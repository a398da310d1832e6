import type { Command } from "commander";
import { readInputs } from "../../ingest/index.js";
import { Ingester } from "../../pipeline/ingest.js";
import { ProblemReporter, setExitCode, UsageError } from "../io.js";
import { createProgress } from "../progress.js";
import { usingStore, withDb } from "../store-option.js";
import { defaultDbLocation } from "../../store/index.js";
import { defaultThreads } from "../../pipeline/parallel.js";

/** `--threads N`: a whole number of worker threads, 0 for none. */
function parseThreads(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--threads needs a whole number of 0 or more, got "${v}"`);
  return n;
}

/** `newsfold ingest [--db] INPUTS...`: incremental, idempotent ingest into the store. */
export function register(program: Command): void {
  withDb(program.command("ingest"))
    .description("ingest articles into the store: new ones join stories or start new ones; re-ingesting changes nothing")
    .argument("<inputs...>", "files, directories, URLs, or - for stdin")
    .option("--json", "print the summary as JSON on stdout")
    .option("--threads <n>", "worker threads for extraction, language analysis and dossiers (0: none; default: one per core)", parseThreads)
    .option("--dossiers", "build the dossiers of the stories this run touched now (default: when a story is first read)")
    .action(async (inputs: string[], opts: { db?: string; json?: boolean; threads?: number; dossiers?: boolean }, cmd: Command) => {
      if (inputs.length === 0) throw new UsageError("ingest needs at least one input");
      const problems = new ProblemReporter();
      const progress = createProgress("ingest");
      const db = opts.db ?? defaultDbLocation();
      if (/^postgres(ql)?:\/\//.test(db)) {
        // At scale, ingest only enqueues: workers (`newsfold worker`) do the rest.
        // Loaded only for PostgreSQL: pg-boss would slow a SQLite ingest's start.
        const { enqueueInputs } = await import("../../worker/enqueue.js");
        const s = await enqueueInputs(db, readInputs(inputs), { onProblem: (p) => problems.report(p), onProgress: () => progress.tick() });
        progress.stop();
        if (opts.json) process.stdout.write(JSON.stringify(s) + "\n");
        else process.stderr.write(`articles: ${s.enqueued} enqueued, ${s.skipped} skipped; run \`newsfold worker\` to process them, \`newsfold status\` to follow\n`);
        setExitCode(cmd, problems.exitCode());
        return;
      }
      const summary = await usingStore(opts.db, (store) =>
        new Ingester(store, { threads: opts.threads ?? defaultThreads(), dossiers: opts.dossiers ? "build" : "defer" }).ingest(readInputs(inputs), { onProblem: (p) => problems.report(p), onProgress: () => progress.tick() }),
      );
      progress.stop();
      const { ids: _ids, ...counts } = summary;
      if (opts.json) process.stdout.write(JSON.stringify(counts) + "\n");
      else
        process.stderr.write(
          `articles: ${summary.read} read, ${summary.stored} stored, ${summary.duplicates} duplicate, ${summary.skipped} skipped; ` +
            `stories: ${summary.storiesNew} new, ${summary.storiesUpdated} updated\n`,
        );
      setExitCode(cmd, problems.exitCode());
    });
}
