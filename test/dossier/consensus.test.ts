// A group said to be divided against most of the same group holding one view (issue 6).
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier, type Dossier } from "../../src/dossier/index.js";
import { makeInput, type FixtureArticle } from "../fixtures/dossier/story.js";

const consensus = (a: string, b: string): Dossier["contradictions"] =>
  buildDossier("s", null, ([
    { id: "a", outlet: "One", published: null, text: "The Varn council approved the harbour budget on Tuesday after the vote. " + a },
    { id: "b", outlet: "Two", published: null, text: "Varn councillors passed the harbour budget on Tuesday in a late vote. " + b },
  ] as FixtureArticle[]).map(makeInput)).contradictions.filter((c) => c.about.startsWith("how many"));

test("consensus: `analysts were divided before the vote` against `most analysts had expected` is a dispute", () => {
  const found = consensus("Analysts were divided before the vote.", "Most analysts had expected the council to delay the budget.");
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.deepEqual(found[0]!.sides.map((s) => s.citations.map((c) => c.article)), [["a"], ["b"]]);
  assert.deepEqual(found[0]!.sides.map((s) => s.label), ["divided", "mostly of one view"]);
});

test("consensus: another group, another question, a negated split and `many` are no dispute", () => {
  // Other people.
  assert.equal(consensus("Analysts were divided before the vote.", "Most residents had expected the council to delay the budget.").length, 0);
  // Divided over a question the majority clause does not speak of.
  assert.equal(consensus("Analysts were divided over the pension reform.", "Most analysts had expected the council to delay the budget.").length, 0);
  // Not divided agrees with a majority.
  assert.equal(consensus("Analysts were not divided before the vote.", "Most analysts had expected the council to delay the budget.").length, 0);
  // Many is no majority.
  assert.equal(consensus("Analysts were divided before the vote.", "Many analysts had expected the council to delay the budget.").length, 0);
  // A thing parted, not a group at odds.
  assert.equal(consensus("Samples were divided into batches before the vote.", "Most samples had been sent to the council in batches before the vote.").length, 0);
  // One outlet telling both tells no dispute.
  assert.equal(consensus("Analysts were divided before the vote. Most analysts had expected the council to delay the budget.", "The harbour budget grows by a tenth.").length, 0);
});
