import { test } from "node:test";
import assert from "node:assert/strict";
import { generateStream } from "../../bench/generate.js";
import { clusterEvidence, defaultParams } from "../../src/cluster/index.js";
import { normIds, tokenize } from "../../src/core/tokenize.js";

// Clustering evidence reads per-word memos by the norm ids tokenize() records; tokens built any
// other way (decoded from the store, repaired by the language layer, cloned between threads)
// have none and go by their norm. Both ways must give the same evidence, in the same order.
test("evidence is the same with and without the tokens' norm ids", () => {
  const params = defaultParams();
  const articles = [...generateStream({ articles: 120, seed: 5 })];
  for (const g of articles) {
    const withIds = clusterEvidence(g.article, g.analysis, params);
    assert.ok(normIds(g.analysis.tokens) !== null, "generated analyses are tokenize() results");
    const plain = { ...g.analysis, tokens: g.analysis.tokens.map((t) => ({ ...t })) };
    assert.equal(normIds(plain.tokens), null);
    const without = clusterEvidence(g.article, plain, params);
    assert.deepEqual([...without.features.counts], [...withIds.features.counts]);
    assert.deepEqual(without.fingerprint, withIds.fingerprint);
  }
});

test("norm ids name the tokens' norms", () => {
  const text = "Kaboul, KABOUL and kaboul; Élysée and elysee: 1,200 people.";
  const tokens = tokenize(text);
  const ids = normIds(tokens)!;
  assert.equal(ids.length, tokens.length);
  assert.equal(ids[0], ids[1]);
  assert.equal(ids[1], ids[3]);
  assert.equal(ids[2], ids[5]);
  assert.equal(ids[4], ids[6]);
  assert.notEqual(ids[0], ids[4]);
  assert.deepEqual(tokens.map((t) => t.norm), ["kaboul", "kaboul", "and", "kaboul", "elysee", "and", "elysee", "1,200", "people"]);
});

test("norm ids stay out of JSON, clones and deep equality of the tokens", () => {
  const tokens = tokenize("The mayor of Lisk said the river rose 2 metres.");
  assert.ok(normIds(tokens) !== null);
  const plain = tokens.map((t) => ({ ...t }));
  assert.deepEqual(tokens, plain);
  assert.equal(JSON.stringify(tokens), JSON.stringify(plain));
  assert.equal(normIds(structuredClone(tokens)), null);
  assert.equal(normIds(tokens.slice()), null);
});
