// Markdown of a dossier as a reader sees it: bold that renders, dates and counts that read well.
import { test } from "node:test";
import assert from "node:assert/strict";
import { markDiff, readableDate } from "../../src/dossier/render-md.js";

test("a variant's differing words are bolded with spaces and punctuation outside the markers", () => {
  const runs = [
    { text: "We will", shared: true },
    { text: " take a ", shared: false },
    { text: "close look in the near future", shared: true },
    { text: ". And based", shared: false },
    { text: " on the results", shared: true },
    { text: ", ", shared: false },
  ];
  assert.equal(markDiff(runs), "We will **take a** close look in the near future. **And based** on the results,");
});

test("a year-less timeline date reads as day and month; full dates stay as they are", () => {
  assert.equal(readableDate("--08-15"), "15 August (year not given)");
  assert.equal(readableDate("2026-03-09"), "2026-03-09");
  assert.equal(readableDate("--13-01"), "--13-01");
});
