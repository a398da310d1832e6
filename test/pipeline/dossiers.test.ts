// Dossiers on demand: an ingest with `dossiers: "defer"` leaves the same story rows as one that
// builds them, and a DossierReader builds, stores and serves the same dossier when first asked;
// a later join drops it and the next read includes the new article.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { Ingester } from "../../src/pipeline/ingest.js";
import { DossierReader } from "../../src/pipeline/dossiers.js";
import { recordsToRaw } from "../../src/pipeline/records.js";
import { readInputs } from "../../src/ingest/index.js";
import { SqliteStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import { REPO_ROOT } from "../helpers/shared.js";

const CORPUS = join(REPO_ROOT, "examples", "corpus");

async function ingested(dossiers: "build" | "defer"): Promise<Store> {
  const store = new SqliteStore(":memory:");
  await store.migrate();
  await new Ingester(store, { dossiers }).ingest(readInputs([CORPUS]));
  return store;
}

const eager = await ingested("build");
const lazy = await ingested("defer");
const stories = await eager.listStories({ limit: 500 });

test("a deferred ingest lists the same stories, headlines, members and outlets", async () => {
  const rows = await lazy.listStories({ limit: 500 });
  assert.ok(stories.length >= 5);
  // An undated story spans its ingest times, which differ between the two ingests: each must have one.
  const undated = new Set<string>();
  for (const s of stories) if ((await eager.getDossier(s.id))!.coverage.articles.every((a) => a.published === null)) undated.add(s.id);
  assert.ok(undated.size >= 1, "the sample corpus holds an undated story");
  const comparable = (list: typeof rows) =>
    list
      .map((s) => {
        if (!undated.has(s.id)) return s;
        assert.ok(s.first_seen !== null && s.last_update !== null && s.first_seen <= s.last_update, `${s.id} spans its ingest times`);
        return { ...s, first_seen: null, last_update: null };
      })
      .sort((a, b) => a.id.localeCompare(b.id));
  assert.deepEqual(comparable(rows), comparable(stories));
  for (const s of stories) assert.equal(await lazy.getDossier(s.id), null, `no dossier is built by the ingest (${s.id})`);
});

test("the reader builds, stores and serves the dossier the eager ingest built", async () => {
  const reader = new DossierReader(lazy);
  for (const s of stories) {
    const built = await reader.get(s.id);
    assert.deepEqual(built, await eager.getDossier(s.id));
    assert.deepEqual(await lazy.getDossier(s.id), built, "kept in the store");
  }
  assert.equal(await reader.get("st_no_such_story"), null);
});

test("concurrent reads of one story share one build", async () => {
  const store = await ingested("defer");
  const reader = new DossierReader(store);
  let builds = 0;
  const members = store.storyMembers.bind(store);
  store.storyMembers = async (id: string) => {
    builds++;
    return members(id);
  };
  const id = stories[0]!.id;
  const [a, b, c] = await Promise.all([reader.get(id), reader.get(id), reader.get(id)]);
  assert.equal(builds, 1);
  assert.deepEqual(a, b);
  assert.deepEqual(b, c);
  await reader.get(id);
  assert.equal(builds, 1, "a stored dossier is read, not built again");
});

test("an article joining a story drops its dossier; the next read includes it", async () => {
  const store = await ingested("defer");
  const reader = new DossierReader(store);
  const biggest = [...stories].sort((a, b) => b.articles.length - a.articles.length)[0]!;
  const before = (await reader.get(biggest.id))!;
  const member = (await store.storyMembers(biggest.id))[0]!.article;
  // The same report again under a new id and outlet, as a syndicated copy would arrive.
  const summary = await new Ingester(store, { dossiers: "defer" }).ingest(
    recordsToRaw([{ id: "late-copy", outlet: "Late Wire", title: member.title, published: member.published, text: `${member.text}\nUpdated with a line of its own.` }], "mem"),
  );
  assert.equal(summary.stored, 1);
  const story = (await store.getAssignment("late-copy"))!.story;
  assert.equal(story, biggest.id);
  assert.equal(await store.getDossier(story), null, "the old dossier is dropped");
  const after = (await reader.get(story))!;
  assert.ok(after.coverage.articles.some((a) => a.id === "late-copy"));
  assert.equal(after.coverage.articles.length, before.coverage.articles.length + 1);
  assert.deepEqual((await store.getStory(story))!.articles.length, after.coverage.articles.length);
});

test("a reader that builds large stories in a worker thread gives the same dossiers", async () => {
  const store = await ingested("defer");
  const reader = new DossierReader(store, { workerFrom: 1 });
  try {
    for (const s of stories.slice(0, 3)) assert.deepEqual(await reader.get(s.id), await eager.getDossier(s.id));
  } finally {
    await reader.close();
  }
});
