import type PgBoss from "pg-boss";
import type { Analysis, Article, RawArticle } from "../core/types.js";
import { isProblem, type InputProblem } from "../core/input.js";
import { analyze } from "../nlp/index.js";
import { Ingester, prepareArticle } from "../pipeline/ingest.js";
import { PostgresStore, pgSchemaFromEnv } from "../store/postgres/postgres-store.js";
import { Assigner } from "./assigner.js";
import { DEFAULT_TUNING, Q_ANALYZE, Q_ASSIGN, Q_DEAD, Q_DOSSIER, requestRebuild, startBoss, type QueueTuning } from "./queues.js";

/** An analysis job: one raw article and its place in the ingest order. */
export interface AnalyzeJob {
  seq: number;
  raw: RawArticle;
}

export interface WorkerOptions {
  /** How many jobs of each parallel queue this process works on at once. */
  concurrency?: number;
  /** Schema of the newsfold tables (tests use one each). */
  schema?: string;
  tuning?: Partial<QueueTuning>;
  log?: (line: string) => void;
  /** The language layer; tests replace it to make one article fail. Default: `analyze`. */
  analyze?: (article: Article) => Analysis;
}

export interface RunningWorker {
  stop(): Promise<void>;
}

/** What an analysis left for the assignment step: the article and its analysis, or why it is skipped. */
type Staged = { seq: number; source: string; article: object; analysis: object } | { seq: number; source: string; reason: string };

/** Key space of the per-story advisory locks that serialise dossier rebuilds of one story (keyed by schema and story). */
const DOSSIER_LOCK_SPACE = 7_431_003;
/** Dossier jobs sent at once after a commit (pg-boss's own pool queues what it cannot take). */
const DOSSIER_SEND_CONCURRENCY = 8;

/** The message of an error pg-boss stored as a job's output. */
function outputMessage(output: unknown): string {
  if (typeof output === "object" && output !== null && "message" in output) return String((output as { message: unknown }).message);
  return output === undefined || output === null ? "unknown error" : JSON.stringify(output);
}

