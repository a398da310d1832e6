// The clusterer state is written every few batches, not with each: a run that dies between two
// writes leaves stored articles its state lacks, and the next run must place them again exactly
// where they were stored, then carry on as an uninterrupted run would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Ingester } from "../../src/pipeline/ingest.js";
import { recordsToRaw } from "../../src/pipeline/records.js";
import { SqliteStore } from "../../src/store/index.js";
import type { IngestRecord } from "../../src/store/types.js";
import { generateStream } from "../../bench/lib/generator.js";

const N = 700;
const records = [...generateStream({ articles: N, seed: 11 })].map((g) => ({
  id: g.article.id, outlet: g.article.outlet, title: g.article.title, published: g.article.published, text: g.article.text,
}));

async function assignments(store: SqliteStore): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const s of await store.listStories({ limit: 500 })) {
    for (const m of await store.storyMembers(s.id)) out.set(m.article.id, `${m.assignment.event}/${m.assignment.story}/${m.assignment.duplicate_of ?? ""}`);
  }
  return out;
}

test("a run killed between clusterer-state writes is completed by the next, as if never interrupted", async () => {
  const clean = new SqliteStore(":memory:");
  await clean.migrate();
  await new Ingester(clean, { dossiers: "defer" }).ingest(recordsToRaw(records, "gen"));

  const store = new SqliteStore(":memory:");
  await store.migrate();
  // The 6th batch transaction fails, as a killed process would leave it: 500 articles stored,
  // the last clusterer state written with the 4th batch (400), so 100 are pending.
  const put = store.putIngested.bind(store);
  let batches = 0;
  store.putIngested = async (batch: IngestRecord[], states?: Record<string, unknown>) => {
    if (++batches === 6) throw new Error("killed");
    return put(batch, states);
  };
  await assert.rejects(new Ingester(store, { dossiers: "defer" }).ingest(recordsToRaw(records, "gen")), /killed/);
  store.putIngested = put;
  assert.equal(await store.articleCount(), 500);
  assert.equal(await store.getState<number>("cluster-pending"), 100, "the state lacks the last 100");

  const s = await new Ingester(store, { dossiers: "defer" }).ingest(recordsToRaw(records, "gen"));
  const total = await clean.articleCount();
  assert.equal(s.stored, total - 500, "the 500 stored before the kill are not stored again");
  assert.equal(await store.getState<number>("cluster-pending"), 0);
  const got = await assignments(store);
  const want = await assignments(clean);
  assert.equal(got.size, total);
  // Ids of events and stories are made in placement order, so equal maps mean equal placements.
  assert.deepEqual(got, want);
  assert.deepEqual(
    (await store.listStories({ limit: 500 })).map((r) => [r.id, r.headline, r.articles.length]).sort(),
    (await clean.listStories({ limit: 500 })).map((r) => [r.id, r.headline, r.articles.length]).sort(),
  );
});
