// Untyped names read as persons when the rest of the batch types them so (src/cluster/names.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Analysis, Entity } from "../../src/core/types.js";
import { reconcileNameTypes, withoutContainedNames } from "../../src/cluster/names.js";

const analysis = (...entities: [Entity["type"], string][]): Analysis => ({ entities: entities.map(([type, name]) => ({ type, name, mentions: [], roles: [] })) }) as unknown as Analysis;

test("an untyped surname moves to the person key the batch uses", () => {
  const counts = [new Map([["e:varga", 3], ["t:mayor", 1]]), new Map([["p:varga", 4]]), new Map([["p:varga", 2]])];
  const out = reconcileNameTypes(counts, [analysis(["other", "Varga"]), analysis(["person", "Ines Varga"]), analysis(["person", "Varga"])]);
  assert.deepEqual([...out[0]!.entries()].sort(), [["p:varga", 3], ["t:mayor", 1]]);
  assert.equal(out[1], counts[1], "an article without untyped names keeps its map");
});

test("typed names, names most of the batch leaves untyped, and unmatched names stay", () => {
  const counts = [new Map([["e:ford", 2]]), new Map([["e:kessel", 1]]), new Map([["e:osei", 1]]), new Map([["e:osei", 1]]), new Map([["p:ford", 1], ["p:osei", 1]])];
  const analyses = [analysis(["organization", "Ford"]), analysis(["other", "Kessel"]), analysis(["other", "Osei"]), analysis(["other", "Osei"]), analysis(["person", "Ford"], ["person", "Osei"])];
  const out = reconcileNameTypes(counts, analyses);
  assert.deepEqual(out.slice(0, 4).map((m) => [...m.keys()]), [["e:ford"], ["e:kessel"], ["e:osei"], ["e:osei"]]);
});

test("an explanation's names leave out those a longer listed name holds as whole words", () => {
  assert.deepEqual(withoutContainedNames(["varga", "ines varga", "salvera", "var", "civic green"]), ["ines varga", "salvera", "var", "civic green"]);
  assert.deepEqual(withoutContainedNames([]), []);
});
