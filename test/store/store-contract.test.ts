import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { SqliteStore } from "../../src/store/index.js";
import type { IngestRecord, Store } from "../../src/store/index.js";
import { freshPgStore, pgAvailable } from "../helpers/pg.js";
import { DOSSIER_SCHEMA, type Dossier } from "../../src/dossier/types.js";

function record(id: string, story: string, text: string, url: string | null = null): IngestRecord {
  return {
    article: {
      id, path: `${id}.txt`, url, outlet: "Harbour Post", title: `Title ${id}`, byline: null, published: "2025-03-09",
      dateline: null, language: "en", text, removed: [], contentHash: `hash-${id}`, ingestedAt: "2025-03-10T00:00:00Z",
    },
    analysis: { id, language: "en", tokens: [], sentences: [], entities: [], dates: [], quotes: [] },
    assignment: { id, event: `ev_${story}`, story, duplicate_of: null },
  };
}

function dossier(story: string, ids: string[], headline: string): Dossier {
  return {
    schema: DOSSIER_SCHEMA, story, event: null, headline,
    coverage: {
      articles: ids.map((id) => ({ id, title: id, outlet: "Harbour Post", url: null, published: "2025-03-09", event: `ev_${story}`, duplicate_of: null, copies: [] })),
      outlets: [{ outlet: "Harbour Post", articles: ids, first: "2025-03-09" }],
      independentSources: 1, first: null, growth: [],
    },
    events: [], claims: [], contradictions: [], quotes: { groups: [], single: [] }, entities: [], timeline: [], summary: [], framing: [],
  };
}

test("sqlite store: migrate is idempotent, WAL on, articles round-trip", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nf-store-"));
  try {
    const path = join(dir, "t.db");
    const store = new SqliteStore(path);
    await store.migrate();
    await store.migrate();
    await store.putIngested([record("a1", "st_1", "The harbour bridge reopened on Sunday."), record("a2", "st_1", "Ferries resumed.", "https://x.test/a2")]);
    assert.equal(await store.articleCount(), 2);
    assert.equal((await store.getArticle("a1"))?.text, "The harbour bridge reopened on Sunday.");
    assert.equal(await store.findExisting("https://x.test/a2", "nope"), "a2");
    assert.equal(await store.findExisting(null, "hash-a1"), "a1");
    assert.equal(await store.findExisting(null, "unknown"), null);
    assert.equal((await store.storyMembers("st_1")).length, 2);
    await store.close();
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
    assert.equal(raw.pragma("user_version", { simple: true }), 2);
    raw.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});


/** Runs one behaviour test against every store kind: the same suite for SQLite and PostgreSQL. */
function contract(name: string, fn: (store: Store) => Promise<void>): void {
  test(`sqlite store: ${name}`, async () => {
    const store = new SqliteStore(":memory:");
    await store.migrate();
    try {
      await fn(store);
    } finally {
      await store.close();
    }
  });
  test(`postgres store: ${name}`, async (t) => {
    if (!(await pgAvailable())) return t.skip("no PostgreSQL on 127.0.0.1:5432");
    const { store, drop } = await freshPgStore();
    try {
      await store.migrate(); // idempotent
      await fn(store);
    } finally {
      await drop();
    }
  });
}

contract("articles round-trip and de-duplication look-ups", async (store) => {
  await store.putIngested([record("a1", "st_1", "The harbour bridge reopened on Sunday."), record("a2", "st_1", "Ferries resumed.", "https://x.test/a2")]);
  assert.equal(await store.articleCount(), 2);
  assert.deepEqual(await store.getArticle("a1"), (await store.storyMembers("st_1"))[0]!.article);
  assert.equal((await store.getArticle("a1"))?.text, "The harbour bridge reopened on Sunday.");
  assert.equal(await store.getArticle("zz"), null);
  assert.equal(await store.findExisting("https://x.test/a2", "nope"), "a2");
  assert.equal(await store.findExisting(null, "hash-a1"), "a1");
  assert.equal(await store.findExisting(null, "unknown"), null);
  assert.equal(await store.hasArticle("a2"), true);
  assert.deepEqual(await store.getAssignment("a2"), { id: "a2", event: "ev_st_1", story: "st_1", duplicate_of: null });
  assert.equal((await store.getAnalysis("a1"))?.id, "a1");
  await store.updateAssignments([{ id: "a2", event: "ev_x", story: "st_2", duplicate_of: "a1" }]);
  assert.equal((await store.getAssignment("a2"))?.duplicate_of, "a1");
  assert.deepEqual((await store.storyMembers("st_2")).map((m) => m.article.id), ["a2"]);
});

contract("state blobs are written with the batch that needs them", async (store) => {
  await store.putIngested([record("s1", "st_1", "one")], { cluster: { version: 1 } });
  assert.deepEqual(await store.getState("cluster"), { version: 1 });
  await assert.rejects(store.putIngested([record("s1", "st_1", "again")], { cluster: { version: 2 } }));
  assert.deepEqual(await store.getState("cluster"), { version: 1 });
});

