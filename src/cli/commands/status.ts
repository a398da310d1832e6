import type { Command } from "commander";
import { defaultDbLocation } from "../../store/index.js";
import { usingStore, withDb } from "../store-option.js";

/** `newsfold status [--db] [--json]`: queue depth, throughput and failed jobs. */
export function register(program: Command): void {
  withDb(program.command("status"))
    .description("job queue status: pending, active, failed and done jobs, throughput, recent failures")
    .option("--json", "print {pending, active, failed, done} (and detail) as JSON")
    .action(async (opts: { db?: string; json?: boolean }) => {
      const url = opts.db ?? defaultDbLocation();
      if (!/^postgres(ql)?:\/\//.test(url)) {
        // An embedded store has no queue: everything is done in-process.
        const articles = await usingStore(url, (s) => s.articleCount());
        const s = { pending: 0, active: 0, failed: 0, done: 0, articles };
        process.stdout.write(opts.json ? JSON.stringify(s) + "\n" : `SQLite store ${url}: ${articles} articles, no job queue (ingest runs in-process)\n`);
        return;
      }
      const { queueStatus } = await import("../../worker/status.js");
      const s = await queueStatus(url);
      if (opts.json) {
        process.stdout.write(JSON.stringify(s) + "\n");
        return;
      }
      process.stdout.write(`jobs: ${s.pending} pending, ${s.active} active, ${s.failed} failed, ${s.done} done; ${s.analyzedLastMinute} articles analysed in the last minute\n`);
      for (const [q, c] of Object.entries(s.queues)) process.stdout.write(`  ${q.padEnd(12)} ${c.pending} pending, ${c.active} active, ${c.failed} failed, ${c.done} done\n`);
      for (const f of s.recentFailures) process.stdout.write(`  failed ${f.queue} ${f.id} at ${f.at}: ${f.error}\n`);
    });
}
