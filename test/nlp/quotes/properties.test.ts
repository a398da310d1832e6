// Property tests: whatever the text, every quote, speaker and cue offset points at the text it claims.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { tokenize } from "../../../src/core/tokenize.js";
import { findQuotes } from "../../../src/nlp/quotes/index.js";
import { quotesOf } from "./helpers.js";

// Pieces that build news-like text full of quotation marks, cues, names, pronouns and apostrophes.
const PIECES = [
  "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "``", "''", " ", " ", " ", "\n", ", ", ". ", ": ",
  "said", "told", "according to", "added that", "he", "she", "the minister", "Mara Quell", "Quell", "don't",
  "'90s", "students' books", "We will stay", "the bridge is safe", "part", "of his staff", "would be", "that",
];
const newsText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(""));

function checkOffsets(text: string, quotes: ReturnType<typeof findQuotes>): void {
  for (const q of quotes) {
    assert.ok(0 <= q.start && q.start <= q.end && q.end <= text.length, "quote in range");
    assert.equal(text.slice(q.start, q.end), q.text, "quote text is its slice");
    if (q.speaker) {
      assert.ok(0 <= q.speaker.start && q.speaker.start < q.speaker.end && q.speaker.end <= text.length, "speaker in range");
      if (q.speaker.entity === null) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.name);
    }
    if (q.cue) {
      assert.ok(0 <= q.cue.start && q.cue.start < q.cue.end && q.cue.end <= text.length, "cue in range");
      assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text, "cue text is its slice");
    }
    assert.ok(q.kind === "direct" || q.kind === "indirect" || q.kind === "mixed");
  }
}

test("properties: offsets of quotes, speakers and cues match their text (tokens only)", () => {
  fc.assert(
    fc.property(fc.oneof(newsText, fc.string({ maxLength: 200 })), (text) => {
      checkOffsets(text, findQuotes({ text, tokens: tokenize(text), sentences: [], entities: [], language: "en" }));
    }),
    { numRuns: 400 },
  );
});

test("properties: offsets hold through the full language layer too", () => {
  fc.assert(
    fc.property(newsText, (text) => {
      checkOffsets(text, quotesOf(text));
    }),
    { numRuns: 150 },
  );
});

test("properties: quotes come sorted by start and direct quotes never overlap each other", () => {
  fc.assert(
    fc.property(newsText, (text) => {
      const qs = findQuotes({ text, tokens: tokenize(text), sentences: [], entities: [], language: "en" });
      for (let i = 1; i < qs.length; i++) assert.ok(qs[i - 1]!.start <= qs[i]!.start);
      const direct = qs.filter((q) => q.kind === "direct");
      for (let i = 1; i < direct.length; i++) assert.ok(direct[i - 1]!.end <= direct[i]!.start, "direct quotes overlap");
    }),
    { numRuns: 300 },
  );
});