/** A job's expiry in seconds as pg-boss returned it with the job (a string from PostgreSQL's numeric), or `fallback`. */
function jobExpireSeconds(job: PgBoss.Job<object>, fallback: number): number {
  const v = Number(job.expireInSeconds);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/**
 * A worker process: analyses articles in parallel, assigns them to events and stories one at a
 * time in ingest order (the Assigner, under an advisory lock), and rebuilds the dossiers of
 * changed stories, coalescing rebuilds of one story that grows fast. Any number of workers may run
 * on any number of machines against one database.
 *
 * Jobs are fetched in batches (pg-boss waits a polling interval between fetches, so one job per
 * fetch would cap a worker at two jobs a second); inside a batch every job succeeds or fails on
 * its own, so one bad article never sends its neighbours round the retry loop.
 */
export async function startWorker(url: string, options: WorkerOptions = {}): Promise<RunningWorker> {
  const schema = options.schema ?? pgSchemaFromEnv();
  const tuning = { ...DEFAULT_TUNING, ...options.tuning };
  const log = options.log ?? ((l: string) => process.stderr.write(l + "\n"));
  const analyzeFn = options.analyze ?? analyze;
  const store = new PostgresStore(url, { schema, max: 4 + (options.concurrency ?? 1) });
  await store.migrate();
  const boss = await startBoss(url, schema, tuning, "worker");
  const assigner = new Assigner(store);
  const ingester = new Ingester(store);
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const poll = { pollingIntervalSeconds: tuning.pollingIntervalSeconds };
  /** pg-boss ids of this process's workers that other handlers wake. */
  const ids: { assign?: string } = {};

  /**
   * Runs `fn` on every job of a batch; a job that throws is failed alone (retry, then dead letter).
   * The failures are reported when the whole batch is done, just before pg-boss completes the
   * batch: pg-boss completes every job of the batch that is active then, so a failed job retried
   * and fetched again while its old batch was still running would be marked completed, and a
   * failing analysis would never reach the dead-letter queue (its place in the order never
   * staged, the ordered assignment would wait forever). `after` runs between the jobs and the
   * failures (the staging of the batch).
   */
  const eachJob = async <T extends object>(queue: string, jobs: PgBoss.Job<T>[], fn: (job: PgBoss.Job<T>) => Promise<void> | void, after?: () => Promise<void>) => {
    const failed: { id: string; error: Error }[] = [];
    for (const job of jobs) {
      try {
        await fn(job);
      } catch (err) {
        failed.push({ id: job.id, error: err instanceof Error ? err : new Error(String(err)) });
      }
    }
    await after?.();
    for (const f of failed) await boss.fail(queue, f.id, { message: f.error.message, stack: f.error.stack });
  };

  // Staged rows of a whole batch go in one statement; ON CONFLICT keeps a retried job idempotent.
  const stage = async (rows: Staged[]) => {
    if (rows.length === 0) return;
    const ready = rows.filter((r): r is Extract<Staged, { article: object }> => "article" in r);
    const skipped = rows.filter((r): r is Extract<Staged, { reason: string }> => "reason" in r);
    if (ready.length > 0)
      await store.pool.query(
        `INSERT INTO staged (seq, status, source, article, analysis)
         SELECT seq, 'ready', source, article::jsonb, analysis::jsonb FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS t(seq, source, article, analysis)
         ON CONFLICT (seq) DO NOTHING`,
        [ready.map((r) => r.seq), ready.map((r) => r.source), ready.map((r) => JSON.stringify(r.article)), ready.map((r) => JSON.stringify(r.analysis))],
      );
    if (skipped.length > 0)
      await store.pool.query(
        `INSERT INTO staged (seq, status, source, reason) SELECT seq, 'skip', source, reason FROM unnest($1::bigint[], $2::text[], $3::text[]) AS t(seq, source, reason)
         ON CONFLICT (seq) DO NOTHING`,
        [skipped.map((r) => r.seq), skipped.map((r) => r.source), skipped.map((r) => r.reason)],
      );
    await boss.send(Q_ASSIGN, {});
    if (ids.assign) boss.notifyWorker(ids.assign);
  };

  const analyzeJobs = async (jobs: PgBoss.Job<AnalyzeJob>[]) => {
    const out: Staged[] = [];
    await eachJob(Q_ANALYZE, jobs, (job) => {
      const { seq, raw } = job.data;
      const prepared = prepareArticle(raw);
      if (isProblem(prepared as InputProblem)) {
        const p = prepared as InputProblem;
        log(`newsfold worker: skipped ${p.source}: ${p.reason}`);
        out.push({ seq, source: raw.source, reason: p.reason });
        return;
      }
      const { article, hash } = prepared as Exclude<typeof prepared, InputProblem>;
      const analysis = analyzeFn(article);
      out.push({ seq, source: raw.source, article: { ...article, contentHash: hash, ingestedAt: new Date().toISOString() }, analysis });
    }, () => stage(out));
  };

  // An analysis that failed for good (or whose worker kept dying) must not block the ordered
  // assignment: its sequence number is staged as skipped, with the error, and the job stays visible
  // as failed (with its error) in the analysis queue and as a copy in the dead-letter queue.
  const deadJobs = async (jobs: PgBoss.JobWithMetadata<AnalyzeJob>[]) => {
    const out: Staged[] = [];
    for (const job of jobs) {
      const { seq, raw } = job.data ?? ({} as Partial<AnalyzeJob>);
      if (typeof seq !== "number") continue;
      const source = raw?.source ?? "?";
      const reason = `analysis failed repeatedly (dead letter): ${outputMessage(job.output)}`;
      log(`newsfold worker: ${source}: ${reason}`);
      out.push({ seq, source, reason });
    }
    await stage(out);
  };

  // The budget comes from the job's own expiry (fixed when it was queued), not this worker's
  // setting: a pass that outlived it would be taken for dead and failed by pg-boss.
  const assignJob = async (jobs: PgBoss.Job<object>[]) => {
    const expire = Math.min(...jobs.map((j) => jobExpireSeconds(j, tuning.expireInSeconds)));
    const touched = new Set<string>();
    const { assigned, commits, more } = await assigner.run((expire * 1000) / 3, async (stories) => {
      for (const story of stories) touched.add(story);
      // A round trip or two per story: sent several at a time, or a commit touching hundreds
      // of stories spent seconds here under load and its pass outran the job's timeout.
      for (let i = 0; i < stories.length; i += DOSSIER_SEND_CONCURRENCY) {
        const some = stories.slice(i, i + DOSSIER_SEND_CONCURRENCY);
        await Promise.all(some.map((story) => requestRebuild(boss, store.pool, schema, story, tuning.dossierDebounceSeconds)));
      }
    });
    // Out of time with articles left: queue the next pass (stately: it waits for this one).
    if (more) await boss.send(Q_ASSIGN, {});
    const st = assigner.stats;
    if (assigned > 0) log(`assigned ${assigned} article(s) in ${commits} commit(s), ${touched.size} story(ies) to rebuild; ${st.commits} commit(s), ${st.reloads} state reload(s) taking ${Math.round(st.reloadMs)} ms so far`);
  };

  // Rebuilds of one story are serialised by an advisory lock held while its members are read and
  // its dossier written: two workers on the same story can never leave the older dossier last.
  const dossierJobs = async (jobs: PgBoss.Job<{ story: string }>[]) => {
    await eachJob(Q_DOSSIER, jobs, async (job) => {
      const lock = await store.pool.connect();
      try {
        await lock.query("SELECT pg_advisory_lock($1, hashtext(current_schema() || '/' || $2))", [DOSSIER_LOCK_SPACE, job.data.story]);
        try {
          await ingester.rebuildDossiers([job.data.story]);
        } finally {
          await lock.query("SELECT pg_advisory_unlock($1, hashtext(current_schema() || '/' || $2))", [DOSSIER_LOCK_SPACE, job.data.story]);
        }
      } finally {
        lock.release();
      }
    });
  };

  // pg-boss waits a polling interval after every fetch; a full batch says more jobs are waiting,
  // so the worker is told to fetch again at once (its public notifyWorker), and a staged batch
  // wakes this process's assignment worker the same way.
  const eager = async <T extends object>(queue: string, batchSize: number, handler: (jobs: PgBoss.JobWithMetadata<T>[]) => Promise<void>) => {
    let id = "";
    id = await boss.work<T>(queue, { ...poll, batchSize, includeMetadata: true }, async (jobs) => {
      await handler(jobs);
      if (jobs.length >= batchSize) boss.notifyWorker(id);
    });
  };
  for (let i = 0; i < concurrency; i++) {
    await eager<AnalyzeJob>(Q_ANALYZE, tuning.analyzeBatchSize, analyzeJobs);
    await eager<{ story: string }>(Q_DOSSIER, tuning.dossierBatchSize, dossierJobs);
  }
  ids.assign = await boss.work(Q_ASSIGN, { ...poll, batchSize: 1 }, assignJob);
  await eager<AnalyzeJob>(Q_DEAD, tuning.analyzeBatchSize, deadJobs);
  log(`newsfold worker: started (concurrency ${concurrency}, schema ${schema})`);

  return {
    stop: async () => {
      assigner.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await store.close();
    },
  };
}
