import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../../src/core/types.js";
import { addPrintedMonth, printedMonth } from "../../src/cluster/printed-month.js";

const article = (published: string | null, removed: Article["removed"]): Article => ({
  id: "a", path: "a.txt", url: null, outlet: null, title: null, byline: null, published, dateline: null, language: "en", text: "Body.", removed,
});

test("the month of an undated article's removed date line is a number key", () => {
  const a = article(null, [{ text: "Storm hits coast", reason: "title" }, { text: "December 23, 2008", reason: "date" }]);
  assert.equal(printedMonth(a), "2008-12");
  const counts = new Map<string, number>([["n:2008-12", 1]]);
  addPrintedMonth(counts, a, 2);
  assert.equal(counts.get("n:2008-12"), 3);
});

test("a dated article, or one without a parsable date line, gets no printed month", () => {
  assert.equal(printedMonth(article("2026-03-04", [{ text: "December 23, 2008", reason: "date" }])), null);
  assert.equal(printedMonth(article(null, [{ text: "Updated 3 hours ago", reason: "date" }])), null);
  assert.equal(printedMonth(article(null, [{ text: "December 23, 2008", reason: "caption" }])), null);
});
