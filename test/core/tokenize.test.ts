import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { tokenize, normalizeWord } from "../../src/core/tokenize.js";

test("tokenize keeps offsets, numbers and inner apostrophes", () => {
  const text = "Élysée said: 1,200.5 people don't know al-Qaeda.";
  const toks = tokenize(text);
  assert.deepEqual(toks.map((t) => t.norm), ["elysee", "said", "1,200.5", "people", "don't", "know", "al-qaeda"]);
  assert.equal(toks[2]?.numeric, true);
  for (const t of toks) assert.equal(normalizeWord(text.slice(t.start, t.end)), t.norm);
});

test("tokenize offsets always point at the token text (property)", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (s) => {
      for (const t of tokenize(s)) {
        assert.ok(t.start >= 0 && t.end <= s.length && t.start < t.end);
        assert.equal(normalizeWord(s.slice(t.start, t.end)), t.norm);
      }
    }),
  );
});

test("tokenize respects a slice", () => {
  const text = "alpha beta gamma";
  assert.deepEqual(tokenize(text, 6, 10).map((t) => [t.start, t.end]), [[6, 10]]);
});
