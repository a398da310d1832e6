import { test } from "node:test";
import assert from "node:assert/strict";
import { enqueueInputs } from "../../src/worker/enqueue.js";
import { bossSchemaFor } from "../../src/worker/queues.js";
import { freshPgStore, pgAvailable, PG_URL } from "../helpers/pg.js";
import {
  assertSameAsReference, drained, dropQueueSchema, referenceEvents, sampleThenRecords, shortRecords, startWorkerProcess, stopWorkers, until, type WorkerProcess,
} from "./fleet.js";

const GENERATED = Number(process.env.NEWSFOLD_KILL_ARTICLES ?? 3000);
// Short, so the test does not wait long for the expiry, but with room for an assignment commit on
// a loaded 2-core machine (a pass gets a third of it; see Assigner.run): at 20 s one assignment
// job timed out once while other heavy processes shared the machine's two cores with the suite.
const JOB_TIMEOUT = 40;
const WORKER = { jobTimeout: JOB_TIMEOUT, maintenanceInterval: 2 };

interface HeldJob {
  id: string;
  name: string;
  started_on: Date;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/*
 * pg-boss does not record which process holds a job, so the test makes it knowable instead of
 * guessing from timing: the victim runs alone at first, and it is frozen (SIGSTOP) at a moment it
 * holds analysis jobs. Every job active then is the victim's, and stays active, since nobody else
 * works. The survivors start, the victim is killed (SIGKILL), and each of its jobs must be started
 * again after the freeze (which only a survivor can have done), completed, and counted as a retry.
 */
test("a worker killed with SIGKILL mid-job: its jobs expire, the others retry them, the result is the same", { timeout: 20 * 60_000 }, async (t) => {
  if (!(await pgAvailable())) return t.skip("no PostgreSQL on 127.0.0.1:5432");
  const records = shortRecords(GENERATED, 202);
  const { store, schema, drop } = await freshPgStore();
  const boss = bossSchemaFor(schema);
  const workers: WorkerProcess[] = [];
  const activeJobs = async () =>
    (await store.pool.query<HeldJob>(`SELECT id::text, name, started_on FROM ${boss}.job WHERE state = 'active' ORDER BY id`)).rows;
  try {
    const victim = startWorkerProcess(schema, WORKER);
    workers.push(victim);
    // Started before the enqueue, so the queue carries the victim's job timeout.
    await victim.started;
    const enqueued = await enqueueInputs(PG_URL, sampleThenRecords(records), { schema });

    let held: HeldJob[] = [];
    let frozenAt = new Date(0);
    const deadline = Date.now() + 5 * 60_000;
    while (held.length === 0) {
      if (Date.now() > deadline) assert.fail(`the worker never held an analysis job\n${victim.log().slice(-2000)}`);
      if (!(await activeJobs()).some((j) => j.name === "nf-analyze")) {
        await sleep(20);
        continue;
      }
      victim.child.kill("SIGSTOP");
      frozenAt = new Date();
      // A completion the victim sent just before the freeze may still be on its way: wait until
      // the set of active jobs stops changing.
      let before = await activeJobs();
      for (;;) {
        await sleep(1000);
        const now = await activeJobs();
        if (JSON.stringify(now) === JSON.stringify(before)) break;
        before = now;
      }
      if (before.some((j) => j.name === "nf-analyze")) held = before;
      else victim.child.kill("SIGCONT"); // caught between two batches: try again
    }
    t.diagnostic(`froze worker 0 holding ${held.length} job(s): ${[...new Set(held.map((j) => j.name))].join(", ")}`);

    for (let i = 0; i < 2; i++) workers.push(startWorkerProcess(schema, WORKER));
    await Promise.all(workers.slice(1).map((w) => w.started));
    victim.child.kill("SIGKILL");
    await victim.exited;
    // The single-process run works while the surviving workers do.
    const reference = await referenceEvents(sampleThenRecords(records));

    await until(async () => (await drained(store, schema)).done, 15 * 60_000, "the queue to drain after the kill", workers.slice(1));
    const { status } = await drained(store, schema);
    assert.equal(status.failed, 0, `no job failed for good: ${JSON.stringify(status.recentFailures)}`);
    assert.equal(status.queues["nf-analyze"]!.done, enqueued.enqueued, "every analysis job completed exactly once");

    const after = await store.pool.query<{ id: string; state: string; retry_count: number; started_on: Date }>(
      `SELECT id::text, state::text, retry_count, started_on FROM ${boss}.job WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id::text, state::text, retry_count, started_on FROM ${boss}.archive WHERE id = ANY($1::uuid[])`,
      [held.map((j) => j.id)],
    );
    const byId = new Map(after.rows.map((r) => [r.id, r]));
    for (const j of held) {
      const r = byId.get(j.id);
      assert.ok(r, `job ${j.id} (${j.name}) of the killed worker still exists`);
      assert.equal(r.state, "completed", `job ${j.id} (${j.name}) of the killed worker completed`);
      assert.ok(r.retry_count > 0, `job ${j.id} (${j.name}) of the killed worker was retried (retry_count ${r.retry_count})`);
      assert.ok(r.started_on > frozenAt, `job ${j.id} (${j.name}) was started again after the freeze, by another worker`);
    }
    t.diagnostic(`all ${held.length} job(s) of the killed worker retried by the others and completed`);
    const scores = await assertSameAsReference(store, reference);
    t.diagnostic(`event BCubed F1 vs one process ${scores.bcubed.f1.toFixed(4)}`);
  } finally {
    await stopWorkers(workers);
    await dropQueueSchema(store, schema);
    await drop();
  }
});
