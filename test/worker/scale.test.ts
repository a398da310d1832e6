import { test } from "node:test";
import assert from "node:assert/strict";
import { enqueueInputs } from "../../src/worker/enqueue.js";
import { freshPgStore, pgAvailable, PG_URL } from "../helpers/pg.js";
import { assertSameAsReference, drained, dropQueueSchema, referenceEvents, sampleThenRecords, shortRecords, startWorkerProcess, stopWorkers, until, type WorkerProcess } from "./fleet.js";

// At least 20,000 generated articles after the sample corpus (the bar). They are short
// (the generator's first five lines, about 440 bytes) so the whole pipeline runs twice on 2 cores
// within the suite's budget; bench/stages/workers.ts measures 4 KB articles.
const GENERATED = Number(process.env.NEWSFOLD_SCALE_ARTICLES ?? 20_000);

test(`4 worker processes: sample corpus + ${GENERATED} generated articles, each stored once, no job lost, same events as one process`, { timeout: 15 * 60_000 }, async (t) => {
  if (!(await pgAvailable())) return t.skip("no PostgreSQL on 127.0.0.1:5432");
  const records = shortRecords(GENERATED, 101);
  const { store, schema, drop } = await freshPgStore();
  const workers: WorkerProcess[] = [];
  try {
    for (let i = 0; i < 4; i++) workers.push(startWorkerProcess(schema, { jobTimeout: 60, maintenanceInterval: 5 }));
    const t0 = Date.now();
    const lap = (what: string) => t.diagnostic(`${what} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const enqueued = await enqueueInputs(PG_URL, sampleThenRecords(records), { schema });
    assert.ok(enqueued.enqueued >= GENERATED, `enqueued ${enqueued.enqueued}`);
    // The single-process run works while the workers do: the same input, in the same order.
    lap("enqueued");
    const reference = await referenceEvents(sampleThenRecords(records));
    lap("single-process run done");
    await until(async () => (await store.pool.query("SELECT count(*)::int AS n FROM enqueued")).rows[0].n === 0, 11 * 60_000, "every article assigned", workers);
    lap("every article assigned");
    await until(async () => (await drained(store, schema)).done, 3 * 60_000, "the queue to drain", workers);
    lap("queue drained");
    for (const [i, w] of workers.entries()) assert.equal(w.child.exitCode, null, `worker ${i} still running\n${w.log().slice(-2000)}`);

    const { status } = await drained(store, schema);
    assert.equal(status.failed, 0, `no failed job: ${JSON.stringify(status.recentFailures)}`);
    const analyze = status.queues["nf-analyze"]!;
    assert.equal(analyze.done, enqueued.enqueued, "every analysis job completed once: none lost, none left");
    assert.equal(status.queues["nf-dead"]!.done + status.queues["nf-dead"]!.pending, 0, "nothing in the dead-letter queue");
    const scores = await assertSameAsReference(store, reference);
    t.diagnostic(`${enqueued.enqueued} enqueued, ${reference.stored} stored; event BCubed F1 vs one process ${scores.bcubed.f1.toFixed(4)} (P ${scores.bcubed.precision.toFixed(4)}, R ${scores.bcubed.recall.toFixed(4)}); ${scores.predictedClusters} vs ${scores.goldClusters} events`);

    // Every story the workers made has a dossier listing exactly its members.
    const stories = await store.pool.query<{ story: string; n: number; listed: number | null }>(
      `SELECT a.story, count(*)::int AS n, jsonb_array_length(s.articles) AS listed FROM assignments a LEFT JOIN stories s ON s.id = a.story GROUP BY a.story, s.articles`,
    );
    const off = stories.rows.filter((r) => r.listed !== r.n);
    assert.deepEqual(off.slice(0, 5), [], `${off.length} of ${stories.rows.length} stories without an up-to-date dossier`);
  } finally {
    await stopWorkers(workers);
    await dropQueueSchema(store, schema);
    await drop();
  }
});
