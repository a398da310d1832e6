import { test } from "node:test";
import assert from "node:assert/strict";
import { SqliteStore, parseStoryMembersJson } from "../../src/store/index.js";
import type { IngestRecord } from "../../src/store/index.js";

function record(id: string, story: string, text: string, withExplanation: boolean): IngestRecord {
  return {
    article: {
      id, path: `${id}.txt`, url: id === "b" ? null : `https://x.test/${id}`, outlet: "Harbour Post", title: `Title "${id}"`, byline: null,
      published: "2025-03-09", dateline: "PORTO, March 9", language: "en", text, removed: [{ text: "Read more", reason: "boilerplate" }],
      contentHash: `hash-${id}`, ingestedAt: "2025-03-10T00:00:00Z",
    },
    analysis: {
      id, language: "en", tokens: [{ start: 0, end: 3, norm: "the", numeric: false }], sentences: [{ start: 0, end: text.length }],
      entities: [], dates: [], quotes: [],
    } as unknown as IngestRecord["analysis"],
    assignment: {
      id, event: `ev_${story}`, story, duplicate_of: id === "c" ? "a" : null,
      ...(withExplanation ? { explanation: { neighbours: [{ id: "a", similarity: 0.5 }], sharedTerms: ["harbour"] } as unknown as IngestRecord["assignment"]["explanation"] } : {}),
    },
  };
}

test("sqlite storyMembersJson decodes to exactly what storyMembers returns, in ingest order", async () => {
  const store = new SqliteStore(":memory:");
  await store.migrate();
  await store.putIngested([
    record("c", "st_1", "Ferries \u201cresumed\u201d.\nTabs\tand \\ backslashes, \u00e9l\u00e9ments, emoji \u{1f30a}.", true),
    record("a", "st_1", "The harbour bridge reopened on Sunday.", false),
    record("b", "st_2", "Another story.", false),
  ]);
  for (const story of ["st_1", "st_2", "st_none"]) {
    const members = await store.storyMembers(story);
    assert.deepEqual(parseStoryMembersJson(await store.storyMembersJson(story)), members, story);
  }
  assert.deepEqual(parseStoryMembersJson(await store.storyMembersJson("st_1")).map((m) => m.article.id), ["c", "a"]);
  await store.close();
});
