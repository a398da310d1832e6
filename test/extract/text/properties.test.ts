// Properties of cleanText on random scraped-looking text: it never throws, never invents text, keeps
// order, reports every input line as kept, glued or removed, and stays fast on pathological lines.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { cleanText } from "../../../src/extract/text/index.js";

const pieces = [
  "The committee met on Tuesday and agreed to delay the vote until next month.",
  "Read more", ": Another story headline", "[ad_4]", "Photo: Kim Lowe / AP", "By Ana Ferris", "5 min read",
  "Share", "Dear readers,", "Thank you.", "Tags: a, b", "• Topic", "Follow us on social media",
  "the sentence continues here", ", and ends here.", "LONDON - The talks resumed on Monday after a pause.",
  "Title Case Headline For A Story", "(With reporting by the desk)", "", "   ", "\t", "«»", "“”", "!!!", "...",
];

/**
 * Where `needle` ends in `hay` when it is at most `most` runs of `hay` found in order from `at`
 * (each the longest prefix of what is left), or -1.
 */
function inOrderRuns(needle: string, hay: string, at: number, most: number): number {
  let rest = needle;
  let pos = at;
  for (let runs = 0; rest.length > 0; runs++) {
    if (runs === most) return -1;
    let len = rest.length;
    let found = hay.indexOf(rest, pos);
    while (found < 0 && --len > 0) found = hay.indexOf(rest.slice(0, len), pos);
    if (found < 0) return -1;
    pos = found + len;
    rest = rest.slice(len);
  }
  return pos;
}

test("random scraped text: no throw, output lines come from input, in order", () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 80 })), { maxLength: 40 }), (parts) => {
      const text = parts.join("\n");
      const r = cleanText(text);
      const flat = text.replace(/\s+/g, " ");
      let at = 0;
      for (const line of r.text.split("\n").filter((l) => l.length > 0)) {
        // Glued lines join input lines with at most one space; compare without spaces.
        const needle = line.replace(/\s+/g, "");
        const hay = flat.replace(/\s+/g, "");
        // A sentence may be glued across a removed insert (`... and the operators` / `Read more: ...`
        // / `agreed to pay`): then the line is a few runs of the input, in order.
        const i = hay.indexOf(needle, at);
        const end = i >= 0 ? i + needle.length : inOrderRuns(needle, hay, at, 3);
        assert.ok(end >= 0, `invented or reordered: ${JSON.stringify(line)}`);
        at = end;
      }
      for (const x of r.removed) assert.ok(typeof x.reason === "string" && x.reason.length > 0);
    }),
    { numRuns: 300 },
  );
});

test("pathological lines stay fast (no regex blow-up)", () => {
  const bad = [
    "A".repeat(50_000),
    "Aa ".repeat(20_000),
    "Photo: " + "X ".repeat(20_000),
    ("Kingston, " + "Word ").repeat(5_000) + "March 3:",
    "By " + "Name ".repeat(20_000),
    "[" + "a".repeat(10_000),
    ",".repeat(50_000),
    "WORD ".repeat(10_000) + "- rest",
  ];
  for (const line of bad) {
    const t = Date.now();
    cleanText(`${line}\n${line}\nThe end of the story came quickly for everyone involved.`);
    assert.ok(Date.now() - t < 1500, `slow on ${line.slice(0, 20)}...`);
  }
});

test("cost stays linear on long texts of glued fragments and repeated openers", () => {
  for (const unit of [["soldiers of the army", "are here"], ["Dear readers,", "We need you."], ["Read more", "Some Headline Here"]]) {
    const text = Array.from({ length: 20_000 }, (_, i) => unit[i % 2]).join("\n");
    const t = Date.now();
    cleanText(text);
    // Quadratic behaviour takes minutes here; linear takes well under a second on an idle machine.
    assert.ok(Date.now() - t < 8000, `slow on ${unit[0]}`);
  }
});
