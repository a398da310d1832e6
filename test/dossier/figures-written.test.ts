// Figures as outlets print them: `will last four weeks` is a span the verb `last` gives (not `the
// last four weeks`), and a count written out behind a bound or an estimate (`at least two weeks`,
// `about three hundred people`) is read as the same figure in digits would be.
import { test } from "node:test";
import assert from "node:assert/strict";
import { articleFeatures } from "../../src/dossier/features.js";
import { analyze } from "../../src/nlp/index.js";
import { newsArticle } from "../fixtures/dossier/analysed.js";

const figures = (text: string) => {
  const a = newsArticle("a", "Nordwire", "2026-06-01T09:00:00Z", text);
  const c = articleFeatures(a, analyze(a)).clauses[0]!;
  return { numbers: c.numbers.map((n) => `${n.value} ${n.unit}`), bounds: (c.bounds ?? []).map((n) => `${n.kind} ${n.value} ${n.unit}`) };
};

test("figures: `will last four weeks` is a span; `the last four weeks` is no figure told", () => {
  assert.deepEqual(figures("The strike at the Harlow docks will last four weeks.").numbers, ["4 w:week"]);
  assert.deepEqual(figures("Sales at the Harlow docks fell in the last four weeks.").numbers, []);
});

test("figures: a count written out behind a bound or an estimate is a bound or an estimate", () => {
  assert.deepEqual(figures("The Harlow line will stay closed for at least two weeks.").bounds, ["over 2 w:week"]);
  assert.deepEqual(figures("About three hundred people were evacuated from Harlow.").bounds, ["about 300 w:peopl"]);
  // `another two weeks` adds to a span; `between two and three weeks` is a range.
  assert.deepEqual(figures("The Harlow line will stay closed for another two weeks.").bounds, []);
  assert.deepEqual(figures("The works at Harlow will take between two and three weeks.").bounds, []);
});
