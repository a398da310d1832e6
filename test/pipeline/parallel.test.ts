import { test } from "node:test";
import { decodeAnalysis, encodeAnalysis } from "../../src/store/analysis-codec.js";
import { articleLineKeys } from "../../src/extract/templates/index.js";
import { clusterEvidence } from "../../src/cluster/index.js";
import assert from "node:assert/strict";
import { Ingester } from "../../src/pipeline/ingest.js";
import { recordsToRaw } from "../../src/pipeline/records.js";
import { WorkerPool } from "../../src/pipeline/parallel.js";

/** Threads from this many inputs on, so the tests stay short (the default, PARALLEL_MIN_ITEMS, is for speed). */
const SMALL_MIN = 64;
import { prepareAndAnalyze } from "../../src/pipeline/parallel-task.js";
import { SqliteStore } from "../../src/store/index.js";
import type { InputProblem } from "../../src/core/input.js";
import { createHash } from "node:crypto";

const TOPICS = ["ferry strike", "reservoir flood", "grain treaty", "clinic data breach", "council runoff"];

/** Fictional records over a few topics, with a bad record, an empty body and a repeat among them. */
function records(n: number): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    out.push({
      id: `p${i}`,
      outlet: `Outlet ${i % 6}`,
      published: `2026-04-${String(1 + (i % 27)).padStart(2, "0")}`,
      title: `Report ${i} on the ${topic}`,
      text: `Officials gave report number ${i} on the ${topic} on Tuesday.\nThe ${topic} affected ${(i * 53) % 700} people, the regional office said.\n"We are doing what we can," said spokesperson Ilse Varn of the ${topic} team ${i % 9}.`,
    });
  }
  out[10] = { title: "no id here", text: "A record without an id." };
  out[20] = { id: "empty", html: "<html><body><nav>Home</nav></body></html>" };
  out[30] = { ...(out[5] as object), id: "copy-of-p5" };
  return out;
}

async function run(threads: number, input: unknown[]) {
  const store = new SqliteStore(":memory:");
  await store.migrate();
  const problems: InputProblem[] = [];
  let progress = 0;
  const summary = await new Ingester(store, { threads, parallelMinItems: SMALL_MIN }).ingest(recordsToRaw(input, "mem"), { onProblem: (p) => problems.push(p), onProgress: () => progress++ });
  const stories = (await store.listStories({ limit: 1000 })).map((s) => s.id).sort();
  const members: unknown[] = [];
  for (const s of stories) members.push(await store.storyMembers(s), await store.getDossier(s));
  await store.close();
  // Everything stored but the ingest time, as a digest (a diff of megabytes helps no one).
  const stored = JSON.stringify(members, (k, v: unknown) => (k === "ingestedAt" ? undefined : v));
  return { summary, problems, progress, stories, members: createHash("sha1").update(stored).digest("hex") };
}

test("ingest with worker threads stores exactly what an in-process ingest stores, in input order", { timeout: 120_000 }, async () => {
  const input = records(SMALL_MIN * 3);
  const local = await run(0, input);
  const pooled = await run(2, input);
  assert.equal(local.summary.read, input.length);
  assert.ok(local.summary.skipped >= 2, "the bad record and the empty page are skipped");
  assert.equal(local.summary.duplicates, 1);
  assert.deepEqual(pooled.summary, local.summary);
  assert.deepEqual(pooled.summary.ids, local.summary.ids);
  assert.deepEqual(pooled.problems, local.problems);
  assert.equal(pooled.progress, local.progress);
  assert.deepEqual(pooled.stories, local.stories);
  assert.equal(pooled.members, local.members);
});

test("a short ingest with threads asked for stays in this thread and gives the same result", async () => {
  const input = records(SMALL_MIN - 1);
  const local = await run(0, input);
  const pooled = await run(2, input);
  assert.deepEqual(pooled.summary, local.summary);
  assert.equal(pooled.members, local.members);
});

test("the pool's workers do the work themselves and return what this thread would", { timeout: 60_000 }, async () => {
  const raws = (records(24).filter((r) => typeof (r as { id?: unknown }).id === "string") as { id: string; text?: string; html?: string }[]).map((r, i) => ({
    id: r.id,
    source: `mem:${i + 1}`,
    kind: "jsonl" as const,
    format: r.text !== undefined ? ("text" as const) : ("html" as const),
    body: r.text ?? r.html!,
    url: null,
    hints: {},
  }));
  const pool = new WorkerPool(2);
  try {
    // Until a worker has loaded its modules, this thread does the chunks itself.
    const early = await pool.prepare(raws.slice(0, 4));
    assert.deepEqual(early, raws.slice(0, 4).map(prepareAndAnalyze));
    await pool.whenStarted();
    assert.ok(pool.started);
    const chunks = [raws.slice(0, 8), raws.slice(8, 16), raws.slice(16)];
    const results = (await Promise.all(chunks.map((c) => pool.prepare(c)))).flat();
    assert.equal(pool.answeredByWorkers, chunks.length, "no chunk fell back to the main thread");
    const local = raws.map(prepareAndAnalyze);
    // Workers also send each analysis serialised (for the store) and the template memory's line
    // keys; the rest is exactly the local result.
    // The analysis travels only encoded; decoded, it is the local one.
    const decoded = results.map((r) => {
      if (!("article" in r) || r.analysisJson === undefined) return r;
      assert.equal(r.analysis, null);
      assert.deepEqual(r.lineKeys, articleLineKeys(r.article.text));
      const { analysisJson, lineKeys: _k, evidence, ...rest } = r;
      const analysis = decodeAnalysis(analysisJson);
      assert.deepEqual(evidence, clusterEvidence(r.article, analysis), "the cluster evidence the ingest thread would make");
      return { ...rest, analysis };
    });
    assert.deepEqual(decoded, local);
    for (const r of local) if ("analysis" in r && r.analysis) assert.ok(results.some((x) => "analysisJson" in x && x.analysisJson === encodeAnalysis(r.analysis!)));
  } finally {
    await pool.close();
  }
});
