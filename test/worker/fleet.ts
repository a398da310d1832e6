/**
 * Shared machinery of the multi-process worker tests: the input stream (the bundled sample corpus
 * followed by a generated stream), worker processes started through the CLI, waiting for the queue
 * to drain, and the comparison with a single-process run of the same input in the same order.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { ReadResult } from "../../src/core/input.js";
import { readInputs } from "../../src/ingest/index.js";
import { recordsToRaw } from "../../src/pipeline/records.js";
import { Ingester } from "../../src/pipeline/ingest.js";
import { SqliteStore, type PostgresStore } from "../../src/store/index.js";
import { scoreClustering, type ClusteringScores } from "../../src/eval/clustering/metrics.js";
import { queueStatus, type QueueStatus } from "../../src/worker/status.js";
import { bossSchemaFor } from "../../src/worker/queues.js";
import { generateCorpus } from "../../bench/lib/corpus.js";
import { REPO_ROOT } from "../helpers/shared.js";
import { PG_URL } from "../helpers/pg.js";

/**
 * A long stream of short generated articles. The generator spreads any count over about 60 days,
 * so 20,000 at once would be a stream ten times denser than 2,000; a real feed keeps its rate and
 * runs longer. So the stream is made of chunks of `chunk` articles, each from its own seed and
 * shifted 70 days (ten weeks: weekdays in the text stay right) after the one before. Articles are
 * the generator's first `lines` lines (a lead with the event's place, topic and a fact, then body
 * lines, about 440 bytes), so that 20,000 go through the whole pipeline twice within a CI budget.
 * Copies stay copies (same leading lines).
 */
export function shortRecords(count: number, seed: number, lines = 5, chunk = 2000): { id: string; title: string; outlet: string; published: string; text: string }[] {
  const out: { id: string; title: string; outlet: string; published: string; text: string }[] = [];
  for (let c = 0; out.length < count; c++) {
    const shift = c * 70 * 86_400_000;
    for (const a of generateCorpus(Math.min(chunk, count - out.length), seed + c)) {
      const published = new Date(Date.parse(a.published) + shift).toISOString();
      out.push({ id: `c${c}-${a.id}`, title: a.title, outlet: a.outlet, published, text: a.text.split("\n").slice(0, lines).join("\n") });
    }
  }
  return out;
}

/** The sample corpus, then the generated records: the one input order both runs follow. */
export async function* sampleThenRecords(records: object[]): AsyncGenerator<ReadResult> {
  yield* readInputs([join(REPO_ROOT, "examples", "corpus")]);
  yield* recordsToRaw(records, "generated");
}

/** Runs the single-process Ingester over an in-memory SQLite store; returns article id -> event. */
export async function referenceEvents(input: AsyncIterable<ReadResult>): Promise<{ events: Map<string, string>; stored: number }> {
  const store = new SqliteStore(":memory:");
  await store.migrate();
  try {
    const summary = await new Ingester(store).ingest(input);
    const events = new Map<string, string>();
    for (const id of summary.ids) {
      const a = await store.getAssignment(id);
      assert.ok(a, `reference run stored ${id} without an assignment`);
      events.set(id, a.event);
    }
    return { events, stored: summary.stored };
  } finally {
    await store.close();
  }
}

/** Article id -> event of everything the workers stored. */
export async function storedEvents(store: PostgresStore): Promise<Map<string, string>> {
  const r = await store.pool.query<{ article_id: string; event: string }>("SELECT article_id, event FROM assignments");
  return new Map(r.rows.map((x) => [x.article_id, x.event]));
}

export interface WorkerProcess {
  child: ChildProcess;
  /** Everything the process wrote to stderr (for the failure message). */
  log: () => string;
  /** Resolves once the worker has its queues set up and takes jobs; rejects if it exits first. */
  started: Promise<void>;
  exited: Promise<number | null>;
}

