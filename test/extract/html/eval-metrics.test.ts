import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { macroAverage, shingleCounts, shingles, shingleSummary, wordBagScore, wordTokens } from "../../../src/eval/extraction/metrics.js";
import { evaluateExtraction } from "../../../src/eval/extraction/evaluate.js";
import { SHARED_DIR, NO_SHARED } from "../../helpers/shared.js";

const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test("word tokens: \\w+ of the lower-cased text, Unicode letters and digits, not punctuation", () => {
  assert.deepEqual(wordTokens("Café, l'été 2024! snake_case", true), ["café", "l", "été", "2024", "snake_case"]);
  assert.deepEqual(wordTokens("Hello World", false), ["Hello", "World"]);
});

test("word-bag P/R use the sum of min counts", () => {
  // pred: a a b c (4), gold: a b b d d (5); overlap = min(2,1)+min(1,2) = 2.
  const s = wordBagScore("a a b c", "A b B d d");
  close(s.precision, 2 / 4);
  close(s.recall, 2 / 5);
  close(s.f1, (2 * 0.5 * 0.4) / 0.9);
  assert.deepEqual(wordBagScore("", "gold words"), { precision: 0, recall: 0, f1: 0 });
  assert.deepEqual(wordBagScore("", ""), { precision: 1, recall: 1, f1: 1 });
});

test("macro average averages per-page P, R and F1", () => {
  const m = macroAverage([{ precision: 1, recall: 0.5, f1: 2 / 3 }, { precision: 0.5, recall: 1, f1: 2 / 3 }]);
  close(m.precision, 0.75);
  close(m.recall, 0.75);
  close(m.f1, 2 / 3);
});

test("shingles: 4-token multiset, case kept", () => {
  const s = shingles("A b c d e A b c d");
  assert.equal(s.get("A b c d"), 2);
  assert.equal(s.get("b c d e"), 1);
  assert.equal(shingles("a b").get("a b"), 1);
  assert.equal(shingles("X b c d").has("x b c d"), false);
});

test("shingle tp/fp/fn are normalised by their sum; summary F1 is from averaged P and R", () => {
  const c = shingleCounts("one two three four five", "one two three four six");
  // pred shingles: [1234, 2345], gold: [1234, 2346]: tp 1, fp 1, fn 1.
  close(c.tp, 1 / 3);
  close(c.fp, 1 / 3);
  close(c.fn, 1 / 3);
  const s = shingleSummary([c, { tp: 1, fp: 0, fn: 0 }]);
  close(s.precision, (0.5 + 1) / 2);
  close(s.recall, (0.5 + 1) / 2);
  close(s.f1, 0.75);
});

const aebDir = fileURLToPath(new URL("../../fixtures/extract/html/aeb", import.meta.url));

test("aeb loader and evaluation on a tiny fixture", () => {
  const r = evaluateExtraction("aeb", aebDir);
  assert.equal(r.metric, "shingle");
  assert.equal(r.summary.pages, 2);
  assert.deepEqual(r.pages.map((p) => p.id).sort(), ["library", "night-trains"]);
  assert.ok(r.summary.f1 > 0.8, JSON.stringify(r.summary));
  assert.ok(r.summary.f1 <= 1);
});

test("wcxb-dev: extraction reaches its measured level", { skip: SHARED_DIR === null ? NO_SHARED : false }, () => {
  const dir = join(SHARED_DIR as string, "data", "wcxb-dev");
  if (!existsSync(dir)) return;
  const ids = new Set(Array.from({ length: 60 }, (_, i) => String(i + 1).padStart(4, "0")));
  const r = evaluateExtraction("wcxb", dir, undefined, ids);
  assert.ok(r.summary.pages > 20);
  assert.ok(r.summary.f1 > 0.85, JSON.stringify(r.summary));
});
