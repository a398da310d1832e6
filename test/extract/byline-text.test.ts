// extractArticle on plain text fills `byline` from the byline line under the headline (invented text).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../../src/extract/index.js";
import type { RawArticle } from "../../src/core/types.js";

const body = [
  "Harbour board approves new ferry timetable",
  "By Oskar Pellin",
  "The harbour board approved the new ferry timetable on Monday after a long meeting with operators.",
  "Captains said the earlier departures would help them avoid the evening fog on the estuary.",
].join("\n");

test("plain text: the byline field is the name of the 'By X' line; a reader's byline wins", () => {
  const raw = { id: "a", source: "a.txt", format: "text", body, hints: {} } as unknown as RawArticle;
  assert.equal(extractArticle(raw).byline, "Oskar Pellin");
  const hinted = { ...raw, hints: { byline: "Reta Vosk" } } as unknown as RawArticle;
  assert.equal(extractArticle(hinted).byline, "Reta Vosk");
});
