import { test } from "node:test";
import assert from "node:assert/strict";
import { startWorker } from "../../src/worker/worker.js";
import { enqueueInputs } from "../../src/worker/enqueue.js";
import { queueStatus } from "../../src/worker/status.js";
import { recordsToRaw } from "../../src/pipeline/records.js";
import { freshPgStore, pgAvailable, PG_URL } from "../helpers/pg.js";
import { dropQueueSchema } from "./fleet.js";

const TUNING = { expireInSeconds: 10, maintenanceIntervalSeconds: 2, pollingIntervalSeconds: 0.5, dossierDebounceSeconds: 1, retryDelay: 1 };

/** Waits until `check` holds, polling; fails after `ms`. */
export async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.fail(`timed out waiting for ${what}`);
}

test("worker: enqueue, analyse, assign in order, rebuild dossiers; bad records are skipped", { timeout: 120_000 }, async (t) => {
  if (!(await pgAvailable())) return t.skip("no PostgreSQL on 127.0.0.1:5432");
  const { store, schema, drop } = await freshPgStore();
  const worker = await startWorker(PG_URL, { schema, concurrency: 2, tuning: TUNING, log: () => undefined });
  try {
    const records = [
      ...Array.from({ length: 12 }, (_, i) => ({ id: `w${i}`, text: `Dock strike day ${i}: port workers in Valdora met the harbour authority about wages number ${i}.`, outlet: `Outlet ${i % 3}`, published: "2025-04-0" + ((i % 9) + 1) })),
      { id: "w0-copy", text: "Dock strike day 0: port workers in Valdora met the harbour authority about wages number 0.", outlet: "Copycat" },
      { id: "bad" },
      { id: "empty", text: "   " },
    ];
    const problems: string[] = [];
    const s = await enqueueInputs(PG_URL, recordsToRaw(records, "test"), { schema, tuning: TUNING, onProblem: (p) => problems.push(p.reason) });
    assert.equal(s.enqueued, 14);
    assert.equal(s.skipped, 1);
    await until(async () => (await store.pool.query("SELECT count(*)::int AS n FROM enqueued")).rows[0].n === 0, 90_000, "all enqueued articles assigned");
    assert.equal(await store.articleCount(), 12, "copy and empty article not stored");
    await until(async () => (await queueStatus(PG_URL, schema)).pending + (await queueStatus(PG_URL, schema)).active === 0, 60_000, "queue drained");
    const stories = await store.listStories({ limit: 500 });
    const inStories = stories.flatMap((x) => x.articles).sort();
    assert.deepEqual(inStories, Array.from({ length: 12 }, (_, i) => `w${i}`).sort(), "every stored article is in exactly one story's dossier");
    const st = await queueStatus(PG_URL, schema);
    assert.equal(st.failed, 0);
    assert.ok(st.done >= 14);
  } finally {
    await worker.stop();
    await dropQueueSchema(store, schema);
    await drop();
  }
});
