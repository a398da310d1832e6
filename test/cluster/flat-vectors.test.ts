import { test } from "node:test";
import assert from "node:assert/strict";
import { generateStream } from "../../bench/generate.js";
import { clusterEvidence, StreamClusterer } from "../../src/cluster/index.js";
import {
  addInto, addIntoFlat, emptyFlat, familyDots, familyDotsFlat, familyNorms, familyNormsFlat, flatEntries, flatFromEntries, topKeys,
  topKeysWhereFlat, truncate, truncateFlat, type Vec,
} from "../../src/cluster/sparse.js";

// The stream clusterer keeps its vectors as flat arrays in the order a Map iterates, so that every
// sum runs in the order the Map version ran it: the two must agree bit for bit, order included.

/** A deterministic pseudo-random source (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A vector of `n` distinct keys below `keys`, weights from a few values so that ties occur. */
function randomVec(rnd: () => number, n: number, keys: number): Vec {
  const v: Vec = new Map();
  while (v.size < n) v.set(Math.floor(rnd() * keys), [0.5, 0.25, 1 / 3, 0.1][Math.floor(rnd() * 4)]! * (1 + Math.floor(rnd() * 3)));
  return v;
}

test("flat vectors add, truncate, norm, dot and rank as Map vectors do, in the same order", () => {
  const rnd = random(7);
  const family = Array.from({ length: 600 }, (_, k) => k % 4);
  for (let round = 0; round < 300; round++) {
    const a = randomVec(rnd, 1 + Math.floor(rnd() * 300), 600);
    const b = randomVec(rnd, 1 + Math.floor(rnd() * 200), 600);
    const fa = flatFromEntries(a);
    const fb = flatFromEntries(b);
    assert.deepEqual(familyDotsFlat(fa, fb, family), familyDots(a, b, family));
    assert.deepEqual(familyDotsFlat(fb, fa, family), familyDots(b, a, family));
    const scale = round % 3 === 0 ? -1 : 1;
    addInto(a, b, scale);
    addIntoFlat(fa, fb, scale);
    assert.deepEqual(flatEntries(fa), [...a.entries()]);
    assert.deepEqual(familyNormsFlat(fa, family), familyNorms(a, family));
    assert.deepEqual(topKeysWhereFlat(fa, 20, null), topKeys(a, 20));
    const k = 1 + Math.floor(rnd() * 250);
    truncate(a, k);
    truncateFlat(fa, k);
    assert.deepEqual(flatEntries(fa), [...a.entries()]);
  }
  const e = emptyFlat(2);
  addIntoFlat(e, flatFromEntries([[3, 1], [1, 2], [3, 4]].slice(0, 2) as [number, number][]));
  assert.deepEqual(flatEntries(e), [[3, 1], [1, 2]], "grows past its room");
});

test("key hashes are a hint: evidence whose hashes are wrong or absent places every article the same", () => {
  const articles = [...generateStream({ articles: 400, seed: 3 })];
  const run = (spoil: (h: Int32Array, article: number) => Int32Array | undefined): string[] => {
    const sc = new StreamClusterer({ explain: false });
    const out: string[] = [];
    articles.forEach((g, n) => {
      const ev = clusterEvidence(g.article, g.analysis, sc.params);
      assert.equal(ev.features.keyHashes?.length, ev.features.counts.size);
      const a = sc.addEvidence(g.article, { ...ev, features: { ...ev.features, keyHashes: spoil(ev.features.keyHashes!, n) } });
      out.push(`${a.id}=${a.event}/${a.story}`);
      for (const c of sc.drainChanges()) out.push(`${c.id}~${c.event}/${c.story}`);
    });
    return out;
  };
  const given = run((h) => h);
  assert.deepEqual(run(() => undefined), given, "without hashes");
  assert.deepEqual(run((h) => h.map(() => 42)), given, "with every hash equal");
  // Every other article gives each key the hash of the next: hashes of terms the table holds
  // (from the articles between), so only the check of the term itself keeps ids right.
  assert.deepEqual(run((h, n) => (n % 2 === 1 ? h.map((_, i) => h[(i + 1) % h.length]!) : h)), given, "with hashes of other keys");
});
