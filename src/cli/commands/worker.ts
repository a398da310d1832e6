import type { Command } from "commander";
import { defaultDbLocation } from "../../store/index.js";
import { UsageError } from "../io.js";
import { withDb } from "../store-option.js";

/** `newsfold worker --db postgres://... [--concurrency N]`: take jobs from the shared queue. */
export function register(program: Command): void {
  withDb(program.command("worker"))
    .description("work on the PostgreSQL job queue: analyse articles, assign them to stories, rebuild dossiers")
    .option("--concurrency <n>", "parallel analysis and dossier jobs in this process", (v) => parseInt(v, 10), 1)
    .option("--job-timeout <seconds>", "seconds before a job whose worker died is retried by another", (v) => Number(v), 120)
    .option("--maintenance-interval <seconds>", "how often expired jobs are looked for", (v) => Number(v), 30)
    .action(async (opts: { db?: string; concurrency: number; jobTimeout: number; maintenanceInterval: number }) => {
      const url = opts.db ?? defaultDbLocation();
      if (!/^postgres(ql)?:\/\//.test(url)) throw new UsageError("worker needs --db postgres://... (or NEWSFOLD_DB): workers share a PostgreSQL database");
      // Loaded here: pg-boss would slow every other command's start.
      const { startWorker } = await import("../../worker/worker.js");
      const worker = await startWorker(url, {
        concurrency: opts.concurrency,
        tuning: { expireInSeconds: opts.jobTimeout, maintenanceIntervalSeconds: opts.maintenanceInterval },
      });
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      await worker.stop();
    });
}
