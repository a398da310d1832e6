import { test } from "node:test";
import assert from "node:assert/strict";
import { startWorker } from "../../src/worker/worker.js";
import { bossSchemaFor, DEFAULT_TUNING, startBoss } from "../../src/worker/queues.js";
import { freshPgStore, pgAvailable, PG_URL } from "../helpers/pg.js";
import { dropQueueSchema } from "./fleet.js";

// pg-boss copies a queue's expiry into each job when it is queued; a worker's --job-timeout must
// therefore reach the queue even when `ingest` created the queues first, with the defaults.
test("a worker's job timeout reaches queues a producer created first; a producer does not override it", { timeout: 120_000 }, async (t) => {
  if (!(await pgAvailable())) return t.skip("no PostgreSQL on 127.0.0.1:5432");
  const { store, schema, drop } = await freshPgStore();
  const boss = bossSchemaFor(schema);
  const expiry = async () =>
    new Map(
      (await store.pool.query<{ name: string; expire_seconds: number }>(`SELECT name, expire_seconds FROM ${boss}.queue WHERE name LIKE 'nf-%'`)).rows.map((r) => [r.name, r.expire_seconds]),
    );
  try {
    const producer = await startBoss(PG_URL, schema, DEFAULT_TUNING, "producer");
    await producer.stop({ graceful: false, wait: true });
    assert.equal((await expiry()).get("nf-analyze"), DEFAULT_TUNING.expireInSeconds, "the producer created the queues with the defaults");

    const worker = await startWorker(PG_URL, { schema, tuning: { expireInSeconds: 7, maintenanceIntervalSeconds: 2 }, log: () => undefined });
    try {
      const after = await expiry();
      for (const q of ["nf-analyze", "nf-assign", "nf-dossier"]) assert.equal(after.get(q), 7, `${q} takes the worker's job timeout`);
    } finally {
      await worker.stop();
    }

    const late = await startBoss(PG_URL, schema, { ...DEFAULT_TUNING, expireInSeconds: 300 }, "producer");
    await late.stop({ graceful: false, wait: true });
    assert.equal((await expiry()).get("nf-analyze"), 7, "a producer started later leaves the workers' setting alone");
  } finally {
    await dropQueueSchema(store, schema);
    await drop();
  }
});
