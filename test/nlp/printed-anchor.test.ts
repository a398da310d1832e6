// A scraped text without metadata prints its date above the body ("Published Tuesday 6 October
// 2026"); extraction removes the line and leaves `published` null (a printed date is no declared
// one, see bench/README.md), but the relative days of the body (`yesterday`, `on Monday`) are
// counted from it, as they would be from `published`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../../src/extract/index.js";
import { analyze } from "../../src/nlp/index.js";
import { printedDay } from "../../src/extract/metadata/printed-date.js";

const raw = (body: string) => ({ id: "t", source: "t.txt", kind: "text" as const, format: "text" as const, body, url: null, hints: {} });

const SCRAPED = [
  "Museum reopens gallery after chalice theft",
  "Tellby Echo",
  "Published Tuesday 6 October 2026",
  "",
  "The Harwick Museum reopened its silver gallery yesterday, a week after thieves took a medieval chalice from its case.",
  "",
  "Curator Anna Voss said on Monday that the police had new leads.",
].join("\n");

test("printed anchor: an undated text's relative days count from the date line above its body", () => {
  const article = extractArticle(raw(SCRAPED));
  assert.equal(article.published, null);
  assert.equal(printedDay(article), "2026-10-06");
  const dates = analyze(article).dates;
  const resolved = (t: string) => dates.find((d) => d.text.toLowerCase().includes(t))?.resolved;
  assert.equal(resolved("yesterday"), "2026-10-05");
  assert.equal(resolved("monday"), "2026-10-05");
});

test("printed anchor: a declared date wins over the printed one", () => {
  const article = extractArticle({ ...raw(SCRAPED), hints: { published: "2026-10-08" } });
  assert.equal(article.published?.slice(0, 10), "2026-10-08");
  const y = analyze(article).dates.find((d) => d.text.toLowerCase() === "yesterday");
  assert.equal(y?.resolved, "2026-10-07");
});

test("printed anchor: a text with no date line has no anchor for `yesterday`", () => {
  const article = extractArticle(raw(SCRAPED.replace("Published Tuesday 6 October 2026\n", "")));
  assert.equal(printedDay(article), null);
  const y = analyze(article).dates.find((d) => d.text.toLowerCase() === "yesterday");
  assert.equal(y?.resolved ?? null, null);
});
