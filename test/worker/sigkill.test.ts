import { test } from "node:test";
import assert from "node:assert/strict";
import { enqueueInputs } from "../../src/worker/enqueue.js";
import { freshPgStore, pgAvailable, PG_URL } from "../helpers/pg.js";
import { assertSameAsReference, drained, referenceEvents, sampleThenRecords, shortRecords, startWorkerProcess, stopWorkers, until, type WorkerProcess } from "./fleet.js";

const GENERATED = Number(process.env.NEWSFOLD_KILL_ARTICLES ?? 3000);
const JOB_TIMEOUT = 8;

test("a worker killed with SIGKILL mid-job: its jobs expire, the others retry them, the result is the same", { timeout: 20 * 60_000 }, async (t) => {
  if (!(await pgAvailable())) return t.skip("no PostgreSQL on 127.0.0.1:5432");
  const records = shortRecords(GENERATED, 202);
  const { store, schema, drop } = await freshPgStore();
  const workers: WorkerProcess[] = [];
  try {
    for (let i = 0; i < 3; i++) workers.push(startWorkerProcess(schema, { jobTimeout: JOB_TIMEOUT, maintenanceInterval: 2 }));
    const enqueued = await enqueueInputs(PG_URL, sampleThenRecords(records), { schema });

    // Kill a worker while it holds analysis jobs (pg-boss marks fetched jobs active with no way
    // for a dead process to hand them back): they stay active until the job timeout.
    const boss = `${schema}_boss`;
    const victim = workers[0]!;
    await until(
      async () => (await store.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${boss}.job WHERE name = 'nf-analyze' AND state = 'active'`)).rows[0]!.n >= 16,
      5 * 60_000,
      "analysis under way",
      workers,
    );
    victim.child.kill("SIGKILL");
    await victim.exited;
    const killedAt = new Date();
    t.diagnostic(`killed worker 0 with ${(await store.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${boss}.job WHERE state = 'active'`)).rows[0]!.n} active job(s) in the queue`);
    // The single-process run works while the surviving workers do.
    const reference = await referenceEvents(sampleThenRecords(records));

    await until(async () => (await drained(store, schema)).done, 15 * 60_000, "the queue to drain after the kill", workers.slice(1));
    const { status } = await drained(store, schema);
    assert.equal(status.failed, 0, `no job failed for good: ${JSON.stringify(status.recentFailures)}`);
    assert.equal(status.queues["nf-analyze"]!.done, enqueued.enqueued, "every analysis job completed exactly once");
    // The kill left jobs behind that only a retry after the timeout could finish.
    const retried = await store.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT retry_count, started_on FROM ${boss}.job UNION ALL SELECT retry_count, started_on FROM ${boss}.archive) j WHERE retry_count > 0`,
    );
    assert.ok(retried.rows[0]!.n > 0, "some job of the killed worker was retried by another");
    t.diagnostic(`${retried.rows[0]!.n} job(s) retried after the kill at ${killedAt.toISOString()}`);
    const scores = await assertSameAsReference(store, reference);
    t.diagnostic(`event BCubed F1 vs one process ${scores.bcubed.f1.toFixed(4)}`);
  } finally {
    await stopWorkers(workers);
    await drop();
  }
});
