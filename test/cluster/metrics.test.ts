import { test } from "node:test";
import assert from "node:assert/strict";
import { scoreClustering } from "../../src/eval/clustering/index.js";

const m = (o: Record<string, string>) => new Map(Object.entries(o));

test("BCubed and pairwise on a hand-computed example", () => {
  // gold: {a,b,c} {d,e}; predicted: {a,b} {c,d,e}
  const s = scoreClustering(m({ a: "1", b: "1", c: "2", d: "2", e: "2" }), m({ a: "x", b: "x", c: "x", d: "y", e: "y" }));
  // BCubed P: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15
  assert.ok(Math.abs(s.bcubed.precision - 11 / 15) < 1e-9);
  // BCubed R: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> (2/3+2/3+1/3+1+1)/5 = 11/15
  assert.ok(Math.abs(s.bcubed.recall - 11 / 15) < 1e-9);
  // pairs: predicted {ab, cd, ce, de} = 4; gold {ab, ac, bc, de} = 4; shared {ab, de} = 2
  assert.ok(Math.abs(s.pairwise.precision - 0.5) < 1e-9);
  assert.ok(Math.abs(s.pairwise.recall - 0.5) < 1e-9);
  assert.equal(s.predictedClusters, 2);
  assert.equal(s.goldClusters, 2);
});

test("perfect clustering scores 1, all-singletons has recall below 1", () => {
  const gold = m({ a: "x", b: "x", c: "y" });
  const same = scoreClustering(m({ a: "p", b: "p", c: "q" }), gold);
  assert.equal(same.bcubed.f1, 1);
  assert.equal(same.pairwise.f1, 1);
  const single = scoreClustering(m({ a: "1", b: "2", c: "3" }), gold);
  assert.equal(single.bcubed.precision, 1);
  assert.ok(Math.abs(single.bcubed.recall - (0.5 + 0.5 + 1) / 3) < 1e-9);
  assert.equal(single.pairwise.recall, 0);
});

test("items missing from the prediction are left out", () => {
  const s = scoreClustering(m({ a: "1" }), m({ a: "x", b: "x" }));
  assert.equal(s.items, 1);
});
