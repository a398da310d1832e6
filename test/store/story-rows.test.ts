import { test } from "node:test";
import assert from "node:assert/strict";
import { storySummaryFromOutline } from "../../src/store/story-rows.js";
import type { StoryOutline } from "../../src/dossier/outline.js";

const outline = (published: string[]): StoryOutline => ({ headline: "Ferries resume", articles: ["a", "b"], outlets: ["Harbour Post"], published });
const ingested = ["2026-11-24T09:00:00Z", "2026-11-23T18:30:00.000Z"];

test("story row of an undated story spans the times its articles were ingested", () => {
  const row = storySummaryFromOutline("st_1", outline([]), ingested);
  assert.equal(row.first_seen, "2026-11-23T18:30:00Z");
  assert.equal(row.last_update, "2026-11-24T09:00:00Z");
});

test("story row: publication dates win over ingest times when any member is dated", () => {
  const row = storySummaryFromOutline("st_1", outline(["2021-08-16T10:00:00+03:00"]), ingested);
  assert.equal(row.first_seen, "2021-08-16T07:00:00Z");
  assert.equal(row.last_update, "2021-08-16T07:00:00Z");
});

test("story row without dates or ingest times stays undated", () => {
  const row = storySummaryFromOutline("st_1", outline([]));
  assert.equal(row.first_seen, null);
  assert.equal(row.last_update, null);
});