/** Starts `newsfold worker` as its own process on the test's schema. */
export function startWorkerProcess(schema: string, opts: { jobTimeout: number; maintenanceInterval: number }): WorkerProcess {
  const child = spawn(
    process.execPath,
    [
      "--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts"), "worker", "--db", PG_URL, "--concurrency", "1",
      "--job-timeout", String(opts.jobTimeout), "--maintenance-interval", String(opts.maintenanceInterval),
    ],
    { cwd: REPO_ROOT, env: { ...process.env, NEWSFOLD_PG_SCHEMA: schema }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let err = "";
  let up: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (up = resolve));
  child.stderr!.on("data", (d: Buffer) => {
    err = (err + d.toString()).slice(-20_000);
    if (err.includes("newsfold worker: started")) up();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const startedOrDied = Promise.race([started, exited.then((code) => Promise.reject(new Error(`worker exited (${code}) before it started:\n${err.slice(-2000)}`)))]);
  startedOrDied.catch(() => undefined); // a test that never awaits it must not see an unhandled rejection
  return { child, log: () => err, started: startedOrDied, exited };
}

/** Stops worker processes (SIGTERM, then SIGKILL if one lingers). */
export async function stopWorkers(workers: WorkerProcess[]): Promise<void> {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGTERM");
  await Promise.all(
    workers.map(async (w) => {
      const t = setTimeout(() => w.child.kill("SIGKILL"), 15_000);
      await w.exited;
      clearTimeout(t);
    }),
  );
}

/** Waits until `check` holds, polling; fails after `ms` with `what` and the workers' last words. */
export async function until(check: () => Promise<boolean>, ms: number, what: string, workers: WorkerProcess[] = []): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.fail(`timed out waiting for ${what}\n${workers.map((w, i) => `--- worker ${i}\n${w.log().slice(-2000)}`).join("\n")}`);
}

/** Drops the job queue's schema that goes with a test schema (freshPgStore's drop leaves it). */
export async function dropQueueSchema(store: PostgresStore, schema: string): Promise<void> {
  await store.pool.query(`DROP SCHEMA IF EXISTS ${bossSchemaFor(schema)} CASCADE`).catch(() => undefined);
}

/** Whether nothing is left: no order row, no staged analysis, no pending or active job. */
export async function drained(store: PostgresStore, schema: string): Promise<{ done: boolean; status: QueueStatus }> {
  const left = await store.pool.query<{ e: number; s: number }>("SELECT (SELECT count(*) FROM enqueued)::int AS e, (SELECT count(*) FROM staged)::int AS s");
  const status = await queueStatus(PG_URL, schema);
  return { done: left.rows[0]!.e === 0 && left.rows[0]!.s === 0 && status.pending === 0 && status.active === 0, status };
}

/**
 * Checks a drained worker run against the reference: every article stored exactly once (no
 * duplicate ids, the same set of articles as the single process), every one with exactly one
 * assignment, and event-level BCubed F1 between the two runs of at least 0.99.
 */
export async function assertSameAsReference(store: PostgresStore, reference: { events: Map<string, string>; stored: number }): Promise<ClusteringScores> {
  const counts = await store.pool.query<{ articles: number; distinct_ids: number; distinct_hashes: number; assignments: number }>(
    `SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(DISTINCT id) FROM articles)::int AS distinct_ids,
            (SELECT count(DISTINCT content_hash) FROM articles)::int AS distinct_hashes, (SELECT count(*) FROM assignments)::int AS assignments`,
  );
  const c = counts.rows[0]!;
  assert.equal(c.articles, reference.stored, "the workers stored as many articles as the single process");
  assert.equal(c.distinct_ids, c.articles, "no article id stored twice");
  assert.equal(c.distinct_hashes, c.articles, "no content stored twice");
  assert.equal(c.assignments, c.articles, "every stored article has one assignment");
  const events = await storedEvents(store);
  const missing = [...reference.events.keys()].filter((id) => !events.has(id));
  assert.deepEqual(missing.slice(0, 10), [], `articles the single process stored but the workers did not (${missing.length})`);
  const scores = scoreClustering(events, reference.events);
  assert.equal(scores.items, reference.stored);
  assert.ok(scores.bcubed.f1 >= 0.99, `event-level BCubed F1 against the single-process run ${scores.bcubed.f1.toFixed(4)} < 0.99`);
  return scores;
}
