import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { readInputs } from "../../ingest/index.js";
import { Ingester } from "../../pipeline/ingest.js";
import { openStore, defaultDbLocation } from "../../store/index.js";
import { ProblemReporter } from "../io.js";
import { withDb } from "../store-option.js";

/** Files under `dir` (recursive, hidden ones skipped) with their modification times. */
function listFiles(dir: string, out = new Map<string, number>()): Map<string, number> {
  for (const name of readdirSync(dir)) {
    if (name.startsWith(".")) continue;
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) listFiles(p, out);
    else out.set(p, st.mtimeMs);
  }
  return out;
}

/**
 * `newsfold watch DIR|FEED-URL`: keeps ingesting. A directory is polled for new or changed files
 * (polling, not fs.watch, so it works on network mounts); a feed is fetched again each interval
 * and its items are de-duplicated by the store.
 */
export function register(program: Command): void {
  withDb(program.command("watch"))
    .description("keep ingesting new files of a directory or new items of a feed URL")
    .argument("<source>", "a directory or an RSS/Atom feed URL")
    .option("--interval <seconds>", "seconds between polls", (v) => Number(v), 30)
    .option("--once", "poll once and exit (for scripts and tests)")
    .action(async (source: string, opts: { db?: string; interval: number; once?: boolean }) => {
      const store = await openStore(opts.db ?? defaultDbLocation());
      const ingester = new Ingester(store, { dossiers: "defer" });
      const problems = new ProblemReporter();
      const seen = new Map<string, number>();
      const isUrl = /^https?:\/\//.test(source);
      let stopping = false;
      const stop = () => {
        stopping = true;
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      while (!stopping) {
        let inputs: string[];
        if (isUrl) inputs = [source];
        else {
          inputs = [];
          for (const [p, mtime] of listFiles(source)) {
            if (seen.get(p) !== mtime) inputs.push(p);
            seen.set(p, mtime);
          }
        }
        if (inputs.length > 0) {
          const s = await ingester.ingest(readInputs(inputs), { onProblem: (p) => problems.report(p) });
          if (s.stored > 0 || s.skipped > 0)
            process.stderr.write(`${new Date().toISOString()} ${s.stored} stored, ${s.duplicates} duplicate, ${s.skipped} skipped; stories ${s.storiesNew} new, ${s.storiesUpdated} updated\n`);
        }
        if (opts.once) break;
        for (let waited = 0; waited < opts.interval * 1000 && !stopping; waited += 250) await new Promise((r) => setTimeout(r, 250));
      }
      await store.close();
    });
}
