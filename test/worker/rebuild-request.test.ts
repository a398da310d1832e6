// A story changed while its dossier jobs fill both debounce slots: pg-boss drops the new request.
// That loses the change when the next slot's job has already started (it read the members
// before the change); a plain job must then be queued. While a job of the story still waits,
// nothing more is queued (that job reads the members when it starts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_TUNING, Q_DOSSIER, bossSchemaFor, requestRebuild, startBoss } from "../../src/worker/queues.js";
import { freshPgStore, pgAvailable, PG_URL } from "../helpers/pg.js";
import { dropQueueSchema } from "./fleet.js";

test("rebuild requests: a change is never dropped behind a job that already started", { timeout: 60_000 }, async (t) => {
  if (!(await pgAvailable())) return t.skip("no PostgreSQL on 127.0.0.1:5432");
  const { store, schema, drop } = await freshPgStore();
  const boss = await startBoss(PG_URL, schema, { ...DEFAULT_TUNING, maintenanceIntervalSeconds: 30 }, "worker");
  const jobs = `"${bossSchemaFor(schema)}".job`;
  const states = async (): Promise<string[]> =>
    (await store.pool.query<{ state: string }>(`SELECT state FROM ${jobs} WHERE name = $1 AND data->>'story' = 'st_a' ORDER BY created_on`, [Q_DOSSIER])).rows.map((r) => r.state);
  try {
    // Long slots so the three requests fall in one slot: one job in it, one in the next.
    for (let i = 0; i < 2; i++) await requestRebuild(boss, store.pool, schema, "st_a", 600);
    assert.deepEqual(await states(), ["created", "created"]);
    // Both jobs wait: a third request is coalesced into them.
    await requestRebuild(boss, store.pool, schema, "st_a", 600);
    assert.deepEqual(await states(), ["created", "created"]);
    // Both started (taken by workers): the third request must not be lost.
    await store.pool.query(`UPDATE ${jobs} SET state = 'active', started_on = now() WHERE name = $1`, [Q_DOSSIER]);
    await requestRebuild(boss, store.pool, schema, "st_a", 600);
    assert.deepEqual(await states(), ["active", "active", "created"]);
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await dropQueueSchema(store, schema);
    await drop();
  }
});
