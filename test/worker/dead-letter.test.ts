import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Article } from "../../src/core/types.js";
import { analyze } from "../../src/nlp/index.js";
import { buildServer } from "../../src/server/app.js";
import { startWorker } from "../../src/worker/worker.js";
import { enqueueInputs } from "../../src/worker/enqueue.js";
import { queueStatus } from "../../src/worker/status.js";
import { recordsToRaw } from "../../src/pipeline/records.js";
import { freshPgStore, pgAvailable, PG_URL } from "../helpers/pg.js";
import { REPO_ROOT } from "../helpers/shared.js";
import { Ingester } from "../../src/pipeline/ingest.js";
import { SqliteStore } from "../../src/store/index.js";
import { dropQueueSchema, until } from "./fleet.js";

const TUNING = { expireInSeconds: 20, maintenanceIntervalSeconds: 2, pollingIntervalSeconds: 0.5, dossierDebounceSeconds: 1, retryDelay: 1, retryLimit: 1 };

// Fictional reports on two events; one record's analysis is made to throw.
const records = [
  ...Array.from({ length: 6 }, (_, i) => ({ id: `ferry-${i}`, outlet: `Harbour Post ${i % 2}`, published: "2025-06-02", title: `Ferry strike enters day ${i + 1}`, text: `Ferry crews on the Lindmark crossing stayed off work for a ${["first", "second", "third", "fourth", "fifth", "sixth"][i]} day, the Lindmark ferry union said, as talks with the operator stalled over pay number ${i}.` })),
  { id: "poison", outlet: "Harbour Post 0", published: "2025-06-02", text: "Ferry crews on the Lindmark crossing met the operator again on Tuesday to talk about pay." },
  ...Array.from({ length: 4 }, (_, i) => ({ id: `quake-${i}`, outlet: `Valley Wire ${i % 2}`, published: "2025-06-03", title: `Tremor shakes Orsolo valley`, text: `A magnitude 5.${i} tremor shook the Orsolo valley early on Wednesday, damaging ${10 + i} houses, the regional civil protection office said.` })),
];

/** Story -> member ids from the single-process Ingester over the same records, in the same order. */
async function referenceStories(input: object[]): Promise<string[][]> {
  const store = new SqliteStore(":memory:");
  await store.migrate();
  try {
    const summary = await new Ingester(store).ingest(recordsToRaw(input, "test"));
    const byStory = new Map<string, string[]>();
    for (const id of summary.ids) {
      const a = await store.getAssignment(id);
      assert.ok(a, `reference run stored ${id} without an assignment`);
      byStory.set(a.story, [...(byStory.get(a.story) ?? []), id]);
    }
    return [...byStory.values()];
  } finally {
    await store.close();
  }
}

test("an analysis that keeps failing ends in the dead-letter queue with its error and does not block later articles; status --json; the server answers over PostgreSQL", { timeout: 180_000 }, async (t) => {
  if (!(await pgAvailable())) return t.skip("no PostgreSQL on 127.0.0.1:5432");
  const { store, schema, drop } = await freshPgStore();
  const attempts: string[] = [];
  const worker = await startWorker(PG_URL, {
    schema,
    concurrency: 2,
    tuning: TUNING,
    log: () => undefined,
    analyze: (a: Article) => {
      if (a.id === "poison") {
        attempts.push(a.id);
        throw new Error("injected analysis failure");
      }
      return analyze(a);
    },
  });
  try {
    const s = await enqueueInputs(PG_URL, recordsToRaw(records, "test"), { schema, tuning: TUNING });
    assert.equal(s.enqueued, records.length);
    await until(async () => (await store.pool.query("SELECT count(*)::int AS n FROM enqueued")).rows[0].n === 0, 120_000, "every article past the failing one assigned");
    assert.equal(await store.articleCount(), records.length - 1, "every article but the failing one stored");
    assert.equal(await store.getArticle("poison"), null);
    assert.ok(await store.getArticle("quake-3"), "articles after the failing one were not blocked");
    assert.equal(attempts.length, 1 + TUNING.retryLimit, "tried once, retried retryLimit times, with backoff");

    await until(async () => {
      const q = await queueStatus(PG_URL, schema);
      return q.pending + q.active === 0;
    }, 60_000, "queue drained");
    const st = await queueStatus(PG_URL, schema);
    assert.equal(st.failed, 1, "one failed job");
    assert.equal(st.queues["nf-analyze"]!.failed, 1);
    assert.equal(st.queues["nf-dead"]!.done, 1, "its copy went through the dead-letter queue");
    assert.deepEqual(st.recentFailures.map((f) => [f.queue, f.error]), [["nf-analyze", "injected analysis failure"]]);

    // `newsfold status --json` prints {pending, active, failed, done} for the same queue.
    const cli = spawnSync(process.execPath, ["--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts"), "status", "--json", "--db", PG_URL], {
      cwd: REPO_ROOT, encoding: "utf8", env: { ...process.env, NEWSFOLD_PG_SCHEMA: schema },
    });
    assert.equal(cli.status, 0, cli.stderr);
    const json = JSON.parse(cli.stdout) as Record<string, unknown>;
    assert.deepEqual({ pending: json.pending, active: json.active, failed: json.failed, done: json.done }, { pending: 0, active: 0, failed: 1, done: st.done });
    assert.ok(st.done >= records.length, "analysis, assignment and dossier jobs completed");

    // A server over the same PostgreSQL store lists the stories the workers made.
    const app = await buildServer(store);
    try {
      const r = await app.inject({ method: "GET", url: "/api/stories" });
      assert.equal(r.statusCode, 200);
      const stories = (r.json() as { stories: { id: string; articles: string[] }[] }).stories;
      assert.deepEqual(stories.flatMap((x) => x.articles).sort(), records.map((x) => x.id).filter((id) => id !== "poison").sort(), "every stored article in one listed story");
      // The stories are the ones a single process makes of the same input (without the article
      // whose analysis fails): the workers add no grouping of their own, whatever the timing.
      const partition = (groups: string[][]) => groups.map((g) => [...g].sort().join(" ")).sort();
      const reference = await referenceStories(records.filter((r) => r.id !== "poison"));
      assert.deepEqual(partition(stories.map((x) => x.articles)), partition(reference), "the same stories as a single process");
      const ferry = stories.find((x) => x.articles.includes("ferry-0"))!;
      assert.ok(ferry.articles.includes("ferry-5") && !ferry.articles.includes("quake-0"), "the two events are told apart (by the clusterer: the single process agrees)");
      const one = await app.inject({ method: "GET", url: `/api/stories/${ferry.id}` });
      assert.equal(one.statusCode, 200);
      const search = await app.inject({ method: "GET", url: "/api/stories?q=tremor" });
      assert.ok((search.json() as { stories: { articles: string[] }[] }).stories.some((x) => x.articles.includes("quake-1")), "full-text search over PostgreSQL");
    } finally {
      await app.close();
    }
  } finally {
    await worker.stop();
    await dropQueueSchema(store, schema);
    await drop();
  }
});