contract("a failing batch writes nothing (transaction)", async (store) => {
  await store.putIngested([record("a1", "st_1", "one")]);
  // a2 is new but a1 again violates the unique id: the whole batch must roll back.
  await assert.rejects(store.putIngested([record("a2", "st_1", "two"), record("a1", "st_1", "dup")]));
  assert.equal(await store.articleCount(), 1);
  assert.equal(await store.hasArticle("a2"), false);
});

contract("recent article ids: the last ones stored, oldest first", async (store) => {
  assert.deepEqual(await store.recentArticleIds(3), []);
  await store.putIngested([record("r1", "st_1", "one"), record("r2", "st_1", "two")]);
  await store.putIngested([record("r3", "st_2", "three")]);
  assert.deepEqual(await store.recentArticleIds(2), ["r2", "r3"]);
  assert.deepEqual(await store.recentArticleIds(10), ["r1", "r2", "r3"]);
  assert.deepEqual(await store.recentArticleIds(0), []);
});

contract("outline rows replace a story's row and drop its out-of-date dossier", async (store) => {
  await store.putIngested([record("a1", "st_1", "The harbour bridge reopened after repairs."), record("a2", "st_1", "Bridge open again.")]);
  const members = await store.storyOutlineMembers("st_1");
  assert.deepEqual(members.map((m) => m.id), ["a1", "a2"]);
  assert.deepEqual({ ...members[0] }, {
    id: "a1", title: "Title a1", outlet: "Harbour Post", language: "en", published: "2025-03-09", duplicate_of: null, lead: "The harbour bridge reopened after repairs.",
    ingested_at: "2025-03-10T00:00:00Z",
  });
  assert.deepEqual(await store.storyOutlineMembers("st_none"), []);
  await store.putDossiers([dossier("st_1", ["a1"], "Harbour bridge reopens")]);
  await store.putStoryOutlines([{ id: "st_1", headline: "Bridge reopens", articles: ["a1", "a2"], outlets: ["Harbour Post"], first_seen: "2025-03-09", last_update: "2025-03-09" }]);
  assert.equal(await store.getDossier("st_1"), null);
  const row = await store.getStory("st_1");
  assert.equal(row?.headline, "Bridge reopens");
  assert.deepEqual(row?.articles, ["a1", "a2"]);
  assert.deepEqual((await store.listStories({ q: "reopens" })).map((s) => s.id), ["st_1"]);
});

contract("dossiers make story rows; list, filter and full-text search", async (store) => {
  await store.putIngested([record("a1", "st_1", "The harbour bridge reopened."), record("b1", "st_2", "Wildfire near the valley.")]);
  await store.putDossiers([dossier("st_1", ["a1"], "Harbour bridge reopens"), dossier("st_2", ["b1"], "Valley wildfire")]);
  assert.equal((await store.listStories()).length, 2);
  assert.deepEqual((await store.listStories({ q: "wildfire" })).map((s) => s.id), ["st_2"]);
  assert.deepEqual((await store.listStories({ q: "harb" })).map((s) => s.id), ["st_1"]);
  assert.deepEqual((await store.listStories({ outlet: "Nobody" })).map((s) => s.id), []);
  assert.equal((await store.getStory("st_1"))?.headline, "Harbour bridge reopens");
  assert.equal((await store.getDossier("st_2"))?.headline, "Valley wildfire");
  await store.deleteStory("st_2");
  assert.equal(await store.getDossier("st_2"), null);
  assert.equal(await store.getStory("st_2"), null);
  assert.deepEqual((await store.listStories({ q: "wildfire" })).map((s) => s.id), []);
  const hits = await store.search('bridge" -:(');
  assert.ok(hits.some((h) => h.kind === "article" && h.id === "a1" && h.story === "st_1"));
  assert.deepEqual(await store.search("  ***  "), []);
  await store.putState("cluster", { n: 3 });
  assert.deepEqual(await store.getState("cluster"), { n: 3 });
  assert.equal(await store.getState("missing"), null);
});

contract("an undated story's row spans its articles' ingest times, from a dossier as from an outline", async (store) => {
  await store.putIngested([record("u1", "st_u", "Ferries resumed.")]);
  await store.putStoryOutlines([{ id: "st_u", headline: "Ferries", articles: ["u1"], outlets: ["Harbour Post"], first_seen: "2025-03-10T00:00:00Z", last_update: "2025-03-10T00:00:00Z" }]);
  const undated = dossier("st_u", ["u1"], "Ferries resume");
  for (const a of undated.coverage.articles) a.published = null;
  await store.putDossiers([undated]);
  const row = await store.getStory("st_u");
  assert.equal(row?.headline, "Ferries resume");
  assert.equal(row?.first_seen, "2025-03-10T00:00:00Z");
  assert.equal(row?.last_update, "2025-03-10T00:00:00Z");
  // A dated dossier still sets the span.
  await store.putDossiers([dossier("st_u", ["u1"], "Ferries resume")]);
  assert.equal((await store.getStory("st_u"))?.first_seen, "2025-03-09");
});
