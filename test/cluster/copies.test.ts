import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../../src/core/tokenize.js";
import { CopyIndex, defaultParams } from "../../src/cluster/index.js";

const P1 = "The harbour authority closed the northern pier on Monday after a cargo ship lost power and drifted into the breakwater during the storm.";
const P2 = "Engineers from the port company inspected the damage through the night and said repairs to the concrete would take at least three weeks.";
const P3 = "Ferry services to the islands were moved to the southern terminal, where passengers waited for hours as crews rearranged the schedules.";
const P4 = "Fishermen said the pier had needed work for years and blamed the delay on a dispute over who should pay for the maintenance contract.";
const OTHER = "A regional orchestra announced its new season with a cycle of symphonies, two premieres by young composers and free concerts in the park for families.";

function index() {
  const ix = new CopyIndex(defaultParams().copies);
  const orig = [P1, P2, P3, P4].join("\n");
  ix.add("orig", ix.fingerprint(tokenize(orig)));
  return ix;
}

test("an exact copy with different case and punctuation is found", () => {
  const ix = index();
  const text = [P1, P2, P3, P4].join("\n").toUpperCase().replace(/,/g, "");
  assert.equal(ix.find(ix.fingerprint(tokenize(text)))?.id, "orig");
});

test("a trimmed ending and an added paragraph are near copies (containment)", () => {
  const ix = index();
  const trimmed = ix.find(ix.fingerprint(tokenize([P1, P2, P3].join("\n"))));
  assert.equal(trimmed?.id, "orig");
  assert.ok(trimmed!.containment > 0.9);
  const added = ix.find(ix.fingerprint(tokenize([P1, P2, P3, P4, OTHER].join("\n"))));
  assert.equal(added?.id, "orig");
});

test("a different text on a shared topic, or one shared paragraph, is not a copy", () => {
  const ix = index();
  assert.equal(ix.find(ix.fingerprint(tokenize(OTHER))), null);
  const quoting = [OTHER, P1, OTHER.replace("orchestra", "choir"), OTHER.replace("season", "tour"), OTHER.replace("park", "square")].join("\n");
  assert.equal(ix.find(ix.fingerprint(tokenize(quoting))), null);
});

test("fingerprints are deterministic and removal forgets a text", () => {
  const ix = index();
  const a = ix.fingerprint(tokenize(P1 + " " + P2));
  const b = ix.fingerprint(tokenize(P1 + " " + P2));
  assert.deepEqual(Array.from(a.signature), Array.from(b.signature));
  ix.remove("orig");
  assert.equal(ix.find(ix.fingerprint(tokenize([P1, P2, P3, P4].join("\n")))), null);
});
