import { test } from "node:test";
import assert from "node:assert/strict";
import { bySimDescending } from "../../src/dossier/align.js";
import { rng } from "../../bench/lib/generator.js";

test("bySimDescending orders as a stable sort by descending sim, ties in index order", () => {
  const r = rng(7);
  for (const n of [0, 1, 2, 15, 16, 17, 33, 100, 1000, 4099]) {
    // Few distinct values, so most sims tie with others.
    const sims = Float64Array.from({ length: n }, () => Math.round(r() * 8) / 8);
    const expected = [...sims.keys()].sort((x, y) => sims[y]! - sims[x]! || x - y);
    assert.deepEqual([...bySimDescending(sims)], expected, `n=${n}`);
  }
});
