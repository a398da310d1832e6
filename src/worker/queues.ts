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

/**
 * Starts pg-boss on the database and makes sure the queues exist. Analysis jobs retry with
 * exponential backoff and, when they keep failing, end in the dead-letter queue with their error.
 * The assignment queue is `stately`: at most one queued and one active job, so many workers
 * asking for an assignment pass coalesce into one.
 */
export async function startBoss(url: string, schema: string, tuning: QueueTuning): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: bossSchemaFor(schema),
    max: 4,
    maintenanceIntervalSeconds: tuning.maintenanceIntervalSeconds,
    monitorStateIntervalSeconds: Math.max(1, tuning.maintenanceIntervalSeconds),
  });
  boss.on("error", (err: Error) => process.stderr.write(`newsfold worker: queue error: ${err.message}\n`));
  await boss.start();
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  const common = { retryLimit: tuning.retryLimit, retryDelay: tuning.retryDelay, retryBackoff: true, expireInSeconds: tuning.expireInSeconds };
  const wanted: PgBoss.Queue[] = [
    { name: Q_DEAD, policy: "standard" },
    { name: Q_ANALYZE, policy: "standard", deadLetter: Q_DEAD, ...common },
    { name: Q_ASSIGN, policy: "stately", ...common },
    { name: Q_DOSSIER, policy: "standard", ...common },
  ];
  for (const q of wanted) {
    if (existing.has(q.name)) continue;
    try {
      await boss.createQueue(q.name, q);
    } catch (err) {
      // Another worker created it between our look and our create.
      if (!(await boss.getQueue(q.name))) throw err;
    }
  }
  return boss;
}
