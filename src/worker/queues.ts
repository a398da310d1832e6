import PgBoss from "pg-boss";

/** Queue names. */
export const Q_ANALYZE = "nf-analyze";
export const Q_ASSIGN = "nf-assign";
export const Q_DOSSIER = "nf-dossier";
export const Q_DEAD = "nf-dead";
export const QUEUES = [Q_ANALYZE, Q_ASSIGN, Q_DOSSIER, Q_DEAD] as const;

/** Tunables of the job queue; tests shorten the times. */
export interface QueueTuning {
  /** Seconds before an active job whose worker vanished (SIGKILL, lost machine) is retried elsewhere. */
  expireInSeconds: number;
  retryLimit: number;
  /** Seconds of the first retry delay; doubles each retry (pg-boss's backoff). */
  retryDelay: number;
  /** Seconds over which dossier rebuilds of one story are coalesced. */
  dossierDebounceSeconds: number;
  /** How often pg-boss looks for expired jobs. */
  maintenanceIntervalSeconds: number;
  pollingIntervalSeconds: number;
  /** Analysis jobs fetched at once: pg-boss waits a polling interval between fetches, so this caps throughput. */
  analyzeBatchSize: number;
  /** Dossier jobs fetched at once. */
  dossierBatchSize: number;
}

export const DEFAULT_TUNING: QueueTuning = {
  expireInSeconds: 120,
  retryLimit: 3,
  retryDelay: 2,
  dossierDebounceSeconds: 5,
  maintenanceIntervalSeconds: 30,
  pollingIntervalSeconds: 0.5,
  analyzeBatchSize: 16,
  dossierBatchSize: 8,
};

/** The pg-boss schema paired with a newsfold schema (`public` -> `pgboss`). */
export function bossSchemaFor(schema: string): string {
  return schema === "public" ? "pgboss" : `${schema}_boss`;
}

/** What requestRebuild needs of a database connection: one query. */
export interface Queryable {
  query(sql: string, params: unknown[]): Promise<{ rowCount: number | null }>;
}

/**
 * Asks for a rebuild of a story's dossier, coalesced with the requests of the next
 * `seconds` (pg-boss debounce: one job per story and time slot, else one in the next slot).
 * pg-boss drops a request when the story has jobs in both slots. That is safe while one of them
 * is still waiting (it reads the members when it starts, after this change was committed), but
 * the next slot's job may have started already (its start time comes from this process's clock,
 * its slot from the database's), and then the change would never reach a dossier: a plain job
 * is queued instead. Call after the change is committed.
 */
export async function requestRebuild(boss: PgBoss, db: Queryable, schema: string, story: string, seconds: number): Promise<void> {
  const id = await boss.sendDebounced(Q_DOSSIER, { story }, {}, seconds, story);
  if (id !== null) return;
  const waiting = await db.query(`SELECT 1 FROM "${bossSchemaFor(schema)}".job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry') LIMIT 1`, [Q_DOSSIER, story]);
  if (!waiting.rowCount) await boss.send(Q_DOSSIER, { story }, { startAfter: seconds });
}

/**
 * Who starts the queue: a worker owns the queue settings (its job timeout and retry policy apply to
 * every job enqueued from then on); a producer (`ingest`) only creates missing queues.
 */
export type BossRole = "worker" | "producer";

/**
 * Starts pg-boss on the database and makes sure the queues exist. Analysis jobs retry with
 * exponential backoff and, when they keep failing, end in the dead-letter queue with their error.
 * The assignment queue is `stately`: at most one queued and one active job, so many workers
 * asking for an assignment pass coalesce into one.
 *
 * pg-boss fixes a job's expiry (how long it may stay active before another worker gets it) when
 * the job is inserted, from its queue's settings. So a worker writes its settings into existing
 * queues: otherwise whoever created the queues first (often `ingest`, with the defaults) would
 * decide the job timeout, and a worker's `--job-timeout` would be silently ignored. With workers
 * started with different settings, the last one started wins.
 */
export async function startBoss(url: string, schema: string, tuning: QueueTuning, role: BossRole = "producer"): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: bossSchemaFor(schema),
    max: 4,
    maintenanceIntervalSeconds: tuning.maintenanceIntervalSeconds,
    monitorStateIntervalSeconds: Math.max(1, tuning.maintenanceIntervalSeconds),
  });
  boss.on("error", (err: Error) => process.stderr.write(`newsfold worker: queue error: ${err.message}\n`));
  await boss.start();
  const existing = new Map((await boss.getQueues()).map((q) => [q.name, q]));
  for (const q of queueSettings(tuning)) {
    const have = existing.get(q.name);
    if (have) {
      if (role === "worker" && !sameSettings(have, q)) await boss.updateQueue(q.name, q);
      continue;
    }
    try {
      await boss.createQueue(q.name, q);
    } catch (err) {
      // Another process created it between our look and our create.
      if (!(await boss.getQueue(q.name))) throw err;
      if (role === "worker") await boss.updateQueue(q.name, q);
    }
  }
  return boss;
}

/** The queues and their policies for the given tuning. */
export function queueSettings(tuning: QueueTuning): PgBoss.Queue[] {
  const common = { retryLimit: tuning.retryLimit, retryDelay: tuning.retryDelay, retryBackoff: true, expireInSeconds: tuning.expireInSeconds };
  return [
    { name: Q_DEAD, policy: "standard" },
    { name: Q_ANALYZE, policy: "standard", deadLetter: Q_DEAD, ...common },
    { name: Q_ASSIGN, policy: "stately", ...common },
    { name: Q_DOSSIER, policy: "standard", ...common },
  ];
}

function sameSettings(have: PgBoss.Queue, want: PgBoss.Queue): boolean {
  const keys = ["policy", "retryLimit", "retryDelay", "retryBackoff", "expireInSeconds", "deadLetter"] as const;
  return keys.every((k) => want[k] === undefined || have[k] === want[k]);
}
