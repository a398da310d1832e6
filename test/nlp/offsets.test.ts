import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { run } from "./helpers.js";

const WORDS = [
  "Anna", "Kessler", "Mr.", "Dr.", "the", "envoy", "minister", "said", "he", "she", "Velmar", "movement", "IMF", "on", "Tuesday",
  "Monday,", "March", "8", "tomorrow", "U.S.", "3.5", "Ruritanian", "diplomat", "“", "”", "\"", ".", ",", "\n", "conclusionsKessler", "Élise",
  "Marot", "yesterday", "will", "meet", "Kesler", "Foreign", "Minister", "of", "Ostrava", "'s",
];

test("every offset of an analysis points at the text it claims (property)", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), fc.boolean(), (words, published) => {
      const text = words.join(" ");
      const a = run(text, published ? { published: "2020-03-10" } : {});
      for (const t of a.tokens) assert.ok(t.start >= 0 && t.start < t.end && t.end <= text.length);
      for (const s of a.sentences) assert.ok(s.start < s.end && s.end <= text.length && s.tokenStart <= s.tokenEnd && s.tokenEnd <= a.tokens.length);
      for (const e of a.entities) {
        assert.ok(e.mentions.length > 0 && e.name.length > 0);
        for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
      }
      for (const d of a.dates) {
        assert.equal(text.slice(d.start, d.end), d.text);
        const s = a.sentences[d.sentence];
        assert.ok(s && s.start <= d.start && d.end <= s.end, "a date lies inside its sentence");
        assert.ok(d.resolved === null ? typeof d.unresolved === "string" : /^(?:\d{4}|-)-\d{2}-\d{2}$/.test(d.resolved));
      }
      // A mention belongs to one entity only.
      const seen = new Set<string>();
      for (const e of a.entities) for (const m of e.mentions) {
        const k = `${m.start}:${m.end}`;
        assert.ok(!seen.has(k), `mention ${k} "${m.text}" in one entity`);
        seen.add(k);
      }
    }),
    { numRuns: 150 },
  );
});
